"""How favours read: /favors' items, the follow-up nudge, what ✅ ⏳ 🗑 did, and their buttons."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup

from bot.callbacks import FavorDone, FavorDrop, FavorLater, FavorUndrop, button
from bot.views.render import Speaker, ago_words, clip, day_words
from core.model import Contact, Favor

NAME_LIMIT = 100
TOPIC_LIMIT = 100
REPLY_LIMIT = 200


def favor_nudge_text(speaker: Speaker, favor: Favor, contact: Contact) -> str:
    """The follow-up: what was asked of whom and when, and a thank-you ready to send."""
    name, topic = clip(contact.name, NAME_LIMIT), clip(favor.topic, TOPIC_LIMIT)
    asked = day_words(speaker, favor.asked_on, favor.follow_up_on)
    first = clip(contact.name.split()[0] if contact.name.split() else "", 40)
    lines = [speaker.text("favor-nudge", date=asked, name=name, topic=topic)]
    if favor.reply:
        lines.append(speaker.text("favor-last-reply", words=clip(favor.reply, REPLY_LIMIT)))
    lines.append(speaker.text("favor-thanks-draft", name=first, topic=topic))
    lines.append(speaker.text("favor-nudge-hint"))
    return "\n".join(lines)


def favor_item_text(speaker: Speaker, favor: Favor, contact: Contact, today: date) -> str:
    """One open ask in /favors: of whom, what, when, and the next follow-up."""
    item = speaker.text(
        "favor-item",
        name=clip(contact.name, NAME_LIMIT),
        topic=clip(favor.topic, TOPIC_LIMIT),
        when=ago_words(speaker, favor.asked_on, today),
        date=day_words(speaker, favor.asked_on, today),
        follow=day_words(speaker, favor.follow_up_on, today),
    )
    if not favor.reply:
        return item
    return "\n".join((item, speaker.text("favor-last-reply", words=clip(favor.reply, REPLY_LIMIT))))


def favor_closed_text(speaker: Speaker, favor: Favor, contact: Contact | None) -> str:
    """What ✅ leaves in place of the ask (its contact may have been deleted since)."""
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    return speaker.text("favor-closed", name=name, topic=clip(favor.topic, TOPIC_LIMIT))


def favor_waiting_text(speaker: Speaker, favor: Favor, contact: Contact | None, today: date) -> str:
    """What ⏳ leaves: the next follow-up's day, and the words the user said, if any."""
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    lines = [
        speaker.text(
            "favor-waiting",
            name=name,
            topic=clip(favor.topic, TOPIC_LIMIT),
            date=day_words(speaker, favor.follow_up_on, today),
        )
    ]
    if favor.reply:
        lines.append(speaker.text("favor-reply-kept", words=clip(favor.reply, REPLY_LIMIT)))
    return "\n".join(lines)


def favor_dropped_text(speaker: Speaker, favor: Favor, contact: Contact | None) -> str:
    """What 🗑 leaves, above ↩️."""
    name = clip(contact.name if contact else "…", NAME_LIMIT)
    return speaker.text("favor-dropped", name=name, topic=clip(favor.topic, TOPIC_LIMIT))


def favor_keyboard(speaker: Speaker, favor: Favor) -> InlineKeyboardMarkup:
    """✅ Thanked · ⏳ No answer yet, then 🗑 Drop it."""
    key = favor.favor_id
    return InlineKeyboardMarkup(
        [
            [
                button(speaker.text("button-favor-done"), FavorDone(key)),
                button(speaker.text("button-favor-wait"), FavorLater(key)),
            ],
            [button(speaker.text("button-favor-drop"), FavorDrop(key))],
        ]
    )


def undrop_keyboard(speaker: Speaker, favor: Favor) -> InlineKeyboardMarkup:
    """↩️ Undo, under a dropped favour."""
    return InlineKeyboardMarkup(
        [[button(speaker.text("button-favor-undrop"), FavorUndrop(favor.favor_id))]]
    )
