"""/contact and the card: every detail of one contact, with buttons to act on it in place."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import ContactAction, SnoozeChoice, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, unless_unchanged
from bot.handlers.pick import pick_contact, pressed_contact
from bot.views.card import card_keyboard, card_message, snooze_keyboard
from bot.views.render import day_words
from core.agenda import rhythms_of, stay_of
from core.model import Contact
from services import contacts


async def contact_command(update: Update, context: Context) -> None:
    """/contact <name>: show the card."""
    contact = await pick_contact(context, " ".join(context.args or ()), "card")
    if contact is not None:
        await send_card(context, contact)


async def card_button(update: Update, context: Context) -> None:
    """A name in a choice, or a number in /list: show that card."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is not None:
        await answer_button(update)
        await send_card(context, contact)


async def send_card(context: Context, contact: Contact) -> Message:
    """Send a contact's card with its buttons."""
    text, markup = await card_parts(context, contact)
    return await context.send(text, markup=markup)


async def card_parts(context: Context, contact: Contact) -> tuple[str, InlineKeyboardMarkup]:
    """The card's text, with the latest exchanges, and its buttons (✖️ per reminder planned)."""
    zone = context.zone
    profile = context.profile
    card = await contacts.card(
        context.repo, context.user.id, contact, zone, stay_of(profile), rhythms=rhythms_of(profile)
    )
    text = card_message(context, card, now=context.now(), zone=zone)
    return text, card_keyboard(context, contact, card.reminders, context.today())


async def refresh_card(context: Context, contact: Contact, message_id: int | None = None) -> None:
    """Redraw a card in place: the message given, or else the one whose button was pressed."""
    query = context.incoming.callback_query
    if message_id is None and query is not None and isinstance(query.message, Message):
        message_id = query.message.message_id
    if message_id is None:
        return
    text, markup = await card_parts(context, contact)
    try:
        with unless_unchanged():  # pressed twice: nothing to redraw
            await context.bot.edit_message_text(
                text, chat_id=context.chat_id, message_id=message_id, reply_markup=markup
            )
    except BadRequest as error:  # the card is gone: nothing to redraw
        if "not found" not in str(error):
            raise


async def set_paused(context: Context, contact: Contact, *, paused: bool) -> contacts.Paused:
    """Pause or resume the reminders about this contact, in the user's zone and stay."""
    return await contacts.set_paused(
        context.repo,
        context.user.id,
        contact,
        paused,
        zone=context.zone,
        stay=stay_of(context.profile),
        today=context.today(),
        rhythms=rhythms_of(context.profile),
    )


async def pause_button(update: Update, context: Context) -> None:
    """The card's Pause or Resume button."""
    payload = payload_of(update, ContactAction)
    contact = await pressed_contact(context, payload)
    if payload is None or contact is None or update.callback_query is None:
        return
    paused = payload.action == "cpause"
    change = await set_paused(context, contact, paused=paused)
    await update.callback_query.answer(context.text("paused-toast" if paused else "resumed-toast"))
    await refresh_card(context, change.contact)


async def snooze_menu(update: Update, context: Context) -> None:
    """The card's Snooze button: swap its buttons for the snooze lengths."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    query = update.callback_query
    if contact is None or query is None or not isinstance(query.message, Message):
        return
    await answer_button(update)
    with unless_unchanged():  # Snooze pressed twice
        await query.message.edit_reply_markup(snooze_keyboard(context, contact))


async def snooze_picked(update: Update, context: Context) -> None:
    """A snooze length: no reminder until then; the card shows it."""
    payload = payload_of(update, SnoozeChoice)
    contact = await pressed_contact(context, payload)
    query = update.callback_query
    if payload is None or contact is None or query is None:
        return
    today = context.today()
    contact = await contacts.snooze(context.repo, context.user.id, contact, payload.spec, today)
    if contact.snoozed_until is None:
        await query.answer(context.text("unsnoozed-toast"))
    else:
        when = day_words(context, contact.snoozed_until, today)
        await query.answer(context.text("snoozed-toast", date=when))
    await refresh_card(context, contact)


async def card_back(update: Update, context: Context) -> None:
    """Back from the snooze lengths to the card's own buttons."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is not None:
        await answer_button(update)
        await refresh_card(context, contact)
