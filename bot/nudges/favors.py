"""Favours asked of contacts: which are open, which are due a follow-up, and the follow-up
nudge itself (no Telegram handlers here, so the daily delivery can use it)."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.render import Speaker, clip, day_words
from core.model import Contact, Favor
from storage import Store

FOLLOW_UP_DAYS = 7  # after an ask, and again each week while it stays open
NAME_LIMIT = 100
TOPIC_LIMIT = 100
DONE = "favor:done:"


def open_favors(store: Store, user_id: int) -> list[tuple[Favor, Contact]]:
    """This user's open favours with their contact, the earliest follow-up first.

    A favour whose contact was deleted since is left out: there is nobody to thank.
    """
    contacts = {contact.contact_id: contact for contact in store.contacts(user_id)}
    found = [
        (favor, contacts[favor.contact_id])
        for favor in store.favors(user_id)
        if not favor.closed and favor.contact_id in contacts
    ]
    return sorted(found, key=lambda pair: (pair[0].follow_up_on, pair[0].asked_at))


def due_favors(store: Store, user_id: int, today: date) -> list[Favor]:
    """The open favours whose follow-up day has come (`today` is the user's local date)."""
    return [favor for favor, _ in open_favors(store, user_id) if favor.follow_up_on <= today]


def favor_nudge_text(speaker: Speaker, favor: Favor, contact: Contact) -> str:
    """The follow-up: what was asked of whom and when, and a thank-you ready to send."""
    name, topic = clip(contact.name, NAME_LIMIT), clip(favor.topic, TOPIC_LIMIT)
    asked = day_words(speaker, favor.asked_on, favor.follow_up_on)
    first = clip(contact.name.split()[0] if contact.name.split() else "", 40)
    return "\n".join(
        (
            speaker.text("favor-nudge", date=asked, name=name, topic=topic),
            speaker.text("favor-thanks-draft", name=first, topic=topic),
        )
    )


def favor_keyboard(speaker: Speaker, favor: Favor) -> InlineKeyboardMarkup:
    """One button that closes the favour: "✅ Closed, I thanked them"."""
    button = InlineKeyboardButton(
        speaker.text("button-favor-done"), callback_data=f"{DONE}{favor.favor_id}"
    )
    return InlineKeyboardMarkup([[button]])


def find_favor(store: Store, user_id: int, favor_id: str) -> Favor | None:
    """This user's favour with that id, open or closed; another user's id finds nothing."""
    return next((favor for favor in store.favors(user_id) if favor.favor_id == favor_id), None)
