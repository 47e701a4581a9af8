"""/today: who is due now, as nudges with their buttons, on demand."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update

from bot.context import Context
from bot.handlers.common import Turn
from bot.nudges.plan import candidate
from bot.nudges.render import idea_line, nudge_keyboard, nudge_text
from core.agenda import agenda, stay_of
from core.model import Nudge


async def today_command(update: Update, context: Context) -> None:
    """Who is due now, as nudges with their buttons; the rest counted."""
    turn = Turn.of(update, context)
    profile = turn.ensure_profile()
    store = turn.services.store
    zone = ZoneInfo(turn.zone_of(profile))
    now = turn.services.clock.now()
    today = now.astimezone(zone).date()
    entries = agenda(store.contacts(turn.user.id), zone, stay_of(turn.profile))
    birthdays = {
        e.contact.contact_id
        for e in entries
        if candidate(e.contact, zone, today, None).birthday_today
    }
    due = [
        e
        for e in entries
        if (e.due is not None and e.due <= today) or e.contact.contact_id in birthdays
    ]
    if not due:
        await turn.say("today-none")
        return
    shown, known = (
        due[: profile.daily_max],
        {n.contact_id: n for n in store.nudges_on(turn.user.id, today)},
    )
    for entry in shown:
        contact = entry.contact
        history = store.interactions(turn.user.id, contact.contact_id)
        last = history[-1] if history else None
        birthday = contact.contact_id in birthdays
        rng = turn.services.rng
        key, idea = idea_line(turn, contact, last, now=now, zone=zone, rng=rng)
        text = nudge_text(turn, contact, last, birthday=birthday, now=now, zone=zone, idea=idea)
        sent = await turn.send(text, markup=nudge_keyboard(turn, contact.contact_id))
        kind = "birthday" if birthday else "due"
        nudge = Nudge(today, contact.contact_id, kind, sent.message_id, "sent", key)
        if contact.contact_id in known:
            store.update_nudge(turn.user.id, nudge)
        else:
            store.add_nudges(turn.user.id, [nudge])
    if len(due) > len(shown):
        await turn.say("today-more", count=len(due) - len(shown))
