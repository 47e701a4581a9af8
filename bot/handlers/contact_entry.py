"""Wiring of the contact form: /add, shared cards, /edit, and the answers in between."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from contextlib import suppress
from dataclasses import replace
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import (
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import ContactAction, FormAction, FormAnswer, handler, payload_of
from bot.context import Context
from bot.handlers import contact_form as form
from bot.handlers.card import send_card
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.handlers.contact_form import MODES, REVIEW, Mode, asking
from bot.handlers.help import cancel
from bot.handlers.pick import is_action, pick_contact, pressed_contact
from core.fields import ADD_ORDER, EDITABLE, FieldName, apply_text, clean_name
from core.model import Channel, Contact
from core.places import country_of_zone
from core.reading.channels import parse_one_channel
from core.reading.vcard import read_vcard
from services import contacts, merging
from services.repository import MAX_CONTACTS_PER_USER

END = ConversationHandler.END
Handler = BaseHandler[Update, Context, Any]
Callback = Callable[[Update, Context], Coroutine[Any, Any, int | str | None]]


async def add_command(update: Update, context: Context) -> int | str:
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
            state = context.state
            state.draft, state.place_choices, state.asked_in = draft, (), None
            return asking("add", "name")
        draft = replace(draft, name=checked.args["name"])
    return await form.start_form(context, draft)


async def shared_card(update: Update, context: Context) -> int | str:
    """A contact card shared into the chat: a new contact with what the card knows."""
    await context.ensure_profile()
    draft = await form.blank_draft(context)
    if draft is None:
        await context.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    context.state.pending_cards.clear()
    return await form.start_form(context, _from_card(context, draft))


async def card_for_name(update: Update, context: Context) -> int | str:
    """A contact card shared when /add asks for the name: it is the answer, so the form goes
    on with what the card knows (the cards already waiting keep their turn)."""
    draft = await form.blank_draft(context)
    if draft is None:
        await context.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return END
    return await form.start_form(context, _from_card(context, draft))


async def queue_card(update: Update, context: Context) -> None:
    """A contact card shared while the form is open: it waits its turn."""
    draft = await form.blank_draft(context)
    if draft is None:
        await context.say("form-too-many", limit=MAX_CONTACTS_PER_USER)
        return
    draft = _from_card(context, draft)
    context.state.pending_cards.append(draft)
    await context.say("form-card-queued", name=draft.name)


def _from_card(context: Context, draft: Contact) -> Contact:
    message = context.incoming.effective_message
    card = message.contact if message else None
    if card is None:
        return draft
    full_name = " ".join(part for part in (card.first_name, card.last_name) if part)
    checked = clean_name(full_name)
    details = read_vcard(card.vcard)
    channels: list[Channel] = []
    region = country_of_zone(context.zone_of(context.profile))
    for piece in (card.phone_number, *details.phones, *details.emails, *details.urls):
        parsed = parse_one_channel(piece, region) if piece else None
        if parsed is not None and Channel(parsed.kind, parsed.value) not in channels:
            channels.append(Channel(parsed.kind, parsed.value))
    draft = replace(
        draft,
        name=checked.args.get("name", "")[:100] if not checked.error else "",
        channels=tuple(channels),
        telegram_user_id=card.user_id,
        work=details.work[:300],
    )
    if details.born is not None:
        draft = replace(draft, birthday=details.born)
    elif details.birthday:
        outcome = apply_text("birthday", draft, details.birthday, form.situation(context))
        draft = outcome.contact or draft
    return draft


async def edit_command(update: Update, context: Context) -> int | str:
    """/edit <name>: choose what to change."""
    contact = await pick_contact(context, " ".join(context.args or ()), "edit")
    if contact is None:
        return END
    return await _open_for_edit(context, contact)


async def edit_button(update: Update, context: Context) -> int | str:
    """The Edit button of a card or of a name choice."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is None:
        return END
    await answer_button(update)
    return await _open_for_edit(context, contact)


async def _open_for_edit(context: Context, contact: Contact) -> str:
    context.state.draft, context.state.place_choices = contact, ()
    return await form.pick_field(context, "edit", contact)


