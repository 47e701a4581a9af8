"""Tests for the day's nudge plan and for when the daily delivery is due."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.rules.nudging import Candidate, Plan, delivery_due, is_nudge_day, plan_day

PARIS = ZoneInfo("Europe/Paris")
AUCKLAND = ZoneInfo("Pacific/Auckland")
TODAY = date(2026, 3, 2)  # a Monday
EVERY_DAY: frozenset[int] = frozenset()
WEEKDAYS = frozenset({1, 2, 3, 4, 5})


def _due(contact_id: str, due: date | None) -> Candidate:
    return Candidate(contact_id, due)


@pytest.mark.parametrize(
    ("candidates", "today", "daily_max", "digest", "expected"),
    [
        ([], TODAY, 3, False, Plan((), (), 0)),
        # Most overdue first; due today counts; later and paused contacts wait.
        (
            [
                _due("a", date(2026, 3, 1)),
                _due("b", date(2026, 2, 1)),
                _due("c", TODAY),
                _due("d", date(2026, 3, 3)),
                _due("e", None),
            ],
            TODAY,
            5,
            False,
            Plan(("b", "a", "c"), (), 0),
        ),
        # Ties by id, whatever the order they come in.
        (
            [_due("z", TODAY), _due("m", TODAY), _due("a", TODAY)],
            TODAY,
            5,
            False,
            Plan(("a", "m", "z"), (), 0),
        ),
        # The maximum holds the least overdue back for a later day.
        (
            [_due(str(n), date(2026, 2, n)) for n in range(1, 6)],
            TODAY,
            2,
            False,
            Plan(("1", "2"), (), 3),
        ),
        # The maximum is clamped to 1..10.
        ([_due(str(n), TODAY) for n in range(3)], TODAY, 0, False, Plan(("0",), (), 2)),
        ([_due(str(n), TODAY) for n in range(3)], TODAY, -5, False, Plan(("0",), (), 2)),
        (
            [_due(f"{n:02d}", TODAY) for n in range(12)],
            TODAY,
            50,
            False,
            Plan(tuple(f"{n:02d}" for n in range(10)), (), 2),
        ),
        # A digest lists everyone due, without a maximum.
        (
            [_due(f"{n:02d}", TODAY) for n in range(12)],
            TODAY,
            2,
            True,
            Plan(tuple(f"{n:02d}" for n in range(12)), (), 0),
        ),
        # Birthdays go out whatever the maximum, on the day before reminders, and replace the
        # regular nudge on the day only.
        (
            [
                _due("a", date(2026, 2, 1)),
                _due("b", date(2026, 2, 2)),
                Candidate("c", date(2026, 1, 1), birthday_today=True),
                Candidate("d", date(2026, 2, 3), birthday_reminder=True),
                Candidate("e", None, birthday_today=True),
                Candidate("f", date(2026, 4, 1), birthday_reminder=True),
            ],
            TODAY,
            1,
            False,
            Plan(("a",), ("c", "e", "d", "f"), 2),
        ),
        (
            [Candidate("c", TODAY, birthday_today=True), _due("a", TODAY)],
            TODAY,
            1,
            True,
            Plan(("a",), ("c",), 0),
        ),
        # Month ends, leap days and year ends compare as dates.
        (
            [
                _due("a", date(2028, 2, 29)),
                _due("b", date(2028, 3, 1)),
                _due("c", date(2028, 2, 28)),
            ],
            date(2028, 2, 29),
            5,
            False,
            Plan(("c", "a"), (), 0),
        ),
        (
            [_due("a", date(2026, 12, 31)), _due("b", date(2027, 1, 1))],
            date(2026, 12, 31),
            5,
            False,
            Plan(("a",), (), 0),
        ),
        (
            [_due("a", date(2026, 12, 31)), _due("b", date(2027, 1, 1))],
            date(2027, 1, 1),
            5,
            False,
            Plan(("a", "b"), (), 0),
        ),
    ],
)
def test_plan_day(
    *, candidates: list[Candidate], today: date, daily_max: int, digest: bool, expected: Plan
) -> None:
    assert plan_day(candidates, today, daily_max, digest=digest) == expected
    assert plan_day(iter(reversed(candidates)), today, daily_max, digest=digest) == expected


@settings(database=None)
@given(
    st.lists(
        st.builds(
            Candidate,
            st.text("abcdef", min_size=1, max_size=3),
            st.none() | st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 1)),
            st.booleans(),
            st.booleans(),
        ),
        max_size=30,
    ),
    st.integers(-3, 15),
    st.booleans(),
)
def test_plan_day_accounts_for_every_due_contact(
    candidates: list[Candidate], daily_max: int, digest: bool
) -> None:
    plan = plan_day(candidates, TODAY, daily_max, digest=digest)
    due = [c for c in candidates if c.due is not None and c.due <= TODAY and not c.birthday_today]
    assert len(plan.contact_ids) + plan.held_back == len(due)
    assert len(plan.contact_ids) <= (len(due) if digest else min(max(daily_max, 1), 10))
    assert len(plan.birthday_ids) == sum(
        c.birthday_today or c.birthday_reminder for c in candidates
    )


@pytest.mark.parametrize(
    ("today", "days", "expected"),
    [
        (date(2026, 3, 2), EVERY_DAY, True),  # Monday
        (date(2026, 3, 8), EVERY_DAY, True),  # Sunday
        (date(2026, 3, 2), WEEKDAYS, True),
        (date(2026, 3, 6), WEEKDAYS, True),  # Friday
        (date(2026, 3, 7), WEEKDAYS, False),  # Saturday
        (date(2026, 3, 8), WEEKDAYS, False),
        (date(2026, 3, 8), frozenset({7}), True),
        (date(2028, 2, 29), frozenset({2}), True),  # a Tuesday
        (date(2028, 2, 29), frozenset({3}), False),
    ],
)
def test_is_nudge_day(today: date, days: frozenset[int], expected: bool) -> None:
    assert is_nudge_day(today, days) is expected


def _paris(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """The Paris wall clock at a UTC instant, as the caller would pass it."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC).astimezone(PARIS)


