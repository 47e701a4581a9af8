"""Tests for due dates, how far they are, and local dates across zones and DST changes."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from core.rules.cadence import Cadence
from core.rules.due import DueIn, due_date, due_in, local_date

PARIS = ZoneInfo("Europe/Paris")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # Paris moves to summer time at 01:00 UTC on 29 March 2026 (02:00 -> 03:00 local).
        (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), PARIS, date(2026, 3, 28)),
        (datetime(2026, 3, 28, 23, 0, tzinfo=UTC), PARIS, date(2026, 3, 29)),
        (datetime(2026, 3, 29, 21, 59, tzinfo=UTC), PARIS, date(2026, 3, 29)),
        (datetime(2026, 3, 29, 22, 0, tzinfo=UTC), PARIS, date(2026, 3, 30)),
        # And back to winter time at 01:00 UTC on 25 October 2026 (03:00 -> 02:00 local).
        (datetime(2026, 10, 24, 21, 59, tzinfo=UTC), PARIS, date(2026, 10, 24)),
        (datetime(2026, 10, 24, 22, 0, tzinfo=UTC), PARIS, date(2026, 10, 25)),
        (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), PARIS, date(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 0, tzinfo=UTC), PARIS, date(2026, 10, 26)),
        # A user in Auckland and a contact in Los Angeles see the same instant on different days.
        (datetime(2026, 3, 2, 8, 0, tzinfo=UTC), AUCKLAND, date(2026, 3, 2)),
        (datetime(2026, 3, 2, 8, 0, tzinfo=UTC), LOS_ANGELES, date(2026, 3, 2)),
        (datetime(2026, 3, 2, 12, 0, tzinfo=UTC), AUCKLAND, date(2026, 3, 3)),
        (datetime(2026, 3, 2, 12, 0, tzinfo=UTC), LOS_ANGELES, date(2026, 3, 2)),
        (datetime(2026, 3, 2, 7, 59, tzinfo=UTC), LOS_ANGELES, date(2026, 3, 1)),
        # An aware instant in another zone is converted, not relabelled.
        (datetime(2026, 3, 3, 1, 0, tzinfo=AUCKLAND), LOS_ANGELES, date(2026, 3, 2)),
    ],
)
def test_local_date(instant: datetime, zone: ZoneInfo, expected: date) -> None:
    assert local_date(instant, zone) == expected


def test_local_date_refuses_naive_instants() -> None:
    with pytest.raises(ValueError, match="aware"):
        local_date(datetime(2026, 3, 2, 8, 0), PARIS)


MONTHLY = Cadence(1, "month")


@pytest.mark.parametrize(
    ("added", "last_contact", "cadence", "snoozed_until", "paused", "expected"),
    [
        (date(2026, 1, 10), None, MONTHLY, None, False, date(2026, 2, 10)),
        (date(2025, 6, 1), date(2026, 1, 10), MONTHLY, None, False, date(2026, 2, 10)),
        (date(2026, 1, 31), None, MONTHLY, None, False, date(2026, 2, 28)),
        (date(2024, 1, 31), None, MONTHLY, None, False, date(2024, 2, 29)),
        (date(2024, 2, 29), None, MONTHLY, None, False, date(2024, 3, 29)),
        (date(2024, 2, 29), None, Cadence(1, "year"), None, False, date(2025, 2, 28)),
        (date(2028, 2, 29), None, Cadence(6, "month"), None, False, date(2028, 8, 29)),
        (date(2026, 12, 25), None, Cadence(2, "week"), None, False, date(2027, 1, 8)),
        (date(2026, 3, 25), None, Cadence(10, "day"), None, False, date(2026, 4, 4)),
        # A later snooze postpones; an earlier one changes nothing.
        (date(2026, 1, 10), None, MONTHLY, date(2026, 3, 1), False, date(2026, 3, 1)),
        (date(2026, 1, 10), None, MONTHLY, date(2026, 2, 1), False, date(2026, 2, 10)),
        (date(2026, 1, 10), None, MONTHLY, date(2026, 2, 10), False, date(2026, 2, 10)),
        # Paused contacts are never due.
        (date(2026, 1, 10), None, MONTHLY, None, True, None),
        (date(2026, 1, 10), date(2026, 2, 1), MONTHLY, date(2026, 5, 1), True, None),
    ],
)
def test_due_date(
    *,
    added: date,
    last_contact: date | None,
    cadence: Cadence,
    snoozed_until: date | None,
    paused: bool,
    expected: date | None,
) -> None:
    found = due_date(
        added=added,
        last_contact=last_contact,
        cadence=cadence,
        snoozed_until=snoozed_until,
        paused=paused,
    )
    assert found == expected


TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, DueIn("today", 0, "day")),
        (1, DueIn("upcoming", 1, "day")),
        (-1, DueIn("overdue", 1, "day")),
        (3, DueIn("upcoming", 3, "day")),
        (13, DueIn("upcoming", 13, "day")),
        (-13, DueIn("overdue", 13, "day")),
        (14, DueIn("upcoming", 2, "week")),
        (-14, DueIn("overdue", 2, "week")),
        (17, DueIn("upcoming", 2, "week")),
        (18, DueIn("upcoming", 3, "week")),  # 2.57 weeks: nearest
        (-20, DueIn("overdue", 3, "week")),
        (31, DueIn("upcoming", 4, "week")),
        (59, DueIn("upcoming", 8, "week")),
        (60, DueIn("upcoming", 2, "month")),
        (-91, DueIn("overdue", 3, "month")),
        (182, DueIn("upcoming", 6, "month")),
        (365, DueIn("upcoming", 12, "month")),
        (729, DueIn("upcoming", 24, "month")),
        (730, DueIn("upcoming", 2, "year")),
        (-1100, DueIn("overdue", 3, "year")),
    ],
)
def test_due_in(days: int, expected: DueIn) -> None:
    assert due_in(date.fromordinal(TODAY.toordinal() + days), TODAY) == expected


def test_due_in_never_shrinks_as_the_distance_grows() -> None:
    lengths = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25}
    previous = 0.0
    for days in range(1, 3000):
        found = due_in(date.fromordinal(TODAY.toordinal() + days), TODAY)
        assert found.amount >= 1
        approx = found.amount * lengths[found.unit]
        assert approx >= previous - 1e-9
        previous = approx
