"""The typed shapes handlers receive: bot_data, each user's user_data, and the context itself.

`BotContext` is the custom CallbackContext (PTB's `ContextTypes(context=...)`): one is made per
update, and the gate handler (`bot.handlers.access`) loads the user's profile into it before
any other handler runs, so every callback finds who is asking, in which language and zone.
"""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast
from zoneinfo import ZoneInfo

from telegram import Message, Update, User
from telegram.ext import Application, ApplicationHandlerStop, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Language, Settings
from bot.hosting.state import Hosting
from bot.i18n import FluentArg, Translator, pick_language
from bot.memo import MemoKey, Memos
from bot.metrics import Metrics
from core.due import DueIndex
from core.model import Contact, UserProfile
from core.places import Place
from core.reading.clocktime import format_time_of_day
from services.repository import Repository

if TYPE_CHECKING:
    from collections.abc import Callable

ReplyMarkup = Any  # any of Telegram's keyboard markups
T = TypeVar("T")


class BotData:
    """The services every handler reaches as `context.bot_data`; set once by the app factory."""

    settings: Settings
    repo: Repository
    clock: Clock
    translate: Translator
    retry_delays: tuple[float, ...]  # waits between send attempts on 5xx and time-outs
    delivery_locks: defaultdict[int, asyncio.Lock]  # one delivery per user at a time
    delivery_slots: asyncio.Semaphore  # how many users' deliveries run at once
    rng: random.Random  # conversation ideas; tests seed it
    due: DueIndex  # every active user's next delivery instant (bot.jobs.due)
    # Moves a user in that index to match their profile (bot.jobs.due); set by the app.
    reschedule: Callable[[UserProfile], None]
    metrics: Metrics  # what /metrics shows (bot.metrics)
    hosting: Hosting  # the health server and what /readyz reports (bot.hosting)


@dataclass
class UserState:
    """What a conversation remembers between two messages of the same user.

    Which question is open is the dialog's state (bot.handlers.dialog), not a field here: this
    keeps only what the questions gather. It is pickled by the bot's persistence.
    """

    draft: Contact | None = None  # the contact /add is building, or /edit is changing
    place_choices: tuple[Place, ...] = ()  # places offered for an ambiguous answer
    pending_cards: list[Contact] = field(default_factory=list)  # shared cards waiting their turn
    # What features remember by message until its button is pressed (bot.memo): the words
    # after a name while asking which Marie, the words of a filtered /list, a long /ask topic.
    memos: Memos = field(default_factory=Memos)
    pending_note: str = ""  # the note of a bare "done" while asking which nudge it answers
    # That "with whom?" question's message while it is open: a name typed then answers it.
    which_asked: int | None = None
    logging: str | None = None  # id of the contact the card's Log button asks a note for
    logging_card: int | None = None  # the card message to refresh once that note is logged
    importing: int | None = None  # the import preview whose defaults are being asked
    # What the user did whose reply could not be delivered (bot.handlers.errors); the gate
    # tells them on their next update that it was saved all the same, then clears it.
    lost_reply: str = ""
    # The message showing the open question's buttons: a form button of any other message
    # (an older question, another draft's summary) is stale and changes nothing; /cancel
    # takes that message's buttons away.
    asked_in: int | None = None
    # The user's time zone and the place they chose it by ("Montréal" for America/Toronto),
    # which the profile does not keep: the settings name it rather than the zone's city.
    zone_place: tuple[str, str] | None = None

    def forget_question(self) -> None:
        """Drop what the open question gathered: the draft, cards waiting, the note's contact."""
        self.draft, self.place_choices = None, ()
        self.pending_cards.clear()
        self.logging = self.logging_card = self.asked_in = None
        self.importing = None

    def __setstate__(self, saved: dict[str, Any]) -> None:
        """Unpickle a state saved by an older version: new fields get their defaults."""
        fresh = UserState().__dict__
        fresh.update((name, value) for name, value in saved.items() if name in fresh)
        self.__dict__.update(fresh)


