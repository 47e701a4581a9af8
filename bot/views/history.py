"""A card's history as buttons: pick a line, confirm its deletion."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import ContactAction, HistoryButton, button
from bot.views.render import Speaker, clip, day_words
from core.model import NOTE, Interaction

LABEL_NOTE = 30


def entry_label(speaker: Speaker, entry: Interaction, zone: ZoneInfo, today: date) -> str:
    """ "💬 2 March · coffee in Lyon", "🗒 5 March · hiring": plain text, for a button."""
    mark = "🗒" if entry.kind == NOTE else "💬"
    day = day_words(speaker, entry.at.astimezone(zone).date(), today)
    text = f"{mark} {day}"
    return f"{text} · {clip(entry.note, LABEL_NOTE)}" if entry.note else text


def picker_keyboard(
    speaker: Speaker,
    contact_id: str,
    entries: Sequence[Interaction],
    zone: ZoneInfo,
    today: date,
) -> InlineKeyboardMarkup:
    """One button per recent entry, then back to the card."""
    rows = [
        [button(entry_label(speaker, e, zone, today), HistoryButton("pick", contact_id, e.key))]
        for e in entries
    ]
    rows.append([button(speaker.text("button-back"), ContactAction("cback", contact_id))])
    return InlineKeyboardMarkup(rows)


def confirm_keyboard(speaker: Speaker, contact_id: str, key: str) -> InlineKeyboardMarkup:
    """Delete · Keep it."""
    return InlineKeyboardMarkup(
        [
            [
                button(
                    speaker.text("button-history-delete"), HistoryButton("del", contact_id, key)
                ),
                button(speaker.text("button-history-keep"), HistoryButton("keep", contact_id, key)),
            ]
        ]
    )
