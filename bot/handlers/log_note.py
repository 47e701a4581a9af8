"""/log and the card's Log button: note that the user was in touch, and when."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import ContactAction, FutureLog, button, handler, payload_of
from bot.context import Context
from bot.handlers.card import refresh_card
from bot.handlers.common import answer_button, drop_buttons, edit_pressed
from bot.handlers.followups import ANSWERED, WHAT, ask_future_log, plan
from bot.handlers.pick import command_with_rest, is_action, picked_with_rest, pressed_contact
from bot.memo import MemoKey
from bot.views.followups import logged_keyboard
from bot.views.render import ago_words, clip, day_words, next_words
from core.agenda import next_due, rhythms_of, stay_of
from core.model import Contact, Nudge
from core.reading.logline import meant_ahead, split_moment, unreadable_day
from core.reading.medium import guess_medium
from core.reading.moments import find_moment, split_when
from services import contacts, history
from services.repository import UnknownContactError

MAX_NOTE = 1000
# The dialog state waiting for the note of the card's Log button.
LOG_NOTE = "log:note"
END = ConversationHandler.END
# The note questions whose "Log without a note" button already logged (a double tap, or a
# press after the buttons went): the contact logged, by the question's message id.
LOGGED_FROM = MemoKey("lognow-logged", str, size=20)


async def log_command(update: Update, context: Context) -> None:
    """/log <name> [when] [note], or /log <name> <when>: <note>."""
    await command_with_rest(context, "log", log_typed)


async def log_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /log: log with the words typed after the name."""
    await picked_with_rest(update, context, "log", log_typed)


async def log_typed(context: Context, contact: Contact, rest: str) -> None:
    """Log from what followed the name: an optional date phrase, then an optional note.

    A day to come in the words ("/log Tom demain : déjeuner prévu", "/log Tom lunch planned
    tomorrow") is never logged as today: the user is asked whether to plan a reminder that
    day instead, or to log it as done today (its confirmation then offers the reminder).
    """
    now, zone = context.bot_data.clock.now(), ZoneInfo(context.zone_of(context.profile))
    wrong = unreadable_day(rest, now, zone, context.language)
    if wrong is not None and split_when(rest, context.today()) is None:
        await context.say("log-bad-day", text=clip(wrong, 80), name=clip(contact.name, 40))
        return
    at, note = split_moment(rest, now, zone, context.language)
    if len(note) > MAX_NOTE:
        await context.say("log-note-too-long", length=len(note), limit=MAX_NOTE)
        return
    if at == now:  # no past day read: a day to come anywhere in the words means "not yet"
        today = context.today()
        opening = split_when(rest, today)
        inside = find_moment(note, today) if opening is None else None
        if opening is not None:
            await ask_future_log(context, contact, opening[0].day, opening[1])
            return
        if inside is not None:
            await ask_future_log(context, contact, inside.day, note)
            return
    else:  # "le 10 mars" on 2 March read as last year's: the one next week is meant
        ahead = split_when(rest, context.today())
        if ahead is not None and meant_ahead(
            at.astimezone(zone).date(), ahead[0].day, context.today()
        ):
            await ask_future_log(context, contact, ahead[0].day, ahead[1])
            return
    await record(context, contact, at, note)


async def future_log_pressed(update: Update, context: Context) -> None:
    """The answer to /log with a day to come: plan it · it happened today · cancel."""
    payload = payload_of(update, FutureLog)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    message = query.message if isinstance(query.message, Message) else None
    what = context.state.memos.recall(WHAT, message.message_id if message else None)
    await answer_button(update)
    if message is not None:
        context.state.memos.forget(WHAT, message.message_id)  # a double tap acts once
    if payload.action == "no":
        await edit_pressed(context, context.text("log-future-cancelled"))
    elif what is None:  # answered already, or forgotten since
        await drop_buttons(update)
    elif payload.action == "plan":
        await edit_pressed(context, await plan(context, contact.contact_id, payload.when, what))
    else:
        await drop_buttons(update)
        await record(context, contact, context.now(), what)


