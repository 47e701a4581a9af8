"""What every handler does first: narrow the update to a user, a chat and a language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Message, Update, User
from telegram.constants import ParseMode
from telegram.ext import ApplicationHandlerStop

from bot.config import Language
from bot.context import BotData, Context, UserState, app_of
from bot.i18n import FluentArg, pick_language
from bot.nudges.schedule import schedule_user
from core.model import UserProfile
from core.reading.clocktime import format_time_of_day

ReplyMarkup = Any  # any of Telegram's keyboard markups


@dataclass(frozen=True)
class Turn:
    """One update from one user: who they are, where to answer and in which language."""

    update: Update
    context: Context
    user: User
    chat_id: int
    profile: UserProfile | None
    language: Language

    @classmethod
    def of(cls, update: Update, context: Context) -> Turn:
        """Narrow an update that has a user and a chat; other updates are dropped."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            raise ApplicationHandlerStop
        data = context.bot_data
        profile = data.store.get_profile(user.id)
        language = pick_language(
            profile.language if profile else None,
            user.language_code,
            data.settings.default_language,
        )
        return cls(update, context, user, chat.id, profile, language)

    @property
    def services(self) -> BotData:
        """The store, the clock, the settings and the catalogs."""
        return self.context.bot_data

    def text(self, message_id: str, /, **args: FluentArg) -> str:
        """A catalog message in this user's language."""
        return self.services.translate(self.language, message_id, **args)

    async def say(
        self, message_id: str, /, *, markup: ReplyMarkup = None, **args: FluentArg
    ) -> Message:
        """Send a catalog message to this chat, as HTML."""
        return await self.send(self.text(message_id, **args), markup=markup)

    async def send(self, html: str, *, markup: ReplyMarkup = None) -> Message:
        """Send text already built from catalog messages (their arguments are escaped)."""
        return await self.context.bot.send_message(
            self.chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup
        )

    def ensure_profile(self) -> UserProfile:
        """This user's profile, created on first contact and reactivated if they had left."""
        code = self.user.language_code
        if self.profile is None:
            now = self.services.clock.now()
            return self.save(UserProfile(self.user.id, now, telegram_language=code))
        if not self.profile.active or self.profile.telegram_language != code:
            return self.save(replace(self.profile, active=True, telegram_language=code))
        return self.profile

    def save(self, profile: UserProfile) -> UserProfile:
        """Store a changed profile, and move its daily nudge job to match."""
        self.services.store.save_profile(profile)
        schedule_user(app_of(self.context), profile)
        return profile

    def zone_of(self, profile: UserProfile | None) -> str:
        """The user's time zone, or the deployment's default until they set one."""
        if profile is not None and profile.timezone:
            return profile.timezone
        return self.services.settings.default_timezone

    def local_now(self, zone: str) -> datetime:
        """The current time in a zone."""
        return self.services.clock.now().astimezone(ZoneInfo(zone))

    def clock_text(self, zone: str) -> str:
        """What a watch shows now in that zone, written the user's way."""
        return format_time_of_day(self.local_now(zone).time(), self.language)

    @property
    def state(self) -> UserState:
        """This user's in-memory conversation state."""
        state = self.context.user_data
        if state is None:  # only updates without a user lack it, and Turn.of drops those
            raise ApplicationHandlerStop
        return state


async def answer_button(update: Update) -> None:
    """Stop the spinner on the pressed button."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def reject_button(turn: Turn) -> None:
    """Answer a press whose data is stale or not one of ours; nothing is changed."""
    query = turn.update.callback_query
    if query is not None:
        await query.answer(turn.text("button-expired"), show_alert=True)


async def drop_buttons(update: Update) -> None:
    """Remove the buttons of the message whose button was pressed, so it cannot be pressed twice."""
    query = update.callback_query
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
