"""A contact's history: logging with an id (so it can be undone), notes, deleting entries."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from core.model import NOTE, Contact, Interaction, Nudge
from services.repository import Repository


def new_entry_id() -> str:
    """A short random id for a new entry, safe in callback data."""
    return secrets.token_hex(4)


@dataclass(frozen=True)
class Logged:
    """An exchange just logged, and its contact as it leaves it."""

    contact: Contact
    entry: Interaction


async def log(
    repo: Repository,
    user_id: int,
    contact_id: str,
    at: datetime,
    *,
    note: str = "",
    channel: str = "",
) -> Logged:
    """Record an exchange with an id (UnknownContactError if the contact is gone)."""
    entry = Interaction(contact_id, at, note, channel, interaction_id=new_entry_id())
    return Logged(await repo.log_interaction(user_id, entry), entry)


async def add_note(
    repo: Repository, user_id: int, contact_id: str, text: str, now: datetime
) -> Interaction:
    """Keep a note on the card: no exchange logged, no date moved (UnknownContactError)."""
    entry = Interaction(contact_id, now, text, kind=NOTE, interaction_id=new_entry_id())
    await repo.log_interaction(user_id, entry)
    return entry


async def find_entry(
    repo: Repository, user_id: int, contact_id: str, key: str
) -> Interaction | None:
    """This user's entry with that key about that contact, if it is still there."""
    history = await repo.interactions(user_id, contact_id)
    return next((entry for entry in history if entry.key == key), None)


async def remove(repo: Repository, user_id: int, contact_id: str, key: str) -> Contact | None:
    """Delete an entry, the last contact date put back; None if already deleted
    (UnknownContactError if the contact is gone)."""
    return await repo.delete_interaction(user_id, contact_id, key)


def already_logged(contact: Contact, nudge: Nudge, zone: ZoneInfo) -> bool:
    """Whether an exchange was logged on or after the nudge's day: a ✅ on it, or a "done"
    replying to it, would log the same exchange twice (two live nudges, a /log first)."""
    last = contact.last_contact_at
    return last is not None and last.astimezone(zone).date() >= nudge.day


async def reopen(repo: Repository, user_id: int, nudge: Nudge) -> None:
    """An answered nudge waits again (its ✅ was undone)."""
    await repo.update_nudge(user_id, replace(nudge, status="sent"))


async def answered_nudge(
    repo: Repository, user_id: int, message_id: int, contact_id: str
) -> Nudge | None:
    """The nudge that message carried about that contact, if it was answered ✅."""
    nudge = await repo.find_nudge(user_id, message_id, contact_id)
    ok = nudge is not None and nudge.status == "done" and nudge.contact_id == contact_id
    return nudge if ok else None


@dataclass(frozen=True)
class Entries:
    """A contact's recent entries, newest first, for the card's delete picker."""

    contact: Contact
    entries: tuple[Interaction, ...]


async def recent(repo: Repository, user_id: int, contact: Contact, count: int) -> Entries:
    """The contact's latest entries, newest first."""
    history = await repo.interactions(user_id, contact.contact_id)
    return Entries(contact, tuple(reversed(history[-count:])))
