"""The handler table, wired in one place; order matters within a group."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.context import App
from bot.handlers import onboarding
from bot.handlers.access import refuse_strangers
from bot.handlers.errors import on_error
from bot.handlers.help import (
    expired_button,
    nothing_to_cancel,
    show_help,
    stray_message,
    unknown_command,
)
from bot.handlers.settings import ask_language, picked_language, show_settings

_GATE = -1  # runs before everything else and can stop an update


def register(app: App) -> None:
    """Attach every handler and the error handler to the application."""
    app.add_handler(TypeHandler(Update, refuse_strangers), group=_GATE)
    app.add_handlers(
        [
            onboarding.conversation(),
            CommandHandler("help", show_help),
            CommandHandler("settings", show_settings),
            CommandHandler("language", ask_language),
            CallbackQueryHandler(ask_language, pattern=r"^set:lang$"),
            CallbackQueryHandler(picked_language, pattern=r"^lang:"),
            CommandHandler("cancel", nothing_to_cancel),
            # Last: whatever nothing above understood gets a hint, never silence.
            MessageHandler(filters.COMMAND, unknown_command),
            MessageHandler(filters.ChatType.PRIVATE, stray_message),
            CallbackQueryHandler(expired_button),
        ]
    )
    app.add_error_handler(on_error)
