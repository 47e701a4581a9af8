"""How favours read: /favors' items, the follow-up nudge, ✅'s outcome, and the ✅ button."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup

from bot.callbacks import FavorDone, button
from bot.views.render import Speaker, ago_words, clip, day_words
from core.model import Contact, Favor

NAME_LIMIT = 100
TOPIC_LIMIT = 100


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


def favor_item_text(speaker: Speaker, favor: Favor, contact: Contact, today: date) -> str:
    """One open ask in /favors: of whom, what, when, and the next follow-up."""
    return speaker.text(
        "favor-item",
        name=clip(contact.name, NAME_LIMIT),
        topic=clip(favor.topic, TOPIC_LIMIT),
        when=ago_words(speaker, favor.asked_on, today),
        date=day_words(speaker, favor.asked_on, today),
        follow=day_words(speaker, favor.follow_up_on, today),
    )


def favor_closed_text(speaker: Speaker, favor: Favor, contact: Contact | None) -> str:
    """What ✅ leaves in place of the ask (its contact may have been deleted since)."""
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    return speaker.text("favor-closed", name=name, topic=clip(favor.topic, TOPIC_LIMIT))


def favor_keyboard(speaker: Speaker, favor: Favor) -> InlineKeyboardMarkup:
    """One button that closes the favour: "✅ Closed, I thanked them"."""
    done = button(speaker.text("button-favor-done"), FavorDone(favor.favor_id))
    return InlineKeyboardMarkup([[done]])