def _typed(mode: Mode, name: FieldName) -> Callback:
    async def typed(update: Update, context: Context) -> int | str | None:
        """Text typed while a field is asked."""
        message = update.effective_message
        return await form.answer(context, mode, name, (message.text if message else None) or "")

    return typed


def _skipped(mode: Mode, name: FieldName) -> Callback:
    async def skipped(update: Update, context: Context) -> int | str | None:
        """/skip or the Skip button while a field is asked."""
        if update.callback_query is not None:
            await _close(context)
        return await form.skip(context, mode, name)

    return skipped


def _chosen(mode: Mode, name: FieldName) -> Callback:
    async def chosen(update: Update, context: Context) -> int | str | None:
        """A quick answer ("form:cad:2w", "form:last:7") or a place offered ("form:place:0")."""
        payload = payload_of(update, FormAnswer)
        if payload is None:
            await reject_button(context)
            return None
        if name == "place":
            return await form.choose_place(context, mode, payload.value)
        return await form.choose(context, mode, name, payload.value)

    return chosen


def _field_picked(mode: Mode) -> Callback:
    async def field_picked(update: Update, context: Context) -> int | str | None:
        """A field chosen in the picker: ask it."""
        payload = payload_of(update, FormAnswer)
        try:
            name = form.field_named(payload.value if payload is not None else "")
        except ValueError:
            await reject_button(context)
            return None
        if context.state.draft is None:
            await reject_button(context)
            return END
        await answer_button(update)
        return await form.ask(context, mode, name)

    return field_picked


def _add_anyway(mode: Mode) -> Callback:
    async def add_anyway(update: Update, context: Context) -> int | str | None:
        """'Add anyway' at the duplicate-name warning."""
        return await form.continue_twin(context, mode)

    return add_anyway


async def _change_a_field(update: Update, context: Context) -> int | str | None:
    """The summary's 'Change a field'."""
    draft = context.state.draft
    if draft is None:
        await reject_button(context)
        return END
    await answer_button(update)
    await drop_buttons(update)  # the picker answers now; its ↩️ Back shows the summary again
    return await form.pick_field(context, "fix", draft)


async def _back_to_review(update: Update, context: Context) -> int | str | None:
    """↩️ Back on the field picker opened from the summary: the summary, unchanged."""
    if context.state.draft is None:
        await reject_button(context)
        return END
    await answer_button(update)
    await drop_buttons(update)
    return await form.review(context)


async def _save(update: Update, context: Context) -> int | str | None:
    return await form.save(context)


async def _cancel_button(update: Update, context: Context) -> int:
    await _close(context)
    return await cancel_form(update, context)


async def use_buttons(update: Update, context: Context) -> None:
    """Text or /skip where only the buttons answer (the summary, a warning, a picker)."""
    await context.say("form-use-buttons")


async def _close(context: Context) -> None:
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)


async def _open_existing(update: Update, context: Context) -> int | str | None:
    """'Open their card' at the duplicate warning: the form closes on the existing contact."""
    payload = payload_of(update, FormAnswer)
    contact = None
    if payload is not None:
        contact = await contacts.owned(context.repo, context.user.id, payload.value)
    if contact is None:  # stale or forged: the warning stays open, nothing changes
        await reject_button(context)
        return None
    await _close(context)
    context.state.pending_cards.clear()
    await form.finish(context)
    await send_card(context, contact)
    return END


async def _merge_into_existing(update: Update, context: Context) -> int | str | None:
    """'Merge' at the duplicate warning: what the new contact holds joins the existing one."""
    payload = payload_of(update, FormAnswer)
    draft = context.state.draft
    result = None
    if payload is not None and draft is not None and await form.unsaved_draft(context):
        result = await merging.merge_draft(context.repo, context.user.id, payload.value, draft)
    if result is None:  # stale or forged: the warning stays open, nothing changes
        await reject_button(context)
        return None
    await _close(context)
    await form.show_contact(context, result, "form-merged")
    return await form.finish(context)


