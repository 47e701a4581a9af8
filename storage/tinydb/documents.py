"""Model objects to JSON documents and back; TinyDB documents never leave `storage/`."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from core.model import (
    DEFAULT_CADENCE,
    EXCHANGE,
    Birthday,
    Channel,
    Contact,
    Favor,
    Interaction,
    Nudge,
    UserProfile,
)
from core.reading.favor_words import legacy_favor_note


def to_document(record: UserProfile | Contact | Interaction | Nudge) -> dict[str, Any]:
    """Turn a record into JSON-ready values."""
    return {item.name: _plain(getattr(record, item.name)) for item in fields(record)}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Channel | Birthday):
        return {item.name: getattr(value, item.name) for item in fields(value)}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def profile_from(document: dict[str, Any]) -> UserProfile:
    """Build a UserProfile from its stored document."""
    return UserProfile(
        user_id=int(document["user_id"]),
        created_at=datetime.fromisoformat(document["created_at"]),
        language=document.get("language"),
        telegram_language=document.get("telegram_language"),
        timezone=document.get("timezone"),
        nudge_time=time.fromisoformat(document.get("nudge_time", "09:00")),
        onboarded=bool(document.get("onboarded", False)),
        active=bool(document.get("active", True)),
        nudge_days=tuple(int(day) for day in document.get("nudge_days", ())),
        daily_max=int(document.get("daily_max", 3)),
        digest=bool(document.get("digest", False)),
        last_delivery_day=_day(document.get("last_delivery_day")),
        stay_started=_day(document.get("stay_started")),
        leaving_on=_day(document.get("leaving_on")),
        taper=bool(document.get("taper", True)),
        reminder_days=tuple(_days(document.get("reminder_days", ()))),
        welcome_from=_day(document.get("welcome_from")),
        review_day=_review_day(document.get("review_day", 7)),
        tag_rhythms=tuple((str(tag), str(spec)) for tag, spec in document.get("tag_rhythms", ())),
    )


def _days(values: Any) -> list[date]:
    return [date.fromisoformat(value) for value in values]


def _review_day(value: Any) -> int | None:
    return int(value) if value is not None else None


def _flag(value: Any) -> bool | None:
    return bool(value) if value is not None else None


def contact_from(document: dict[str, Any]) -> Contact:
    """Build a Contact from its stored document."""
    birthday = document.get("birthday")
    telegram_id = document.get("telegram_user_id")
    return Contact(
        contact_id=str(document["contact_id"]),
        name=str(document["name"]),
        created_at=datetime.fromisoformat(document["created_at"]),
        met=str(document.get("met", "")),
        place=str(document.get("place", "")),
        city=document.get("city"),
        country_code=document.get("country_code"),
        timezone=document.get("timezone"),
        place_language=document.get("place_language"),
        work=str(document.get("work", "")),
        interests=tuple(str(item) for item in document.get("interests", ())),
        channels=tuple(Channel(**item) for item in document.get("channels", ())),
        birthday=Birthday(**birthday) if birthday else None,
        cadence=str(document.get("cadence", DEFAULT_CADENCE)),
        last_contact_at=_when(document.get("last_contact_at")),
        paused=bool(document.get("paused", False)),
        snoozed_until=_day(document.get("snoozed_until")),
        tags=tuple(str(tag) for tag in document.get("tags", ())),
        telegram_user_id=int(telegram_id) if telegram_id is not None else None,
        birthday_reminder_days=document.get("birthday_reminder_days"),
        taper=bool(document.get("taper", True)),
        own_cadence=_flag(document.get("own_cadence")),
        in_stay=_flag(document.get("in_stay")),
    )


def interaction_from(document: dict[str, Any]) -> Interaction:
    """Build an Interaction from its stored document (an older ask or thanks, stored as a
    note with a prefix, is read back as one)."""
    note, kind, about = str(document.get("note", "")), document.get("kind"), document.get("about")
    legacy = legacy_favor_note(note) if kind is None else None
    if legacy is not None:
        (kind, about), note = legacy, ""
    return Interaction(
        contact_id=str(document["contact_id"]),
        at=datetime.fromisoformat(document["at"]),
        note=note,
        channel=str(document.get("channel", "")),
        kind=str(kind or EXCHANGE),
        about=str(about or ""),
        interaction_id=str(document.get("interaction_id", "")),
        previous=_when(document.get("previous")),
    )


def nudge_from(document: dict[str, Any]) -> Nudge:
    """Build a Nudge from its stored document."""
    message_id = document.get("message_id")
    return Nudge(
        day=date.fromisoformat(document["day"]),
        contact_id=str(document["contact_id"]),
        kind=str(document.get("kind", "due")),
        message_id=int(message_id) if message_id is not None else None,
        status=str(document.get("status", "planned")),
        idea=str(document.get("idea", "")),
        note=str(document.get("note", "")),
        carried_from=_day(document.get("carried_from")),
    )


def favor_document(favor: Favor) -> dict[str, Any]:
    """Turn a Favor into JSON-ready values."""
    return {item.name: _plain(getattr(favor, item.name)) for item in fields(favor)}


def favor_from(document: dict[str, Any]) -> Favor:
    """Build a Favor from its stored document."""
    return Favor(
        favor_id=str(document["favor_id"]),
        contact_id=str(document["contact_id"]),
        topic=str(document.get("topic", "")),
        asked_at=datetime.fromisoformat(document["asked_at"]),
        asked_on=date.fromisoformat(document["asked_on"]),
        follow_up_on=date.fromisoformat(document["follow_up_on"]),
        closed=bool(document.get("closed", False)),
        closed_at=_when(document.get("closed_at")),
        outcome=str(document.get("outcome", "")),
        reply=str(document.get("reply", "")),
    )
