"""Conversation ideas on demand: 🎲 on a nudge for another one, and /idea <name>."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode

from bot.context import Context
from bot.handlers.common import Turn, answer_button, reject_button
from bot.handlers.nudge_answers import pressed_nudge
from bot.handlers.pick import pick_contact
from bot.nudges.render import idea_line, nudge_keyboard, nudge_text
from core.model import Contact


async def another_idea(update: Update, context: Context) -> None:
    """🎲 on a nudge: the same nudge, with a different idea."""
    turn = Turn.of(update, context)
    pressed = await pressed_nudge(turn)
    if pressed is None:
        return
    message, nudge, contact = pressed
    if nudge.kind == "digest":
        await reject_button(turn)
        return
    await answer_button(update)
    contact_id = contact.contact_id
    store = turn.services.store
    zone = ZoneInfo(turn.zone_of(turn.profile))
    now = turn.services.clock.now()
    history = store.interactions(turn.user.id, contact_id)
    last = history[-1] if history else None
    key, idea = idea_line(
        turn, contact, last, now=now, zone=zone, rng=turn.services.rng, avoid=nudge.idea
    )
    birthday = nudge.kind == "birthday"
    text = nudge_text(turn, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
    store.update_nudge(turn.user.id, replace(nudge, idea=key))
    await message.edit_text(
        text, parse_mode=ParseMode.HTML, reply_markup=nudge_keyboard(turn, contact_id)
    )


async def idea_command(update: Update, context: Context) -> None:
    """/idea <name>: one idea to write to them, with 🎲 for another."""
    turn = Turn.of(update, context)
    contact = await pick_contact(turn, " ".join(context.args or ()), "idea")
    if contact is not None:
        await _send_idea(turn, contact, avoid="")


async def idea_button(update: Update, context: Context) -> None:
    """A name picked for /idea, or 🎲 under an idea: (another) idea for that contact."""
    turn = Turn.of(update, context)
    query = update.callback_query
    _, _, rest = ((query.data or "") if query else "").partition(":")
    contact_id, _, avoid = rest.partition(":")
    contact = turn.services.store.get_contact(turn.user.id, contact_id)
    if contact is None:
        await reject_button(turn)
        return
    await answer_button(update)
    message = query.message if query else None
    if avoid and isinstance(message, Message):  # 🎲: the idea is replaced in place
        text, markup = _idea_message(turn, contact, avoid)
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
        return
    await _send_idea(turn, contact, avoid="")


async def _send_idea(turn: Turn, contact: Contact, avoid: str) -> None:
    text, markup = _idea_message(turn, contact, avoid)
    await turn.send(text, markup=markup)


def _idea_message(turn: Turn, contact: Contact, avoid: str) -> tuple[str, InlineKeyboardMarkup]:
    zone = ZoneInfo(turn.zone_of(turn.profile))
    history = turn.services.store.interactions(turn.user.id, contact.contact_id)
    key, idea = idea_line(
        turn,
        contact,
        history[-1] if history else None,
        now=turn.services.clock.now(),
        zone=zone,
        rng=turn.services.rng,
        avoid=avoid,
    )
    text = f"{turn.text('idea-for', name=contact.name)}\n{idea}"
    # The key travels in the button (ids are short) so the next idea is a different one.
    data = f"idea:{contact.contact_id}:{key}"[:64]
    button = InlineKeyboardButton(turn.text("button-another-idea"), callback_data=data)
    return text, InlineKeyboardMarkup([[button]])
