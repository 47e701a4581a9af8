"""Favours: an ask logged with 🙋 I asked, followed up N days later, closed once thanked.

The daily delivery sends the follow-up: `due_favors` says which, `favor_nudge_text` and
`favor_keyboard` write it, and its button ("favor:done:<id>") is handled here like the one
of /favors. `close_favor` closes a favour from anywhere else.
"""

from __future__ import annotations

from datetime import date

from telegram import Message, Update
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.views.favors import DONE, NAME_LIMIT, TOPIC_LIMIT, favor_keyboard
from bot.views.render import ago_words, clip, day_words
from core.model import Contact, Favor
from services import favors
from services.favors import FOLLOW_UP_DAYS

FAVORS_SHOWN = 10
MAX_ID = 16  # favour ids are 8 hex digits; anything much longer is not one of ours


async def open_favor(
    context: Context, contact: Contact, topic: str, days: int = FOLLOW_UP_DAYS
) -> Favor | None:
    """Log the ask as an exchange and open a favour to follow up on in `days` days."""
    note = f"{context.text('favor-note-asked')} {topic}"
    today = context.local_now(context.zone_of(context.profile)).date()
    return await favors.open_favor(
        context.repo,
        context.user.id,
        contact,
        topic,
        now=context.now(),
        today=today,
        note=note,
        days=days,
    )


async def close_favor(context: Context, favor_id: str) -> Favor | None:
    """Close this user's open favour and log the thanks; None if no such open favour."""
    note = context.text("favor-note-thanked")
    return await favors.close_favor(
        context.repo, context.user.id, favor_id, now=context.now(), note=note
    )


async def favors_command(update: Update, context: Context) -> None:
    """/favors: each open ask with a button to close it once thanked."""
    found = await favors.open_favors(context.repo, context.user.id)
    if not found:
        await context.say("favors-none")
        return
    await context.say("favors-title", count=len(found))
    today = context.local_now(context.zone_of(context.profile)).date()
    for favor, contact in found[:FAVORS_SHOWN]:
        await context.send(
            _item(context, favor, contact, today), markup=favor_keyboard(context, favor)
        )
    if len(found) > FAVORS_SHOWN:
        await context.say("favors-more", count=len(found) - FAVORS_SHOWN)


def _item(context: Context, favor: Favor, contact: Contact, today: date) -> str:
    return context.text(
        "favor-item",
        name=clip(contact.name, NAME_LIMIT),
        topic=clip(favor.topic, TOPIC_LIMIT),
        when=ago_words(context, favor.asked_on, today),
        date=day_words(context, favor.asked_on, today),
        follow=day_words(context, favor.follow_up_on, today),
    )


async def done_button(update: Update, context: Context) -> None:
    """✅ Closed, I thanked them (in /favors or on the follow-up): close it, log the thanks."""
    query = update.callback_query
    favor_id = (query.data or "").removeprefix(DONE) if query else ""
    repo, user_id = context.repo, context.user.id
    favor = (
        await favors.find_favor(repo, user_id, favor_id) if 0 < len(favor_id) <= MAX_ID else None
    )
    if favor is None or query is None:
        await reject_button(context)
        return
    if await close_favor(context, favor.favor_id) is None:
        await query.answer(context.text("favor-already-closed"))
    else:
        await answer_button(update)
    contact = await repo.get_contact(user_id, favor.contact_id)
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    text = context.text("favor-closed", name=name, topic=clip(favor.topic, TOPIC_LIMIT))
    if not isinstance(query.message, Message):
        await context.send(text)
        return
    try:
        await query.message.edit_text(text)
    except BadRequest as error:  # pressed twice: the message already says so
        if "not modified" not in str(error):
            raise
