"""Contacts: starting a new one, spotting a namesake, saving, logging an exchange."""

from __future__ import annotations

from datetime import datetime

from core.fields import new_contact_id
from core.model import Contact, Interaction
from core.text import fold
from services.repository import MAX_CONTACTS_PER_USER, Repository


async def new_draft(repo: Repository, user_id: int, now: datetime) -> Contact | None:
    """A new empty contact with a fresh id, or None when the user has the most they can."""
    contacts = await repo.contacts(user_id)
    if len(contacts) >= MAX_CONTACTS_PER_USER:
        return None
    taken = {contact.contact_id for contact in contacts}
    return Contact(new_contact_id(taken), "", now)


async def namesake(repo: Repository, user_id: int, draft: Contact) -> Contact | None:
    """Another contact with the same name (case and accents aside), if there is one."""
    key = fold(draft.name)
    for contact in await repo.contacts(user_id):
        if contact.contact_id != draft.contact_id and fold(contact.name) == key:
            return contact
    return None


async def log_exchange(
    repo: Repository,
    user_id: int,
    contact_id: str,
    at: datetime,
    *,
    note: str = "",
    channel: str = "",
) -> Contact:
    """Record an exchange with a contact; returns the contact with its new last-contact date."""
    return await repo.log_interaction(user_id, Interaction(contact_id, at, note, channel))
