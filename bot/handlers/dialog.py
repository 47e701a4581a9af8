"""The one conversation of the bot: every question it asks, so only one is open at a time.

Separate ConversationHandlers would each keep their own state: a user who starts /add while
onboarding waits for a city would see their contact's name read as a city. One handler with
every question as a state means a new command always replaces the open question.
"""

from __future__ import annotations

import warnings

from telegram.ext import CommandHandler, ConversationHandler
from telegram.warnings import PTBUserWarning

from bot.context import Context
from bot.handlers import contact_entry, log_note, onboarding


def dialog() -> ConversationHandler[Context]:
    """Build the conversation from each feature's entry points and states."""
    states = {**onboarding.states(), **contact_entry.states(), **log_note.states()}
    with warnings.catch_warnings():
        # PTB warns that button presses are tracked per chat, not per message: that is what
        # we want, since only the latest question's buttons belong to the conversation.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler[Context](
            entry_points=[
                *onboarding.entry_points(),
                *contact_entry.entry_points(),
                *log_note.entry_points(),
            ],
            states=states,
            fallbacks=[CommandHandler("cancel", contact_entry.cancel_form)],
            allow_reentry=True,
            name="dialog",
        )
