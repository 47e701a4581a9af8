"""/note, ↩️ Undo under a log, and deleting a line from a card's history."""

from __future__ import annotations

import html
import re
from contextlib import suppress

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit
from telegram.error import BadRequest

from bot.callbacks import HistoryButton, UndoLog, payload_of
from bot.context import Context
from bot.handlers.card import card_parts, refresh_card
from bot.handlers.common import answer_button, edit_pressed, unless_unchanged
from bot.handlers.followups import ANSWERED, WHAT, cancel_accepted
from bot.handlers.pick import command_with_rest, picked_with_rest, pressed_contact
from bot.views.followups import offer_button
from bot.views.history import (
    confirm_keyboard,
    entry_label,
    picker_keyboard,
    reopened_digest,
    without_undo,
)
from bot.views.nudges import nudge_keyboard, shown_idea
from bot.views.render import clip, next_words
from core.agenda import next_due, rhythms_of, stay_of
from core.model import Contact, Nudge
from core.reading.moments import find_moment
from services import history
from services.repository import UnknownContactError

MAX_NOTE = 1000
_TAG = re.compile(r"<[^>]*>")
ENTRIES_OFFERED = 8  # the card's history picker: the latest entries, newest first

# -- /note ----------------------------------------------------------------------------------


async def note_command(update: Update, context: Context) -> None:
    """/note <name> <text>: a note on the card, no exchange logged."""
    # "/note Léa" with two Léa: how to write it, before a choice that would end there.
    await command_with_rest(context, "note", note_typed, rest_needed="note-usage")


