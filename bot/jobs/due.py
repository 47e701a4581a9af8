"""Each user's next delivery instant in the index of bot_data, from their profile.

Changing a profile moves its user in the index (`BotData.reschedule`): O(log n), no job table.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.context import BotData
from bot.views.voice import zone_of
from core.model import UserProfile
from core.rules.nudging import next_delivery
from services.review import delivery_days


def next_for(data: BotData, profile: UserProfile, *, resume: bool = False) -> datetime | None:
    """When this user's next delivery is due; None while they are away.

    `resume` (at start-up) makes a delivery started today due now: what it left planned when
    the bot stopped is sent (deliver finds nothing left when it had finished).
    """
    if not profile.active:
        return None
    now = data.clock.now()
    zone = zone_of(profile, data.settings)
    if resume and profile.last_delivery_day == now.astimezone(zone).date():
        return now
    days, extra = delivery_days(profile), frozenset(profile.reminder_days)
    last = profile.last_delivery_day
    return next_delivery(now, zone, profile.nudge_time, last, days, extra=extra)


def reschedule(data: BotData, profile: UserProfile) -> None:
    """Move this user in the index to match their profile."""
    data.due.put(profile.user_id, next_for(data, profile))


def index_everyone(data: BotData, profiles: Iterable[UserProfile]) -> None:
    """Build the index from every user's profile, as at start-up."""
    data.due.replace_all((p.user_id, next_for(data, p, resume=True)) for p in profiles)
