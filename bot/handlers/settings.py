"""/settings and /language: show what the bot knows about the user, and change it."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.config import LANGUAGES
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from core.model import UserProfile
from core.reading.clocktime import format_time_of_day

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


async def show_settings(update: Update, context: Context) -> None:
    """Show the settings card with a button per setting."""
    text, markup = settings_card(context, await context.ensure_profile())
    await context.send(text, markup=markup)


def settings_card(context: Context, profile: UserProfile) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting with its value, and a button to change each."""
    zone = context.zone_of(profile)
    text = context.text(
        "settings-card",
        zone=zone,
        now=context.clock_text(zone),
        hour=format_time_of_day(profile.nudge_time, context.language),
        days=days_words(context, profile.nudge_days),
        most=profile.daily_max,
        mode=context.text("settings-mode-digest" if profile.digest else "settings-mode-single"),
        language=LANGUAGE_NAMES[context.language],
    )
    buttons = [
        ("button-timezone", "set:tz"),
        ("button-hour", "set:hour"),
        ("button-days", "set:days"),
        ("button-max", "set:max"),
        ("button-mode", "set:mode"),
        ("button-language", "set:lang"),
    ]
    rows = [
        [InlineKeyboardButton(context.text(label), callback_data=data)] for label, data in buttons
    ]
    return text, InlineKeyboardMarkup(rows)


def days_words(context: Context, days: tuple[int, ...]) -> str:
    """ "every day", "weekdays", or the chosen days' short names."""
    chosen = set(days)
    if not chosen or chosen == set(range(1, 8)):
        return context.text("days-every")
    if chosen == set(range(1, 6)):
        return context.text("days-weekdays")
    return ", ".join(context.text(f"day-{day}") for day in sorted(chosen))


async def ask_language(update: Update, context: Context) -> None:
    """Offer the languages as buttons (from /language or the settings card)."""
    await answer_button(update)
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=f"lang:{code}")]
            for code in LANGUAGES
        ]
    )
    await context.say("ask-language", markup=markup)


async def picked_language(update: Update, context: Context) -> None:
    """Switch the user's language."""
    query = update.callback_query
    chosen = (query.data or "").removeprefix("lang:") if query else ""
    language = next((code for code in LANGUAGES if code == chosen), None)
    if language is None:
        await reject_button(context)
        return
    await answer_button(update)
    await drop_buttons(update)
    await context.save(replace(await context.ensure_profile(), language=language))
    await context.bot.send_message(
        context.chat_id, context.bot_data.translate(language, "language-set")
    )
