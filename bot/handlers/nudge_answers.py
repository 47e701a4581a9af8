"""Answers to nudges: their buttons, "done" in words, and /today on demand."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import Turn, answer_button, reject_button
from bot.handlers.favors import close_favor
from bot.handlers.help import stray_message
from bot.handlers.log_note import record
from bot.nudges.render import outcome_text
from bot.render import clip
from core.agenda import cadence_of, next_due, stay_of
from core.matching import match_name
from core.model import Contact, Interaction, Nudge
from core.reading.done_words import parse_done

_SNOOZE_DAYS = {"tmrw": 1, "week": 7}
_ANSWERABLE = frozenset({"due", "birthday", "digest"})  # not the stay's checklist or welcome
_STATUS = {"done": "done", "tmrw": "tomorrow", "week": "next_week", "skip": "skipped"}


async def nudge_button(update: Update, context: Context) -> None:
    """✅ Done, ⏰ Tomorrow, 📅 Next week or ⏭ Skip on a nudge (or a name on a digest)."""
    turn = Turn.of(update, context)
    query = update.callback_query
    action = ((query.data or "") if query else "").split(":")[1]
    pressed = await pressed_nudge(turn)
    if pressed is None:
        return
    message, nudge, contact = pressed
    await answer_button(update)
    zone = ZoneInfo(turn.zone_of(turn.profile))
    today = turn.local_now(zone.key).date()
    updated = _apply(turn, contact, action, today)
    turn.services.store.update_nudge(turn.user.id, replace(nudge, status=_STATUS[action]))
    outcome = outcome_text(turn, action, next_due(updated, zone, stay_of(turn.profile)), today)
    await _close_nudge(turn, message, nudge, contact, outcome)


async def pressed_nudge(turn: Turn) -> tuple[Message, Nudge, Contact] | None:
    """The unanswered nudge whose button "n:<action>:<contact id>" was pressed, checked
    against the presser's own records; anything else is refused (and None returned)."""
    query = turn.update.callback_query
    message = query.message if query else None
    contact_id = ((query.data or "") if query else "").split(":", 2)[-1]
    store = turn.services.store
    if isinstance(message, Message):
        nudge = store.find_nudge(turn.user.id, message.message_id, contact_id)
        contact = store.get_contact(turn.user.id, contact_id)
        if nudge is not None and contact is not None and nudge.status == "sent":
            return message, nudge, contact
    await reject_button(turn)
    return None


def _apply(turn: Turn, contact: Contact, action: str, today: date) -> Contact:
    store = turn.services.store
    if action == "done":
        now = turn.services.clock.now()
        return store.log_interaction(turn.user.id, Interaction(contact.contact_id, now))
    if action == "skip":
        until = cadence_of(contact).after(today)
    else:
        until = today + timedelta(days=_SNOOZE_DAYS[action])
    updated = replace(contact, snoozed_until=until)
    store.save_contact(turn.user.id, updated)
    return updated


