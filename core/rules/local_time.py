"""What time it is where a contact lives, and when it becomes a decent hour to write there."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Moment = Literal["night", "early_morning", "morning", "afternoon", "evening", "late_evening"]

# Moments by the hour of a wall clock: night 23:00-06:59, early_morning 07:00-08:59,
# morning 09:00-11:59, afternoon 12:00-17:59, evening 18:00-20:59, late_evening 21:00-22:59.
# Latest start first, so the first start not after the hour wins.
_STARTS: tuple[tuple[int, Moment], ...] = (
    (23, "night"),
    (21, "late_evening"),
    (18, "evening"),
    (12, "afternoon"),
    (9, "morning"),
    (7, "early_morning"),
    (0, "night"),
)
# Nobody should be woken up; from 09:00 to 22:59 a message is welcome.
_BAD: frozenset[Moment] = frozenset({"night", "early_morning"})
_DECENT_FROM = time(9)


def moment_at(hour: int) -> Moment:
    """The moment of the day an hour (0-23) of a wall clock belongs to."""
    return next(moment for start, moment in _STARTS if hour >= start)


@dataclass(frozen=True)
class TheirTime:
    """The contact's clock now, and when the user could write instead if it is a bad time."""

    local: datetime  # aware, in the contact's zone
    moment: Moment  # of the contact's clock
    differs: bool  # the two wall clocks show different times (offsets differ now)
    better_moment: Moment | None  # better_at_user's moment on the user's clock
    better_at_user: datetime | None  # the user's clock at the next 09:00 there; None if fine now


def _local(instant: datetime, zone: ZoneInfo) -> datetime:
    # Through UTC: astimezone() to the datetime's own ZoneInfo is a no-op that would keep a
    # wall time a clock change skipped, and same-zone comparisons ignore the offset.
    return instant.astimezone(UTC).astimezone(zone)


def _nine_o_clocks(after: datetime, zone: ZoneInfo) -> Iterator[datetime]:
    day = after.astimezone(zone).date()
    for days in range(3):
        wall = datetime.combine(day + timedelta(days=days), _DECENT_FROM)
        # fold=0 reads a 09:00 that a clock change skips with the old offset: the change itself
        # when the gap starts at 09:00 (Athens, 1 April 1979), as late as 09:00 plus the gap
        # otherwise. fold=1 is the second 09:00 when a change repeats that hour.
        for fold in (0, 1):
            yield _local(wall.replace(tzinfo=zone, fold=fold), zone)


def _next_decent(now: datetime, zone: ZoneInfo) -> datetime:
    """The first 09:00 there (or just after, across a clock change) later than `now` (UTC)."""
    future = (
        instant
        for instant in _nine_o_clocks(now, zone)
        if instant > now and moment_at(instant.hour) not in _BAD
    )
    # Three days of candidates always hold one; the default only satisfies the type checker.
    return next(future, _local(now + timedelta(days=1), zone))


def their_time(now: datetime, user_zone: ZoneInfo, contact_zone: ZoneInfo) -> TheirTime:
    """The contact's local time and moment; if it is a bad time, the user's next good one."""
    if now.tzinfo is None:
        # A naive datetime would silently be read in the server's own zone.
        raise ValueError("now must be timezone-aware")
    instant = now.astimezone(UTC)
    local = _local(instant, contact_zone)
    moment = moment_at(local.hour)
    differs = local.utcoffset() != _local(instant, user_zone).utcoffset()
    if moment not in _BAD:
        return TheirTime(local, moment, differs, None, None)
    better_at_user = _local(_next_decent(instant, contact_zone), user_zone)
    return TheirTime(local, moment, differs, moment_at(better_at_user.hour), better_at_user)
