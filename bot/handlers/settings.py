"""/settings and /language: show what the bot knows about the user, and change it."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.config import LANGUAGES
from bot.context import Context
from bot.domain.clocktime import format_time_of_day
from bot.handlers.common import Turn, answer_button, drop_buttons, reject_button

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


async def show_settings(update: Update, context: Context) -> None:
    """Show the settings card with a button per setting."""
    turn = Turn.of(update, context)
    profile = turn.ensure_profile()
    zone = turn.zone_of(profile)
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.text("button-timezone"), callback_data="set:tz")],
            [InlineKeyboardButton(turn.text("button-hour"), callback_data="set:hour")],
            [InlineKeyboardButton(turn.text("button-language"), callback_data="set:lang")],
        ]
    )
    await turn.say(
        "settings-card",
        zone=zone,
        now=turn.clock_text(zone),
        hour=format_time_of_day(profile.nudge_time, turn.language),
        language=LANGUAGE_NAMES[turn.language],
        markup=markup,
    )


async def ask_language(update: Update, context: Context) -> None:
    """Offer the languages as buttons (from /language or the settings card)."""
    turn = Turn.of(update, context)
    await answer_button(update)
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=f"lang:{code}")]
            for code in LANGUAGES
        ]
    )
    await turn.say("ask-language", markup=markup)


async def picked_language(update: Update, context: Context) -> None:
    """Switch the user's language."""
    turn = Turn.of(update, context)
    query = update.callback_query
    chosen = (query.data or "").removeprefix("lang:") if query else ""
    language = next((code for code in LANGUAGES if code == chosen), None)
    if language is None:
        await reject_button(turn)
        return
    await answer_button(update)
    await drop_buttons(update)
    turn.save(replace(turn.ensure_profile(), language=language))
    await context.bot.send_message(
        turn.chat_id, turn.services.translate(language, "language-set"), parse_mode="HTML"
    )
