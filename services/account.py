"""A whole account: what /export takes away, what /deleteme erases, what a backup restores."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.export.backup import Backup
from core.model import UserProfile
from services.repository import AccountNotEmptyError, Repository

__all__ = ["AccountNotEmptyError", "Holdings", "backup_of", "erase", "holdings", "restore"]


@dataclass(frozen=True)
class Holdings:
    """How much the bot holds about a user, to say what erasing would lose."""

    contacts: int
    interactions: int
    favors: int

    @property
    def empty(self) -> bool:
        """Nothing a backup could collide with."""
        return not (self.contacts or self.interactions or self.favors)


async def holdings(repo: Repository, user_id: int) -> Holdings:
    """Counts of this user's contacts, exchanges and favours."""
    return Holdings(
        await repo.count_contacts(user_id),
        len(await repo.all_interactions(user_id)),
        len(await repo.favors(user_id)),
    )


async def backup_of(repo: Repository, profile: UserProfile) -> Backup:
    """Every record of this user, for the full backup."""
    user_id = profile.user_id
    return Backup(
        profile=profile,
        contacts=tuple(await repo.contacts(user_id)),
        interactions=tuple(await repo.all_interactions(user_id)),
        favors=tuple(await repo.favors(user_id)),
    )


async def erase(repo: Repository, user_id: int) -> None:
    """Forget this user: profile, contacts, history, favours, nudges."""
    await repo.delete_user(user_id)


async def restore(
    repo: Repository, user_id: int, backup: Backup, telegram_language: str | None
) -> UserProfile:
    """Fill this user's empty account from a backup (AccountNotEmptyError if not empty).

    The backup's profile becomes theirs, whoever's account it came from, and active again.
    """
    profile = replace(
        backup.profile, user_id=user_id, active=True, telegram_language=telegram_language
    )
    await repo.restore_user(profile, backup.contacts, backup.interactions, backup.favors)
    return profile
