"""/remove, /pause, /resume, /tag and /untag: one command, one change to one contact."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons
from bot.handlers.pick import button_contact, pending_rest, pick_contact, pick_with_rest
from bot.views.render import next_words, tags_words
from core.agenda import next_due, normalize_tag, stay_of
from core.model import Contact
from services.repository import UnknownContactError

MAX_TAGS = 20
_SEPARATORS = re.compile(r"[\s,;]+")


# -- /remove ------------------------------------------------------------------------------------


async def remove_command(update: Update, context: Context) -> None:
    """/remove <name>: ask before deleting."""
    contact = await pick_contact(context, " ".join(context.args or ()), "remove")
    if contact is not None:
        await _confirm_remove(context, contact)


async def remove_button(update: Update, context: Context) -> None:
    """The card's Delete button, or a name chosen after an ambiguous /remove."""
    contact = await button_contact(context, "remove")
    if contact is not None:
        await answer_button(update)
        await _confirm_remove(context, contact)


async def _confirm_remove(context: Context, contact: Contact) -> None:
    key = contact.contact_id
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(context.text("button-remove-yes"), callback_data=f"rm:{key}"),
                InlineKeyboardButton(context.text("button-remove-no"), callback_data=f"keep:{key}"),
            ]
        ]
    )
    await context.say("remove-confirm", name=contact.name, markup=markup)


async def remove_confirmed(update: Update, context: Context) -> None:
    """Delete, once confirmed."""
    contact = await button_contact(context, "rm")
    if contact is None:
        return
    await answer_button(update)
    with suppress(UnknownContactError):  # a second press may have deleted it already
        await context.repo.delete_contact(context.user.id, contact.contact_id)
    await _close_question(context, context.text("remove-done", name=contact.name))


async def remove_cancelled(update: Update, context: Context) -> None:
    """Keep the contact."""
    contact = await button_contact(context, "keep")
    if contact is not None:
        await answer_button(update)
        await _close_question(context, context.text("remove-kept", name=contact.name))


async def _close_question(context: Context, text: str) -> None:
    """Replace a question with its outcome, without buttons."""
    query = context.incoming.callback_query
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_text(text)
    else:
        await context.bot.send_message(context.chat_id, text)


# -- /pause and /resume -------------------------------------------------------------------------


async def pause_command(update: Update, context: Context) -> None:
    """/pause <name>: no reminders about them until /resume."""
    contact = await pick_contact(context, " ".join(context.args or ()), "pause")
    if contact is not None:
        await _pause(context, contact, paused=True)


async def resume_command(update: Update, context: Context) -> None:
    """/resume <name>: reminders again."""
    contact = await pick_contact(context, " ".join(context.args or ()), "resume")
    if contact is not None:
        await _pause(context, contact, paused=False)


async def pause_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /pause."""
    await _pause_picked(context, "pause", paused=True)


async def resume_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /resume."""
    await _pause_picked(context, "resume", paused=False)


async def _pause_picked(context: Context, action: str, *, paused: bool) -> None:
    contact = await button_contact(context, action)
    if contact is not None:
        await answer_button(context.incoming)
        await drop_buttons(context.incoming)
        await _pause(context, contact, paused=paused)


async def _pause(context: Context, contact: Contact, *, paused: bool) -> None:
    if paused:
        if not contact.paused:
            await context.repo.save_contact(context.user.id, replace(contact, paused=True))
        await context.say(
            "pause-done" if not contact.paused else "pause-already", name=contact.name
        )
        return
    if contact.paused:
        contact = replace(contact, paused=False)
        await context.repo.save_contact(context.user.id, contact)
        message_id = "resume-done"
    else:
        message_id = "resume-already"
    zone = ZoneInfo(context.zone_of(context.profile))
    today = context.local_now(zone.key).date()
    due = next_due(contact, zone, stay_of(context.profile)) or today
    text = context.text(message_id, name=contact.name) + "\n" + next_words(context, due, today)
    await context.bot.send_message(context.chat_id, text)


# -- /tag and /untag ----------------------------------------------------------------------------


async def tag_command(update: Update, context: Context) -> None:
    """/tag <name> <tag...>."""
    contact, rest = await pick_with_rest(context, context.args or (), "tag")
    if contact is not None:
        await _retag(context, contact, rest, adding=True)


async def untag_command(update: Update, context: Context) -> None:
    """/untag <name> <tag...>."""
    contact, rest = await pick_with_rest(context, context.args or (), "untag")
    if contact is not None:
        await _retag(context, contact, rest, adding=False)


async def tag_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /tag."""
    await _retag_picked(context, "tag", adding=True)


async def untag_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /untag."""
    await _retag_picked(context, "untag", adding=False)


async def _retag_picked(context: Context, action: str, *, adding: bool) -> None:
    contact = await button_contact(context, action)
    if contact is None:
        return
    rest = pending_rest(context)
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    if rest is None:
        await context.say("pick-lost-args", command=action, name=contact.name)
        return
    await _retag(context, contact, rest, adding=adding)


async def _retag(context: Context, contact: Contact, rest: str, *, adding: bool) -> None:
    words = [word for word in _SEPARATORS.split(rest) if word]
    command = "tag" if adding else "untag"
    if not words:
        await context.say("tag-usage", command=command, name=contact.name)
        await _show_tags(context, contact)
        return
    tags = [normalize_tag(word) for word in words]
    rejected = [word for word, tag in zip(words, tags, strict=True) if tag is None]
    if rejected:
        await context.say("tag-invalid", rejected=" ".join(rejected)[:200])
        return
    wanted = list(dict.fromkeys(tag for tag in tags if tag))
    if adding:
        kept = tuple(dict.fromkeys((*contact.tags, *wanted)))
        if len(kept) > MAX_TAGS:
            await context.say("tag-too-many", name=contact.name, limit=MAX_TAGS)
            return
        await context.repo.save_contact(context.user.id, replace(contact, tags=kept))
        await context.say("tag-done", name=contact.name, tags=tags_words(kept))
        return
    present = [tag for tag in wanted if tag in contact.tags]
    missing = [tag for tag in wanted if tag not in contact.tags]
    if present:
        kept = tuple(tag for tag in contact.tags if tag not in present)
        contact = replace(contact, tags=kept)
        await context.repo.save_contact(context.user.id, contact)
        if kept:
            await context.say("untag-done", name=contact.name, tags=tags_words(kept))
        else:
            await context.say("untag-done-none", name=contact.name)
    if missing:
        await context.say("untag-missing", name=contact.name, tags=tags_words(missing))
        if not present:
            await _show_tags(context, contact)


async def _show_tags(context: Context, contact: Contact) -> None:
    if contact.tags:
        await context.say("tag-current", name=contact.name, tags=tags_words(contact.tags))
    else:
        await context.say("tag-none", name=contact.name)
