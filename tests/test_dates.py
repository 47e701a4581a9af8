"""Tests for reading past moments and birthdays typed in French or English."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.dates import parse_birthday, parse_past_moment

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # Monday 2 March 2026, 09:00 in Paris
PARIS = ZoneInfo("Europe/Paris")


def paris(year: int, month: int, day: int, hour: int) -> datetime:
    return datetime(year, month, day, hour, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Relative phrases keep the time of now (09:00 in Paris).
        ("today", paris(2026, 3, 2, 9)),
        ("aujourd'hui", paris(2026, 3, 2, 9)),
        ("Aujourd’hui", paris(2026, 3, 2, 9)),
        ("ce matin", paris(2026, 3, 2, 9)),
        ("yesterday", paris(2026, 3, 1, 9)),
        ("hier", paris(2026, 3, 1, 9)),
        ("Hier soir", paris(2026, 3, 1, 9)),
        ("avant-hier", paris(2026, 2, 28, 9)),
        ("il y a deux mois", paris(2026, 1, 2, 9)),
        ("il y a 3 semaines", paris(2026, 2, 9, 9)),
        ("y a 2 semaines", paris(2026, 2, 16, 9)),
        ("2 weeks ago", paris(2026, 2, 16, 9)),
        ("a month ago", paris(2026, 2, 2, 9)),
        ("la semaine dernière", paris(2026, 2, 23, 9)),
        ("semaine derniere", paris(2026, 2, 23, 9)),
        ("last week", paris(2026, 2, 23, 9)),
        ("le mois dernier", paris(2026, 2, 2, 9)),
        ("le mois passé", paris(2026, 2, 2, 9)),
        ("last month", paris(2026, 2, 2, 9)),
        ("l'année dernière", paris(2025, 3, 2, 9)),
        ("l'an dernier", paris(2025, 3, 2, 9)),
        ("last year", paris(2025, 3, 2, 9)),
        ("hier à 18h", paris(2026, 3, 1, 18)),
        # Days without a time are noon in the user's zone (summer time in September).
        ("lundi", paris(2026, 2, 23, 12)),
        ("monday", paris(2026, 2, 23, 12)),
        ("lundi dernier", paris(2026, 2, 23, 12)),
        ("last Monday", paris(2026, 2, 23, 12)),
        ("dimanche", paris(2026, 3, 1, 12)),
        ("Sunday", paris(2026, 3, 1, 12)),
        ("vendredi", paris(2026, 2, 27, 12)),
        ("12/09", paris(2025, 9, 12, 12)),
        ("12/09/2025", paris(2025, 9, 12, 12)),
        ("12.09.2025", paris(2025, 9, 12, 12)),
        ("12/09/25", paris(2025, 9, 12, 12)),
        ("2025-09-12", paris(2025, 9, 12, 12)),
        ("12 septembre", paris(2025, 9, 12, 12)),
        ("le 12 septembre 2025", paris(2025, 9, 12, 12)),
        ("September 12", paris(2025, 9, 12, 12)),
        ("Sept 12, 2024", paris(2024, 9, 12, 12)),
        ("12/12", paris(2025, 12, 12, 12)),
        ("01/03", paris(2026, 3, 1, 12)),
        ("03/03", paris(2025, 3, 3, 12)),
        ("29/02", paris(2024, 2, 29, 12)),
        ("last Christmas", paris(2025, 12, 25, 12)),
        ("à Noël", paris(2025, 12, 25, 12)),
        ("Noël dernier", paris(2025, 12, 25, 12)),
        ("nouvel an", paris(2026, 1, 1, 12)),
        ("last summer", paris(2025, 7, 15, 12)),
        ("l'été dernier", paris(2025, 7, 15, 12)),
        ("cet été", paris(2025, 7, 15, 12)),
        ("avril", paris(2025, 4, 2, 12)),
        ("September 2025", paris(2025, 9, 2, 12)),
        ("12/09 10:00 UTC", paris(2025, 9, 12, 12)),
        # A day given as today is now, not noon later today.
        ("02/03", paris(2026, 3, 2, 9)),
        ("2 mars", paris(2026, 3, 2, 9)),
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_parse_past_moment(text: str, expected: datetime, language: str) -> None:
    found = parse_past_moment(text, NOW, PARIS, language)
    assert found is not None
    assert found.tzinfo is UTC
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "jamais",
        "12",
        "1700000000",
        "demain",
        "tomorrow",
        "next week",
        "dans 3 jours",
        "12/12/2030",
        "31/04",
        "31/04/2025",
        "29/02/2025",
        "1/1/1800",
        "12/13",
        "le 3",
        "<b>&",
        "🎉",
        "x" * 201,
        "hier " * 50,
    ],
)
def test_parse_past_moment_rejects(text: str) -> None:
    assert parse_past_moment(text, NOW, PARIS, "fr") is None


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_past_moment("hier", NOW.replace(tzinfo=None), PARIS, "fr")


def test_days_are_read_in_the_users_zone() -> None:
    # 08:00 UTC is midnight in Los Angeles and 21:00 in Auckland, the same Monday.
    los_angeles, auckland = ZoneInfo("America/Los_Angeles"), ZoneInfo("Pacific/Auckland")
    yesterday = parse_past_moment("yesterday", NOW, los_angeles, "en")
    assert yesterday == datetime(2026, 3, 1, 0, 0, tzinfo=los_angeles)
    sunday = parse_past_moment("Sunday", NOW, auckland, "en")
    assert sunday == datetime(2026, 3, 1, 12, tzinfo=auckland)
    # "Today" written as a date, before noon: now.
    assert parse_past_moment("2/3", NOW, los_angeles, "fr") == NOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/09", (12, 9, None)),
        ("12/09/1998", (12, 9, 1998)),
        ("12/09/98", (12, 9, 1998)),
        ("12/09/05", (12, 9, 2005)),
        ("12.9", (12, 9, None)),
        ("12.09.1998", (12, 9, 1998)),
        ("12-09-1998", (12, 9, 1998)),
        ("12 septembre", (12, 9, None)),
        ("le 12 septembre", (12, 9, None)),
        ("12 sept. 1998", (12, 9, 1998)),
        ("1er mai", (1, 5, None)),
        ("12 Décembre 1990", (12, 12, 1990)),
        ("3 fév", (3, 2, None)),
        ("September 12", (12, 9, None)),
        ("Sept 12, 1998", (12, 9, 1998)),
        ("September the 12th", (12, 9, None)),
        ("12th of September 1998", (12, 9, 1998)),
        ("1998-09-12", (12, 9, 1998)),
        ("29/02", (29, 2, None)),
        ("29/02/2000", (29, 2, 2000)),
        ("  1/1/1900 ", (1, 1, 1900)),
    ],
)
def test_parse_birthday(text: str, expected: tuple[int, int, int | None]) -> None:
    assert parse_birthday(text, "fr", today=NOW.date()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "12",
        "29/02/2001",
        "31/04",
        "30/02",
        "32/01",
        "12/13",
        "0/1",
        "12/09/1899",
        "12/09/2027",
        "12/09/2026",
        "12 foo 1998",
        "12/09.1998",
        "🎂",
        "x" * 5000,
    ],
)
def test_parse_birthday_rejects(text: str) -> None:
    assert parse_birthday(text, "en", today=NOW.date()) is None


def test_birthday_without_today() -> None:
    assert parse_birthday("12/09/1998", "fr") == (12, 9, 1998)
    assert parse_birthday("29/02", "en") == (29, 2, None)
    assert parse_birthday("12/09/98", "fr") is None  # no century pivot without today


TEXTS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["  ", "\u200f\u05e9\u05dc\u05d5\u05dd", "<b>&", "🎉🎂", "x" * 5000]),
    st.from_regex(r"[0-9]{1,4}[/.\- ][0-9]{1,4}([/.\- ][0-9]{1,4})?", fullmatch=True),
    st.from_regex(r"(il y a|last|le|the)? ?[0-9a-zé ]{0,20}( ago)?", fullmatch=True),
)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(["Europe/Paris", "Pacific/Auckland", "America/Los_Angeles"]))
def test_parse_past_moment_never_raises(text: str, zone: str) -> None:
    found = parse_past_moment(text, NOW, ZoneInfo(zone), "fr")
    if found is not None:
        assert found.utcoffset() == timedelta(0)
        assert datetime(1900, 1, 1, tzinfo=UTC) <= found <= NOW


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_parse_birthday_never_raises(text: str) -> None:
    found = parse_birthday(text, "en", today=NOW.date())
    if found is not None:
        day, month, year = found
        assert date(2000 if year is None else year, month, day) <= NOW.date() or year is None
        assert year is None or 1900 <= year <= 2026
