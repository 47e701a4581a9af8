"""Conversation ideas on demand: 🎲 on a nudge for another one, and /idea <name>."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.handlers.nudge_answers import pressed_nudge
from bot.handlers.pick import pick_contact
from bot.views.nudges import idea_line, nudge_keyboard, nudge_text
from core.model import Contact


async def another_idea(update: Update, context: Context) -> None:
    """🎲 on a nudge: the same nudge, with a different idea."""
    pressed = await pressed_nudge(context)
    if pressed is None:
        return
    message, nudge, contact = pressed
    if nudge.kind == "digest":
        await reject_button(context)
        return
    await answer_button(update)
    contact_id = contact.contact_id
    repo = context.repo
    zone = ZoneInfo(context.zone_of(context.profile))
    now = context.bot_data.clock.now()
    history = await repo.interactions(context.user.id, contact_id)
    last = history[-1] if history else None
    key, idea = idea_line(
        context, contact, last, now=now, zone=zone, rng=context.bot_data.rng, avoid=nudge.idea
    )
    birthday = nudge.kind == "birthday"
    text = nudge_text(context, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
    await repo.update_nudge(context.user.id, replace(nudge, idea=key))
    await message.edit_text(text, reply_markup=nudge_keyboard(context, contact_id))


async def idea_command(update: Update, context: Context) -> None:
    """/idea <name>: one idea to write to them, with 🎲 for another."""
    contact = await pick_contact(context, " ".join(context.args or ()), "idea")
    if contact is not None:
        await _send_idea(context, contact, avoid="")


async def idea_button(update: Update, context: Context) -> None:
    """A name picked for /idea, or 🎲 under an idea: (another) idea for that contact."""
    query = update.callback_query
    _, _, rest = ((query.data or "") if query else "").partition(":")
    contact_id, _, avoid = rest.partition(":")
    contact = await context.repo.get_contact(context.user.id, contact_id)
    if contact is None:
        await reject_button(context)
        return
    await answer_button(update)
    message = query.message if query else None
    if avoid and isinstance(message, Message):  # 🎲: the idea is replaced in place
        text, markup = await _idea_message(context, contact, avoid)
        await message.edit_text(text, reply_markup=markup)
        return
    await _send_idea(context, contact, avoid="")


async def _send_idea(context: Context, contact: Contact, avoid: str) -> None:
    text, markup = await _idea_message(context, contact, avoid)
    await context.send(text, markup=markup)


async def _idea_message(
    context: Context, contact: Contact, avoid: str
) -> tuple[str, InlineKeyboardMarkup]:
    zone = ZoneInfo(context.zone_of(context.profile))
    history = await context.repo.interactions(context.user.id, contact.contact_id)
    key, idea = idea_line(
        context,
        contact,
        history[-1] if history else None,
        now=context.bot_data.clock.now(),
        zone=zone,
        rng=context.bot_data.rng,
        avoid=avoid,
    )
    text = f"{context.text('idea-for', name=contact.name)}\n{idea}"
    # The key travels in the button (ids are short) so the next idea is a different one.
    data = f"idea:{contact.contact_id}:{key}"[:64]
    button = InlineKeyboardButton(context.text("button-another-idea"), callback_data=data)
    return text, InlineKeyboardMarkup([[button]])