async def record(
    context: Context,
    contact: Contact,
    at: datetime,
    note: str,
    card: int | None = None,
    *,
    answered: Nudge | None = None,
) -> None:
    """Store the exchange and say when the next reminder comes, with ↩️ Undo, and ⏰ Remind
    me on Thursday? when the note names a day to come; `answered` is the nudge a "done"
    reply closed, which Undo reopens."""
    medium = guess_medium(note) or ""
    try:
        logged = await history.log(
            context.repo,
            context.user.id,
            contact.contact_id,
            at,
            note=note[:MAX_NOTE],
            channel=medium,
        )
    except UnknownContactError:
        await context.say("log-contact-gone")
        return
    updated = logged.contact
    zone = ZoneInfo(context.zone_of(context.profile))
    today = context.local_now(zone.key).date()
    day = at.astimezone(zone).date()
    lines = [
        context.text(
            "log-done",
            name=contact.name,
            when=ago_words(context, day, today),
            date=day_words(context, day, today),
        )
    ]
    due = next_due(updated, zone, stay_of(context.profile), rhythms_of(context.profile))
    if due is None:
        lines.append(context.text("log-next-paused"))
    else:
        lines.append(next_words(context, due, today))
    ahead = find_moment(note, today)
    offer = ahead.day if ahead is not None else None
    markup = logged_keyboard(context, contact.contact_id, logged.entry.key, offer, today)
    message = await context.send("\n".join(lines), markup=markup)
    if ahead is not None:
        context.state.memos.keep(WHAT, message.message_id, note)
    if answered is not None and answered.message_id is not None:
        context.state.memos.keep(ANSWERED, message.message_id, answered.message_id)
    if card is not None:
        await refresh_card(context, updated, card)


# -- the card's Log button: a question of the bot's one dialog ---------------------------------


async def ask_note(update: Update, context: Context) -> str | None:
    """The card's Log button: ask for an optional note."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is None:
        return None  # a stale button leaves any open question as it was
    await answer_button(update)
    query = update.callback_query
    card = query.message if query else None
    context.state.logging = contact.contact_id
    context.state.logging_card = card.message_id if card else None
    no_note = button(
        context.text("button-log-no-note"), ContactAction("lognow", contact.contact_id)
    )
    markup = InlineKeyboardMarkup([[no_note]])
    question = await context.say("log-ask-note", name=contact.name, markup=markup)
    context.state.asked_in = question.message_id  # /cancel takes its button away
    return LOG_NOTE


async def got_note(update: Update, context: Context) -> int | None:
    """The note typed after the Log button; a reply to another message (a nudge's "fait")
    is no note: the question closes, and that reply is handled as if none were open."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    own = (context.state.asked_in, context.state.logging_card)  # the question, its card
    if replied is not None and replied.message_id not in own:
        word = await closed_word(context, LOG_NOTE)
        context.state.forget_question()
        await context.send(word)
        await context.application.update_queue.put(update)  # as the dialog's closers do
        return END
    note = (message.text if message else None) or ""
    if len(note) > MAX_NOTE:
        await context.say("log-note-too-long", length=len(note), limit=MAX_NOTE)
        return None  # stay: the user can send a shorter one
    return await _log_for_card(context, note.strip())


async def skip_note(update: Update, context: Context) -> int:
    """/skip after the Log button: log without a note."""
    return await _log_for_card(context, "")


async def log_without_note(update: Update, context: Context) -> int | None:
    """The "Log without a note" button, also pressed after the question was left."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    query = update.callback_query
    if contact is None or query is None:
        return None
    question = query.message.message_id if query.message is not None else None
    if context.recall(LOGGED_FROM) is not None:
        await query.answer(context.text("log-no-note-twice"))
        return None
    if question is not None:  # kept before any await: the second tap of a pair sees it
        context.remember(LOGGED_FROM, question, contact.contact_id)
    await answer_button(update)
    await drop_buttons(update)
    state = context.state
    if state.logging != contact.contact_id:  # an older question's button: the open one stays
        await record(context, contact, context.bot_data.clock.now(), "")
        return None
    card, state.logging, state.logging_card = state.logging_card, None, None
    await record(context, contact, context.bot_data.clock.now(), "", card)
    return END


async def _log_for_card(context: Context, note: str) -> int:
    state = context.state
    contact_id, card = state.logging, state.logging_card
    state.logging = state.logging_card = None
    contact = await _owned(context, contact_id)
    if contact is None:
        await context.say("log-contact-gone")
        return END
    await record(context, contact, context.bot_data.clock.now(), note, card)
    return END


async def _owned(context: Context, contact_id: str | None) -> Contact | None:
    if not contact_id:
        return None
    return await contacts.owned(context.repo, context.user.id, contact_id)


def entry_points() -> list[BaseHandler[Update, Context, object]]:
    """What opens the note question."""
    return [handler(ContactAction, ask_note, when=is_action("clog"))]


def states() -> dict[object, list[BaseHandler[Update, Context, object]]]:
    """What the note question listens to."""
    return {
        LOG_NOTE: [
            MessageHandler(filters.TEXT & ~filters.COMMAND, got_note),
            handler(ContactAction, log_without_note, when=is_action("lognow")),
            CommandHandler("skip", skip_note),
        ]
    }


async def closed_word(context: Context, key: object) -> str:
    """What to say when another command closes the note question."""
    contact_id = context.state.logging
    contact = await _owned(context, contact_id)
    return context.text("dialog-closed-note", name=contact.name if contact else "")
