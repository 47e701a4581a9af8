"""Favours: an ask logged with 🙋 I asked, followed up N days later, closed once thanked.

The daily delivery sends the follow-up: `due_favors` says which, `favor_nudge_text` and
`favor_keyboard` write it, and its button ("favor:done:<id>") is handled here like the one
of /favors. `close_favor` closes a favour from anywhere else.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date, timedelta

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import Turn, answer_button, reject_button
from bot.nudges.favors import (
    DONE,
    FOLLOW_UP_DAYS,
    NAME_LIMIT,
    TOPIC_LIMIT,
    favor_keyboard,
    find_favor,
    open_favors,
)
from bot.render import ago_words, clip, day_words
from core.model import Contact, Favor, Interaction
from core.text import fold

FAVORS_SHOWN = 10
MAX_ID = 16  # favour ids are 8 hex digits; anything much longer is not one of ours


def open_favor(
    turn: Turn, contact: Contact, topic: str, days: int = FOLLOW_UP_DAYS
) -> Favor | None:
    """Log the ask as an exchange and open a favour to follow up on in `days` days.

    None when the same ask of the same contact is still open: a second press adds nothing.
    Raises UnknownContactError if the contact was deleted meanwhile.
    """
    store, user_id = turn.services.store, turn.user.id
    favors = store.favors(user_id)
    if any(
        not f.closed and f.contact_id == contact.contact_id and fold(f.topic) == fold(topic)
        for f in favors
    ):
        return None
    taken = {favor.favor_id for favor in favors}
    while (favor_id := secrets.token_hex(4)) in taken:
        continue
    now = turn.services.clock.now()
    today = turn.local_now(turn.zone_of(turn.profile)).date()
    favor = Favor(favor_id, contact.contact_id, topic, now, today, today + timedelta(days=days))
    note = Interaction(contact.contact_id, now, f"{turn.text('favor-note-asked')} {topic}")
    store.save_favor(user_id, favor, note)
    return favor


def close_favor(turn: Turn, favor_id: str) -> Favor | None:
    """Close this user's open favour and log the thanks; None if no such open favour."""
    store, user_id = turn.services.store, turn.user.id
    favor = find_favor(store, user_id, favor_id)
    if favor is None or favor.closed:
        return None
    now = turn.services.clock.now()
    closed = replace(favor, closed=True, closed_at=now)
    thanks = None
    if store.get_contact(user_id, favor.contact_id) is not None:
        note = f"{turn.text('favor-note-thanked')} {favor.topic}"
        thanks = Interaction(favor.contact_id, now, note)
    store.save_favor(user_id, closed, thanks)
    return closed


async def favors_command(update: Update, context: Context) -> None:
    """/favors: each open ask with a button to close it once thanked."""
    turn = Turn.of(update, context)
    found = open_favors(turn.services.store, turn.user.id)
    if not found:
        await turn.say("favors-none")
        return
    await turn.say("favors-title", count=len(found))
    today = turn.local_now(turn.zone_of(turn.profile)).date()
    for favor, contact in found[:FAVORS_SHOWN]:
        await turn.send(_item(turn, favor, contact, today), markup=favor_keyboard(turn, favor))
    if len(found) > FAVORS_SHOWN:
        await turn.say("favors-more", count=len(found) - FAVORS_SHOWN)


def _item(turn: Turn, favor: Favor, contact: Contact, today: date) -> str:
    return turn.text(
        "favor-item",
        name=clip(contact.name, NAME_LIMIT),
        topic=clip(favor.topic, TOPIC_LIMIT),
        when=ago_words(turn, favor.asked_on, today),
        date=day_words(turn, favor.asked_on, today),
        follow=day_words(turn, favor.follow_up_on, today),
    )


async def done_button(update: Update, context: Context) -> None:
    """✅ Closed, I thanked them (in /favors or on the follow-up): close it, log the thanks."""
    turn = Turn.of(update, context)
    query = update.callback_query
    favor_id = (query.data or "").removeprefix(DONE) if query else ""
    store, user_id = turn.services.store, turn.user.id
    favor = find_favor(store, user_id, favor_id) if 0 < len(favor_id) <= MAX_ID else None
    if favor is None or query is None:
        await reject_button(turn)
        return
    if close_favor(turn, favor.favor_id) is None:
        await query.answer(turn.text("favor-already-closed"))
    else:
        await answer_button(update)
    contact = store.get_contact(user_id, favor.contact_id)
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    text = turn.text("favor-closed", name=name, topic=clip(favor.topic, TOPIC_LIMIT))
    if not isinstance(query.message, Message):
        await turn.send(text)
        return
    try:
        await query.message.edit_text(text, parse_mode=ParseMode.HTML)
    except BadRequest as error:  # pressed twice: the message already says so
        if "not modified" not in str(error):
            raise
