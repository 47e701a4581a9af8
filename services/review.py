"""The weekly review: composed from the user's records, on its day or on demand (/review)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from core.agenda import stay_of
from core.model import Nudge, UserProfile
from core.review import Review, weekly_review
from services.repository import Repository

# The review's nudge stands in the day's plan under this id, which makes it exactly-once.
REVIEW = "_review"


def review_nudge(profile: UserProfile, today: date, shown: set[str]) -> list[Nudge]:
    """The review in the day's plan: on the user's chosen weekday, once."""
    if profile.review_day != today.isoweekday() or REVIEW in shown:
        return []
    return [Nudge(today, REVIEW, "review")]


def delivery_days(profile: UserProfile) -> frozenset[int]:
    """The weekdays something is delivered: the nudge days, and the review's day too (an empty
    set means every day already)."""
    days = frozenset(profile.nudge_days)
    if days and profile.review_day is not None:
        return days | {profile.review_day}
    return days


async def review_of(
    repo: Repository, profile: UserProfile, zone: ZoneInfo, today: date
) -> Review | None:
    """The review of the week ending today; None when the user has no contact yet."""
    user_id = profile.user_id
    contacts = await repo.contacts(user_id)
    if not contacts:
        return None
    return weekly_review(
        contacts,
        await repo.all_interactions(user_id),
        await repo.favors(user_id),
        today=today,
        zone=zone,
        stay=stay_of(profile),
        rhythms=profile.tag_rhythms,
        reminders=await repo.reminders(user_id),
    )


def with_review_day(profile: UserProfile, day: int | None) -> UserProfile:
    """The profile with the review on that ISO weekday, or off (None)."""
    if day is not None and not 1 <= day <= 7:
        raise ValueError(day)
    return replace(profile, review_day=day)
