"""Dates as people type them: when they were last in touch, and birthdays."""

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser
from dateutil.relativedelta import relativedelta

from core.text import fold

MAX_LENGTH = 200
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_NOON = time(12)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier janv jan january",
            "fevrier fevr fev feb february febr",
            "mars mar march",
            "avril avr apr april",
            "mai may",
            "juin jun june",
            "juillet juil jul july",
            "aout aug august",
            "septembre sept sep september",
            "octobre oct october",
            "novembre nov november",
            "decembre dec december",
        ),
        1,
    )
    for name in names.split()
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "lundi monday",
            "mardi tuesday",
            "mercredi wednesday",
            "jeudi thursday",
            "vendredi friday",
            "samedi saturday",
            "dimanche sunday",
        )
    )
    for name in names.split()
}

# Public names for the future-moment reader (core.reading.moments), so both read the same words.
MONTHS = _MONTHS
WEEKDAYS = _WEEKDAYS

# Day first in every language: the product's users are mostly European, so "12/09" is 12 Sept.
_NUMERIC = re.compile(
    r"(?:(?:le|on)\s+)?(?P<d>[0-9]{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>[0-9]{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>[0-9]{4}|[0-9]{2}))?\.?",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<y>[0-9]{4})\s*(?P<sep>[/.\-])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*(?P<d>[0-9]{1,2})"
)
_WEEKDAY_PREFIX = rf"(?:(?:{'|'.join(_WEEKDAYS)})\s+)?"  # "samedi 12 septembre"
_DAY_FIRST = re.compile(
    rf"{_WEEKDAY_PREFIX}(?:(?:le|the|on)\s+)?(?P<d>[0-9]{{1,2}})(?:er|st|nd|rd|th|e|eme)?"
    r"\s+(?:of\s+|de\s+)?(?P<m>[a-z]+)(?:\s+(?P<y>[0-9]{4}|[0-9]{2}))?"
)
_MONTH_FIRST = re.compile(
    rf"{_WEEKDAY_PREFIX}(?:on\s+)?(?P<m>[a-z]+)\s+(?:the\s+)?(?P<d>[0-9]{{1,2}})"
    r"(?:st|nd|rd|th)?(?:\s+(?P<y>[0-9]{4}|[0-9]{2}))?"
)

_DAYS_BACK = {
    **dict.fromkeys(
        (
            *("aujourd hui", "today", "now", "maintenant", "just now", "a l instant"),
            *("ce matin", "ce midi", "cet apres midi", "ce soir", "tout a l heure"),
            *("this morning", "this afternoon", "this evening", "tonight"),
        ),
        0,
    ),
    **dict.fromkeys(
        (
            *("hier", "hier matin", "hier midi", "hier apres midi", "hier soir"),
            *("yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening"),
            "last night",
        ),
        1,
    ),
    **dict.fromkeys(("avant hier", "the day before yesterday"), 2),
}
_WEEKDAY = re.compile(r"(?:(?:last|on|this|past|ce)\s+)?(?P<w>[a-z]+)(?:\s+(?:dernier|passe))?")
_LAST_PERIOD = re.compile(
    r"(?:(?:la|le|l)\s+)?(?P<fr>semaine|mois|an|annee)\s+(?:derniere?|passee?)"
    r"|(?:last|past)\s+(?P<en>week|month|year)"
)
_PERIODS = {
    "semaine": relativedelta(weeks=1),
    "week": relativedelta(weeks=1),
    "mois": relativedelta(months=1),
    "month": relativedelta(months=1),
}
_OPEN = r"(?:(?:a|au|pour|at|on|over|during|le jour de|last|this|ce|cet|en|pendant)\s+)?"
_CLOSE = r"(?:\s+(?:dernier|passe|day|holidays))?"
_FEASTS = (
    (re.compile(rf"{_OPEN}(?:noel|christmas|xmas){_CLOSE}"), 12, 25),
    (re.compile(rf"{_OPEN}(?:nouvel an|jour de l an|new year|new years|new year s){_CLOSE}"), 1, 1),
    # A summer is remembered by its middle.
    (re.compile(rf"{_OPEN}(?:l\s+|the\s+)?(?:ete|summer){_CLOSE}"), 7, 15),
)
# Colloquial forms dateparser misses, rewritten into ones it knows.
_REWRITES = (
    (re.compile(r"^(?:y a|ya|(?:ça|ca|cela) fait)\s+"), "il y a "),
    (re.compile(r"\bquinze jours\b"), "15 jours"),
)
_PARSERS = ["relative-time", "custom-formats", "absolute-time"]  # no Unix timestamps


class _Written(NamedTuple):
    day: int
    month: int
    year: int | None
    short_year: bool  # "98" rather than "1998"


def _read_written(text: str) -> _Written | None:
    """Read "12/09", "12.09.1998", "1998-09-12", "12 sept. 1998", "September 12th"..."""
    stripped = text.strip()
    for pattern in (_NUMERIC, _ISO):
        if match := pattern.fullmatch(stripped):
            return _written(match["d"], int(match["m"]), match["y"])
    words = fold(stripped.replace(",", " "))
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        match = pattern.fullmatch(words)
        if match and match["m"] in _MONTHS:
            return _written(match["d"], _MONTHS[match["m"]], match["y"])
    return None


def _written(day: str, month: int, year: str | None) -> _Written:
    return _Written(int(day), month, None if year is None else int(year), len(year or "") == 2)