NINE = time(9)


@pytest.mark.parametrize(
    ("now_local", "nudge_time", "last_delivery_day", "days", "expected"),
    [
        # Before, at and after the nudge time.
        (datetime(2026, 3, 2, 8, 59), NINE, None, EVERY_DAY, False),
        (datetime(2026, 3, 2, 9, 0), NINE, None, EVERY_DAY, True),
        (datetime(2026, 3, 2, 9, 0, tzinfo=PARIS), NINE, date(2026, 3, 1), EVERY_DAY, True),
        # Delivered today already: a restart sends nothing.
        (datetime(2026, 3, 2, 9, 0), NINE, date(2026, 3, 2), EVERY_DAY, False),
        (datetime(2026, 3, 2, 23, 59), NINE, date(2026, 3, 2), EVERY_DAY, False),
        # Down across the nudge hour: catch up once, later the same day...
        (datetime(2026, 3, 2, 17, 30), NINE, date(2026, 2, 27), EVERY_DAY, True),
        # ...but the days missed are not replayed: the next day waits for its own time.
        (datetime(2026, 3, 3, 8, 0), NINE, date(2026, 2, 27), EVERY_DAY, False),
        # Not a nudge day.
        (datetime(2026, 3, 7, 9, 0), NINE, date(2026, 3, 6), WEEKDAYS, False),
        (datetime(2026, 3, 9, 9, 0), NINE, date(2026, 3, 6), WEEKDAYS, True),
        # Midnight and the last minute of the day.
        (datetime(2026, 3, 2, 0, 0), time(0), date(2026, 3, 1), EVERY_DAY, True),
        (datetime(2026, 3, 2, 23, 58), time(23, 59), date(2026, 3, 1), EVERY_DAY, False),
        (datetime(2026, 3, 2, 23, 59), time(23, 59), date(2026, 3, 1), EVERY_DAY, True),
        # Month ends, 29 February and the new year.
        (datetime(2026, 3, 1, 9, 0), NINE, date(2026, 2, 28), EVERY_DAY, True),
        (datetime(2028, 2, 29, 9, 0), NINE, date(2028, 2, 28), EVERY_DAY, True),
        (datetime(2028, 3, 1, 9, 0), NINE, date(2028, 2, 29), EVERY_DAY, True),
        (datetime(2028, 2, 29, 9, 0), NINE, date(2028, 2, 29), EVERY_DAY, False),
        (datetime(2027, 1, 1, 9, 0), NINE, date(2026, 12, 31), EVERY_DAY, True),
        # A delivery dated after today (the user moved west across the date line) counts.
        (datetime(2026, 3, 2, 9, 0), NINE, date(2026, 3, 3), EVERY_DAY, False),
        # Paris skips 02:00-03:00 on 29 March 2026: a 02:30 nudge goes out at 03:00.
        (_paris(2026, 3, 29, 0, 59), time(2, 30), date(2026, 3, 28), EVERY_DAY, False),
        (_paris(2026, 3, 29, 1, 0), time(2, 30), date(2026, 3, 28), EVERY_DAY, True),
        (_paris(2026, 3, 29, 1, 0), time(3, 0), date(2026, 3, 28), EVERY_DAY, True),
        (_paris(2026, 3, 29, 7, 0), NINE, date(2026, 3, 28), EVERY_DAY, True),  # 09:00 CEST
        (_paris(2026, 3, 29, 7, 58), time(9, 59), date(2026, 3, 28), EVERY_DAY, False),
        # Paris repeats 02:00-03:00 on 25 October 2026: a 02:30 nudge goes out on the first pass.
        (_paris(2026, 10, 25, 0, 29), time(2, 30), date(2026, 10, 24), EVERY_DAY, False),
        (_paris(2026, 10, 25, 0, 30), time(2, 30), date(2026, 10, 24), EVERY_DAY, True),
        (_paris(2026, 10, 25, 1, 30), time(2, 30), date(2026, 10, 25), EVERY_DAY, False),
        # Auckland is already on Tuesday when UTC is still on Monday.
        (
            datetime(2026, 3, 2, 20, 0, tzinfo=UTC).astimezone(AUCKLAND),
            NINE,
            date(2026, 3, 2),
            EVERY_DAY,
            True,
        ),
        # A nudge time carrying a zone is read as a wall time.
        (datetime(2026, 3, 2, 9, 0), time(9, tzinfo=UTC), None, EVERY_DAY, True),
    ],
)
def test_delivery_due(
    *,
    now_local: datetime,
    nudge_time: time,
    last_delivery_day: date | None,
    days: frozenset[int],
    expected: bool,
) -> None:
    assert delivery_due(now_local, nudge_time, last_delivery_day, days) is expected
