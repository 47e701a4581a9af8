"""/settings and /language: show what the bot knows about the user, and change it."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.callbacks import PickLanguage, payload_of
from bot.config import Language
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, edit_pressed, reject_button
from bot.menu import publish_chat_menu
from bot.views import settings as views
from core.model import UserProfile
from core.text import fold
from services.settings import with_language


async def show_settings(update: Update, context: Context) -> None:
    """Show the settings card with a button per setting."""
    text, markup = settings_card(context, await context.ensure_profile())
    await context.send(text, markup=markup)


def settings_card(context: Context, profile: UserProfile) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting with its value, and a button to change each."""
    zone = context.zone_of(profile)
    chosen = context.state.zone_place
    return views.settings_card(context, profile, zone, context.clock_text(zone), chosen)


async def back_to_card(context: Context, profile: UserProfile) -> None:
    """After a setting changed from the card's buttons: the pressed message is the card again."""
    text, markup = settings_card(context, profile)
    await edit_pressed(context, text, markup=markup)


# What /language may be followed by, folded: "/language en", "/language français".
_LANGUAGE_WORDS: dict[str, Language] = {
    **dict.fromkeys(("fr", "francais", "french"), "fr"),
    **dict.fromkeys(("en", "english", "anglais"), "en"),
}


async def ask_language(update: Update, context: Context) -> None:
    """Offer the languages as buttons (from /language or the settings card); "/language en"
    switches at once, as typed."""
    code = _LANGUAGE_WORDS.get(fold(" ".join(context.args or ())))
    if code is not None:
        await _switch_language(context, code)
        return
    await answer_button(update)
    await context.say("ask-language", markup=views.language_keyboard())


async def picked_language(update: Update, context: Context) -> None:
    """Switch the user's language."""
    payload = payload_of(update, PickLanguage)
    if payload is None:
        await reject_button(context)
        return
    await answer_button(update)
    await drop_buttons(update)
    await _switch_language(context, payload.code)


async def _switch_language(context: Context, code: Language) -> None:
    await context.save(with_language(await context.ensure_profile(), code))
    context.language = code
    # The menu first: when the confirmation arrives, the menu already speaks the new language.
    await publish_chat_menu(context.bot, context.bot_data.translate, context.chat_id, code)
    await context.say("language-set")
