"""The end of a stay abroad: the checklist before leaving and the welcome-back plan after.

Everyone added during the stay gets a first check-in spread over the two weeks after the
leaving day, then a rhythm that tapers: weekly for the first month back, monthly until the
third, then the contact's own cadence (never less often than their own).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import dateparser

from core.reading.dates import parse_past_moment, read_day_month
from core.rules.cadence import Cadence

SPREAD_DAYS = 14
CHECKLIST_DAILY_DAYS = 14  # before that, the checklist comes once a week
WEEKLY_UNTIL = 30  # days after leaving
MONTHLY_UNTIL = 90
_WEEKLY = Cadence(1, "week")
_MONTHLY = Cadence(1, "month")
# Personal mailboxes: an address elsewhere is likely a work one, which dies with the job.
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.fr",
        "hotmail.com",
        "hotmail.fr",
        "live.com",
        "live.fr",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "gmx.fr",
        "web.de",
        "free.fr",
        "orange.fr",
        "wanadoo.fr",
        "laposte.net",
        "sfr.fr",
        "yandex.ru",
        "mail.ru",
        "aol.com",
        "zoho.com",
        "tutanota.com",
        "posteo.de",
    }
)


@dataclass(frozen=True)
class Stay:
    """A stay abroad: when it started, the leaving day, and whether the plan tapers."""

    started: date
    leaving: date
    taper: bool = True
    # Told once already back (/leaving with a past day): the plan starts that day, not the
    # day after leaving, which is gone.
    welcome_from: date | None = None

    @property
    def back(self) -> date:
        """The eve of the welcome-back plan: the leaving day, or the eve of a late start."""
        if self.welcome_from is not None and self.welcome_from > self.leaving:
            return self.welcome_from - timedelta(days=1)
        return self.leaving


def during(stay: Stay, added: date) -> bool:
    """Whether a contact added on that day was met during the stay."""
    return stay.started <= added <= stay.leaving


def belongs(stay: Stay, added: date, chosen: bool | None) -> bool:
    """Whether a contact is one of the stay's people: as the user chose them, else by the
    day they were added."""
    return chosen if chosen is not None else during(stay, added)


def first_check_in(stay: Stay, contact_id: str) -> date:
    """The day of the first check-in after the stay, spread over two weeks by contact."""
    spread = zlib.crc32(contact_id.encode()) % SPREAD_DAYS
    return stay.back + timedelta(days=1 + spread)


def tapered(last_contact: date, stay: Stay) -> Cadence | None:
    """The welcome-back rhythm in force after that contact, or None once it is over."""
    since = (last_contact - stay.back).days
    if since <= WEEKLY_UNTIL:
        return _WEEKLY
    if since <= MONTHLY_UNTIL:
        return _MONTHLY
    return None


def welcome_back_due(
    own_due: date,
    *,
    added: date,
    last_contact: date | None,
    contact_id: str,
    stay: Stay,
    own: Cadence,
    chosen: bool | None = None,
) -> date:
    """The due date with the welcome-back plan applied to one of the stay's people
    (`chosen`: whether the user counted them in, None to go by the day they were added)."""
    if not stay.taper or not belongs(stay, added, chosen):
        return own_due
    if last_contact is None or last_contact <= stay.back:
        # Before leaving, their own rhythm still holds; the check-in only brings it forward.
        return min(own_due, first_check_in(stay, contact_id))
    rhythm = tapered(last_contact, stay)
    if rhythm is None:
        return own_due
    return min(rhythm.after(last_contact), own.after(last_contact))


def checklist_due(stay: Stay, today: date) -> bool:
    """The checklist comes daily in the last two weeks, weekly before: useful, not nagging."""
    if not stay.started <= today <= stay.leaving:
        return False
    days_left = (stay.leaving - today).days
    return days_left <= CHECKLIST_DAILY_DAYS or days_left % 7 == 0


def is_personal_channel(kind: str, value: str) -> bool:
    """A phone, a handle or a personal mailbox: what still works once the job is over."""
    if kind == "email":
        return value.rpartition("@")[2].casefold() in PERSONAL_MAIL_DOMAINS
    return kind in ("phone", "telegram", "linkedin")


def parse_leaving_day(text: str, today: date, language: str) -> date | None:
    """A day today or later: "30/06", "30 juin", "2026-06-30", "in 3 weeks", "dans 10 jours"."""
    text = " ".join(text.split())
    if not text or len(text) > 60:
        return None
    found: datetime | None = dateparser.parse(
        text,
        languages=["fr", "en"] if language == "fr" else ["en", "fr"],
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": _midday(today),
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["relative-time", "absolute-time", "custom-formats"],
        },
    )
    if found is None:
        return None
    day = found.date()
    if day < today or day > today + timedelta(days=AHEAD_AT_MOST):
        return None
    return day


def _midday(day: date) -> datetime:
    """Noon of that day, naive, as dateparser's relative base wants it."""
    return datetime(day.year, day.month, day.day, 12)


