"""/remove, /pause, /resume, /tag and /untag: one command, one change to one contact."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode

from bot.context import Context
from bot.handlers.common import Turn, answer_button, drop_buttons
from bot.handlers.pick import button_contact, pending_rest, pick_contact, pick_with_rest
from bot.render import next_words, tags_words
from core.agenda import next_due, normalize_tag, stay_of
from core.model import Contact
from storage import UnknownContactError

MAX_TAGS = 20
_SEPARATORS = re.compile(r"[\s,;]+")


# -- /remove ------------------------------------------------------------------------------------


async def remove_command(update: Update, context: Context) -> None:
    """/remove <name>: ask before deleting."""
    turn = Turn.of(update, context)
    contact = await pick_contact(turn, " ".join(context.args or ()), "remove")
    if contact is not None:
        await _confirm_remove(turn, contact)


async def remove_button(update: Update, context: Context) -> None:
    """The card's Delete button, or a name chosen after an ambiguous /remove."""
    turn = Turn.of(update, context)
    contact = await button_contact(turn, "remove")
    if contact is not None:
        await answer_button(update)
        await _confirm_remove(turn, contact)


async def _confirm_remove(turn: Turn, contact: Contact) -> None:
    key = contact.contact_id
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(turn.text("button-remove-yes"), callback_data=f"rm:{key}"),
                InlineKeyboardButton(turn.text("button-remove-no"), callback_data=f"keep:{key}"),
            ]
        ]
    )
    await turn.say("remove-confirm", name=contact.name, markup=markup)


async def remove_confirmed(update: Update, context: Context) -> None:
    """Delete, once confirmed."""
    turn = Turn.of(update, context)
    contact = await button_contact(turn, "rm")
    if contact is None:
        return
    await answer_button(update)
    with suppress(UnknownContactError):  # a second press may have deleted it already
        turn.services.store.delete_contact(turn.user.id, contact.contact_id)
    await _close_question(turn, turn.text("remove-done", name=contact.name))


async def remove_cancelled(update: Update, context: Context) -> None:
    """Keep the contact."""
    turn = Turn.of(update, context)
    contact = await button_contact(turn, "keep")
    if contact is not None:
        await answer_button(update)
        await _close_question(turn, turn.text("remove-kept", name=contact.name))


async def _close_question(turn: Turn, text: str) -> None:
    """Replace a question with its outcome, without buttons."""
    query = turn.update.callback_query
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_text(text, parse_mode=ParseMode.HTML)
    else:
        await turn.context.bot.send_message(turn.chat_id, text, parse_mode=ParseMode.HTML)


# -- /pause and /resume -------------------------------------------------------------------------


async def pause_command(update: Update, context: Context) -> None:
    """/pause <name>: no reminders about them until /resume."""
    turn = Turn.of(update, context)
    contact = await pick_contact(turn, " ".join(context.args or ()), "pause")
    if contact is not None:
        await _pause(turn, contact, paused=True)


async def resume_command(update: Update, context: Context) -> None:
    """/resume <name>: reminders again."""
    turn = Turn.of(update, context)
    contact = await pick_contact(turn, " ".join(context.args or ()), "resume")
    if contact is not None:
        await _pause(turn, contact, paused=False)


async def pause_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /pause."""
    await _pause_picked(Turn.of(update, context), "pause", paused=True)


async def resume_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /resume."""
    await _pause_picked(Turn.of(update, context), "resume", paused=False)


async def _pause_picked(turn: Turn, action: str, *, paused: bool) -> None:
    contact = await button_contact(turn, action)
    if contact is not None:
        await answer_button(turn.update)
        await drop_buttons(turn.update)
        await _pause(turn, contact, paused=paused)


async def _pause(turn: Turn, contact: Contact, *, paused: bool) -> None:
    if paused:
        if not contact.paused:
            turn.services.store.save_contact(turn.user.id, replace(contact, paused=True))
        await turn.say("pause-done" if not contact.paused else "pause-already", name=contact.name)
        return
    if contact.paused:
        contact = replace(contact, paused=False)
        turn.services.store.save_contact(turn.user.id, contact)
        message_id = "resume-done"
    else:
        message_id = "resume-already"
    zone = ZoneInfo(turn.zone_of(turn.profile))
    today = turn.local_now(zone.key).date()
    due = next_due(contact, zone, stay_of(turn.profile)) or today
    text = turn.text(message_id, name=contact.name) + "\n" + next_words(turn, due, today)
    await turn.context.bot.send_message(turn.chat_id, text, parse_mode=ParseMode.HTML)


# -- /tag and /untag ----------------------------------------------------------------------------


async def tag_command(update: Update, context: Context) -> None:
    """/tag <name> <tag...>."""
    turn = Turn.of(update, context)
    contact, rest = await pick_with_rest(turn, context.args or (), "tag")
    if contact is not None:
        await _retag(turn, contact, rest, adding=True)


async def untag_command(update: Update, context: Context) -> None:
    """/untag <name> <tag...>."""
    turn = Turn.of(update, context)
    contact, rest = await pick_with_rest(turn, context.args or (), "untag")
    if contact is not None:
        await _retag(turn, contact, rest, adding=False)


async def tag_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /tag."""
    await _retag_picked(Turn.of(update, context), "tag", adding=True)


async def untag_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /untag."""
    await _retag_picked(Turn.of(update, context), "untag", adding=False)


async def _retag_picked(turn: Turn, action: str, *, adding: bool) -> None:
    contact = await button_contact(turn, action)
    if contact is None:
        return
    rest = pending_rest(turn)
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    if rest is None:
        await turn.say("pick-lost-args", command=action, name=contact.name)
        return
    await _retag(turn, contact, rest, adding=adding)


async def _retag(turn: Turn, contact: Contact, rest: str, *, adding: bool) -> None:
    words = [word for word in _SEPARATORS.split(rest) if word]
    command = "tag" if adding else "untag"
    if not words:
        await turn.say("tag-usage", command=command, name=contact.name)
        await _show_tags(turn, contact)
        return
    tags = [normalize_tag(word) for word in words]
    rejected = [word for word, tag in zip(words, tags, strict=True) if tag is None]
    if rejected:
        await turn.say("tag-invalid", rejected=" ".join(rejected)[:200])
        return
    wanted = list(dict.fromkeys(tag for tag in tags if tag))
    if adding:
        kept = tuple(dict.fromkeys((*contact.tags, *wanted)))
        if len(kept) > MAX_TAGS:
            await turn.say("tag-too-many", name=contact.name, limit=MAX_TAGS)
            return
        turn.services.store.save_contact(turn.user.id, replace(contact, tags=kept))
        await turn.say("tag-done", name=contact.name, tags=tags_words(kept))
        return
    present = [tag for tag in wanted if tag in contact.tags]
    missing = [tag for tag in wanted if tag not in contact.tags]
    if present:
        kept = tuple(tag for tag in contact.tags if tag not in present)
        contact = replace(contact, tags=kept)
        turn.services.store.save_contact(turn.user.id, contact)
        if kept:
            await turn.say("untag-done", name=contact.name, tags=tags_words(kept))
        else:
            await turn.say("untag-done-none", name=contact.name)
    if missing:
        await turn.say("untag-missing", name=contact.name, tags=tags_words(missing))
        if not present:
            await _show_tags(turn, contact)


async def _show_tags(turn: Turn, contact: Contact) -> None:
    if contact.tags:
        await turn.say("tag-current", name=contact.name, tags=tags_words(contact.tags))
    else:
        await turn.say("tag-none", name=contact.name)
