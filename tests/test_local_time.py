"""Tests for the contact's local time: moments, offsets across DST changes and the date line."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.rules.local_time import Moment, TheirTime, moment_at, their_time

PARIS = ZoneInfo("Europe/Paris")
BERLIN = ZoneInfo("Europe/Berlin")
MONTREAL = ZoneInfo("America/Montreal")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        (0, "night"),
        (3, "night"),
        (6, "night"),
        (7, "early_morning"),
        (8, "early_morning"),
        (9, "morning"),
        (11, "morning"),
        (12, "afternoon"),
        (17, "afternoon"),
        (18, "evening"),
        (20, "evening"),
        (21, "late_evening"),
        (22, "late_evening"),
        (23, "night"),
    ],
)
def test_moment_at(hour: int, expected: Moment) -> None:
    assert moment_at(hour) == expected


def _utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "user", "contact", "local", "moment", "differs", "better_at_user", "better_moment"),
    [
        # Paris 09:00 in winter is 03:00 in Montréal: write at 15:00 Paris (09:00 there).
        (
            datetime(2026, 1, 15, 9, tzinfo=PARIS),
            PARIS,
            MONTREAL,
            datetime(2026, 1, 15, 3, tzinfo=MONTREAL),
            "night",
            True,
            datetime(2026, 1, 15, 15, tzinfo=PARIS),
            "afternoon",
        ),
        # New York moves to EDT on 8 March 2026, Paris to CEST on 29 March: five hours apart.
        (
            datetime(2026, 3, 16, 9, tzinfo=PARIS),
            PARIS,
            NEW_YORK,
            datetime(2026, 3, 16, 4, tzinfo=NEW_YORK),
            "night",
            True,
            datetime(2026, 3, 16, 14, tzinfo=PARIS),
            "afternoon",
        ),
        # Six hours apart again once both are on summer time.
        (
            datetime(2026, 3, 30, 9, tzinfo=PARIS),
            PARIS,
            NEW_YORK,
            datetime(2026, 3, 30, 3, tzinfo=NEW_YORK),
            "night",
            True,
            datetime(2026, 3, 30, 15, tzinfo=PARIS),
            "afternoon",
        ),
        # And five hours in autumn: Paris is back on CET on 25 October, New York on 1 November.
        (
            datetime(2026, 10, 28, 9, tzinfo=PARIS),
            PARIS,
            NEW_YORK,
            datetime(2026, 10, 28, 4, tzinfo=NEW_YORK),
            "night",
            True,
            datetime(2026, 10, 28, 14, tzinfo=PARIS),
            "afternoon",
        ),
        # New York's clocks jump from 02:00 to 03:00 that night: 09:00 there is 13:00 UTC.
        (
            _utc(2026, 3, 8, 6),
            PARIS,
            NEW_YORK,
            datetime(2026, 3, 8, 1, tzinfo=NEW_YORK),
            "night",
            True,
            datetime(2026, 3, 8, 14, tzinfo=PARIS),
            "afternoon",
        ),
        # Early morning there is not a time to write either; 09:00 itself is.
        (
            datetime(2026, 1, 15, 13, 30, tzinfo=PARIS),
            PARIS,
            MONTREAL,
            datetime(2026, 1, 15, 7, 30, tzinfo=MONTREAL),
            "early_morning",
            True,
            datetime(2026, 1, 15, 15, tzinfo=PARIS),
            "afternoon",
        ),
        (
            datetime(2026, 1, 15, 15, tzinfo=PARIS),
            PARIS,
            MONTREAL,
            datetime(2026, 1, 15, 9, tzinfo=MONTREAL),
            "morning",
            True,
            None,
            None,
        ),
        # Late at night there: next morning, which is the user's evening.
        (
            datetime(2026, 1, 15, 15, 30, tzinfo=PARIS),
            PARIS,
            TOKYO,
            datetime(2026, 1, 15, 23, 30, tzinfo=TOKYO),
            "night",
            True,
            datetime(2026, 1, 16, 1, tzinfo=PARIS),
            "night",
        ),
        (
            datetime(2026, 1, 15, 14, 59, tzinfo=PARIS),
            PARIS,
            TOKYO,
            datetime(2026, 1, 15, 22, 59, tzinfo=TOKYO),
            "late_evening",
            True,
            None,
            None,
        ),
        # Same zone, and zones with the same offset, read the same wall clock.
        (
            datetime(2026, 1, 15, 3, tzinfo=PARIS),
            PARIS,
            PARIS,
            datetime(2026, 1, 15, 3, tzinfo=PARIS),
            "night",
            False,
            datetime(2026, 1, 15, 9, tzinfo=PARIS),
            "morning",
        ),
        (
            datetime(2026, 7, 1, 10, tzinfo=PARIS),
            PARIS,
            BERLIN,
            datetime(2026, 7, 1, 10, tzinfo=BERLIN),
            "morning",
            False,
            None,
            None,
        ),
        # Across the date line: Auckland's Tuesday evening is Los Angeles' Monday night.
        (
            datetime(2026, 3, 3, 20, tzinfo=AUCKLAND),
            AUCKLAND,
            LOS_ANGELES,
            datetime(2026, 3, 2, 23, tzinfo=LOS_ANGELES),
            "night",
            True,
            datetime(2026, 3, 4, 6, tzinfo=AUCKLAND),
            "night",
        ),
        (
            datetime(2026, 3, 2, 5, tzinfo=LOS_ANGELES),
            LOS_ANGELES,
            AUCKLAND,
            datetime(2026, 3, 3, 2, tzinfo=AUCKLAND),
            "night",
            True,
            datetime(2026, 3, 2, 12, tzinfo=LOS_ANGELES),
            "afternoon",
        ),
        (
            datetime(2026, 3, 3, 8, tzinfo=AUCKLAND),
            AUCKLAND,
            LOS_ANGELES,
            datetime(2026, 3, 2, 11, tzinfo=LOS_ANGELES),
            "morning",
            True,
            None,
            None,
        ),
        # Athens skipped from 09:00 to 10:00 on 1 April 1979: decent from the change on.
        (
            _utc(1979, 4, 1, 5),
            ZoneInfo("UTC"),
            ZoneInfo("Europe/Athens"),
            datetime(1979, 4, 1, 7, tzinfo=ZoneInfo("Europe/Athens")),
            "early_morning",
            True,
            _utc(1979, 4, 1, 7),
            "early_morning",
        ),
        # Kwajalein skipped 21 August 1993 entirely, crossing the date line westwards.
        (
            _utc(1993, 8, 21, 11, 30),
            ZoneInfo("UTC"),
            ZoneInfo("Kwajalein"),
            datetime(1993, 8, 20, 23, 30, tzinfo=ZoneInfo("Kwajalein")),
            "night",
            True,
            _utc(1993, 8, 21, 21),
            "late_evening",
        ),
    ],
)
def test_their_time(
    *,
    now: datetime,
    user: ZoneInfo,
    contact: ZoneInfo,
    local: datetime,
    moment: Moment,
    differs: bool,
    better_at_user: datetime | None,
    better_moment: Moment | None,
) -> None:
    found = their_time(now, user, contact)
    assert found == TheirTime(local, moment, differs, better_moment, better_at_user)
    # Equal instants are not enough: the wall clocks and zones must be the expected ones.
    assert found.local.tzinfo is contact
    assert found.local.replace(tzinfo=None) == local.replace(tzinfo=None)
    if better_at_user is not None:
        assert found.better_at_user is not None
        assert found.better_at_user.tzinfo is user
        assert found.better_at_user.astimezone(UTC) == better_at_user.astimezone(UTC)
        assert found.better_at_user.replace(tzinfo=None) == better_at_user.astimezone(user).replace(
            tzinfo=None
        )


@pytest.mark.parametrize(
    "now",
    [
        _utc(2026, 1, 15, 8),
        datetime(2026, 1, 15, 9, tzinfo=PARIS),
        datetime(2026, 1, 15, 3, tzinfo=MONTREAL),
        datetime(2026, 1, 15, 10, tzinfo=timezone(timedelta(hours=2))),
    ],
)
def test_their_time_reads_any_aware_now_as_an_instant(now: datetime) -> None:
    assert their_time(now, PARIS, MONTREAL).better_at_user == datetime(
        2026, 1, 15, 15, tzinfo=PARIS
    )


def test_their_time_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="aware"):
        their_time(datetime(2026, 1, 15, 9), PARIS, MONTREAL)


@settings(database=None, deadline=None)
@given(
    # datetime ends in year 9999 and the contact's clock may run a day or two ahead.
    st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9999, 12, 27),
        timezones=st.timezones(),
    ),
    st.timezones(),
    st.timezones(),
)
def test_their_time_never_raises(now: datetime, user: ZoneInfo, contact: ZoneInfo) -> None:
    found = their_time(now, user, contact)
    # Through UTC: == between zones is always False for a wall time a clock change repeats.
    instant = now.astimezone(UTC)
    assert found.local.astimezone(UTC) == instant
    assert found.moment == moment_at(found.local.hour)
    assert found.differs == (instant.astimezone(user).utcoffset() != found.local.utcoffset())
    if found.moment in {"night", "early_morning"}:
        assert found.better_at_user is not None
        assert found.better_at_user.tzinfo is user
        assert instant < found.better_at_user.astimezone(UTC) <= instant + timedelta(days=2)
        there = found.better_at_user.astimezone(UTC).astimezone(contact)
        assert moment_at(there.hour) not in {"night", "early_morning"}
        assert found.better_moment == moment_at(found.better_at_user.hour)
    else:
        assert (found.better_moment, found.better_at_user) == (None, None)
