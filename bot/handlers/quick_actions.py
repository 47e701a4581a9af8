"""/remove, /pause, /resume, /tag and /untag: one command, one change to one contact."""

from __future__ import annotations

from telegram import Message, Update

from bot.callbacks import ContactAction, payload_of
from bot.context import Context
from bot.handlers.card import set_paused
from bot.handlers.common import answer_button, drop_buttons, edit_pressed
from bot.handlers.pick import (
    PICK_REST,
    pending_rest,
    pick_contact,
    pick_with_rest,
    pressed_contact,
)
from bot.memo import MemoKey
from bot.views.card import remove_keyboard
from bot.views.render import next_words, tags_words
from core.model import Contact
from services import contacts
from services.contacts import MAX_TAGS, Retagged

# -- /remove ------------------------------------------------------------------------------------

# The question a card's 🗑 Delete asked, by the card's message id, and the questions still
# unanswered: Delete pressed again while its question waits points there instead of asking twice.
REMOVE_ASKED: MemoKey[int] = MemoKey("remove-asked", int, size=10)
REMOVE_OPEN: MemoKey[str] = MemoKey("remove-open", str, size=10)


async def remove_command(update: Update, context: Context) -> None:
    """/remove <name>: ask before deleting."""
    contact = await pick_contact(context, " ".join(context.args or ()), "remove")
    if contact is not None:
        await _confirm_remove(context, contact)


async def remove_button(update: Update, context: Context) -> None:
    """The card's Delete button, or a name chosen after an ambiguous /remove."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    query = update.callback_query
    if contact is None or query is None:
        return
    card = query.message.message_id if isinstance(query.message, Message) else None
    asked = context.state.memos.recall(REMOVE_ASKED, card)
    if asked is not None and context.state.memos.recall(REMOVE_OPEN, asked) is not None:
        await query.answer(context.text("remove-asked-below"))
        return
    await answer_button(update)
    question = await _confirm_remove(context, contact)
    if card is not None:
        context.state.memos.keep(REMOVE_ASKED, card, question.message_id)


async def _confirm_remove(context: Context, contact: Contact) -> Message:
    markup = remove_keyboard(context, contact)
    question = await context.say("remove-confirm", name=contact.name, markup=markup)
    context.state.memos.keep(REMOVE_OPEN, question.message_id, contact.contact_id)
    return question


async def remove_confirmed(update: Update, context: Context) -> None:
    """Delete, once confirmed."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is None:
        return
    await answer_button(update)
    # A second press finds it gone and says the same.
    await contacts.delete(context.repo, context.user.id, contact.contact_id)
    await _close_question(context, context.text("remove-done", name=contact.name))


async def remove_cancelled(update: Update, context: Context) -> None:
    """Keep the contact."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is not None:
        await answer_button(update)
        await _close_question(context, context.text("remove-kept", name=contact.name))


async def _close_question(context: Context, text: str) -> None:
    """Replace a question with its outcome, without buttons; the card may ask again."""
    query = context.incoming.callback_query
    if query is not None and isinstance(query.message, Message):
        context.state.memos.forget(REMOVE_OPEN, query.message.message_id)
    await edit_pressed(context, text)


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
    """A name chosen after an ambiguous /pause or /resume."""
    payload = payload_of(update, ContactAction)
    contact = await pressed_contact(context, payload)
    if payload is not None and contact is not None:
        await answer_button(update)
        await drop_buttons(update)
        await _pause(context, contact, paused=payload.action == "pause")


async def _pause(context: Context, contact: Contact, *, paused: bool) -> None:
    change = await set_paused(context, contact, paused=paused)
    name = contact.name
    if paused:
        await context.say("pause-done" if change.changed else "pause-already", name=name)
        return
    text = context.text("resume-done" if change.changed else "resume-already", name=name)
    await context.send(text + "\n" + next_words(context, change.due, context.today()))


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
    """A name chosen after an ambiguous /tag or /untag: the words typed after it apply."""
    payload = payload_of(update, ContactAction)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    rest = pending_rest(context)
    await answer_button(update)
    await drop_buttons(update)
    if isinstance(query.message, Message):  # a choice is used once
        context.state.memos.forget(PICK_REST, query.message.message_id)
    if rest is None:
        await context.say("pick-lost-args", command=payload.action, name=contact.name)
        return
    await _retag(context, contact, rest, adding=payload.action == "tag")


async def _retag(context: Context, contact: Contact, rest: str, *, adding: bool) -> None:
    user_id = context.user.id
    if adding:
        done = await contacts.tag(context.repo, user_id, contact, rest)
    else:
        done = await contacts.untag(context.repo, user_id, contact, rest)
    await _say_retagged(context, done, "tag" if adding else "untag")


async def _say_retagged(context: Context, done: Retagged, command: str) -> None:
    contact = done.contact
    name = contact.name
    if done.problem == "usage":
        await context.say("tag-usage", command=command, name=name)
        await _show_tags(context, contact)
    elif done.problem == "invalid":
        await context.say("tag-invalid", rejected=" ".join(done.rejected)[:200])
    elif done.problem == "too-many":
        await context.say("tag-too-many", name=name, limit=MAX_TAGS)
    elif command == "tag":
        await context.say("tag-done", name=name, tags=tags_words(contact.tags))
    else:
        if done.removed and contact.tags:
            await context.say("untag-done", name=name, tags=tags_words(contact.tags))
        elif done.removed:
            await context.say("untag-done-none", name=name)
        if done.missing:
            await context.say("untag-missing", name=name, tags=tags_words(done.missing))
            if not done.removed:
                await _show_tags(context, contact)


async def _show_tags(context: Context, contact: Contact) -> None:
    if contact.tags:
        await context.say("tag-current", name=contact.name, tags=tags_words(contact.tags))
    else:
        await context.say("tag-none", name=contact.name)
