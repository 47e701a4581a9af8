"""The typed shapes handlers receive: what lives in bot_data and in each user's user_data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from storage import Store


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


Context = CallbackContext[ExtBot[Any], UserState, dict[Any, Any], BotData]
App = Application[ExtBot[Any], Context, UserState, dict[Any, Any], BotData, JobQueue[Context]]
