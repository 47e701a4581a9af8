"""Dated reminders to come: /remind alone lists them, and ✖️ (there or on the card) cancels
one after a confirmation."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest

from bot.callbacks import ReminderCancel, payload_of
from bot.context import Context
from bot.handlers.card import refresh_card
from bot.handlers.common import answer_button, edit_pressed, unless_unchanged
from bot.handlers.followups import remind_command as plan_command
from bot.handlers.pick import pressed_contact
from bot.memo import MemoKey
from bot.views.reminders import (
    cancel_keyboard,
    cancel_question,
    cancelled_text,
    reminders_keyboard,
    reminders_text,
)
from core.model import Contact
from services import followups

# The card or /remind's list a ✖️ was pressed on, by the confirmation it sent: redrawn after.
FROM_CARD = MemoKey("reminder-cancel-card", int, size=10)
FROM_LIST = MemoKey("reminder-cancel-list", int, size=10)


async def remind_command(update: Update, context: Context) -> None:
    """/remind <name> <when> [what] plans one; /remind alone lists those to come (or, with
    none, asks who and when as before)."""
    if context.args:
        await plan_command(update, context)
        return
    today = context.today()
    planned = await followups.planned(context.repo, context.user.id, today)
    if not planned:
        await plan_command(update, context)
        return
    await context.send(
        reminders_text(context, planned, today),
        markup=reminders_keyboard(context, planned, today),
    )


async def cancel_pressed(update: Update, context: Context) -> None:
    """✖️ asks; ✖️ Yes cancels (the day leaves the due index when nothing else is planned
    then); Keep it leaves it. A reminder sent or cancelled since is said so."""
    payload = payload_of(update, ReminderCancel)
    contact = await pressed_contact(context, payload)
    if payload is None or contact is None:
        return
    today = context.today()
    found = await followups.planned_one(
        context.repo, context.user.id, contact.contact_id, payload.when
    )
    query = update.callback_query
    if found is None:  # sent or cancelled since this button was drawn
        if payload.action in ("card", "list") and query is not None:
            await query.answer(context.text("reminder-gone"), show_alert=True)
        else:
            await answer_button(update)
            await edit_pressed(context, context.text("reminder-gone"))
        return
    reminder, _ = found
    await answer_button(update)
    if payload.action in ("card", "list"):
        question = await context.send(
            cancel_question(context, reminder, contact, today),
            markup=cancel_keyboard(context, reminder),
        )
        pressed = query.message if query is not None else None
        if pressed is not None:  # redrawn once cancelled
            key = FROM_CARD if payload.action == "card" else FROM_LIST
            context.state.memos.keep(key, question.message_id, pressed.message_id)
    elif payload.action == "no":
        await edit_pressed(context, context.text("reminder-kept"))
    else:
        profile = await followups.cancel(
            context.repo, context.user.id, contact.contact_id, payload.when
        )
        if profile is None:  # cancelled between the two reads (a double tap)
            await edit_pressed(context, context.text("reminder-gone"))
            return
        context.profile = profile
        context.bot_data.reschedule(profile)
        await edit_pressed(context, cancelled_text(context, reminder, contact, today))
        await redraw_origin(context, contact)


async def redraw_origin(context: Context, contact: Contact) -> None:
    """Redraw the card or the list whose ✖️ led to the confirmation pressed, without the
    reminder just cancelled (nothing when it is out of memory or gone from the chat)."""
    query = context.incoming.callback_query
    asked = query.message.message_id if query is not None and query.message else None
    card_id = context.state.memos.recall(FROM_CARD, asked)
    if card_id is not None:
        await refresh_card(context, contact, card_id)
        return
    list_id = context.state.memos.recall(FROM_LIST, asked)
    if list_id is None:
        return
    today = context.today()
    planned = await followups.planned(context.repo, context.user.id, today)
    markup = reminders_keyboard(context, planned, today) if planned else None
    try:
        with unless_unchanged():
            await context.bot.edit_message_text(
                reminders_text(context, planned, today),
                chat_id=context.chat_id,
                message_id=list_id,
                reply_markup=markup,
            )
    except BadRequest as error:  # the list is gone: nothing to redraw
        if "not found" not in str(error):
            raise
