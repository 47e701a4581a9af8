"""Users' profiles: what changes them outside the settings screens."""

from __future__ import annotations

from dataclasses import replace

from core.model import UserProfile
from services.repository import Repository


async def deactivate(repo: Repository, user_id: int) -> UserProfile | None:
    """Mark a user who blocked the bot inactive; the changed profile, or None if nothing to do.

    The profile is read afresh: one read before a delivery started would roll back what the
    delivery itself recorded (its day), and the user would be nudged twice on their return.
    """
    if await repo.is_unavailable(user_id):
        return None
    profile = await repo.get_profile(user_id)
    if profile is None or not profile.active:
        return None
    profile = replace(profile, active=False)
    await repo.save_profile(profile)
    return profile


async def everyone(repo: Repository) -> list[UserProfile]:
    """Every readable user's profile: whom the scheduler plans for."""
    return await repo.profiles()


async def readable(repo: Repository, user_id: int) -> UserProfile | None:
    """This user's profile; None if they have none or their data cannot be read."""
    if await repo.is_unavailable(user_id):
        return None
    return await repo.get_profile(user_id)
