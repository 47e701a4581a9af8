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
    # The days holding a dated reminder still to send (/remind): delivery days even when not
    # among `nudge_days`, so that the due index wakes for them without reading the nudges.
    reminder_days: tuple[date, ...] = ()
    # An already-back stay (/leaving with a past day): the welcome-back plan's first day.
    welcome_from: date | None = None
    review_day: int | None = 7  # ISO weekday of the weekly review (7 = Sunday); None: off
    tag_rhythms: tuple[tuple[str, str], ...] = ()  # (tag, cadence spec): a group's rhythm


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
    # Where they live: the user's words for the city ("Hambourg"), a country or zone, or the
    # text as typed when unresolved; older records hold an English label ("Hamburg, Germany").
    # core.place_names writes it for a reader.
    place: str = ""
    city: str | None = None  # the place data's name for the city ("Hamburg")
    country_code: str | None = None
    timezone: str | None = None
    place_language: str | None = None  # the language `place` was typed in; None: not typed
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
    # Whether `cadence` was chosen for them (a tag's rhythm never overrides it). None: a record
    # from before the choice was recorded, where only a cadence other than the default is one.
    own_cadence: bool | None = None
    # Chosen in or out of a stay by /leaving's question; None: by the day they were added.
    in_stay: bool | None = None


EXCHANGE, NOTE = "exchange", "note"  # the kinds of Interaction


@dataclass(frozen=True)
class Interaction:
    """One time the user was in touch with a contact, or a note about them (kind NOTE).

    A note never moves the contact's last contact date. An exchange keeps the date it
    replaced (`previous`), so that undoing or deleting it puts that date back.
    """

    contact_id: str
    at: datetime
    note: str = ""
    channel: str = ""
    kind: str = EXCHANGE  # exchange or note; ask or thanks: a favour asked, or thanked for
    about: str = ""  # an ask's or a thanks' favour topic; `note` keeps the user's words
    interaction_id: str = ""  # "" in records older than undo; new ones get a short random id
    # The last contact date from outside the history (the /add answer, an import) when it
    # was logged: with the other exchanges, what the date falls back to once this one goes.
    previous: datetime | None = None

    @property
    def touches(self) -> bool:
        """Whether it was being in touch (an exchange, an ask, a thanks): what moves the last
        contact date. A note is only something said about them."""
        return self.kind != NOTE

    @property
    def key(self) -> str:
        """What names this entry among its contact's: its id, or for an older record its
        instant (to the second, in hex, as short as an id)."""
        return self.interaction_id or f"{int(self.at.timestamp()):x}"


ASK, THANKS = "ask", "thanks"  # the favour kinds of Interaction
# The bot's own records of a favour: kept in the history, never offered back as a topic.
BOOKKEEPING = frozenset({ASK, THANKS})

REMINDER = "reminder"  # the kind of a dated reminder Nudge (/remind, "Remind me on Thursday?")


@dataclass(frozen=True)
class Nudge:
    """One reminder planned or sent on a day: the record that makes delivery exactly-once."""

    day: date  # the user's local date
    contact_id: str
    kind: str = "due"  # due, birthday, digest, favor, checklist, welcome or reminder
    message_id: int | None = None
    status: str = "planned"  # planned, sent, done, tomorrow, next_week, paused or skipped
    idea: str = ""  # the conversation idea it carried, so the next one differs
    note: str = ""  # a reminder's "what", as the user wrote it (/remind Tom jeudi appeler)
    # A reminder carried from a day the bot missed (it was down): that day, which it names.
    carried_from: date | None = None


@dataclass(frozen=True)
class Favor:
    """Something the user asked a contact for, open until they thank them or drop it."""

    favor_id: str
    contact_id: str
    topic: str  # what was asked about, as typed: "Montréal", "data science Berlin"
    asked_at: datetime
    asked_on: date  # the user's local date of the ask
    follow_up_on: date  # the user's local date to report back and thank them
    closed: bool = False
    closed_at: datetime | None = None
    outcome: str = ""  # once closed: thanked or dropped ("" in older records: thanked)
    reply: str = ""  # the user's latest words about it ("she hasn't answered yet")
