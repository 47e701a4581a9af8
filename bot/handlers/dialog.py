"""The one conversation of the bot: every question it asks, so only one is open at a time.

Separate ConversationHandlers would each keep their own state: a user who starts /add while
onboarding waits for a city would see their contact's name read as a city. One handler with
every question as a state means only one question is ever open, and the state says which.

Each state listens only to what answers its question. Anything that belongs to another
feature (any command but /cancel, and the buttons or cards that open a question) closes the
open question with a short word, then is handled again once the question is closed: the
update goes back into the application's queue, so /list during /add lists, and what the user
types next is no longer read as an answer. /cancel cancels. A question left open for
DIALOG_TIMEOUT closes with a notice. The states and what the questions gather (user_data)
survive a restart through the application's persistence (bot.persistence).
"""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.context import Context
from bot.handlers import (
    account,
    contact_entry,
    contact_form,
    importing,
    log_note,
    merge,
    onboarding,
)

DIALOG_TIMEOUT = timedelta(minutes=30)
END = ConversationHandler.END
_CANCEL = filters.Regex(r"^/cancel(@\w+)?(\s|$)")

Handler = BaseHandler[Update, Context, Any]
# The short word saying which question another command closed, from the state's key.
Word = Callable[[Context, object], Awaitable[str]]


def dialog(timeout: timedelta = DIALOG_TIMEOUT) -> ConversationHandler[Context]:
    """Build the conversation from each feature's entry points, questions and closing words."""
    features: list[tuple[list[Handler], dict[object, list[Handler]], Word]] = [
        (onboarding.entry_points(), onboarding.states(), onboarding.closed_word),
        (contact_entry.entry_points(), contact_entry.states(), contact_entry.closed_word),
        (log_note.entry_points(), log_note.states(), log_note.closed_word),
        (importing.entry_points(), importing.states(), importing.closed_word),
    ]
    entry_points = [handler for opening, _, _ in features for handler in opening]
    # Buttons that change the whole account or two contacts close an open question too.
    closing = [*entry_points, *account.question_closers(), *merge.question_closers()]
    states: dict[object, list[Handler]] = {}
    for _, questions, word in features:
        for key, handlers in questions.items():
            states[key] = [*handlers, *_closers(key, word, closing)]
    states[ConversationHandler.TIMEOUT] = [TypeHandler(Update, _timed_out(timeout))]
    with warnings.catch_warnings():
        # PTB warns that button presses are tracked per chat, not per message: that is what
        # we want, since only the latest question's buttons belong to the conversation.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler[Context](
            entry_points=entry_points,
            states=states,
            # After the states' own closers: only a state this version no longer has (restored
            # from an older version's file) gets here; it must not keep commands from running.
            fallbacks=[
                CommandHandler("cancel", contact_entry.cancel_form),
                *_closers(None, _open_question, closing),
            ],
            # A new question never silently replaces the open one: its command or button
            # meets the closers below first, which say so, then replay it.
            allow_reentry=False,
            conversation_timeout=timeout,
            name="dialog",
            persistent=True,
        )


async def _open_question(context: Context, key: object) -> str:
    return context.text("dialog-closed")


def _closers(key: object, word: Word, entry_points: list[Handler]) -> list[Handler]:
    """Last in every state: what closes the question and replays the update afterwards."""
    close = _closer(key, word)
    handlers: list[Handler] = [MessageHandler(filters.COMMAND & ~_CANCEL, close)]
    for entry in entry_points:  # the buttons and shared cards that open another question
        if isinstance(entry, CallbackQueryHandler):
            handlers.append(CallbackQueryHandler(close, pattern=entry.pattern))
        elif isinstance(entry, MessageHandler):
            handlers.append(MessageHandler(entry.filters, close))
    return handlers


def _closer(key: object, word: Word) -> Callable[[Update, Context], Coroutine[Any, Any, int]]:
    async def close(update: Update, context: Context) -> int:
        """Close the open question with a word, then hand the update back to the application."""
        text = await word(context, key)
        context.state.forget_question()
        await context.send(text, markup=ReplyKeyboardRemove())
        # Once this returns END no question is open, so the replayed update reaches the
        # handler it was meant for (a command's, or an entry point of the dialog).
        await context.application.update_queue.put(update)
        return END

    return close


def _timed_out(timeout: timedelta) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def timed_out(update: Update, context: Context) -> None:
        """The open question waited too long: close it and say so."""
        unsaved = await contact_form.unsaved_draft(context)
        context.state.forget_question()
        # A job, not an update, changed user_data: have the persistence store it too.
        context.application.mark_data_for_update_persistence(user_ids=context.user.id)
        lines = [context.text("dialog-timed-out", minutes=int(timeout.total_seconds() // 60))]
        if unsaved is not None:
            lines.append(context.text("dialog-not-saved"))
        await context.send("\n".join(lines), markup=ReplyKeyboardRemove())

    return timed_out
