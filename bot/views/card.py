"""The contact card and the questions about one contact: text and buttons, no sends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import ContactAction, HistoryButton, SnoozeChoice, button
from bot.views.followups import reminder_lines
from bot.views.reach import reach_rows
from bot.views.reminders import card_cancel_rows
from bot.views.render import Speaker, card_text
from core.model import Contact, Nudge
from services.contacts import SNOOZES, Card


def card_message(speaker: Speaker, card: Card, *, now: datetime, zone: ZoneInfo) -> str:
    """The card's text, with its group's rhythm, dated reminders, the latest exchanges and notes."""
    planned = reminder_lines(speaker, list(card.reminders), now.astimezone(zone).date())
    return card_text(
        speaker,
        card.contact,
        card.history,
        due=card.due,
        now=now,
        zone=zone,
        planned=planned,
        group=card.group,
    )


def card_keyboard(
    speaker: Speaker,
    contact: Contact,
    reminders: Sequence[Nudge] = (),
    today: date | None = None,
) -> InlineKeyboardMarkup:
    """The ways to write to them, then Log, Edit, Snooze, Pause or Resume, History, Delete,
    and ✖️ for each reminder planned (`today` words their days)."""
    key = contact.contact_id
    cancels = card_cancel_rows(speaker, reminders, today) if today is not None else []
    toggle = (
        button(speaker.text("button-card-resume"), ContactAction("cresume", key))
        if contact.paused
        else button(speaker.text("button-card-pause"), ContactAction("cpause", key))
    )
    return InlineKeyboardMarkup(
        [
            *reach_rows(speaker, contact),
            [
                button(speaker.text("button-card-log"), ContactAction("clog", key)),
                button(speaker.text("button-card-edit"), ContactAction("edit", key)),
            ],
            [button(speaker.text("button-card-snooze"), ContactAction("csnooze", key)), toggle],
            [
                button(speaker.text("button-card-history"), HistoryButton("list", key)),
                button(speaker.text("button-card-delete"), ContactAction("remove", key)),
            ],
            *cancels,
        ]
    )


def snooze_keyboard(speaker: Speaker, contact: Contact) -> InlineKeyboardMarkup:
    """The snooze lengths, ending the snooze if there is one, and back to the card."""
    key = contact.contact_id
    rows = [
        [button(speaker.text(f"button-snooze-{spec}"), SnoozeChoice(key, spec)) for spec in SNOOZES]
    ]
    if contact.snoozed_until is not None:
        rows.append([button(speaker.text("button-snooze-end"), SnoozeChoice(key, "0"))])
    rows.append([button(speaker.text("button-back"), ContactAction("cback", key))])
    return InlineKeyboardMarkup(rows)


def remove_keyboard(speaker: Speaker, contact: Contact) -> InlineKeyboardMarkup:
    """Delete or keep, under the question."""
    key = contact.contact_id
    return InlineKeyboardMarkup(
        [
            [
                button(speaker.text("button-remove-yes"), ContactAction("rm", key)),
                button(speaker.text("button-remove-no"), ContactAction("keep", key)),
            ]
        ]
    )
