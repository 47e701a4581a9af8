"""What Telegram shows before and around the chat: the command menu and the bot's description.

The menu is published per language (`language_code`, which Telegram matches to the user's app)
and, for the default scope, in DEFAULT_LANGUAGE. A user who picks a language with /language gets
a menu for their chat alone (BotCommandScopeChat, which Telegram prefers over any language
scope), so the menu follows the bot's language rather than their phone's (and when the menu
changes, bot.menu_refresh gives those chats the new one).
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.commands import MENU_COMMANDS
from bot.config import LANGUAGES, Language
from bot.i18n import Translator

log = logging.getLogger(__name__)

# Telegram's limits (Bot API setMyDescription, setMyShortDescription).
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120
# What a phone's command menu shows of a description before cutting it (Telegram allows 256).
MENU_DESCRIPTION_LIMIT = 40


def menu(translate: Translator, language: Language) -> list[BotCommand]:
    """The command menu in `language`."""
    return [BotCommand(name, translate(language, f"cmd-{name}")) for name in MENU_COMMANDS]


async def publish_menus(bot: Bot, translate: Translator, default: Language) -> None:
    """Publish the menu in every language, and in `default` for everyone else."""
    for language in LANGUAGES:
        await bot.set_my_commands(menu(translate, language), language_code=language)
    await bot.set_my_commands(menu(translate, default), scope=BotCommandScopeDefault())


async def publish_chat_menu(
    bot: Bot, translate: Translator, chat_id: int, language: Language
) -> None:
    """Give one private chat the menu in the language its user chose.

    A menu that cannot be published leaves the old one: the language switch itself is done, so
    this is logged rather than reported to the user as a failure.
    """
    try:
        await bot.set_my_commands(
            menu(translate, language), scope=BotCommandScopeChat(chat_id=chat_id)
        )
    except TelegramError:
        log.warning("Could not publish the %s menu of chat %s", language, chat_id, exc_info=True)


async def publish_descriptions(bot: Bot, translate: Translator, default: Language) -> None:
    """Set what the empty chat and the bot's page say, in every language and by default.

    Each is read first and only set when it differs: these calls are rate limited by Telegram,
    and a bot restarted often would otherwise spend its start-up waiting on them.
    """
    for language in (*LANGUAGES, None):
        text_language = language or default
        description = translate(text_language, "about-description")
        short = translate(text_language, "about-short-description")
        current = await bot.get_my_description(language_code=language)
        if current.description != description:
            await bot.set_my_description(description, language_code=language)
        current_short = await bot.get_my_short_description(language_code=language)
        if current_short.short_description != short:
            await bot.set_my_short_description(short, language_code=language)
