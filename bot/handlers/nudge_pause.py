"""⏸ Pause on a nudge: no more reminders about that contact, said on the nudge, with ↩️."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import NudgePause, button, payload_of
from bot.context import Context
from bot.handlers.card import set_paused
from bot.handlers.common import reject_button, unless_unchanged
from bot.views.nudges import nudge_keyboard, shown_idea
from bot.views.render import clip
from services import history, nudges


async def pause_pressed(update: Update, context: Context) -> None:
    """⏸ on a nudge: the contact is paused, the nudge answered; ↩️ takes it back."""
    payload = payload_of(update, NudgePause)
    query = update.callback_query
    message = query.message if query is not None else None
    if payload is None or query is None or not isinstance(message, Message):
        await reject_button(context)
        return
    if payload.undo:
        await _unpause(context, message, payload.contact_id)
        return
    waiting = await nudges.pressed(
        context.repo, context.user.id, message.message_id, payload.contact_id
    )
    if waiting is None or waiting.nudge.kind == "digest":  # answered, stale or not theirs
        await reject_button(context)
        return
    contact = waiting.contact
    await set_paused(context, contact, paused=True)
    await nudges.pause_from(context.repo, context.user.id, waiting)
    await query.answer(context.text("paused-toast"))
    outcome = context.text("nudge-paused", name=clip(contact.name, 60))
    undo = button(context.text("button-undo"), NudgePause(contact.contact_id, undo=True))
    try:
        with unless_unchanged():
            await message.edit_text(
                f"{message.text_html}\n\n{outcome}", reply_markup=InlineKeyboardMarkup([[undo]])
            )
    except BadRequest:  # too long to append to, or gone: say it apart (no ↩️: /resume)
        await context.send(outcome)


async def _unpause(context: Context, message: Message, contact_id: str) -> None:
    """↩️ under a nudge's ⏸: reminders back on, the nudge as it was, waiting again."""
    repo, user_id = context.repo, context.user.id
    waiting = await nudges.paused_on(repo, user_id, message.message_id, contact_id)
    query = context.incoming.callback_query
    if waiting is None or query is None:
        await reject_button(context)
        return
    await set_paused(context, waiting.contact, paused=False)
    await history.reopen(repo, user_id, waiting.nudge)
    await query.answer(context.text("resumed-toast"))
    # The outcome was added after a blank line; the idea line, last before it, is copied as
    # the user reads it (plain text).
    before_html = message.text_html.rpartition("\n\n")[0] or message.text_html
    idea = shown_idea(message.text or "")
    with unless_unchanged():
        await message.edit_text(
            before_html, reply_markup=nudge_keyboard(context, waiting.contact, idea)
        )
