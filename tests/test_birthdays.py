"""Tests for birthdays: leap days, year wraps, ages and reminders."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.rules.birthdays import (
    age_on,
    birthday_in_year,
    days_until_birthday,
    is_birthday,
    next_birthday,
    reminder_due,
)


@pytest.mark.parametrize(
    ("day", "month", "year", "expected"),
    [
        (14, 7, 2026, date(2026, 7, 14)),
        (29, 2, 2028, date(2028, 2, 29)),
        (29, 2, 2026, date(2026, 2, 28)),
        (29, 2, 2100, date(2100, 2, 28)),  # divisible by 100: not a leap year
        (29, 2, 2000, date(2000, 2, 29)),  # divisible by 400: a leap year
        (31, 12, 2026, date(2026, 12, 31)),
        (1, 1, 2027, date(2027, 1, 1)),
    ],
)
def test_birthday_in_year(day: int, month: int, year: int, expected: date) -> None:
    assert birthday_in_year(day, month, year) == expected


@pytest.mark.parametrize(("day", "month"), [(30, 2), (31, 4), (0, 1), (1, 13)])
def test_birthday_in_year_rejects_impossible_dates(day: int, month: int) -> None:
    with pytest.raises(ValueError, match=r"day|month"):
        birthday_in_year(day, month, 2028)


@pytest.mark.parametrize(
    ("day", "month", "today", "expected"),
    [
        (14, 7, date(2026, 7, 14), True),
        (14, 7, date(2026, 7, 13), False),
        (14, 7, date(2026, 7, 15), False),
        (29, 2, date(2026, 2, 28), True),  # celebrated on the 28th in common years
        (29, 2, date(2026, 3, 1), False),
        (29, 2, date(2028, 2, 28), False),  # the real day exists in leap years
        (29, 2, date(2028, 2, 29), True),
        (28, 2, date(2028, 2, 28), True),
        (1, 1, date(2027, 1, 1), True),
        (31, 12, date(2026, 12, 31), True),
    ],
)
def test_is_birthday(day: int, month: int, today: date, expected: bool) -> None:
    assert is_birthday(day, month, today) is expected


@pytest.mark.parametrize(
    ("day", "month", "today", "expected"),
    [
        (14, 7, date(2026, 7, 14), 0),
        (14, 7, date(2026, 7, 13), 1),
        (14, 7, date(2026, 7, 15), 364),  # 2027 is a common year
        (1, 1, date(2026, 12, 31), 1),  # across the new year
        (31, 12, date(2027, 1, 1), 364),
        (31, 12, date(2028, 1, 1), 365),  # through a 29 February
        (29, 2, date(2026, 2, 27), 1),  # 28 February in a common year
        (29, 2, date(2026, 2, 28), 0),
        (29, 2, date(2026, 3, 1), 364),  # celebrated on 28 Feb 2027
        (29, 2, date(2027, 3, 1), 365),  # 29 Feb 2028
        (29, 2, date(2028, 2, 28), 1),
        (29, 2, date(2028, 3, 1), 364),  # 28 Feb 2029
        (1, 3, date(2028, 2, 28), 2),
    ],
)
def test_days_until_birthday(day: int, month: int, today: date, expected: int) -> None:
    assert days_until_birthday(day, month, today) == expected


@pytest.mark.parametrize(
    ("day", "month", "birth_year", "today", "expected"),
    [
        (14, 7, 1990, date(2026, 7, 14), 36),  # turns 36 today
        (14, 7, 1990, date(2026, 7, 1), 36),  # turns 36 in two weeks
        (14, 7, 1990, date(2026, 7, 15), 37),  # just turned 36: next is 37
        (1, 1, 1990, date(2026, 12, 31), 37),  # next birthday is next year
        (29, 2, 2000, date(2026, 2, 28), 26),
        (29, 2, 2000, date(2026, 3, 1), 27),
        (14, 7, None, date(2026, 7, 14), None),
        (14, 7, 2026, date(2026, 7, 14), None),  # born today: nothing to celebrate yet
        (14, 7, 2026, date(2026, 7, 15), 1),
        (14, 7, 2030, date(2026, 7, 14), None),  # a year in the future is a typo
    ],
)
def test_age_on(
    day: int, month: int, birth_year: int | None, today: date, expected: int | None
) -> None:
    assert age_on(day, month, birth_year, today) == expected


@pytest.mark.parametrize(
    ("day", "month", "before", "today", "expected"),
    [
        (14, 7, 7, date(2026, 7, 7), True),
        (14, 7, 7, date(2026, 7, 6), False),
        (14, 7, 7, date(2026, 7, 8), False),
        (14, 7, 0, date(2026, 7, 14), True),
        (14, 7, 0, date(2026, 7, 13), False),
        (3, 1, 7, date(2026, 12, 27), True),  # across the new year
        (29, 2, 1, date(2026, 2, 27), True),  # the day before 28 Feb in a common year
        (29, 2, 1, date(2028, 2, 28), True),
        (29, 2, 7, date(2028, 2, 22), True),
        (1, 3, 1, date(2028, 2, 29), True),
        (1, 3, 1, date(2026, 2, 28), True),
        (14, 7, -1, date(2026, 7, 15), False),
        (14, 7, 400, date(2026, 7, 15), False),
    ],
)
def test_reminder_due(day: int, month: int, before: int, today: date, expected: bool) -> None:
    assert reminder_due(day, month, before, today) is expected


@settings(database=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
)
def test_next_birthday_is_the_first_birthday_from_today(born: date, today: date) -> None:
    # 2000 is a leap year, so every day of the year, 29 February included, can be drawn.
    upcoming = next_birthday(born.day, born.month, today)
    days = days_until_birthday(born.day, born.month, today)
    assert 0 <= days <= 365
    assert upcoming == today + timedelta(days)
    assert is_birthday(born.day, born.month, upcoming)
    assert not any(is_birthday(born.day, born.month, today + timedelta(n)) for n in range(days))
    assert reminder_due(born.day, born.month, days, today)
