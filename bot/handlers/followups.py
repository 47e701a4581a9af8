"""Dated reminders: the "Remind me on Thursday?" button, /remind, and /log with a day to come."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import RemindOffer, UndoLog, payload_of, unpack
from bot.context import Context
from bot.handlers.common import answer_button, unless_unchanged
from bot.handlers.pick import command_with_rest, picked_with_rest, pressed_contact
from bot.memo import MemoKey
from bot.views.followups import future_log_keyboard, planned_text, remind_on
from bot.views.render import clip, day_words
from core.model import Contact
from core.reading.moments import opens_with_today, split_when
from services import followups

MAX_WHAT = 1000  # what a reminder is about is kept like a log's note, as long at most
# What the reminder is about (the words of the log or of /log), by the message offering it.
WHAT = MemoKey("followup-what", str, size=20)
# The nudge a "done" reply closed (its message id), by the confirmation whose Undo reopens it.
ANSWERED = MemoKey("followup-answered", int, size=20)
# The day (ordinal) of the reminder accepted under a log, by that log's confirmation: its Undo
# cancels the reminder too.
ACCEPTED = MemoKey("followup-accepted", int, size=20)


async def remind_command(update: Update, context: Context) -> None:
    """/remind <name> <when> [what]: a reminder about them on that day."""
    await command_with_rest(context, "remind", remind_typed, rest_needed="remind-usage")


async def remind_picked(update: Update, context: Context) -> None:
    """A name chosen after an ambiguous /remind: plan with the words typed after the name."""
    await picked_with_rest(update, context, "remind", remind_typed)


async def remind_typed(context: Context, contact: Contact, rest: str) -> None:
    """Read the day opening `rest` and plan; the words after it are what it is about."""
    if not rest.strip():
        await context.say("remind-usage")
        return
    found = split_when(rest, context.today())
    if found is None and opens_with_today(rest):
        await context.say("remind-today", name=clip(contact.name, 40))
        return
    if found is None:
        await context.say("remind-bad-when", text=clip(rest, 80), name=clip(contact.name, 40))
        return
    moment, what = found
    if len(what) > MAX_WHAT:
        await context.say("log-note-too-long", length=len(what), limit=MAX_WHAT)
        return
    text = await plan(context, contact.contact_id, moment.day, what)
    await context.send(text)


async def plan(context: Context, contact_id: str, day: date, what: str) -> str:
    """Plan the reminder, move the user's next delivery to it; what to tell the user."""
    text, _ = await _plan(context, contact_id, day, what, echo=True)
    return text


async def _plan(
    context: Context, contact_id: str, day: date, what: str, *, echo: bool = False
) -> tuple[str, bool]:
    """What to tell the user (with what it is about when `echo`: not under a log, which
    shows it already), and whether the reminder is planned."""
    today = context.today()
    try:
        planned = await followups.plan(
            context.repo, context.user.id, contact_id, day, what=what, today=today
        )
    except ValueError:
        return context.text("reminder-not-ahead"), False
    if planned is None:
        return context.text("log-contact-gone"), False
    context.profile = planned.profile
    context.bot_data.reschedule(planned.profile)
    at = planned.profile.nudge_time
    text = planned_text(context, planned.contact, day, today, at, what=what if echo else "")
    return text, True


async def offer_pressed(update: Update, context: Context) -> None:
    """⏰ Remind me on Thursday? under a log: plan it, and the offer gives way to what was done."""
    payload = payload_of(update, RemindOffer)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    message = query.message if isinstance(query.message, Message) else None
    what = context.state.memos.recall(WHAT, message.message_id if message else None) or ""
    text, planned = await _plan(context, contact.contact_id, payload.when, what)
    await answer_button(update)
    if message is None:
        await context.send(text)
        return
    if planned:
        context.state.memos.keep(ACCEPTED, message.message_id, payload.when.toordinal())
    # The offer goes; the confirmation keeps its Undo.
    rows = [
        row
        for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
        if all(isinstance(unpack(b.callback_data), UndoLog) for b in row)
    ]
    with unless_unchanged():
        await message.edit_text(
            f"{message.text_html}\n{text}",
            reply_markup=InlineKeyboardMarkup(rows) if rows else None,
        )


async def ask_future_log(context: Context, contact: Contact, day: date, what: str) -> None:
    """/log with a day to come: offer to plan it rather than log an exchange that is not yet."""
    today = context.today()
    message = await context.say(
        "log-future-ask",
        name=clip(contact.name, 100),
        date=day_words(context, day, today),  # "du 10 mars": no "le"/"on" of remind_on's
        markup=future_log_keyboard(context, contact.contact_id, day, today),
    )
    context.state.memos.keep(WHAT, message.message_id, what)


async def cancel_accepted(context: Context, confirmation: int, contact: Contact) -> str | None:
    """Undo of a log whose confirmation planned a reminder: that reminder is cancelled too;
    what to add to the Undo's words (None when there was none, or it is gone since)."""
    accepted = context.state.memos.recall(ACCEPTED, confirmation)
    if accepted is None:
        return None
    context.state.memos.forget(ACCEPTED, confirmation)
    day = date.fromordinal(accepted)
    profile = await followups.cancel(context.repo, context.user.id, contact.contact_id, day)
    if profile is None:  # sent or cancelled since
        return None
    context.profile = profile
    context.bot_data.reschedule(profile)
    when = remind_on(context, day, context.today())
    return context.text("reminder-cancelled", name=clip(contact.name, 100), when=when)
