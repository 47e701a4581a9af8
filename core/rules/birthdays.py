"""Birthdays: when the next one falls, how old they turn, and when to remind the user."""

import calendar
from datetime import date


def birthday_in_year(day: int, month: int, year: int) -> date:
    """The date the birthday is celebrated in `year`: 29 February falls on the 28th otherwise."""
    if (month, day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_birthday(day: int, month: int, today: date) -> date:
    """Today if it is the birthday, else its next occurrence (possibly next year)."""
    this_year = birthday_in_year(day, month, today.year)
    if this_year >= today:
        return this_year
    return birthday_in_year(day, month, today.year + 1)


def is_birthday(day: int, month: int, today: date) -> bool:
    """Whether today is the birthday (28 February for a 29 February birthday in common years)."""
    return birthday_in_year(day, month, today.year) == today


def days_until_birthday(day: int, month: int, today: date) -> int:
    """Days until the next birthday: 0 on the day, at most 365."""
    return (next_birthday(day, month, today) - today).days


def age_on(day: int, month: int, birth_year: int | None, today: date) -> int | None:
    """The age they turn on this or their next birthday; None without a year or before birth."""
    if birth_year is None:
        return None
    age = next_birthday(day, month, today).year - birth_year
    # The day of birth itself, or a year still to come, is not an age to celebrate.
    return age if age >= 1 else None


def reminder_due(day: int, month: int, remind_days_before: int, today: date) -> bool:
    """Whether today is exactly `remind_days_before` days before the birthday (0 = on the day)."""
    return days_until_birthday(day, month, today) == remind_days_before
