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

from bot import callbacks
from bot.callbacks import ContactAction, ListPage, SnoozeChoice
from bot.context import App
from bot.handlers import (
    ask,
    card,
    favors,
    ideas,
    leaving,
    listing,
    log_note,
    nudge_answers,
    nudge_settings,
    today,
)
from bot.handlers import quick_actions as quick
from bot.handlers.access import refuse_strangers
from bot.handlers.dialog import dialog
from bot.handlers.errors import on_error
from bot.handlers.help import (
    expired_button,
    nothing_to_cancel,
    show_help,
    stray_message,
    unknown_command,
)
from bot.handlers.pick import is_action
from bot.handlers.settings import ask_language, picked_language, show_settings

_GATE = -1  # runs before everything else and can stop an update


def register(app: App) -> None:
    """Attach every handler and the error handler to the application."""
    app.add_handler(TypeHandler(Update, refuse_strangers), group=_GATE)
    app.add_handlers(
        [
            dialog(),
            CommandHandler("help", show_help),
            CommandHandler("settings", show_settings),
            CommandHandler("language", ask_language),
            CallbackQueryHandler(ask_language, pattern=r"^set:lang$"),
            CallbackQueryHandler(picked_language, pattern=r"^lang:"),
            CommandHandler("cancel", nothing_to_cancel),
            CommandHandler("list", listing.list_command),
            callbacks.handler(ListPage, listing.list_page),
            CommandHandler("contact", card.contact_command),
            callbacks.handler(ContactAction, card.card_button, when=is_action("card")),
            callbacks.handler(
                ContactAction, card.pause_button, when=is_action("cpause", "cresume")
            ),
            callbacks.handler(ContactAction, card.snooze_menu, when=is_action("csnooze")),
            callbacks.handler(SnoozeChoice, card.snooze_picked),
            callbacks.handler(ContactAction, card.card_back, when=is_action("cback")),
            CommandHandler("log", log_note.log_command),
            CallbackQueryHandler(log_note.log_picked, pattern=r"^log:"),
            # The note question's button still logs once the question is closed.
            CallbackQueryHandler(log_note.log_without_note, pattern=r"^lognow:"),
            CommandHandler("remove", quick.remove_command),
            callbacks.handler(ContactAction, quick.remove_button, when=is_action("remove")),
            callbacks.handler(ContactAction, quick.remove_confirmed, when=is_action("rm")),
            callbacks.handler(ContactAction, quick.remove_cancelled, when=is_action("keep")),
            CommandHandler("pause", quick.pause_command),
            CommandHandler("resume", quick.resume_command),
            callbacks.handler(ContactAction, quick.pause_picked, when=is_action("pause", "resume")),
            CommandHandler("tag", quick.tag_command),
            CommandHandler("untag", quick.untag_command),
            callbacks.handler(ContactAction, quick.tag_picked, when=is_action("tag", "untag")),
            CommandHandler("today", today.today_command),
            CallbackQueryHandler(ideas.another_idea, pattern=r"^n:idea:"),
            CommandHandler("idea", ideas.idea_command),
            CallbackQueryHandler(ideas.idea_button, pattern=r"^idea:"),
            CommandHandler("leaving", leaving.leaving_command),
            CallbackQueryHandler(leaving.stay_button, pattern=r"^stay:"),
            CommandHandler("taper", leaving.taper_command),
            CallbackQueryHandler(leaving.taper_picked, pattern=r"^taper(on|off):"),
            CallbackQueryHandler(
                nudge_settings.settings_button, pattern=r"^(set:(days|max|mode)$|days:|max:)"
            ),
            CallbackQueryHandler(nudge_answers.nudge_button, pattern=r"^n:(done|tmrw|week|skip):"),
            CallbackQueryHandler(nudge_answers.which_button, pattern=r"^n:which:"),
            # "done", "fait !"... and replies to nudges; anything else gets the stray hint.
            MessageHandler(filters.TEXT & ~filters.COMMAND, nudge_answers.done_words),
            CommandHandler("ask", ask.ask_command),
            CallbackQueryHandler(ask.asked_button, pattern=r"^asked:"),
            CommandHandler(("favors", "favours"), favors.favors_command),
            CallbackQueryHandler(favors.done_button, pattern=r"^favor:done:"),
            # Last: whatever nothing above understood gets a hint, never silence.
            MessageHandler(filters.COMMAND, unknown_command),
            MessageHandler(filters.ChatType.PRIVATE, stray_message),
            CallbackQueryHandler(expired_button),
        ]
    )
    app.add_error_handler(on_error)
