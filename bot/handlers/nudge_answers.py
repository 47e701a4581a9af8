"""Answers to nudges: their buttons, "done" in words, and /today on demand."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.handlers.favors import close_favor
from bot.handlers.help import stray_message
from bot.handlers.log_note import record
from bot.i18n import Html
from bot.views.nudges import outcome_text
from bot.views.render import clip
from core.agenda import cadence_of, next_due, stay_of
from core.matching import match_name
from core.model import Contact, Interaction, Nudge
from core.reading.done_words import parse_done

_SNOOZE_DAYS = {"tmrw": 1, "week": 7}
_ANSWERABLE = frozenset({"due", "birthday", "digest"})  # not the stay's checklist or welcome
_STATUS = {"done": "done", "tmrw": "tomorrow", "week": "next_week", "skip": "skipped"}


async def nudge_button(update: Update, context: Context) -> None:
    """✅ Done, ⏰ Tomorrow, 📅 Next week or ⏭ Skip on a nudge (or a name on a digest)."""
    query = update.callback_query
    action = ((query.data or "") if query else "").split(":")[1]
    pressed = await pressed_nudge(context)
    if pressed is None:
        return
    message, nudge, contact = pressed
    await answer_button(update)
    zone = ZoneInfo(context.zone_of(context.profile))
    today = context.local_now(zone.key).date()
    updated = await _apply(context, contact, action, today)
    await context.repo.update_nudge(context.user.id, replace(nudge, status=_STATUS[action]))
    outcome = outcome_text(
        context, action, next_due(updated, zone, stay_of(context.profile)), today
    )
    await _close_nudge(context, message, nudge, contact, outcome)


async def pressed_nudge(context: Context) -> tuple[Message, Nudge, Contact] | None:
    """The unanswered nudge whose button "n:<action>:<contact id>" was pressed, checked
    against the presser's own records; anything else is refused (and None returned)."""
    query = context.incoming.callback_query
    message = query.message if query else None
    contact_id = ((query.data or "") if query else "").split(":", 2)[-1]
    repo = context.repo
    if isinstance(message, Message):
        nudge = await repo.find_nudge(context.user.id, message.message_id, contact_id)
        contact = await repo.get_contact(context.user.id, contact_id)
        if nudge is not None and contact is not None and nudge.status == "sent":
            return message, nudge, contact
    await reject_button(context)
    return None


async def _apply(context: Context, contact: Contact, action: str, today: date) -> Contact:
    repo = context.repo
    if action == "done":
        now = context.bot_data.clock.now()
        return await repo.log_interaction(context.user.id, Interaction(contact.contact_id, now))
    if action == "skip":
        until = cadence_of(contact).after(today)
    else:
        until = today + timedelta(days=_SNOOZE_DAYS[action])
    updated = replace(contact, snoozed_until=until)
    await repo.save_contact(context.user.id, updated)
    return updated


async def _close_nudge(
    context: Context, message: Message, nudge: Nudge, contact: Contact, outcome: str
) -> None:
    """Show the outcome on the nudge; its buttons go (a digest keeps the others' buttons)."""
    markup = None
    if nudge.kind == "digest" and message.reply_markup is not None:
        rows = [
            row
            for row in message.reply_markup.inline_keyboard
            if all(button.callback_data != f"n:done:{contact.contact_id}" for button in row)
        ]
        markup = InlineKeyboardMarkup(rows) if rows else None
        outcome = context.text("digest-outcome", name=clip(contact.name, 60), outcome=Html(outcome))
    try:
        await message.edit_text(f"{message.text_html}\n\n{outcome}", reply_markup=markup)
    except BadRequest:  # too long to append to, or already edited: say it apart
        await context.send(outcome)


async def done_words(update: Update, context: Context) -> None:
    """ "done", "fait !", "✅ Marie great chat", or a reply to a nudge: log that contact."""
    message = update.effective_message
    said = parse_done(message.text or "") if message else None
    if said is None or message is None:
        await stray_message(update, context)
        return
    repo = context.repo
    replied = message.reply_to_message
    nudge = await repo.find_nudge(context.user.id, replied.message_id) if replied else None
    if nudge is not None and nudge.kind == "favor":
        await _close_favor(context, nudge)
        return
    if nudge is not None and nudge.kind != "digest":
        contact = await repo.get_contact(context.user.id, nudge.contact_id)
        if contact is not None:
            await _log(context, contact, said.rest, nudge)
            return
    waiting = await _unanswered(context)
    if said.rest and not said.separated:
        named, note = await _named(context, said.rest)
        if named is not None:
            await _log(context, named, note, waiting.get(named.contact_id))
            return
        if len(waiting) != 1:
            await context.say("done-unknown-name", rest=clip(said.rest, 60))
            return
    await _log_waiting(context, waiting, said.rest)


