"""How a favour's follow-up reads: its text and its button (services.favors decides when)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.render import Speaker, clip, day_words
from core.model import Contact, Favor

NAME_LIMIT = 100
TOPIC_LIMIT = 100
DONE = "favor:done:"


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