# How far back an already-back stay may have ended, and how recent a day-month must be to be
# read as the past one without asking (the other reading then lies far ahead).
BACK_AT_MOST = 365
AHEAD_AT_MOST = 730
CLEARLY_RECENT = 120
CLEARLY_FAR = 180
# "je suis rentrée le 27/11", "back since last week": the words that say the stay is over.
_BACK_WORDS = re.compile(
    r"^(?:(?:je\s+suis|j'?\s*suis|suis|on\s+est|nous\s+sommes)\s+)?"
    r"(?:rentr[ée]e?s?|revenue?s?|de\s+retour|back|returned|came\s+back|got\s+back"
    r"|(?:i\s+|we\s+)(?:got|came)\s+back|i\s+am\s+back|i'm\s+back|we're\s+back)"
    r"(?:\s+(?:depuis|le|since|on|from\s+\S+\s+on))?\s+",
    re.IGNORECASE,
)
_SINCE = re.compile(r"^(?:depuis|since)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class StayDay:
    """What /leaving's words say: one day (`either` empty), or a day-month that could be the
    recent past or next year's (`either` holds both, the past first: ask)."""

    day: date | None
    either: tuple[date, date] | None = None


def read_stay_day(text: str, now: datetime, zone: ZoneInfo, language: str) -> StayDay:
    """The leaving day of /leaving: ahead ("30/06", "in 3 weeks") or already past ("hier",
    "27/11/2026", "je suis rentrée le 27/11", "back since last week"); `now` is aware."""
    text = " ".join(text.split())
    today = now.astimezone(zone).date()
    if not text or len(text) > 80:
        return StayDay(None)
    rest = _BACK_WORDS.sub("", text, count=1)
    rest = _SINCE.sub("", rest, count=1)
    back = rest != text  # the words themselves say the stay is over
    if (written := read_day_month(rest, today)) is not None:
        return _written_day(written, today, back=back)
    if not back and (ahead := parse_leaving_day(rest, today, language)) is not None:
        return StayDay(ahead)
    moment = parse_past_moment(rest, now, zone, language)
    if moment is None:
        return StayDay(None)
    day = moment.astimezone(zone).date()
    return StayDay(day if (today - day).days <= BACK_AT_MOST else None)


def _written_day(written: tuple[int, int, int | None], today: date, *, back: bool) -> StayDay:
    day, month, year = written
    if year is not None:
        return StayDay(_with_year(_valid_day(year, month, day), today, back=back))
    # 29 February looks back (or ahead) as far as the last (or next) leap year.
    days = [d for y in range(today.year - 4, today.year + 5) if (d := _valid_day(y, month, day))]
    past = max((d for d in days if d <= today), default=None)
    ahead = min((d for d in days if d >= today), default=None)
    if back or ahead is None:
        return StayDay(past)
    if past is None or past == ahead:
        return StayDay(ahead)
    ago, to_come = (today - past).days, (ahead - today).days
    if ago <= CLEARLY_RECENT and to_come >= CLEARLY_FAR:
        return StayDay(past)
    if to_come <= CLEARLY_RECENT and ago >= CLEARLY_FAR:
        return StayDay(ahead)
    return StayDay(None, (past, ahead))


def _with_year(found: date | None, today: date, *, back: bool) -> date | None:
    """A day written with its year, if /leaving can take it: within the past year, or the
    next two unless the words said the stay is over."""
    if found is None or (today - found).days > BACK_AT_MOST:
        return None
    if (back and found > today) or (found - today).days > AHEAD_AT_MOST:
        return None
    return found


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
