"""Wiring of the contact form: /add, shared cards, /edit, and the answers in between."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import Context
from bot.handlers import contact_form as form
from bot.handlers.card import send_card
from bot.handlers.common import Turn, answer_button, drop_buttons, reject_button
from bot.handlers.help import cancel
from bot.handlers.pick import pick_contact
from core.fields import apply_text, clean_name
from core.model import Channel, Contact
from core.reading.channels import parse_one_channel
from core.reading.vcard import read_vcard
from storage import MAX_CONTACTS_PER_USER

END = ConversationHandler.END


async def add_command(update: Update, context: Context) -> int:
    """/add [name]: start a new contact."""
    turn = Turn.of(update, context)
    turn.ensure_profile()
    draft = form.blank_draft(turn)
    if draft is None:
        await turn.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    typed = " ".join(context.args or ())
    if typed:
        checked = clean_name(typed)
        if checked.error:
            await turn.say(checked.error, **checked.args)
            turn.state.draft, turn.state.asking = draft, "name"
            return form.ASK
        draft = replace(draft, name=checked.args["name"])
    return await form.start_form(turn, draft)


async def shared_card(update: Update, context: Context) -> int | None:
    """A contact card shared into the chat: a new contact with what the card knows."""
    turn = Turn.of(update, context)
    turn.ensure_profile()
    draft = form.blank_draft(turn)
    if draft is None:
        await turn.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    draft = _from_card(turn, draft)
    if turn.state.draft is not None:  # a form is open: this card waits its turn
        turn.state.pending_cards.append(draft)
        await turn.say("form-card-queued", name=draft.name)
        return None
    return await form.start_form(turn, draft)


def _from_card(turn: Turn, draft: Contact) -> Contact:
    message = turn.update.effective_message
    card = message.contact if message else None
    if card is None:
        return draft
    full_name = " ".join(part for part in (card.first_name, card.last_name) if part)
    checked = clean_name(full_name)
    details = read_vcard(card.vcard)
    channels: list[Channel] = []
    for piece in (card.phone_number, *details.phones, *details.emails, *details.urls):
        parsed = parse_one_channel(piece) if piece else None
        if parsed is not None and Channel(parsed.kind, parsed.value) not in channels:
            channels.append(Channel(parsed.kind, parsed.value))
    draft = replace(
        draft,
        name=checked.args.get("name", "")[:100] if not checked.error else "",
        channels=tuple(channels),
        telegram_user_id=card.user_id,
        work=details.work[:300],
    )
    if details.birthday:
        outcome = apply_text("birthday", draft, details.birthday, form.situation(turn))
        draft = outcome.contact or draft
    return draft


async def edit_command(update: Update, context: Context) -> int:
    """/edit <name>: choose what to change."""
    turn = Turn.of(update, context)
    contact = await pick_contact(turn, " ".join(context.args or ()), "edit")
    if contact is None:
        return END
    return await _open_for_edit(turn, contact)


async def edit_button(update: Update, context: Context) -> int:
    """The Edit button of a card or of a name choice."""
    turn = Turn.of(update, context)
    query = update.callback_query
    contact_id = (query.data or "").removeprefix("edit:") if query else ""
    contact = turn.services.store.get_contact(turn.user.id, contact_id)
    if contact is None:
        await reject_button(turn)
        return END
    await answer_button(update)
    return await _open_for_edit(turn, contact)


async def _open_for_edit(turn: Turn, contact: Contact) -> int:
    state = turn.state
    state.draft, state.editing, state.reviewing, state.asking = (
        contact,
        contact.contact_id,
        False,
        None,
    )
    return await form.pick_field(turn, contact)


async def typed(update: Update, context: Context) -> int | None:
    """Text typed while a field is asked."""
    turn = Turn.of(update, context)
    message = update.effective_message
    return await form.answer(turn, (message.text if message else None) or "")


async def skip_command(update: Update, context: Context) -> int | None:
    """/skip while a field is asked."""
    return await form.skip(Turn.of(update, context))


async def button(update: Update, context: Context) -> int | None:
    """Every 'form:' button: quick answers, skip, places, save, fields, cancel."""
    turn = Turn.of(update, context)
    query = update.callback_query
    _, _, rest = (query.data or "").partition(":") if query else ("", "", "")
    action, _, value = rest.partition(":")
    step = _BUTTONS.get(action)
    if turn.state.draft is None or step is None:
        await reject_button(turn)
        return END if turn.state.draft is None else None
    return await step(turn, value)


async def _skip(turn: Turn, value: str) -> int | None:
    await _close(turn)
    return await form.skip(turn)


async def _fields(turn: Turn, value: str) -> int | None:
    await answer_button(turn.update)
    assert turn.state.draft is not None
    return await form.pick_field(turn, turn.state.draft)


async def _field(turn: Turn, value: str) -> int | None:
    await answer_button(turn.update)
    return await form.ask(turn, form.field_named(value))


async def _cancel(turn: Turn, value: str) -> int | None:
    await _close(turn)
    return await cancel_form(turn.update, turn.context)


async def _close(turn: Turn) -> None:
    await answer_button(turn.update)
    await drop_buttons(turn.update)


async def _open_existing(turn: Turn, contact_id: str) -> int:
    contact = turn.services.store.get_contact(turn.user.id, contact_id)
    if contact is None:
        await reject_button(turn)
        return END
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    turn.state.pending_cards.clear()
    await form.finish(turn)
    await send_card(turn, contact)
    return END


_BUTTONS: dict[str, Callable[[Turn, str], Awaitable[int | None]]] = {
    "cad": form.choose,
    "last": form.choose,
    "place": form.choose_place,
    "skip": _skip,
    "save": lambda turn, value: form.save(turn),
    "fields": _fields,
    "field": _field,
    "twin": lambda turn, value: form.continue_twin(turn),
    "open": _open_existing,
    "cancel": _cancel,
}


async def cancel_form(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: drop the draft and any cards waiting."""
    turn = Turn.of(update, context)
    state = turn.state
    adding = state.draft is not None and not state.editing
    state.pending_cards.clear()
    await form.finish(turn)
    if adding:
        await turn.say("form-cancelled")
        return END
    return await cancel(update, context)


def entry_points() -> list[BaseHandler[Update, Context, object]]:
    """What opens the contact form."""
    return [
        CommandHandler("add", add_command),
        CommandHandler("edit", edit_command),
        MessageHandler(filters.CONTACT, shared_card),
        CallbackQueryHandler(edit_button, pattern=r"^edit:"),
    ]


def states() -> dict[object, list[BaseHandler[Update, Context, object]]]:
    """What the contact form listens to while it is open."""
    listening: list[BaseHandler[Update, Context, object]] = [
        MessageHandler(filters.CONTACT, shared_card),
        MessageHandler(filters.TEXT & ~filters.COMMAND, typed),
        CommandHandler("skip", skip_command),
        CallbackQueryHandler(button, pattern=r"^form:"),
    ]
    return dict.fromkeys((form.ASK, form.REVIEW, form.PICK_FIELD, form.DUPLICATE), listening)