async def _close_favor(context: Context, nudge: Nudge) -> None:
    """ "done" in reply to a favour's follow-up: the thanks are said, the favour is closed."""
    repo = context.repo
    favor = await close_favor(context, nudge.contact_id)
    if favor is None:
        await context.say("favor-already-closed")
        return
    await repo.update_nudge(context.user.id, replace(nudge, status="done"))
    contact = await repo.get_contact(context.user.id, favor.contact_id)
    name = clip(contact.name if contact else "…", 100)
    await context.say("favor-closed", name=name, topic=clip(favor.topic, 100))
    await _drop_buttons_of(context, nudge)


async def _log_waiting(context: Context, waiting: dict[str, Nudge], note: str) -> None:
    if not waiting:
        await context.say("done-nothing-waiting")
        return
    repo = context.repo
    if len(waiting) == 1:
        [nudge] = waiting.values()
        contact = await repo.get_contact(context.user.id, nudge.contact_id)
        if contact is not None:
            await _log(context, contact, note, nudge)
        return
    context.state.pending_note = note
    contacts = [c for i in waiting if (c := await repo.get_contact(context.user.id, i)) is not None]
    buttons = [
        [InlineKeyboardButton(clip(c.name, 40), callback_data=f"n:which:{c.contact_id}")]
        for c in contacts
    ]
    await context.say("done-which", markup=InlineKeyboardMarkup(buttons))


async def which_button(update: Update, context: Context) -> None:
    """The contact picked after a bare "done" with several nudges waiting."""
    query = update.callback_query
    contact_id = ((query.data or "") if query else "").removeprefix("n:which:")
    nudge = (await _unanswered(context)).get(contact_id)
    contact = await context.repo.get_contact(context.user.id, contact_id)
    if nudge is None or contact is None:
        await reject_button(context)
        return
    await answer_button(update)
    if isinstance(query and query.message, Message):
        await query.message.edit_reply_markup(None)  # type: ignore[union-attr]
    note, context.state.pending_note = context.state.pending_note, ""
    await _log(context, contact, note, nudge)


async def _log(context: Context, contact: Contact, note: str, nudge: Nudge | None) -> None:
    """Log now with the note, close the nudge if there was one, say when the next one is."""
    if nudge is not None:
        await context.repo.update_nudge(context.user.id, replace(nudge, status="done"))
        if nudge.kind != "digest":
            await _drop_buttons_of(context, nudge)
    await record(context, contact, context.bot_data.clock.now(), note)


async def _drop_buttons_of(context: Context, nudge: Nudge) -> None:
    """An answered nudge's buttons go, wherever it is in the chat."""
    if nudge.message_id is not None:
        with suppress(BadRequest):  # already without buttons
            await context.bot.edit_message_reply_markup(
                context.chat_id, nudge.message_id, reply_markup=None
            )


async def _unanswered(context: Context) -> dict[str, Nudge]:
    """Today's nudges sent and not yet answered, by contact id."""
    zone = ZoneInfo(context.zone_of(context.profile))
    today = context.local_now(zone.key).date()
    nudges = await context.repo.nudges_on(context.user.id, today)
    return {n.contact_id: n for n in nudges if n.status == "sent" and n.kind in _ANSWERABLE}


async def _named(context: Context, rest: str) -> tuple[Contact | None, str]:
    """The contact whose name starts the text, and the note after it (no messages sent)."""
    contacts = await context.repo.contacts(context.user.id)
    people = [(c.contact_id, c.name) for c in contacts]
    words = rest.split()
    for size in range(len(words), 0, -1):
        found = match_name(" ".join(words[:size]), people)
        if found.best is not None:
            contact = next(c for c in contacts if c.contact_id == found.best)
            return contact, " ".join(words[size:]).lstrip(":,;-—– ").strip()
    return None, ""
