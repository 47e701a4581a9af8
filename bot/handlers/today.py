"""/today: who is due now, as nudges with their buttons, on demand."""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.views.nudges import idea_line, nudge_keyboard, nudge_text
from services import nudges


async def today_command(update: Update, context: Context) -> None:
    """Who is due now, as nudges with their buttons; the rest counted."""
    profile = await context.ensure_profile()
    repo, user_id, zone = context.repo, context.user.id, context.zone
    now = context.now()
    today = now.astimezone(zone).date()
    planned = await nudges.plan_day(repo, profile, zone, today, on_demand=True)
    if not planned:
        await context.say("today-none")
        return
    shown = planned[: profile.daily_max]
    for nudge in shown:
        contact = await repo.get_contact(user_id, nudge.contact_id)
        if contact is None:
            continue
        last = await nudges.last_exchange(repo, user_id, contact.contact_id)
        key, idea = idea_line(context, contact, last, now=now, zone=zone, rng=context.bot_data.rng)
        birthday = nudge.kind == "birthday"
        text = nudge_text(context, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
        sent = await context.send(text, markup=nudge_keyboard(context, contact.contact_id))
        await nudges.record_shown(repo, user_id, nudge, sent.message_id, key)
    if len(planned) > len(shown):
        await context.say("today-more", count=len(planned) - len(shown))
