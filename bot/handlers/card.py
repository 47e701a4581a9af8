"""/contact and the card: every detail of one contact, with buttons to act on it in place."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.handlers.pick import button_contact, pick_contact
from bot.views.render import card_text, day_words
from core.agenda import next_due, stay_of
from core.model import Contact
from core.rules.cadence import Cadence

SNOOZES = ("1w", "2w", "1m")


async def contact_command(update: Update, context: Context) -> None:
    """/contact <name>: show the card."""
    contact = await pick_contact(context, " ".join(context.args or ()), "card")
    if contact is not None:
        await send_card(context, contact)


async def card_button(update: Update, context: Context) -> None:
    """A name in a choice, or a number in /list: show that card."""
    contact = await button_contact(context, "card")
    if contact is not None:
        await answer_button(update)
        await send_card(context, contact)


async def send_card(context: Context, contact: Contact) -> Message:
    """Send a contact's card with its buttons."""
    return await context.bot.send_message(
        context.chat_id,
        await render_card(context, contact),
        reply_markup=card_keyboard(context, contact),
    )


async def render_card(context: Context, contact: Contact) -> str:
    """The card's text, with the latest exchanges."""
    zone = ZoneInfo(context.zone_of(context.profile))
    history = await context.repo.interactions(context.user.id, contact.contact_id)
    return card_text(
        context,
        contact,
        history,
        due=next_due(contact, zone, stay_of(context.profile)),
        now=context.bot_data.clock.now(),
        zone=zone,
    )


def card_keyboard(context: Context, contact: Contact) -> InlineKeyboardMarkup:
    """Log, Edit, Snooze, Pause or Resume, Delete."""
    key = contact.contact_id
    toggle = (
        InlineKeyboardButton(context.text("button-card-resume"), callback_data=f"cresume:{key}")
        if contact.paused
        else InlineKeyboardButton(context.text("button-card-pause"), callback_data=f"cpause:{key}")
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(context.text("button-card-log"), callback_data=f"clog:{key}"),
                InlineKeyboardButton(context.text("button-card-edit"), callback_data=f"edit:{key}"),
            ],
            [
                InlineKeyboardButton(
                    context.text("button-card-snooze"), callback_data=f"csnooze:{key}"
                ),
                toggle,
            ],
            [
                InlineKeyboardButton(
                    context.text("button-card-delete"), callback_data=f"remove:{key}"
                )
            ],
        ]
    )


async def refresh_card(context: Context, contact: Contact, message_id: int | None = None) -> None:
    """Redraw a card in place: the message given, or else the one whose button was pressed."""
    query = context.incoming.callback_query
    if message_id is None and query is not None and isinstance(query.message, Message):
        message_id = query.message.message_id
    if message_id is None:
        return
    try:
        await context.bot.edit_message_text(
            await render_card(context, contact),
            chat_id=context.chat_id,
            message_id=message_id,
            reply_markup=card_keyboard(context, contact),
        )
    except BadRequest as error:  # pressed twice, or the card is gone: nothing to redraw
        if "not modified" not in str(error) and "not found" not in str(error):
            raise


async def pause_button(update: Update, context: Context) -> None:
    """The card's Pause button."""
    await _set_paused(context, "cpause", paused=True)


async def resume_button(update: Update, context: Context) -> None:
    """The card's Resume button."""
    await _set_paused(context, "cresume", paused=False)


async def _set_paused(context: Context, action: str, *, paused: bool) -> None:
    contact = await button_contact(context, action)
    if contact is None:
        return
    contact = replace(contact, paused=paused)
    await context.repo.save_contact(context.user.id, contact)
    query = context.incoming.callback_query
    if query is not None:
        await query.answer(context.text("paused-toast" if paused else "resumed-toast"))
    await refresh_card(context, contact)


async def snooze_menu(update: Update, context: Context) -> None:
    """The card's Snooze button: swap its buttons for the snooze lengths."""
    contact = await button_contact(context, "csnooze")
    query = update.callback_query
    if contact is None or query is None or not isinstance(query.message, Message):
        return
    await answer_button(update)
    key = contact.contact_id
    rows = [
        [
            InlineKeyboardButton(
                context.text(f"button-snooze-{spec}"), callback_data=f"snooze:{key}:{spec}"
            )
            for spec in SNOOZES
        ]
    ]
    if contact.snoozed_until is not None:
        end = InlineKeyboardButton(
            context.text("button-snooze-end"), callback_data=f"snooze:{key}:0"
        )
        rows.append([end])
    rows.append([InlineKeyboardButton(context.text("button-back"), callback_data=f"cback:{key}")])
    await query.message.edit_reply_markup(InlineKeyboardMarkup(rows))


async def snooze_picked(update: Update, context: Context) -> None:
    """A snooze length: no reminder until then; the card shows it."""
    query = update.callback_query
    spec = (query.data or "").rpartition(":")[2] if query else ""
    if spec not in (*SNOOZES, "0"):
        await reject_button(context)
        return
    contact = await button_contact(context, "snooze")
    if contact is None or query is None:
        return
    zone = context.zone_of(context.profile)
    today = context.local_now(zone).date()
    until = Cadence.from_spec(spec).after(today) if spec != "0" else None
    contact = replace(contact, snoozed_until=until)
    await context.repo.save_contact(context.user.id, contact)
    if until is None:
        await query.answer(context.text("unsnoozed-toast"))
    else:
        await query.answer(context.text("snoozed-toast", date=day_words(context, until, today)))
    await refresh_card(context, contact)


async def card_back(update: Update, context: Context) -> None:
    """Back from the snooze lengths to the card's own buttons."""
    contact = await button_contact(context, "cback")
    if contact is not None:
        await answer_button(update)
        await refresh_card(context, contact)
