"""Contacts made up for tests, stored directly (no /add): short to write, easy to read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from core.model import Contact, Interaction, UserProfile
from services.repository import Repository

# The fake clock's start: Monday 2 March 2026, 08:00 UTC.
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def person(
    contact_id: str,
    name: str,
    *,
    added_days_ago: int = 90,
    last_days_ago: int | None = None,
    **fields: Any,
) -> Contact:
    """A contact added `added_days_ago` days before NOW, last in touch `last_days_ago` ago."""
    last = NOW - timedelta(days=last_days_ago) if last_days_ago is not None else None
    contact = Contact(contact_id, name, NOW - timedelta(days=added_days_ago), last_contact_at=last)
    return replace(contact, **fields)


async def onboarded(
    repo: Repository,
    user_id: int,
    language: str | None = None,
    *,
    joined: datetime = NOW,
    **fields: Any,
) -> UserProfile:
    """A user past onboarding, in Paris, whose Telegram speaks `language`; stored and returned."""
    profile = UserProfile(
        user_id,
        joined,
        timezone="Europe/Paris",
        onboarded=True,
        telegram_language=language,
        **fields,
    )
    await repo.save_profile(profile)
    return profile


async def seed(repo: Repository, user_id: int, *contacts: Contact) -> None:
    """Store contacts for a user in one write."""
    await repo.add_contacts(user_id, contacts)


async def note(
    repo: Repository, user_id: int, contact_id: str, days_ago: float, text: str = ""
) -> None:
    """Log an exchange that happened `days_ago` days before NOW."""
    at = NOW - timedelta(days=days_ago)
    await repo.log_interaction(user_id, Interaction(contact_id, at, text))


async def stored(repo: Repository, user_id: int, contact_id: str) -> Contact:
    """A contact that must still exist."""
    contact = await repo.get_contact(user_id, contact_id)
    assert contact is not None, f"contact {contact_id} of user {user_id} is gone"
    return contact
