"""Who may talk to the bot: private chats only, and on a private deployment, the allow-list."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import NetworkError
from telegram.ext import ApplicationHandlerStop

from bot.context import Context
from bot.i18n import pick_language

log = logging.getLogger(__name__)


async def refuse_strangers(update: Update, context: Context) -> None:
    """Stop every update from a user who is not on the allow-list, before any handler runs."""
    settings = context.bot_data.settings
    user = update.effective_user
    chat = update.effective_chat
    if chat is not None and chat.type != "private":
        await _private_only(update, context)
        raise ApplicationHandlerStop
    if user is not None and settings.is_allowed(user.id):
        await context.load(update)
        await _tell_lost_reply(context)
        return
    if user is not None:
        # Nothing about them is stored: the reply uses their app's language, not a profile.
        language = pick_language(None, user.language_code, settings.default_language)
        refusal = context.bot_data.translate(language, "not-allowed")
        if update.callback_query is not None:
            await update.callback_query.answer(refusal, show_alert=True)
        elif update.effective_chat is not None and update.effective_chat.type == "private":
            await context.bot.send_message(update.effective_chat.id, refusal)
        log.info("Refused an update from a user outside ALLOWED_USER_IDS")
    raise ApplicationHandlerStop


def _meant_for(username: str, command: str) -> bool:
    """Whether "/cmd" or "/cmd@name" is addressed to the bot called `username`."""
    _, at, target = command.split(maxsplit=1)[0].partition("@")
    return not at or target.casefold() == username.casefold()


async def _tell_lost_reply(context: Context) -> None:
    """If the reply to their last action was lost, say now that it was saved all the same."""
    state = context.user_data
    if state is None or not state.lost_reply:
        return
    try:
        await context.say("reply-lost")
    except NetworkError:  # still unreachable: keep the flag, and handle this update anyway
        log.warning("Could not tell user %s that a reply was lost", context.user.id)
        return
    log.info("Told user %s that the reply to %r was lost", context.user.id, state.lost_reply)
    state.lost_reply = ""


async def _private_only(update: Update, context: Context) -> None:
    """In a group, a network would be shown to everyone: point to the private chat instead."""
    message = update.effective_message
    user = update.effective_user
    query = update.callback_query
    text = message.text if message is not None else None
    if user is None or (query is None and (message is None or not (text or "").startswith("/"))):
        return  # only commands and presses get an answer: the group's chatter is not ours
    if query is None and not _meant_for(context.bot.username, text or ""):
        return  # "/start@otherbot" in a group with several bots: the other bot's to answer
    settings = context.bot_data.settings
    language = pick_language(None, user.language_code, settings.default_language)
    hint = context.bot_data.translate(language, "private-only")
    if query is not None:  # a button in the group: stop its spinner with the hint
        await query.answer(hint, show_alert=True)
    elif message is not None:
        await message.reply_text(hint)
