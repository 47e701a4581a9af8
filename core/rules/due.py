"""When someone is due for a message, and how far that is from today."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from core.rules.cadence import Cadence

DueUnit = Literal["day", "week", "month", "year"]
# How a count of months reads once it reaches a year; "months" below that.
MonthsBand = Literal[
    "months",
    "a-year",
    "over-a-year",
    "year-and-a-half",
    "almost-two-years",
    "two-years",
    "over-two-years",
]

# Average lengths used to express a distance in days as weeks, months or years.
_MONTH_DAYS = 365.25 / 12
_YEAR_DAYS = 365.25


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar date of an aware instant as seen in `zone`."""
    if instant.tzinfo is None:
        # A naive datetime would silently be read in the server's own zone.
        raise ValueError("instant must be timezone-aware")
    return instant.astimezone(zone).date()


def due_date(
    *,
    added: date,
    last_contact: date | None,
    cadence: Cadence,
    snoozed_until: date | None,
    paused: bool,
) -> date | None:
    """One cadence after the last contact (or when added); a later snooze wins; None if paused.

    Never before the day the contact was added: a talk logged as months ago makes someone due
    now, not "overdue by 3 months" a minute after being added.
    """
    if paused:
        return None
    due = max(cadence.after(last_contact or added), added)
    # A snooze only postpones: one ending before the computed date changes nothing.
    if snoozed_until is not None and snoozed_until > due:
        return snoozed_until
    return due


@dataclass(frozen=True)
class DueIn:
    """How far a due date is from today: overdue by, due today, or due in `amount` `unit`s."""

    kind: Literal["overdue", "today", "upcoming"]
    amount: int
    unit: DueUnit


def _rounded(value: float) -> int:
    # Half up rather than Python's half-to-even, so 3.5 weeks reads as 4.
    return int(value + 0.5)


def due_in(due: date, today: date) -> DueIn:
    """Express `due` relative to today in days (< 14), weeks (< 60 d), months (< 730 d) or years.

    Amounts are rounded to the nearest unit, halves up: 20 days is 3 weeks, 45 days 6 weeks,
    100 days 3 months. The bands make every amount at least 2 weeks, 2 months or 2 years.
    """
    days = (due - today).days
    if days == 0:
        return DueIn("today", 0, "day")
    kind: Literal["overdue", "upcoming"] = "overdue" if days < 0 else "upcoming"
    distance = abs(days)
    if distance < 14:
        return DueIn(kind, distance, "day")
    if distance < 60:
        return DueIn(kind, _rounded(distance / 7), "week")
    if distance < 365 * 2:
        return DueIn(kind, _rounded(distance / _MONTH_DAYS), "month")
    return DueIn(kind, _rounded(distance / _YEAR_DAYS), "year")


# From how many months each band starts, the longest first.
_BANDS: tuple[tuple[int, MonthsBand], ...] = (
    (25, "over-two-years"),
    (24, "two-years"),
    (19, "almost-two-years"),
    (18, "year-and-a-half"),
    (13, "over-a-year"),
    (12, "a-year"),
)


def months_band(months: int) -> MonthsBand:
    """A count of months as people round it past a year: "13 mois" reads as machine French.

    12 is a year, 13 to 17 over a year, 18 a year and a half, 19 to 23 almost two years, 24
    two years, more than 24 over two years (due_in writes those in years, a silence does not);
    fewer than 12 stay months.
    """
    return next((band for least, band in _BANDS if months >= least), "months")
