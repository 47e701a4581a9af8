"""Answers to nudges: their buttons, and "done" in words."""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import NudgeAnswer, WhichNudge, button, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button, unless_unchanged
from bot.handlers.favors import close_favor, favor_reply
from bot.handlers.help import stray_message
from bot.handlers.log_note import record
from bot.i18n import Html
from bot.views.history import already_logged_text, undo_row
from bot.views.nudges import outcome_text, without_done_of
from bot.views.render import clip
from core.agenda import rhythms_of, stay_of
from core.model import Contact, Nudge
from core.reading.done_words import DoneReply, parse_done
from services import history, nudges
from services.nudges import LogWith, NothingWaiting, ThankFavor, UnknownName, Waiting, WhichOne


async def nudge_button(update: Update, context: Context) -> None:
    """✅ Done, ⏰ Tomorrow, 📅 Next week or ⏭ Skip on a nudge (or a name on a digest)."""
    payload = payload_of(update, NudgeAnswer)
    if payload is None or payload.action == "idea":  # 🎲 is routed to the ideas
        await reject_button(context)
        return
    pressed = await pressed_nudge(context)
    if pressed is None:
        return
    message, waiting = pressed
    await answer_button(update)
    zone, stay = context.zone, stay_of(context.profile)
    answered = await nudges.answer(
        context.repo,
        context.user.id,
        waiting,
        payload.action,
        now=context.now(),
        zone=zone,
        stay=stay,
        rhythms=rhythms_of(context.profile),
    )
    if answered.already:  # an exchange was logged since this nudge: not twice
        outcome = already_logged_text(context, answered.contact, zone, _today(context))
        await _close_nudge(context, message, waiting, outcome)
        return
    outcome = outcome_text(context, payload.action, answered.next_due, _today(context))
    entry = answered.entry
    await _close_nudge(context, message, waiting, outcome, entry.key if entry else None)


async def pressed_nudge(context: Context) -> tuple[Message, Waiting] | None:
    """The unanswered nudge whose button (a NudgeAnswer) was pressed, checked against the
    presser's own records; anything else is refused (and None returned)."""
    update = context.incoming
    payload = payload_of(update, NudgeAnswer)
    query = update.callback_query
    message = query.message if query else None
    if payload is not None and isinstance(message, Message):
        user_id = context.user.id
        waiting = await nudges.pressed(
            context.repo, user_id, message.message_id, payload.contact_id
        )
        if waiting is not None:
            return message, waiting
        if await nudges.answered_in_digest(
            context.repo, user_id, message.message_id, payload.contact_id
        ):
            await _drop_line(context, message, payload.contact_id, "digest-line-answered")
            return None
        if await nudges.shown_again(
            context.repo, user_id, message.message_id, payload.contact_id, _today(context)
        ):
            await _drop_line(context, message, payload.contact_id, "digest-line-shown-again")
            return None
    await reject_button(context)
    return None


async def _drop_line(context: Context, message: Message, contact_id: str, why: str) -> None:
    """A digest's ✅ for someone answered in words, or shown again by /today: it says so
    (`why`, a catalog id), and goes."""
    query = context.incoming.callback_query
    if query is not None:
        await query.answer(context.text(why), show_alert=True)
    with unless_unchanged():
        await message.edit_reply_markup(without_done_of(message.reply_markup, contact_id))


async def _close_nudge(
    context: Context, message: Message, waiting: Waiting, outcome: str, undo: str | None = None
) -> None:
    """Show the outcome on the nudge; its buttons go (a digest keeps the others' buttons),
    and ↩️ Undo comes when an exchange was logged (`undo` is its key)."""
    contact = waiting.contact
    digest = waiting.nudge.kind == "digest"
    rows = [undo_row(context, contact, undo, named=digest)] if undo is not None else []
    markup = InlineKeyboardMarkup(rows) if rows else None
    if digest:
        kept = without_done_of(message.reply_markup, contact.contact_id)
        kept_rows = list(kept.inline_keyboard) if kept is not None else []
        markup = InlineKeyboardMarkup([*kept_rows, *rows]) if kept_rows or rows else None
        outcome = context.text("digest-outcome", name=clip(contact.name, 60), outcome=Html(outcome))
    try:
        with unless_unchanged():
            await message.edit_text(f"{message.text_html}\n\n{outcome}", reply_markup=markup)
    except BadRequest:  # too long to append to, or gone: say it apart
        await context.send(outcome)


