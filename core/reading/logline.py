"""What follows the name in /log: when it happened, then the note (no Telegram, no I/O)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.reading.dates import parse_past_moment, read_day_month
from core.text import fold

MAX_DATE_WORDS = 5  # the longest date phrase tried at the start of a note ("il y a 3 jours")
# Without a colon, a note's first words only count as its date when they carry a digit or one
# of these words: "May", "sat", "a" or "un" also read as dates, and start many a note.
_MARKERS = frozenset(
    (
        *("yesterday", "today", "tonight", "ago", "morning", "afternoon", "evening", "night"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("day", "days", "week", "weeks", "month", "months", "year", "years"),
        *("christmas", "xmas", "hier", "aujourd", "hui", "matin", "midi", "soir"),
        *("dernier", "derniere", "passe", "passee", "jour", "jours", "semaine", "semaines"),
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        *("mois", "an", "ans", "annee", "annees", "noel"),
    )
)
_WORD = re.compile(r"\w+")
# How far back a day read with no year must fall, and how soon the same day must come again,
# for the words to mean the day to come: "le 10 mars" typed on 2 March.
_FAR_BACK = timedelta(days=183)
_SOON = timedelta(days=31)


def split_moment(rest: str, now: datetime, zone: ZoneInfo, language: str) -> tuple[datetime, str]:
    """When it happened and the note: "hier: café", "12/09 café", "yesterday", "café" (now).

    "<when>: <note>" says where the date ends; without a colon, the longest run of leading
    words (up to five) that reads as a past moment and looks like a date phrase is the date.
    """
    head, colon, tail = rest.partition(":")
    if colon and head.strip():
        at = parse_past_moment(head, now, zone, language)
        if at is not None:
            return at, tail.strip()
    words = rest.split()
    for size in range(min(len(words), MAX_DATE_WORDS), 0, -1):
        phrase = " ".join(words[:size])
        if not _looks_like_a_date(phrase):
            continue
        at = parse_past_moment(phrase, now, zone, language)
        if at is not None:
            return at, " ".join(words[size:]).lstrip(":,- ").strip()
    return now, rest.strip().lstrip(":").strip()


def _looks_like_a_date(phrase: str) -> bool:
    words = _WORD.findall(fold(phrase))
    return any(char.isdigit() for char in phrase) or any(word in _MARKERS for word in words)


def unreadable_day(rest: str, now: datetime, zone: ZoneInfo, language: str) -> str | None:
    """The day opening the words when it is written as a date that is no past day ("le 32
    mars", "31/02", "99/99"), else None: such words are a date gone wrong, not a note to log
    as today (nor "le 32" to read as 1932)."""
    words = rest.partition(":")[0].split()
    for size in range(min(len(words), MAX_DATE_WORDS), 0, -1):
        phrase = " ".join(words[:size])
        if read_day_month(phrase, now.date()) is not None or _NUMERIC_DAY.fullmatch(phrase):
            return None if parse_past_moment(phrase, now, zone, language) else phrase
    return None


# "99/99" or "31/02": digits written as a day/month, whether or not such a day exists.
_NUMERIC_DAY = re.compile(r"[0-9]{1,2}\s*[/.]\s*[0-9]{1,2}(?:\s*[/.]\s*[0-9]{2,4})?")


def meant_ahead(past: date, ahead: date, today: date) -> bool:
    """Whether words read both as `past` and as `ahead` (a day and month with no year) mean
    the day to come: nobody logs a talk of nearly a year ago by its day and month alone, but
    "le 10 mars" on 2 March is the one next week ("le 28 décembre" in March stays December's).
    """
    return today - past > _FAR_BACK and timedelta(0) < ahead - today <= _SOON
