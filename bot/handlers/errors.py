"""The one error handler: log with context, tell the user kindly, never show a traceback.

A reply that could not be delivered after every retry (bot.ratelimit.Undelivered) is not
"something went wrong": what the user asked for is stored; only its confirmation was lost.
It is logged with the user and what they did, and the gate (bot.handlers.access) tells them
on their next update.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot.context import Context
from bot.i18n import pick_language
from bot.ratelimit import Undelivered
from services import profiles
from services.repository import UserDataUnavailableError

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Handle whatever a handler or job raised."""
    error = context.error
    user = update.effective_user if isinstance(update, Update) else None
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden) and user is not None:
        # The user blocked the bot: not a fault of ours, and nothing can reach them anyway.
        log.info("User %s blocked the bot; marking them inactive", user.id)
        await _mark_inactive(context, user.id)
        return
    if isinstance(error, Undelivered) and user is not None:
        _lost_reply(update, context, error, user.id)
        return
    if isinstance(error, UserDataUnavailableError):
        message_id = "error-data-unavailable"
        log.warning("Update for user %s skipped: %s", error.user_id, error)
    else:
        message_id = "error-generic"
        log.error(
            "Error while handling update %s of user %s",
            update.update_id if isinstance(update, Update) else None,
            user.id if user else None,
            exc_info=error,
        )
    if user is None or chat is None:
        return
    profile = await profiles.readable(context.bot_data.repo, user.id)
    language = pick_language(
        profile.language if profile else None,
        user.language_code,
        context.bot_data.settings.default_language,
    )
    text = context.bot_data.translate(language, message_id)
    if isinstance(update, Update) and update.callback_query is not None:
        # Stop the spinner; the failing callback may have answered the press already, and
        # Telegram refuses a second answer: the message below must go out all the same.
        with suppress(TelegramError):
            await update.callback_query.answer()
    try:
        await context.bot.send_message(chat.id, text)
    except Exception:  # the chat itself may be what fails; the log already has the cause
        log.warning("Could not tell user %s about the error", user.id, exc_info=True)


def _lost_reply(update: object, context: Context, error: Undelivered, user_id: int) -> None:
    """Remember that this user's last reply was lost, to tell them on their next update."""
    action = _what_they_did(update)
    log.warning(
        "Reply to user %s lost after every retry (%s); it confirmed %r",
        user_id,
        error.message,
        action,
        exc_info=error,
    )
    state = context.user_data
    if state is not None:
        state.lost_reply = action or error.method


def _what_they_did(update: object) -> str:
    """The words or the button of the update whose reply was lost, for the log."""
    if not isinstance(update, Update):
        return ""
    if update.callback_query is not None:
        return f"button {update.callback_query.data}"
    message = update.effective_message
    return (message.text or message.caption or "")[:200] if message is not None else ""


async def _mark_inactive(context: Context, user_id: int) -> None:
    profile = await profiles.deactivate(context.bot_data.repo, user_id)
    if profile is not None:
        context.bot_data.reschedule(profile)