async def note_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /note."""
    await picked_with_rest(update, context, "note", note_typed)


async def note_typed(context: Context, contact: Contact, text: str) -> None:
    """Keep the note; when it names a day to come, offer a reminder that day."""
    text = text.strip().lstrip(":").strip()
    if not text:
        await context.say("note-usage")
        return
    if len(text) > MAX_NOTE:
        await context.say("note-too-long", length=len(text), limit=MAX_NOTE)
        return
    try:
        now = context.now()
        await history.add_note(context.repo, context.user.id, contact.contact_id, text, now)
    except UnknownContactError:
        await context.say("log-contact-gone")
        return
    today = context.today()
    ahead = find_moment(text, today)
    markup = None
    if ahead is not None:
        offer = offer_button(context, contact.contact_id, ahead.day, today)
        markup = InlineKeyboardMarkup([[offer]])
    message = await context.say("note-saved", name=clip(contact.name, 100), markup=markup)
    if ahead is not None:
        context.state.memos.keep(WHAT, message.message_id, text)


# -- ↩️ Undo ----------------------------------------------------------------------------------


async def undo_pressed(update: Update, context: Context) -> None:
    """↩️ Undo: the logged exchange goes and the last contact date comes back; on a nudge
    answered ✅, the nudge waits again with its buttons. A second press says it is done."""
    payload = payload_of(update, UndoLog)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    message = query.message if isinstance(query.message, Message) else None
    user_id = context.user.id
    try:
        updated = await history.remove(context.repo, user_id, contact.contact_id, payload.key)
    except UnknownContactError:
        updated = None
    if updated is None:
        await query.answer(_toast(context, "undo-already"))
        await _drop_undo(message, payload)
        return
    await answer_button(update)
    also = await cancel_accepted(context, message.message_id, contact) if message else None
    nudge = None
    if message is not None:
        nudge = await history.answered_nudge(
            context.repo, user_id, message.message_id, contact.contact_id
        )
    if nudge is not None and message is not None:
        await history.reopen(context.repo, user_id, nudge)
        await _reopen_nudge(context, message, nudge, updated, payload)
        return
    if message is not None:
        await _reopen_replied(context, message.message_id, contact)
    lines = [context.text("undo-done", name=clip(contact.name, 100))]
    due = next_due(updated, context.zone, stay_of(context.profile), rhythms_of(context.profile))
    if due is not None:
        lines.append(next_words(context, due, context.today()))
    if also is not None:
        lines.append(also)
    await edit_pressed(context, "\n".join(lines))


async def _reopen_nudge(
    context: Context, message: Message, nudge: Nudge, contact: Contact, spent: UndoLog
) -> None:
    """The nudge as it was before ✅: its outcome line goes, its buttons come back (a digest
    gets that contact's ✅ back, and says it was undone)."""
    text = message.text_html
    if nudge.kind == "digest":
        undone = context.text("undo-done", name=clip(contact.name, 100))
        markup = reopened_digest(message.reply_markup, spent, contact)
        with unless_unchanged():
            await message.edit_text(f"{text}\n\n{undone}", reply_markup=markup)
        return
    before, _, _ = text.rpartition("\n\n")  # the outcome was added after a blank line
    idea = shown_idea(message.text or "")  # the 📋 copies the idea as shown, not its key
    with unless_unchanged():
        await message.edit_text(before or text, reply_markup=nudge_keyboard(context, contact, idea))


async def _reopen_replied(context: Context, confirmation: int, contact: Contact) -> None:
    """After a "done" reply's Undo: the nudge it closed waits again, its buttons back."""
    nudge_message = context.state.memos.recall(ANSWERED, confirmation)
    if nudge_message is None:
        return
    user_id = context.user.id
    nudge = await history.answered_nudge(context.repo, user_id, nudge_message, contact.contact_id)
    if nudge is None:
        return
    await history.reopen(context.repo, user_id, nudge)
    if nudge.kind != "digest":  # a digest kept its buttons
        with suppress(BadRequest):  # gone or too old to edit: the nudge still waits
            await context.bot.edit_message_reply_markup(
                context.chat_id,
                nudge_message,
                reply_markup=nudge_keyboard(context, contact),  # its idea text is not at hand
            )


async def _drop_undo(message: Message | None, spent: UndoLog) -> None:
    """Take the spent Undo off the message, leaving its other buttons."""
    if message is None or message.reply_markup is None:
        return
    with unless_unchanged():
        await message.edit_reply_markup(without_undo(message.reply_markup, spent))


# -- the card's history -------------------------------------------------------------------


def _toast(context: Context, key: str, **args: str) -> str:
    """A catalog message as a button's toast: plain text, no tags, no HTML escapes."""
    return html.unescape(_TAG.sub("", context.text(key, **args)))


async def history_button(update: Update, context: Context) -> None:
    """🗂 History on a card: its latest lines as buttons; one picked: delete or keep it."""
    payload = payload_of(update, HistoryButton)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    if not isinstance(query.message, Message):
        await answer_button(update)
        return
    card = query.message
    user_id = context.user.id
    if payload.action == "list":
        found = await history.recent(context.repo, user_id, contact, ENTRIES_OFFERED)
        if not found.entries:
            name = clip(contact.name, 60)
            await query.answer(_toast(context, "history-nothing", name=name), show_alert=True)
            return
        zone, today = context.zone, context.today()
        markup = picker_keyboard(context, contact.contact_id, found.entries, zone, today)
        ask = context.text("history-pick", name=clip(contact.name, 60))
        await _ask_on_card(context, card, contact, ask, markup)
        return
    entry = await history.find_entry(context.repo, user_id, contact.contact_id, payload.key)
    if payload.action == "keep" or entry is None:
        text = "history-kept" if payload.action == "keep" else "history-gone"
        await query.answer(_toast(context, text))
        await refresh_card(context, contact)
        return
    if payload.action == "pick":
        line = entry_label(context, entry, context.zone, context.today())
        ask = context.text("history-confirm", name=clip(contact.name, 60), line=line)
        markup = confirm_keyboard(context, contact.contact_id, entry.key, line)
        await _ask_on_card(context, card, contact, ask, markup)
        return
    updated = await history.remove(context.repo, user_id, contact.contact_id, entry.key)
    await query.answer(_toast(context, "history-deleted", name=clip(contact.name, 60)))
    await refresh_card(context, updated or contact)


async def _ask_on_card(
    context: Context, card: Message, contact: Contact, ask: str, markup: InlineKeyboardMarkup
) -> None:
    """The question under the card's text, where it stays readable while its buttons wait (a
    toast was gone before the user read it); the card redrawn afterwards drops it. A card
    too long to take it gets the question as a toast, as before."""
    text, _ = await card_parts(context, contact)
    asked = f"{text}\n\n{ask}"
    query = context.incoming.callback_query
    fits = len(_TAG.sub("", asked)) <= MessageLimit.MAX_TEXT_LENGTH
    if query is not None:
        await query.answer(None if fits else html.unescape(_TAG.sub("", ask)))
    with unless_unchanged():
        if fits:
            await card.edit_text(asked, reply_markup=markup)
        else:
            await card.edit_reply_markup(markup)
