"""How often to keep in touch: a count of days, weeks, months or years."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, get_args

from core.text import fold

Unit = Literal["day", "week", "month", "year"]

_LETTERS: dict[Unit, str] = {"day": "d", "week": "w", "month": "m", "year": "y"}
_UNITS: dict[str, Unit] = {letter: unit for unit, letter in _LETTERS.items()}
# Average lengths (Julian year), only for sorting and comparing: arithmetic uses the calendar.
_DAYS: dict[Unit, float] = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25}
# Every cadence lies between one day and two years; larger counts also keep after() in range.
_MAX_COUNT: dict[Unit, int] = {"day": 730, "week": 104, "month": 24, "year": 2}
_SPEC = re.compile(r"([1-9][0-9]{0,3})([dwmy])")


@dataclass(frozen=True)
class Cadence:
    """A keep-in-touch rhythm such as every 2 weeks; always between 1 day and 2 years."""

    count: int
    unit: Unit

    def __post_init__(self) -> None:
        if self.unit not in get_args(Unit):
            raise ValueError(f"unknown cadence unit: {self.unit!r}")
        if not 1 <= self.count <= _MAX_COUNT[self.unit]:
            raise ValueError(f"cadence out of range: {self.count} {self.unit}")

    @property
    def spec(self) -> str:
        """The compact storage notation: "10d", "2w", "3m", "1y"."""
        return f"{self.count}{_LETTERS[self.unit]}"

    @classmethod
    def from_spec(cls, spec: str) -> "Cadence":
        """Read the storage notation back; ValueError on anything else."""
        return _from_spec(spec)

    def after(self, day: date) -> date:
        """The date one cadence after `day` (31 Jan + 1m = end of Feb, 29 Feb + 1y = 28 Feb)."""
        if self.unit == "day":
            return day + timedelta(days=self.count)
        if self.unit == "week":
            return day + timedelta(weeks=self.count)
        return add_months(day, self.count * (12 if self.unit == "year" else 1))

    @property
    def approx_days(self) -> int:
        """The average length in days, for sorting and comparing cadences."""
        return int(self.count * _DAYS[self.unit] + 0.5)


@lru_cache(maxsize=256)
def _from_spec(spec: str) -> Cadence:
    # A handful of specs are ever stored, and a Cadence is immutable: each is read once.
    match = _SPEC.fullmatch(spec)
    if match is None:
        raise ValueError(f"not a cadence spec: {spec!r}")
    return Cadence(int(match[1]), _UNITS[match[2]])


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter (as dateutil does)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


CHOICES: tuple[Cadence, ...] = (
    Cadence(1, "week"),
    Cadence(2, "week"),
    Cadence(1, "month"),
    Cadence(3, "month"),
    Cadence(6, "month"),
    Cadence(1, "year"),
)

_FRENCH_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_ENGLISH_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBERS = {
    **{word: n for n, word in enumerate(_FRENCH_NUMBERS, 1)},
    **{word: n for n, word in enumerate(_ENGLISH_NUMBERS, 1)},
    **{"une": 1, "onze": 11, "douze": 12, "quinze": 15, "eleven": 11, "twelve": 12},
    **{"a": 1, "an": 1, "other": 2},
}
# Unit words, each standing for a number of base units ("a fortnight" is two weeks).
_UNIT_WORDS: dict[str, tuple[Unit, int]] = {
    **dict.fromkeys(("day", "days", "jour", "jours", "j"), ("day", 1)),
    **dict.fromkeys(("week", "weeks", "semaine", "semaines", "sem", "wk", "wks"), ("week", 1)),
    **dict.fromkeys(("fortnight", "fortnights", "quinzaine", "quinzaines"), ("week", 2)),
    **dict.fromkeys(("month", "months", "mois"), ("month", 1)),
    **dict.fromkeys(("quarter", "quarters", "trimestre", "trimestres"), ("month", 3)),
    **dict.fromkeys(("semestre", "semestres"), ("month", 6)),
    **dict.fromkeys(("year", "years", "an", "ans", "annee", "annees", "yr", "yrs"), ("year", 1)),
}
# Single letters only count right after digits ("10d", "2 w", "3j"): "as" is not "1 s".
_UNIT_LETTERS: dict[str, Unit] = {**_UNITS, "j": "day", "s": "week", "a": "year"}
_ADVERBS: dict[str, Unit] = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
_WORDS: dict[str, tuple[int, Unit]] = {
    **dict.fromkeys(("quotidien", "quotidienne", "quotidiennement"), (1, "day")),
    **dict.fromkeys(("hebdomadaire", "hebdo", "hebdomadairement"), (1, "week")),
    **dict.fromkeys(("fortnightly", "biweekly", "bi weekly"), (2, "week")),
    **dict.fromkeys(("bimensuel", "bimensuelle"), (2, "week")),
    **dict.fromkeys(("mensuel", "mensuelle", "mensuellement"), (1, "month")),
    **dict.fromkeys(("bimestriel", "bimestrielle", "bimonthly", "bi monthly"), (2, "month")),
    **dict.fromkeys(("trimestriel", "trimestrielle"), (3, "month")),
    **dict.fromkeys(("semestriel", "semestrielle", "semiannual", "semi annual"), (6, "month")),
    **dict.fromkeys(("semiannually", "biannual", "biannually", "half yearly"), (6, "month")),
    **dict.fromkeys(("annuel", "annuelle", "annuellement", "annual"), (1, "year")),
    **{word: (1, unit) for word, unit in _ADVERBS.items()},
    "quarterly": (3, "month"),
}

_EVERY = r"(?:once\s+|(?:une|1)\s+fois\s+)?(?:every|each|tous\s+les|toutes\s+les|chaque)"
_NUM = r"[0-9]{1,4}|[a-z]+"
_COMPACT = re.compile(r"(?P<n>[0-9]{1,4})\s?(?P<u>[a-z])")
_COUNTED = (
    re.compile(rf"(?:(?:about|around|environ)\s+)?(?:(?P<n>{_NUM})\s+)?(?P<u>[a-z]+)"),
    re.compile(rf"{_EVERY}\s+(?:(?P<n>{_NUM})\s+)?(?P<u>[a-z]+)"),
    re.compile(rf"(?:un|une|1)\s+(?P<u>[a-z]+)\s+sur\s+(?P<n>{_NUM})"),  # une semaine sur deux
    re.compile(r"(?:per|par)\s+(?P<u>[a-z]+)"),
)
_TIMES = re.compile(
    rf"(?:(?P<k>{_NUM})\s*(?:times|time|fois|x)|(?P<word>once|twice|thrice))\s+"
    r"(?:(?:a|an|per|par|every|each|in\s+a|a\s+la|au)\s+)?(?P<u>[a-z]+)"
)
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _number(word: str | None) -> int | None:
    if word is None:
        return 1
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _scaled(count: int | None, unit_word: str) -> tuple[int, Unit] | None:
    if count is None or unit_word not in _UNIT_WORDS:
        return None
    unit, size = _UNIT_WORDS[unit_word]
    # In French "huit jours" is a week and "quinze jours" a fortnight.
    if unit_word in {"jour", "jours", "j"} and count in {8, 15}:
        return count // 7, "week"
    return count * size, unit


def _times_per(match: re.Match[str]) -> tuple[int, Unit] | None:
    word = match["word"]
    times = {"once": 1, "twice": 2, "thrice": 3}[word] if word else _number(match["k"])
    unit_word = match["u"]
    period = (1, _ADVERBS[unit_word]) if unit_word in _ADVERBS else _scaled(1, unit_word)
    if times is None or period is None:
        return None
    return _divide(period[0], period[1], times)


def _divide(count: int, unit: Unit, times: int) -> tuple[int, Unit] | None:
    """Split `count` units into `times` equal periods, in the most natural unit."""
    if times < 1:
        return None
    if times == 1:
        return count, unit
    if unit in {"month", "year"}:
        months = count * (12 if unit == "year" else 1)
        if months % times == 0:
            return months // times, "month"
    days = count * _DAYS[unit] / times
    # "Twice a month" means every two weeks, although a month is not exactly four weeks.
    weeks = int(days / 7 + 0.5)
    if weeks >= 1 and abs(days - 7 * weeks) <= 0.1 * days:
        return weeks, "week"
    # More often than daily is not a keep-in-touch rhythm.
    return (int(days + 0.5), "day") if days >= 1 else None


def _read(words: str) -> tuple[int, Unit] | None:
    if words in _WORDS:
        return _WORDS[words]
    if (match := _COMPACT.fullmatch(words)) and match["u"] in _UNIT_LETTERS:
        count, letter = int(match["n"]), match["u"]
        return _scaled(count, "j") if letter == "j" else (count, _UNIT_LETTERS[letter])
    for pattern in _COUNTED:
        match = pattern.fullmatch(words)
        if match and (found := _scaled(_number(match.groupdict().get("n")), match["u"])):
            return found
    if match := _TIMES.fullmatch(words):
        return _times_per(match)
    return None


def parse_cadence(text: str) -> Cadence | None:
    """Read "every 2 weeks", "tous les 3 mois", "twice a month", "10d"...; None if not a cadence."""
    if len(text) > 100:
        return None
    words = _NOT_WORD.sub(" ", fold(text)).strip()
    found = _read(words)
    if found is None:
        return None
    count, unit = found
    # Exact equivalents are stored in the larger unit: they then match the buttons.
    if unit == "day" and count % 7 == 0:
        count, unit = count // 7, "week"
    elif unit == "month" and count % 12 == 0:
        count, unit = count // 12, "year"
    try:
        return Cadence(count, unit)
    except ValueError:
        return None
