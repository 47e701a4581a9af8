"""The typed shapes handlers receive: what lives in bot_data and in each user's user_data."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from core.model import Contact
from core.places import Place
from storage import Store


class BotData:
    """The services every handler reaches as `context.bot_data`; set once by the app factory."""

    settings: Settings
    store: Store
    clock: Clock
    translate: Translator
    retry_delays: tuple[float, ...]  # waits between send attempts on 5xx and time-outs
    delivery_locks: defaultdict[int, asyncio.Lock]  # one delivery per user at a time
    delivery_slots: asyncio.Semaphore  # how many users' deliveries run at once
    rng: random.Random  # conversation ideas; tests seed it


@dataclass
class UserState:
    """What a conversation remembers between two messages of the same user (memory only)."""

    onboarding: bool = False
    draft: Contact | None = None  # the contact /add is building
    asking: str | None = None  # the contact field /add or /edit is waiting for
    editing: str | None = None  # id of the contact /edit is changing
    reviewing: bool = False  # /add is correcting one field from its summary
    place_choices: tuple[Place, ...] = ()  # places offered for an ambiguous answer
    pending_cards: list[Contact] = field(default_factory=list)  # shared cards waiting their turn
    list_filter: str = ""  # what /list is paging through
    list_message: int | None = None  # the /list message that list_filter belongs to
    # The words after the name ("airbus lyon" in "/tag Marie airbus lyon"), by the id of the
    # message that asks which Marie: the chosen button then applies them.
    pick_rest: dict[int, str] = field(default_factory=dict)
    pending_note: str = ""  # the note of a bare "done" while asking which nudge it answers
    logging: str | None = None  # id of the contact the card's Log button asks a note for
    logging_card: int | None = None  # the card message to refresh once that note is logged
    # What each /ask answer was about, by the id of its message: its 🙋 I asked button
    # opens a favour on that topic (the button itself only carries the contact's id).
    ask_topics: dict[int, str] = field(default_factory=dict)


Context = CallbackContext[ExtBot[Any], UserState, dict[Any, Any], BotData]
App = Application[ExtBot[Any], Context, UserState, dict[Any, Any], BotData, JobQueue[Context]]


def app_of(context: Context) -> App:
    """The running Application; PTB types it loosely on the context."""
    return cast(App, context.application)