def read_day_month(text: str, today: date) -> tuple[int, int, int | None] | None:
    """A day written with digits or a month name ("27/11", "27 novembre 2026", "Nov 27th"),
    as (day, month, year or None); two-digit years are read around today."""
    written = _read_written(text) if len(text) <= MAX_LENGTH else None
    if written is None:
        return None
    return written.day, written.month, _full_year(written, today) if written.year else None


def _full_year(written: _Written, today: date | None) -> int | None:
    if not written.short_year:
        return written.year
    if today is None or written.year is None:  # no pivot for "98" without knowing the year
        return None
    year = 2000 + written.year
    return year if year <= today.year else year - 100


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_birthday(
    text: str, language: str, today: date | None = None
) -> tuple[int, int, int | None] | None:
    """Read a birthday as (day, month, year or None); both languages' month names are read."""
    del language  # the same forms are read in every language: day first, fr and en month names
    if len(text) > MAX_LENGTH or (written := _read_written(text)) is None:
        return None
    if written.year is None:
        # 29 February is a birthday even without a year: check it against a leap year.
        known = _valid(2000, written.month, written.day)
        return None if known is None else (written.day, written.month, None)
    year = _full_year(written, today)
    born = None if year is None else _valid(year, written.month, written.day)
    if born is None or born.year < 1900 or (today is not None and born > today):
        return None
    return born.day, born.month, born.year


def _most_recent(month: int, day: int, today: date) -> date | None:
    """The latest `day`/`month` on or before today (29 Feb goes back to the last leap year)."""
    for year in range(today.year, today.year - 9, -1):
        found = _valid(year, month, day)
        if found is not None and found <= today:
            return found
    return None


def _languages(language: str) -> list[str]:
    primary = re.split(r"[-_]", language, maxsplit=1)[0].casefold()
    return ["en", "fr"] if primary == "en" else ["fr", "en"]


def _with_dateparser(
    text: str, local_now: datetime, zone: ZoneInfo, language: str
) -> datetime | None:
    cleaned = text.strip().casefold()
    for pattern, replacement in _REWRITES:
        cleaned = pattern.sub(replacement, cleaned)
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": local_now.replace(tzinfo=None),
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Times written with a zone ("10:00 UTC") come back in the user's zone.
        "TIMEZONE": zone.key or "UTC",
        "PARSERS": _PARSERS,
    }
    # Settings are fixed when the parser is built and RELATIVE_BASE changes with every call,
    # so a parser is built each time: cheap (~50 µs), the locale data is cached by dateparser.
    parser = DateDataParser(languages=_languages(language), use_given_order=True, settings=settings)
    data = parser.get_date_data(cleaned)
    found: Any = data.date_obj
    if not isinstance(found, datetime):
        return None
    if found.tzinfo is not None:
        return found.astimezone(zone)
    parts: Any = getattr(data, "parts", ()) or ()
    if "time" not in parts and found.time() == time(0):
        return datetime.combine(found.date(), _NOON, zone)
    return found.replace(tzinfo=zone)


def _special(words: str, local_now: datetime) -> datetime | None:
    """Phrases read here rather than by dateparser, which misses or misreads them."""
    today = local_now.date()
    if words in _DAYS_BACK:
        return local_now - timedelta(days=_DAYS_BACK[words])
    if (match := _WEEKDAY.fullmatch(words)) and match["w"] in _WEEKDAYS:
        # The most recent such day strictly before today: on a Monday, "lundi" is a week ago.
        back = (today.weekday() - _WEEKDAYS[match["w"]] - 1) % 7 + 1
        return datetime.combine(today - timedelta(days=back), _NOON, local_now.tzinfo)
    if match := _LAST_PERIOD.fullmatch(words):
        return local_now - _PERIODS.get(match["fr"] or match["en"], relativedelta(years=1))
    for pattern, month, day in _FEASTS:
        if pattern.fullmatch(words) and (found := _most_recent(month, day, today)):
            return datetime.combine(found, _NOON, local_now.tzinfo)
    return None


def _find(text: str, local_now: datetime, zone: ZoneInfo, language: str) -> datetime | None:
    words = fold(text.replace(",", " "))
    if not words:
        return None
    if (found := _special(words, local_now)) is not None:
        return found
    today = local_now.date()
    if written := _read_written(text):
        if written.year is None:
            day = _most_recent(written.month, written.day, today)
        else:
            year = _full_year(written, today)
            day = None if year is None else _valid(year, written.month, written.day)
        return None if day is None else datetime.combine(day, _NOON, zone)
    if words.replace(" ", "").isdigit():
        return None  # a bare number is a day, a year or a timestamp: too ambiguous
    try:
        return _with_dateparser(text, local_now, zone, language)
    except Exception:  # a heuristic third-party parser: any failure on odd text means "not a date"
        return None


def parse_past_moment(text: str, now: datetime, zone: ZoneInfo, language: str) -> datetime | None:
    """Read when something happened ("hier", "2 weeks ago", "12/09"...) as an aware UTC time."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if len(text) > MAX_LENGTH:
        return None
    local_now = now.astimezone(zone)
    try:
        found = _find(text, local_now, zone, language)
    except (ValueError, OverflowError):  # a date out of range, such as "l'an dernier" in year 1
        return None
    if found is None:
        return None
    # A day with no time means noon; today at noon has not come yet before noon: use now.
    if found > now and found.date() == local_now.date() and found.time() == _NOON:
        found = now
    instant = found.astimezone(UTC)
    return instant if EARLIEST <= instant <= now else None