async def cancel_form(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: drop the open question, its draft and any cards waiting."""
    unsaved = await form.unsaved_draft(context)
    question = context.state.asked_in
    context.state.forget_question()
    if question is not None:  # its buttons would answer a question no longer asked
        with suppress(BadRequest):  # gone, or already without buttons
            await context.bot.edit_message_reply_markup(
                context.chat_id, question, reply_markup=None
            )
    if unsaved is not None:
        await context.say("form-cancelled")
        return END
    return await cancel(update, context)


def entry_points() -> list[Handler]:
    """What opens the contact form."""
    return [
        CommandHandler("add", add_command),
        CommandHandler("edit", edit_command),
        MessageHandler(filters.CONTACT, shared_card),
        handler(ContactAction, edit_button, when=is_action("edit")),
    ]


def is_form(*actions: FormAction) -> Callable[[FormAnswer], bool]:
    """A `when` for callbacks.handler: FormAnswer buttons of these actions."""
    return lambda payload: payload.action in actions


def form_button(callback: Callback, *actions: FormAction) -> Handler:
    """A FormAnswer button of the open question: pressed on an older message (another
    question, another draft), it is stale, answers "no longer valid" and changes nothing."""

    async def checked(update: Update, context: Context) -> int | str | None:
        if not form.pressed_latest(context):
            await reject_button(context)
            return None
        return await callback(update, context)

    return handler(FormAnswer, checked, when=is_form(*actions))


def states() -> dict[object, list[Handler]]:
    """One state per question of the form, each listening only to what answers it."""
    questions: dict[object, list[Handler]] = {}
    for mode in MODES:
        for name in ADD_ORDER if mode == "add" else EDITABLE:
            questions[asking(mode, name)] = _question(mode, name)
        questions[asking(mode, "twin")] = _buttons(
            form_button(_open_existing, "open"),
            form_button(_merge_into_existing, "merge"),
            form_button(_add_anyway(mode), "twin"),
            form_button(_cancel_button, "cancel"),
        )
    pickers: tuple[Mode, ...] = ("fix", "edit")
    for mode in pickers:
        questions[asking(mode, "fields")] = _buttons(form_button(_field_picked(mode), "field"))
    questions[asking("fix", "fields")].insert(0, form_button(_back_to_review, "review"))
    questions[REVIEW] = _buttons(
        form_button(_save, "save"),
        form_button(_change_a_field, "fields"),
        form_button(_cancel_button, "cancel"),
    )
    return questions


def _question(mode: Mode, name: FieldName) -> list[Handler]:
    """A field question: typed text, /skip, and the field's own buttons."""
    # Asked for a new contact's name, a card is the answer; in any other question it waits.
    on_card = card_for_name if (mode, name) == ("add", "name") else queue_card
    handlers: list[Handler] = [
        MessageHandler(filters.CONTACT, on_card),
        MessageHandler(filters.TEXT & ~filters.COMMAND, _typed(mode, name)),
        CommandHandler("skip", _skipped(mode, name)),
    ]
    if name != "name":
        handlers.append(form_button(_skipped(mode, name), "skip"))
    quick = _QUICK.get(name)
    if quick is not None:
        handlers.append(form_button(_chosen(mode, name), quick))
    return handlers


# The fields whose question offers buttons of its own, and the FormAnswer action they carry.
_QUICK: dict[FieldName, FormAction] = {"cadence": "cad", "last": "last", "place": "place"}


def _buttons(*handlers: Handler) -> list[Handler]:
    """A question only its buttons answer: typed text and /skip get a hint."""
    return [
        *handlers,
        MessageHandler(filters.CONTACT, queue_card),
        MessageHandler(filters.TEXT & ~filters.COMMAND, use_buttons),
        CommandHandler("skip", use_buttons),
    ]


async def closed_word(context: Context, key: object) -> str:
    """What to say when another command closes a question of the form."""
    mode, _, what = str(key).partition(":")
    draft = context.state.draft
    name = draft.name if draft is not None else ""
    if what in EDITABLE and not name:
        word = context.text("dialog-closed-new-name")
    elif what in EDITABLE:
        label = context.text(f"field-label-{what}")
        word = context.text("dialog-closed-field", field=label, name=name)
    else:
        word = context.text("dialog-closed-form", name=name)
    if mode != "edit":  # /edit saves each answer at once; /add's draft is lost
        word += "\n" + context.text("dialog-not-saved")
    return word
