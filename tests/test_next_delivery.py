"""The next delivery instant agrees with delivery_due through clock changes; the index."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from core.due import DueIndex
from core.rules.nudging import delivery_due, first_instant_at, next_delivery

PARIS = ZoneInfo("Europe/Paris")
ZONES = [
    ZoneInfo(key)
    for key in (
        "Europe/Paris",
        "America/Toronto",
        "Australia/Lord_Howe",
        "Pacific/Apia",
        "Asia/Kolkata",
        "UTC",
    )
]


def test_a_skipped_time_is_due_when_the_gap_ends_and_a_repeated_one_on_its_first_pass() -> None:
    # 29 March 2026: 02:00 -> 03:00 in Paris; 25 October: 03:00 -> 02:00.
    assert first_instant_at(date(2026, 3, 29), time(2, 30), PARIS) == datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC
    )
    assert first_instant_at(date(2026, 10, 25), time(2, 30), PARIS) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    saturday_night = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    instant = next_delivery(saturday_night, PARIS, time(2, 30), date(2026, 3, 28), frozenset())
    assert instant == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_due_now_after_a_downtime_and_tomorrow_once_delivered() -> None:
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday 16:00 in Paris
    missed = next_delivery(now, PARIS, time(9, 0), date(2026, 3, 1), frozenset())
    assert missed == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # before now: due
    done = next_delivery(now, PARIS, time(9, 0), date(2026, 3, 2), frozenset())
    assert done == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    fridays = next_delivery(now, PARIS, time(9, 0), date(2026, 3, 2), frozenset({5}))
    assert fridays == datetime(2026, 3, 6, 8, 0, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    now=st.datetimes(datetime(2025, 1, 1), datetime(2027, 1, 1), timezones=st.just(UTC)),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    behind=st.one_of(st.none(), st.integers(-1, 9)),
    days=st.frozensets(st.integers(1, 7)),
)
def test_the_instant_is_the_first_at_which_delivery_is_due(
    zone: ZoneInfo, now: datetime, at: time, behind: int | None, days: frozenset[int]
) -> None:
    today = now.astimezone(zone).date()
    last = None if behind is None else today - timedelta(days=behind)
    instant = next_delivery(now, zone, at, last, days)
    assert instant is not None
    if instant <= now:  # due now, and delivery_due agrees
        assert delivery_due(now.astimezone(zone), at, last, days)
        return
    assert not delivery_due(now.astimezone(zone), at, last, days)
    assert delivery_due(instant.astimezone(zone), at, last, days)
    assert not delivery_due((instant - timedelta(seconds=1)).astimezone(zone), at, last, days)


def test_the_index_pops_due_users_in_order_and_follows_moves() -> None:
    index = DueIndex()
    t0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    index.replace_all([(1, t0), (2, t0 + timedelta(hours=1)), (3, None)])
    index.put(4, t0 - timedelta(minutes=5))
    index.put(2, t0 - timedelta(minutes=1))  # moved earlier: its old entry is stale
    assert index.when(3) is None
    assert index.pop_due(t0) == [4, 2, 1]
    assert index.pop_due(t0 + timedelta(days=1)) == []
    for step in range(1000):  # many moves of one user keep the heap small
        index.put(5, t0 + timedelta(minutes=step % 7))
    assert len(index) == 1
    assert len(index._heap) < 100
    index.put(5, None)
    assert index.pop_due(t0 + timedelta(days=1)) == []
