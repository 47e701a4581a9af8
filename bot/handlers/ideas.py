"""Conversation ideas on demand: 🎲 on a nudge for another one, and /idea <name>."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import IdeaButton, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, reject_button, unless_unchanged
from bot.handlers.nudge_answers import pressed_nudge
from bot.handlers.pick import pick_contact
from bot.views.ideas import idea_message
from bot.views.nudges import idea_line, nudge_keyboard, nudge_text
from services import nudges
from services.nudges import Subject


async def another_idea(update: Update, context: Context) -> None:
    """🎲 on a nudge: the same nudge, with a different idea."""
    pressed = await pressed_nudge(context)
    if pressed is None:
        return
    message, waiting = pressed
    nudge, contact = waiting.nudge, waiting.contact
    if nudge.kind == "digest":
        await reject_button(context)
        return
    await answer_button(update)
    last = await nudges.last_exchange(context.repo, context.user.id, contact.contact_id)
    now, zone, rng = context.now(), context.zone, context.bot_data.rng
    key, idea = idea_line(context, contact, last, now=now, zone=zone, rng=rng, avoid=nudge.idea)
    birthday = nudge.kind == "birthday"
    text = nudge_text(context, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
    await nudges.remember_idea(context.repo, context.user.id, nudge, key)
    with unless_unchanged():  # 🎲 twice with one idea that fits: the same text
        await message.edit_text(text, reply_markup=nudge_keyboard(context, contact, idea))


async def idea_command(update: Update, context: Context) -> None:
    """/idea <name>: one idea to write to them, with 🎲 for another."""
    contact = await pick_contact(context, " ".join(context.args or ()), "idea")
    if contact is None:
        return
    last = await nudges.last_exchange(context.repo, context.user.id, contact.contact_id)
    text, markup = _idea(context, Subject(contact, last), avoid="")
    await context.send(text, markup=markup)


async def idea_button(update: Update, context: Context) -> None:
    """A name picked for /idea, or 🎲 under an idea: (another) idea for that contact."""
    payload = payload_of(update, IdeaButton)
    found = (
        await nudges.subject(context.repo, context.user.id, payload.contact_id)
        if payload is not None
        else None
    )
    if payload is None or found is None:
        await reject_button(context)
        return
    await answer_button(update)
    query = update.callback_query
    message = query.message if query else None
    text, markup = _idea(context, found, avoid=payload.avoid)
    if payload.avoid and isinstance(message, Message):  # 🎲: the idea is replaced in place
        with unless_unchanged():
            await message.edit_text(text, reply_markup=markup)
        return
    await context.send(text, markup=markup)


def _idea(context: Context, found: Subject, avoid: str) -> tuple[str, InlineKeyboardMarkup]:
    """An idea for them (never `avoid` if another fits), as /idea shows it."""
    now, zone, rng = context.now(), context.zone, context.bot_data.rng
    key, line = idea_line(
        context, found.contact, found.last, now=now, zone=zone, rng=rng, avoid=avoid
    )
    return idea_message(context, found.contact, key, line)