async def done_words(update: Update, context: Context) -> None:
    """ "done", "fait !", "✅ Marie great chat", or a reply to a nudge: log that contact; a
    reply to a favour's follow-up is read as such."""
    message = update.effective_message
    replied = message.reply_to_message.message_id if message and message.reply_to_message else None
    if message is not None and await favor_reply(context, message.text or "", replied):
        return  # a reply to a favour's follow-up: "elle n'a pas encore répondu"
    said = parse_done(message.text or "") if message else None
    # A name typed while "with whom?" is open answers it: "Zoé" as if "done Zoé".
    answering = said is None and replied is None and context.state.which_asked is not None
    if answering and message is not None:
        said = DoneReply((message.text or "").strip(), separated=False)
    if said is None or message is None:
        await stray_message(update, context)
        return
    today = _today(context)
    means = await nudges.resolve_done(
        context.repo, context.user.id, said, replied, today, named_only=answering
    )
    match means:
        case ThankFavor(nudge):
            await _close_favor(context, nudge)
        case LogWith(contact, note, nudge):
            kept = await _close_which(context)  # the note of the bare "done" it answers
            await _log(context, contact, note or kept, nudge)
        case UnknownName(rest):
            await context.say("done-unknown-name", rest=clip(rest, 60))
        case NothingWaiting():
            await context.say("done-nothing-waiting")
        case WhichOne(contacts, note):
            await _close_which(context)  # a second bare "done": only the new question stays
            buttons = [[button(clip(c.name, 40), WhichNudge(c.contact_id))] for c in contacts]
            asked = await context.say("done-which", markup=InlineKeyboardMarkup(buttons))
            context.state.pending_note, context.state.which_asked = note, asked.message_id


async def _close_which(context: Context) -> str:
    """The open "with whom?" question is answered: its buttons go; the note it kept."""
    state = context.state
    asked, note = state.which_asked, state.pending_note
    state.which_asked, state.pending_note = None, ""
    if asked is not None:
        with suppress(BadRequest):  # already without buttons
            await context.bot.edit_message_reply_markup(context.chat_id, asked, reply_markup=None)
    return note


async def _close_favor(context: Context, nudge: Nudge) -> None:
    """ "done" in reply to a favour's follow-up: the thanks are said, the favour is closed."""
    favor = await close_favor(context, nudge.contact_id)
    if favor is None:
        await context.say("favor-already-closed")
        return
    contact = await nudges.thanked(context.repo, context.user.id, nudge, favor)
    name = clip(contact.name if contact else "…", 100)
    await context.say("favor-closed", name=name, topic=clip(favor.topic, 100))
    await _drop_buttons_of(context, nudge)


async def which_button(update: Update, context: Context) -> None:
    """The contact picked after a bare "done" with several nudges waiting."""
    payload = payload_of(update, WhichNudge)
    today = _today(context)
    waiting = (
        await nudges.waiting_for(context.repo, context.user.id, payload.contact_id, today)
        if payload is not None
        else None
    )
    if waiting is None:
        await reject_button(context)
        return
    await answer_button(update)
    await drop_buttons(update)
    note, context.state.pending_note = context.state.pending_note, ""
    context.state.which_asked = None
    await _log(context, waiting.contact, note, waiting.nudge)


async def _log(context: Context, contact: Contact, note: str, nudge: Nudge | None) -> None:
    """Log now with the note, close the nudge if there was one, say when the next one is;
    a nudge answered by an exchange logged since (two live nudges, a /log first) logs none."""
    if nudge is not None and history.already_logged(contact, nudge, context.zone):
        await nudges.mark_done(context.repo, context.user.id, nudge)
        await _drop_buttons_of(context, nudge)
        await context.send(already_logged_text(context, contact, context.zone, _today(context)))
        return
    if nudge is not None:
        await nudges.mark_done(context.repo, context.user.id, nudge)
        if nudge.kind != "digest":
            await _drop_buttons_of(context, nudge)
    await record(context, contact, context.now(), note, answered=nudge)


async def _drop_buttons_of(context: Context, nudge: Nudge) -> None:
    """An answered nudge's buttons go, wherever it is in the chat."""
    if nudge.message_id is not None:
        with suppress(BadRequest):  # already without buttons
            await context.bot.edit_message_reply_markup(
                context.chat_id, nudge.message_id, reply_markup=None
            )


def _today(context: Context) -> date:
    """The user's date now."""
    return context.now().astimezone(context.zone).date()
