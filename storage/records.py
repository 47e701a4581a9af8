"""The typed records the store speaks in; TinyDB documents never leave `storage/`."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time
from typing import Any

DEFAULT_NUDGE_TIME = time(9, 0)
DEFAULT_CADENCE = "1m"  # see core.rules.cadence for the notation


@dataclass(frozen=True)
class UserProfile:
    """A user of the bot and what they told it about themselves."""

    user_id: int
    created_at: datetime
    language: str | None = None  # None: follow the Telegram app's language
    telegram_language: str | None = None  # the app's language, for messages sent unasked
    timezone: str | None = None
    nudge_time: time = DEFAULT_NUDGE_TIME
    onboarded: bool = False
    active: bool = True  # False once the user has blocked the bot
    nudge_days: tuple[int, ...] = ()  # ISO weekdays (1 = Monday); empty: every day
    daily_max: int = 3
    digest: bool = False  # one message listing everyone due instead of one per contact
    last_delivery_day: date | None = None  # the user's local date of the last delivery started
    stay_started: date | None = None  # a stay abroad: from this day...
    leaving_on: date | None = None  # ...to this one (/leaving)
    taper: bool = True  # the welcome-back plan after the stay, for everyone met during it


@dataclass(frozen=True)
class Channel:
    """One way to reach a contact: kind is phone, email, telegram, linkedin or url."""

    kind: str
    value: str


@dataclass(frozen=True)
class Birthday:
    """A day of the year, with the year when known."""

    day: int
    month: int
    year: int | None = None


@dataclass(frozen=True)
class Contact:
    """Someone in a user's network."""

    contact_id: str
    name: str
    created_at: datetime
    met: str = ""  # how and where you met, as the user wrote it
    place: str = ""  # where they live: a resolved label, or the text as typed
    city: str | None = None
    country_code: str | None = None
    timezone: str | None = None
    work: str = ""  # field, role or company
    interests: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    birthday: Birthday | None = None
    cadence: str = DEFAULT_CADENCE
    last_contact_at: datetime | None = None
    paused: bool = False
    snoozed_until: date | None = None
    tags: tuple[str, ...] = ()
    telegram_user_id: int | None = None
    birthday_reminder_days: int | None = None  # also remind this many days before the birthday
    taper: bool = True  # follows the welcome-back plan when met during a stay


@dataclass(frozen=True)
class Interaction:
    """One time the user was in touch with a contact."""

    contact_id: str
    at: datetime
    note: str = ""
    channel: str = ""


@dataclass(frozen=True)
class Nudge:
    """One reminder planned or sent on a day: the record that makes delivery exactly-once."""

    day: date  # the user's local date
    contact_id: str
    kind: str = "due"  # due, birthday or digest
    message_id: int | None = None
    status: str = "planned"  # planned, sent, done, tomorrow, next_week or skipped
    idea: str = ""  # the conversation idea it carried, so the next one differs


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
    )


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
    )


def interaction_from(document: dict[str, Any]) -> Interaction:
    """Build an Interaction from its stored document."""
    return Interaction(
        contact_id=str(document["contact_id"]),
        at=datetime.fromisoformat(document["at"]),
        note=str(document.get("note", "")),
        channel=str(document.get("channel", "")),
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
    )


@dataclass(frozen=True)
class Favor:
    """Something the user asked a contact for, open until they report back and thank them."""

    favor_id: str
    contact_id: str
    topic: str  # what was asked about, as typed: "Montréal", "data science Berlin"
    asked_at: datetime
    asked_on: date  # the user's local date of the ask
    follow_up_on: date  # the user's local date to report back and thank them
    closed: bool = False
    closed_at: datetime | None = None


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
    )
