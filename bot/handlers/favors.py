"""Favours: an ask logged with 🙋 I asked, followed up N days later, closed once thanked.

The daily delivery sends the follow-up (services.favors says which, bot.views.favors writes
it), and its ✅ button is handled here like the one of /favors. `close_favor` closes a
favour from anywhere else.
"""

from __future__ import annotations

from telegram import Update

from bot.callbacks import FavorDone, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.views.favors import favor_closed_text, favor_item_text, favor_keyboard
from core.model import Favor
from services import favors
from services.favors import FOLLOW_UP_DAYS, Asked

FAVORS_SHOWN = 10


async def open_favor(
    context: Context, contact_id: str, topic: str, days: int = FOLLOW_UP_DAYS
) -> Asked | None:
    """Log the ask as an exchange and open a favour to follow up on in `days` days.

    None if the contact is not this user's (see services.favors.open_favor).
    """
    return await favors.open_favor(
        context.repo,
        context.user.id,
        contact_id,
        topic,
        now=context.now(),
        today=context.today(),
        note=f"{context.text('favor-note-asked')} {topic}",
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
    today = context.today()
    for favor, contact in found[:FAVORS_SHOWN]:
        await context.send(
            favor_item_text(context, favor, contact, today), markup=favor_keyboard(context, favor)
        )
    if len(found) > FAVORS_SHOWN:
        await context.say("favors-more", count=len(found) - FAVORS_SHOWN)


async def done_button(update: Update, context: Context) -> None:
    """✅ Closed, I thanked them (in /favors or on the follow-up): close it, log the thanks."""
    payload = payload_of(update, FavorDone)
    query = update.callback_query
    thanked = None
    if payload is not None:
        note = context.text("favor-note-thanked")
        thanked = await favors.thank(
            context.repo, context.user.id, payload.favor_id, now=context.now(), note=note
        )
    if thanked is None or query is None:  # not a favour of the presser's
        await reject_button(context)
        return
    if thanked.already:
        await query.answer(context.text("favor-already-closed"))
    else:
        await answer_button(update)
    await edit_pressed(context, favor_closed_text(context, thanked.favor, thanked.contact))
