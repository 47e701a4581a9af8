"""The typed records the store speaks in; TinyDB documents never leave `storage/`."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, time
from typing import Any

DEFAULT_NUDGE_TIME = time(9, 0)


@dataclass(frozen=True)
class UserProfile:
    """A user of the bot and what they told it about themselves."""

    user_id: int
    created_at: datetime
    language: str | None = None  # None: follow the Telegram app's language
    timezone: str | None = None
    nudge_time: time = DEFAULT_NUDGE_TIME
    onboarded: bool = False
    active: bool = True  # False once the user has blocked the bot


@dataclass(frozen=True)
class Contact:
    """Someone in a user's network."""

    contact_id: str
    name: str
    created_at: datetime
    cadence_days: int = 30
    last_contact_at: datetime | None = None
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Interaction:
    """One time the user was in touch with a contact."""

    contact_id: str
    at: datetime
    note: str = ""


def to_document(record: UserProfile | Contact | Interaction) -> dict[str, Any]:
    """Turn a record into JSON-ready values."""
    document: dict[str, Any] = {}
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, datetime | time):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        document[item.name] = value
    return document


def profile_from(document: dict[str, Any]) -> UserProfile:
    """Build a UserProfile from its stored document."""
    return UserProfile(
        user_id=int(document["user_id"]),
        created_at=datetime.fromisoformat(document["created_at"]),
        language=document.get("language"),
        timezone=document.get("timezone"),
        nudge_time=time.fromisoformat(document.get("nudge_time", "09:00")),
        onboarded=bool(document.get("onboarded", False)),
        active=bool(document.get("active", True)),
    )


def contact_from(document: dict[str, Any]) -> Contact:
    """Build a Contact from its stored document."""
    last = document.get("last_contact_at")
    return Contact(
        contact_id=str(document["contact_id"]),
        name=str(document["name"]),
        created_at=datetime.fromisoformat(document["created_at"]),
        cadence_days=int(document.get("cadence_days", 30)),
        last_contact_at=datetime.fromisoformat(last) if last else None,
        notes=str(document.get("notes", "")),
        tags=tuple(document.get("tags", ())),
    )


def interaction_from(document: dict[str, Any]) -> Interaction:
    """Build an Interaction from its stored document."""
    return Interaction(
        contact_id=str(document["contact_id"]),
        at=datetime.fromisoformat(document["at"]),
        note=str(document.get("note", "")),
    )
