"""A card's history as buttons: pick a line, confirm its deletion."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import ContactAction, HistoryButton, NudgeAnswer, UndoLog, button, unpack
from bot.views.render import Speaker, ago_words, clip, day_words
from core.model import NOTE, Contact, Interaction

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


def confirm_keyboard(
    speaker: Speaker, contact_id: str, key: str, line: str
) -> InlineKeyboardMarkup:
    """🗑 Delete · <the line> / ↩️ Keep it, in place of the card's buttons."""
    delete = f"{speaker.text('button-history-delete')} · {line}"
    keep = speaker.text("button-history-keep")
    return InlineKeyboardMarkup(
        [
            [button(delete, HistoryButton("del", contact_id, key))],
            [button(keep, HistoryButton("keep", contact_id, key))],
        ]
    )


def without_undo(
    markup: InlineKeyboardMarkup | None, spent: UndoLog
) -> InlineKeyboardMarkup | None:
    """A message's buttons once its Undo is spent; None when none is left."""
    rows = [
        row
        for row in (markup.inline_keyboard if markup is not None else ())
        if all(unpack(b.callback_data) != spent for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def reopened_digest(
    markup: InlineKeyboardMarkup | None, spent: UndoLog, contact: Contact
) -> InlineKeyboardMarkup:
    """A digest's buttons once a ✅ was undone: that contact's ✅ is back in place of Undo."""
    kept = without_undo(markup, spent)
    rows = list(kept.inline_keyboard) if kept is not None else []
    done = button(f"✅ {clip(contact.name, 30)}", NudgeAnswer("done", contact.contact_id))
    return InlineKeyboardMarkup([*rows, [done]])


def undo_row(
    speaker: Speaker, contact: Contact, key: str, *, named: bool
) -> list[InlineKeyboardButton]:
    """↩️ Undo for one logged exchange; in a digest, with whose exchange it is."""
    label = speaker.text("button-undo")
    if named:
        label = f"{label} · {clip(contact.name, 30)}"
    return [button(label, UndoLog(contact.contact_id, key))]


def already_logged_text(speaker: Speaker, contact: Contact, zone: ZoneInfo, today: date) -> str:
    """ "Already logged: you were in touch with Tom today (2 March)." """
    last = contact.last_contact_at
    day = last.astimezone(zone).date() if last is not None else today
    return speaker.text(
        "already-logged",
        name=clip(contact.name, 100),
        when=ago_words(speaker, day, today),
        date=day_words(speaker, day, today),
    )
