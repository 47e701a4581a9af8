"""/settings and /language: show what the bot knows about the user, and change it."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.config import LANGUAGES
from bot.context import Context
from bot.handlers.common import Turn, answer_button, drop_buttons, reject_button
from core.model import UserProfile
from core.reading.clocktime import format_time_of_day

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


async def show_settings(update: Update, context: Context) -> None:
    """Show the settings card with a button per setting."""
    turn = Turn.of(update, context)
    text, markup = settings_card(turn, turn.ensure_profile())
    await turn.send(text, markup=markup)


def settings_card(turn: Turn, profile: UserProfile) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting with its value, and a button to change each."""
    zone = turn.zone_of(profile)
    text = turn.text(
        "settings-card",
        zone=zone,
        now=turn.clock_text(zone),
        hour=format_time_of_day(profile.nudge_time, turn.language),
        days=days_words(turn, profile.nudge_days),
        most=profile.daily_max,
        mode=turn.text("settings-mode-digest" if profile.digest else "settings-mode-single"),
        language=LANGUAGE_NAMES[turn.language],
    )
    buttons = [
        ("button-timezone", "set:tz"),
        ("button-hour", "set:hour"),
        ("button-days", "set:days"),
        ("button-max", "set:max"),
        ("button-mode", "set:mode"),
        ("button-language", "set:lang"),
    ]
    rows = [[InlineKeyboardButton(turn.text(label), callback_data=data)] for label, data in buttons]
    return text, InlineKeyboardMarkup(rows)


def days_words(turn: Turn, days: tuple[int, ...]) -> str:
    """ "every day", "weekdays", or the chosen days' short names."""
    chosen = set(days)
    if not chosen or chosen == set(range(1, 8)):
        return turn.text("days-every")
    if chosen == set(range(1, 6)):
        return turn.text("days-weekdays")
    return ", ".join(turn.text(f"day-{day}") for day in sorted(chosen))


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
