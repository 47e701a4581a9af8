"""Which nudges go out today, and whether today's delivery is due yet."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MIN_DAILY = 1
MAX_DAILY = 10


@dataclass(frozen=True)
class Candidate:
    """A contact as the daily plan sees it: when they are due and any birthday news."""

    contact_id: str
    due: date | None  # None = paused (never nudged)
    birthday_today: bool = False
    birthday_reminder: bool = False  # a "birthday in N days" reminder is due today


@dataclass(frozen=True)
class Plan:
    """The day's regular nudges, birthday nudges, and how many due contacts wait for later."""

    contact_ids: tuple[str, ...]  # regular nudges, most overdue first
    birthday_ids: tuple[str, ...]  # on the day, then reminders; outside the daily maximum
    held_back: int  # due contacts left for a later day by the maximum


def plan_day(candidates: Iterable[Candidate], today: date, daily_max: int, *, digest: bool) -> Plan:
    """Pick today's nudges: most overdue first, at most `daily_max` (1-10) unless in digest mode."""
    pool = list(candidates)
    # Birthdays go out whatever the maximum and even when paused: the caller only flags the
    # ones the user wants. Those on the day come before reminders, then by id.
    birthdays = sorted(
        (c for c in pool if c.birthday_today or c.birthday_reminder),
        key=lambda c: (not c.birthday_today, c.contact_id),
    )
    # A birthday on the day replaces the regular nudge; a reminder does not, as it is about a
    # day still to come while the contact may be due to hear from the user now.
    due = sorted(
        (c for c in pool if c.due is not None and c.due <= today and not c.birthday_today),
        key=lambda c: (c.due, c.contact_id),
    )
    limit = len(due) if digest else min(max(daily_max, MIN_DAILY), MAX_DAILY)
    return Plan(
        contact_ids=tuple(c.contact_id for c in due[:limit]),
        birthday_ids=tuple(c.contact_id for c in birthdays),
        held_back=max(len(due) - limit, 0),
    )


def is_nudge_day(today: date, days: frozenset[int], extra: frozenset[date] = frozenset()) -> bool:
    """Whether nudges go out on `today`; `days` holds ISO weekdays (1 = Monday), empty = all;
    `extra` days (those of dated reminders) are nudge days whatever their weekday."""
    return not days or today.isoweekday() in days or today in extra


def delivery_due(
    now_local: datetime,
    nudge_time: time,
    last_delivery_day: date | None,
    days: frozenset[int],
    *,
    extra: frozenset[date] = frozenset(),
) -> bool:
    """Whether to deliver now: a nudge day, at or past the nudge time, not yet delivered today."""
    # A bot that was down at the nudge time catches up once later that day; earlier days are
    # never replayed. A last delivery dated after today (the user moved west across the date
    # line) counts as today's.
    today = now_local.date()
    if last_delivery_day is not None and last_delivery_day >= today:
        return False
    # Wall-clock comparison: a nudge time that a clock change skips (02:30 in Paris on 29 March
    # 2026) is due from the first instant after the gap (03:00); one that is repeated (02:30 on
    # 25 October) is delivered on its first pass only. Any zone on the setting is dropped, as
    # an aware time never compares with a naive one.
    return is_nudge_day(today, days, extra) and now_local.time() >= nudge_time.replace(tzinfo=None)


def next_delivery(
    now: datetime,
    zone: ZoneInfo,
    nudge_time: time,
    last_delivery_day: date | None,
    days: frozenset[int],
    *,
    extra: frozenset[date] = frozenset(),
) -> datetime | None:
    """The first UTC instant at which `delivery_due` holds, from today on (None: never).

    An instant before `now` means due now: today's nudge time has passed and today's delivery
    has not started (the catch-up after a downtime). Computed from the local wall time, so a
    clock change moves the instant and never the hour the user sees.
    """
    today = now.astimezone(zone).date()
    start = today if last_delivery_day is None else max(today, last_delivery_day + timedelta(1))
    for offset in range(8):  # any non-empty set of weekdays comes round within a week
        day = start + timedelta(offset)
        if is_nudge_day(day, days, extra):
            return first_instant_at(day, nudge_time, zone)
    later = sorted(day for day in extra if day >= start)
    if later:  # no weekday in `days`, or none this week: the next reminder's day
        return first_instant_at(later[0], nudge_time, zone)
    return None  # no valid weekday in `days`


def first_instant_at(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The first UTC instant at which the wall clock of `zone` on `day` shows `at` or later.

    A repeated time (25 October, 02:30 in Paris) gives its first pass; a skipped one (29 March,
    02:30) the end of the gap (03:00), as `delivery_due` decides.
    """
    wall = datetime.combine(day, at.replace(tzinfo=None))
    earlier, later = sorted(wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1))
    if earlier.astimezone(zone).replace(tzinfo=None) == wall:
        return earlier
    # In a gap: the clock jumps over `wall` between the two readings; find the jump's second.
    low, high = int(earlier.timestamp()), int(later.timestamp()) + 1
    while high - low > 1:
        middle = (low + high) // 2
        shown = datetime.fromtimestamp(middle, zone).replace(tzinfo=None)
        low, high = (low, middle) if shown >= wall else (middle, high)
    return datetime.fromtimestamp(high, UTC)