async def _close_nudge(
    turn: Turn, message: Message, nudge: Nudge, contact: Contact, outcome: str
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
        outcome = f"{clip(contact.name, 60)}: {outcome}"
    try:
        await message.edit_text(
            f"{message.text_html}\n\n{outcome}", parse_mode=ParseMode.HTML, reply_markup=markup
        )
    except BadRequest:  # too long to append to, or already edited: say it apart
        await turn.send(outcome)


async def done_words(update: Update, context: Context) -> None:
    """ "done", "fait !", "✅ Marie great chat", or a reply to a nudge: log that contact."""
    turn = Turn.of(update, context)
    message = update.effective_message
    said = parse_done(message.text or "") if message else None
    if said is None or message is None:
        await stray_message(update, context)
        return
    store = turn.services.store
    replied = message.reply_to_message
    nudge = store.find_nudge(turn.user.id, replied.message_id) if replied else None
    if nudge is not None and nudge.kind == "favor":
        await _close_favor(turn, nudge)
        return
    if nudge is not None and nudge.kind != "digest":
        contact = store.get_contact(turn.user.id, nudge.contact_id)
        if contact is not None:
            await _log(turn, contact, said.rest, nudge)
            return
    waiting = _unanswered(turn)
    if said.rest and not said.separated:
        named, note = _named(turn, said.rest)
        if named is not None:
            await _log(turn, named, note, waiting.get(named.contact_id))
            return
        if len(waiting) != 1:
            await turn.say("done-unknown-name", rest=clip(said.rest, 60))
            return
    await _log_waiting(turn, waiting, said.rest)


async def _close_favor(turn: Turn, nudge: Nudge) -> None:
    """ "done" in reply to a favour's follow-up: the thanks are said, the favour is closed."""
    store = turn.services.store
    favor = close_favor(turn, nudge.contact_id)
    if favor is None:
        await turn.say("favor-already-closed")
        return
    store.update_nudge(turn.user.id, replace(nudge, status="done"))
    contact = store.get_contact(turn.user.id, favor.contact_id)
    name = clip(contact.name if contact else "…", 100)
    await turn.say("favor-closed", name=name, topic=clip(favor.topic, 100))
    await _drop_buttons_of(turn, nudge)


async def _log_waiting(turn: Turn, waiting: dict[str, Nudge], note: str) -> None:
    if not waiting:
        await turn.say("done-nothing-waiting")
        return
    store = turn.services.store
    if len(waiting) == 1:
        [nudge] = waiting.values()
        contact = store.get_contact(turn.user.id, nudge.contact_id)
        if contact is not None:
            await _log(turn, contact, note, nudge)
        return
    turn.state.pending_note = note
    contacts = [c for i in waiting if (c := store.get_contact(turn.user.id, i)) is not None]
    buttons = [
        [InlineKeyboardButton(clip(c.name, 40), callback_data=f"n:which:{c.contact_id}")]
        for c in contacts
    ]
    await turn.say("done-which", markup=InlineKeyboardMarkup(buttons))


async def which_button(update: Update, context: Context) -> None:
    """The contact picked after a bare "done" with several nudges waiting."""
    turn = Turn.of(update, context)
    query = update.callback_query
    contact_id = ((query.data or "") if query else "").removeprefix("n:which:")
    nudge = _unanswered(turn).get(contact_id)
    contact = turn.services.store.get_contact(turn.user.id, contact_id)
    if nudge is None or contact is None:
        await reject_button(turn)
        return
    await answer_button(update)
    if isinstance(query and query.message, Message):
        await query.message.edit_reply_markup(None)  # type: ignore[union-attr]
    note, turn.state.pending_note = turn.state.pending_note, ""
    await _log(turn, contact, note, nudge)


async def _log(turn: Turn, contact: Contact, note: str, nudge: Nudge | None) -> None:
    """Log now with the note, close the nudge if there was one, say when the next one is."""
    if nudge is not None:
        turn.services.store.update_nudge(turn.user.id, replace(nudge, status="done"))
        if nudge.kind != "digest":
            await _drop_buttons_of(turn, nudge)
    await record(turn, contact, turn.services.clock.now(), note)


async def _drop_buttons_of(turn: Turn, nudge: Nudge) -> None:
    """An answered nudge's buttons go, wherever it is in the chat."""
    if nudge.message_id is not None:
        with suppress(BadRequest):  # already without buttons
            await turn.context.bot.edit_message_reply_markup(
                turn.chat_id, nudge.message_id, reply_markup=None
            )


def _unanswered(turn: Turn) -> dict[str, Nudge]:
    """Today's nudges sent and not yet answered, by contact id."""
    zone = ZoneInfo(turn.zone_of(turn.profile))
    today = turn.local_now(zone.key).date()
    nudges = turn.services.store.nudges_on(turn.user.id, today)
    return {n.contact_id: n for n in nudges if n.status == "sent" and n.kind in _ANSWERABLE}


def _named(turn: Turn, rest: str) -> tuple[Contact | None, str]:
    """The contact whose name starts the text, and the note after it (no messages sent)."""
    contacts = turn.services.store.contacts(turn.user.id)
    people = [(c.contact_id, c.name) for c in contacts]
    words = rest.split()
    for size in range(len(words), 0, -1):
        found = match_name(" ".join(words[:size]), people)
        if found.best is not None:
            contact = next(c for c in contacts if c.contact_id == found.best)
            return contact, " ".join(words[size:]).lstrip(":,;-—– ").strip()
    return None, ""
