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
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.handlers.help import cancel
from bot.handlers.pick import pick_contact
from core.fields import apply_text, clean_name
from core.model import Channel, Contact
from core.reading.channels import parse_one_channel
from core.reading.vcard import read_vcard
from services.repository import MAX_CONTACTS_PER_USER

END = ConversationHandler.END


async def add_command(update: Update, context: Context) -> int:
    """/add [name]: start a new contact."""
    await context.ensure_profile()
    draft = await form.blank_draft(context)
    if draft is None:
        await context.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    typed = " ".join(context.args or ())
    if typed:
        checked = clean_name(typed)
        if checked.error:
            await context.say(checked.error, **checked.args)
            context.state.draft, context.state.asking = draft, "name"
            return form.ASK
        draft = replace(draft, name=checked.args["name"])
    return await form.start_form(context, draft)


async def shared_card(update: Update, context: Context) -> int | None:
    """A contact card shared into the chat: a new contact with what the card knows."""
    await context.ensure_profile()
    draft = await form.blank_draft(context)
    if draft is None:
        await context.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    draft = _from_card(context, draft)
    if context.state.draft is not None:  # a form is open: this card waits its context
        context.state.pending_cards.append(draft)
        await context.say("form-card-queued", name=draft.name)
        return None
    return await form.start_form(context, draft)


def _from_card(context: Context, draft: Contact) -> Contact:
    message = context.incoming.effective_message
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
        outcome = apply_text("birthday", draft, details.birthday, form.situation(context))
        draft = outcome.contact or draft
    return draft


async def edit_command(update: Update, context: Context) -> int:
    """/edit <name>: choose what to change."""
    contact = await pick_contact(context, " ".join(context.args or ()), "edit")
    if contact is None:
        return END
    return await _open_for_edit(context, contact)


async def edit_button(update: Update, context: Context) -> int:
    """The Edit button of a card or of a name choice."""
    query = update.callback_query
    contact_id = (query.data or "").removeprefix("edit:") if query else ""
    contact = await context.repo.get_contact(context.user.id, contact_id)
    if contact is None:
        await reject_button(context)
        return END
    await answer_button(update)
    return await _open_for_edit(context, contact)


async def _open_for_edit(context: Context, contact: Contact) -> int:
    state = context.state
    state.draft, state.editing, state.reviewing, state.asking = (
        contact,
        contact.contact_id,
        False,
        None,
    )
    return await form.pick_field(context, contact)


async def typed(update: Update, context: Context) -> int | None:
    """Text typed while a field is asked."""
    message = update.effective_message
    return await form.answer(context, (message.text if message else None) or "")


async def skip_command(update: Update, context: Context) -> int | None:
    """/skip while a field is asked."""
    return await form.skip(context)


async def button(update: Update, context: Context) -> int | None:
    """Every 'form:' button: quick answers, skip, places, save, fields, cancel."""
    query = update.callback_query
    _, _, rest = (query.data or "").partition(":") if query else ("", "", "")
    action, _, value = rest.partition(":")
    step = _BUTTONS.get(action)
    if context.state.draft is None or step is None:
        await reject_button(context)
        return END if context.state.draft is None else None
    return await step(context, value)


async def _skip(context: Context, value: str) -> int | None:
    await _close(context)
    return await form.skip(context)


async def _fields(context: Context, value: str) -> int | None:
    await answer_button(context.incoming)
    assert context.state.draft is not None
    return await form.pick_field(context, context.state.draft)


async def _field(context: Context, value: str) -> int | None:
    await answer_button(context.incoming)
    return await form.ask(context, form.field_named(value))


async def _cancel(context: Context, value: str) -> int | None:
    await _close(context)
    return await cancel_form(context.incoming, context)


async def _close(context: Context) -> None:
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)


async def _open_existing(context: Context, contact_id: str) -> int:
    contact = await context.repo.get_contact(context.user.id, contact_id)
    if contact is None:
        await reject_button(context)
        return END
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    context.state.pending_cards.clear()
    await form.finish(context)
    await send_card(context, contact)
    return END


_BUTTONS: dict[str, Callable[[Context, str], Awaitable[int | None]]] = {
    "cad": form.choose,
    "last": form.choose,
    "place": form.choose_place,
    "skip": _skip,
    "save": lambda context, value: form.save(context),
    "fields": _fields,
    "field": _field,
    "twin": lambda context, value: form.continue_twin(context),
    "open": _open_existing,
    "cancel": _cancel,
}


async def cancel_form(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: drop the draft and any cards waiting."""
    state = context.state
    adding = state.draft is not None and not state.editing
    state.pending_cards.clear()
    await form.finish(context)
    if adding:
        await context.say("form-cancelled")
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
