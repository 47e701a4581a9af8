"""The model: the people, profiles, exchanges, nudges and favours the bot reasons about.

Plain frozen dataclasses with no framework: storage adapters turn them into documents, the
Telegram app turns them into text, and the rules and services pass them around.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

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
    # "" for an exchange the user had; BOOKKEEPING kinds are the bot's own records (an ask for a
    # favour, the thanks), kept in the history but never offered back as something to talk about.
    kind: str = ""


FAVOR_ASKED = "favor_asked"
FAVOR_THANKED = "favor_thanked"
BOOKKEEPING = frozenset({FAVOR_ASKED, FAVOR_THANKED})


@dataclass(frozen=True)
class Nudge:
    """One reminder planned or sent on a day: the record that makes delivery exactly-once."""

    day: date  # the user's local date
    contact_id: str
    kind: str = "due"  # due, birthday or digest
    message_id: int | None = None
    status: str = "planned"  # planned, sent, done, tomorrow, next_week or skipped
    idea: str = ""  # the conversation idea it carried, so the next one differs


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
