"""/today: who is due now, as nudges with their buttons, on demand."""

from __future__ import annotations

from contextlib import suppress

from telegram import Update
from telegram.error import BadRequest

from bot.context import Context
from bot.views.nudges import idea_line, nudge_keyboard, nudge_text
from services import nudges


async def today_command(update: Update, context: Context) -> None:
    """Who is due now, as nudges with their buttons; the rest counted."""
    profile = await context.ensure_profile()
    repo, user_id, zone, now = context.repo, context.user.id, context.zone, context.now()
    due = await nudges.on_demand(repo, profile, zone, now.astimezone(zone).date())
    if not due.shown and not due.more:
        await context.say("today-none")
        return
    for nudge, found in due.shown:
        contact, last = found.contact, found.last
        key, idea = idea_line(context, contact, last, now=now, zone=zone, rng=context.bot_data.rng)
        birthday = nudge.kind == "birthday"
        text = nudge_text(context, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
        sent = await context.send(text, markup=nudge_keyboard(context, contact, idea))
        earlier = await nudges.record_shown(repo, user_id, nudge, sent.message_id, key)
        if earlier is not None:  # the copy above would only answer "no longer valid"
            with suppress(BadRequest):  # deleted by the user, or without buttons already
                await context.bot.edit_message_reply_markup(
                    context.chat_id, earlier, reply_markup=None
                )
    if due.more:
        await context.say("today-more", count=due.more)
