"""The typed shapes handlers receive: what lives in bot_data and in each user's user_data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from storage import Contact, Store


class BotData:
    """The services every handler reaches as `context.bot_data`; set once by the app factory."""

    settings: Settings
    store: Store
    clock: Clock
    translate: Translator


@dataclass
class UserState:
    """What a conversation remembers between two messages of the same user (memory only)."""

    onboarding: bool = False
    draft: Contact | None = None  # the contact /add is building
    asking: str | None = None  # the contact field /add or /edit is waiting for
    editing: str | None = None  # id of the contact /edit is changing
    list_filter: str = ""  # what /list is paging through


Context = CallbackContext[ExtBot[Any], UserState, dict[Any, Any], BotData]
App = Application[ExtBot[Any], Context, UserState, dict[Any, Any], BotData, JobQueue[Context]]