class BotContext(CallbackContext[ExtBot[Any], UserState, dict[Any, Any], BotData]):
    """The context of one update: who asks, their profile, language and zone, and replies."""

    def __init__(
        self, application: Application[Any, Any, Any, Any, Any, Any], **kwargs: Any
    ) -> None:
        super().__init__(application, **kwargs)
        self._update: Update | None = None
        self._user: User | None = None
        self._chat_id: int | None = None
        self.profile: UserProfile | None = None
        self.language: Language = "en"

    async def load(self, update: Update) -> None:
        """Narrow the update to a user and a chat, and read their profile (the gate does it)."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            raise ApplicationHandlerStop
        self._update, self._user, self._chat_id = update, user, chat.id
        self.profile = await self.bot_data.repo.get_profile(user.id)
        self.language = pick_language(
            self.profile.language if self.profile else None,
            user.language_code,
            self.bot_data.settings.default_language,
        )

    @property
    def incoming(self) -> Update:
        """The update being handled."""
        if self._update is None:
            raise ApplicationHandlerStop
        return self._update

    @property
    def user(self) -> User:
        """The Telegram user who sent the update."""
        if self._user is None:
            raise ApplicationHandlerStop
        return self._user

    @property
    def chat_id(self) -> int:
        """The chat to answer in."""
        if self._chat_id is None:
            raise ApplicationHandlerStop
        return self._chat_id

    @property
    def repo(self) -> Repository:
        """Where the data lives."""
        return self.bot_data.repo

    @property
    def state(self) -> UserState:
        """This user's conversation state."""
        state = self.user_data
        if state is None:  # only updates without a user lack it, and load() drops those
            raise ApplicationHandlerStop
        return state

    def remember(self, key: MemoKey[T], message_id: int, value: T) -> None:
        """Keep what a button of that message could not carry; the oldest are forgotten."""
        self.state.memos.keep(key, message_id, value)

    def recall(self, key: MemoKey[T]) -> T | None:
        """What was remembered for the message whose button was pressed; None if nothing."""
        query = self.incoming.callback_query
        message = query.message if query is not None else None
        return self.state.memos.recall(key, message.message_id if message is not None else None)

    def now(self) -> datetime:
        """The current time, from the injected clock."""
        return self.bot_data.clock.now()

    def text(self, message_id: str, /, **args: FluentArg) -> str:
        """A catalog message in this user's language."""
        return self.bot_data.translate(self.language, message_id, **args)

    async def say(
        self, message_id: str, /, *, markup: ReplyMarkup = None, **args: FluentArg
    ) -> Message:
        """Send a catalog message to this chat (HTML, the application's default)."""
        return await self.send(self.text(message_id, **args), markup=markup)

    async def send(self, html: str, *, markup: ReplyMarkup = None) -> Message:
        """Send text already built from catalog messages (their arguments are escaped)."""
        return await self.bot.send_message(self.chat_id, html, reply_markup=markup)

    async def ensure_profile(self) -> UserProfile:
        """This user's profile, created on first contact and reactivated if they had left."""
        code = self.user.language_code
        if self.profile is None:
            return await self.save(UserProfile(self.user.id, self.now(), telegram_language=code))
        if not self.profile.active or self.profile.telegram_language != code:
            return await self.save(replace(self.profile, active=True, telegram_language=code))
        return self.profile

    async def save(self, profile: UserProfile) -> UserProfile:
        """Store a changed profile, and move its next delivery to match."""
        await self.repo.save_profile(profile)
        self.bot_data.reschedule(profile)
        self.profile = profile
        return profile

    def zone_of(self, profile: UserProfile | None) -> str:
        """The user's time zone, or the deployment's default until they set one."""
        if profile is not None and profile.timezone:
            return profile.timezone
        return self.bot_data.settings.default_timezone

    @property
    def zone(self) -> ZoneInfo:
        """This user's time zone."""
        return ZoneInfo(self.zone_of(self.profile))

    def today(self) -> date:
        """This user's local date."""
        return self.now().astimezone(self.zone).date()

    def local_now(self, zone: str) -> datetime:
        """The current time in a zone."""
        return self.now().astimezone(ZoneInfo(zone))

    def clock_text(self, zone: str) -> str:
        """What a watch shows now in that zone, written the user's way."""
        return format_time_of_day(self.local_now(zone).time(), self.language)


Context = BotContext
App = Application[ExtBot[Any], Context, UserState, dict[Any, Any], BotData, JobQueue[Context]]


def app_of(context: CallbackContext[Any, Any, Any, Any]) -> App:
    """The running Application; PTB types it loosely on the context."""
    return cast(App, context.application)
