"""The settings card's choices: language, nudge days, daily maximum, one digest or not.

Each returns the changed profile; the caller saves it (the bot through `context.save`,
which also keeps the user's daily job in step with the profile).
"""

from __future__ import annotations

from dataclasses import replace

from core.model import UserProfile
from core.rules.nudging import MAX_DAILY, MIN_DAILY

WEEK = tuple(range(1, 8))  # ISO weekdays, Monday first
WEEKDAYS = tuple(range(1, 6))


def with_language(profile: UserProfile, language: str) -> UserProfile:
    """The profile speaking `language` from now on."""
    return replace(profile, language=language)


def every_day(profile: UserProfile) -> UserProfile:
    """Nudges on every day of the week."""
    return replace(profile, nudge_days=())


def weekdays_only(profile: UserProfile) -> UserProfile:
    """Nudges Monday to Friday."""
    return replace(profile, nudge_days=WEEKDAYS)


def nudge_days(profile: UserProfile) -> frozenset[int]:
    """The ISO weekdays the user is nudged on (every day when none were chosen)."""
    return frozenset(profile.nudge_days or WEEK)


def toggle_day(profile: UserProfile, day: int) -> UserProfile:
    """Tick or untick one ISO weekday; unticking the last one leaves it ticked."""
    if day not in WEEK:
        raise ValueError(day)
    chosen = nudge_days(profile) ^ {day}
    return replace(profile, nudge_days=tuple(sorted(chosen))) if chosen else profile


def with_daily_max(profile: UserProfile, count: int) -> UserProfile:
    """At most `count` nudges a day."""
    if not MIN_DAILY <= count <= MAX_DAILY:
        raise ValueError(count)
    return replace(profile, daily_max=count)


def switch_digest(profile: UserProfile) -> UserProfile:
    """One digest a day instead of one message per contact, or back."""
    return replace(profile, digest=not profile.digest)
