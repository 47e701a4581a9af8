"""Dated reminders to come as the user reads them: /remind's list, the ✖️ buttons that cancel
one (on that list and on the card), and the question that confirms it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import ReminderCancel, button
from bot.views.followups import remind_on, remind_when
from bot.views.render import Speaker, clip
from core.model import Contact, Nudge

LISTED = 20  # reminders listed by /remind; the rest are counted
NAME_LIMIT = 40
BUTTON_NAME = 24
WHAT_SHOWN = 80


def cancel_payload(reminder: Nudge, action: Literal["card", "list", "yes", "no"]) -> ReminderCancel:
    """The ✖️ payload of a reminder (or its confirmation's answers)."""
    return ReminderCancel(action, reminder.contact_id, reminder.day.toordinal())


def card_cancel_rows(
    speaker: Speaker, reminders: Sequence[Nudge], today: date
) -> list[list[InlineKeyboardButton]]:
    """One ✖️ button per reminder planned, under a contact's card."""
    return [
        [
            button(
                speaker.text("button-reminder-cancel", when=remind_when(speaker, r.day, today)),
                cancel_payload(r, "card"),
            )
        ]
        for r in reminders
    ]


def reminder_item(speaker: Speaker, reminder: Nudge, contact: Contact, today: date) -> str:
    """ "• Tom — on Thursday (10 December): call about the internship" """
    name = clip(contact.name, NAME_LIMIT)
    when = remind_on(speaker, reminder.day, today)
    if reminder.note:
        what = clip(reminder.note, WHAT_SHOWN)
        return speaker.text("reminders-item-what", name=name, when=when, what=what)
    return speaker.text("reminders-item", name=name, when=when)


def reminders_text(speaker: Speaker, planned: Sequence[tuple[Nudge, Contact]], today: date) -> str:
    """/remind alone: the reminders to come, earliest first, and how to add one."""
    if not planned:  # the last one just cancelled
        return speaker.text("reminders-none")
    lines = [speaker.text("reminders-title", count=len(planned))]
    lines += [reminder_item(speaker, n, c, today) for n, c in planned[:LISTED]]
    if len(planned) > LISTED:
        lines.append(speaker.text("reminders-more", count=len(planned) - LISTED))
    lines += ["", speaker.text("reminders-hint")]
    return "\n".join(lines)


def reminders_keyboard(
    speaker: Speaker, planned: Sequence[tuple[Nudge, Contact]], today: date
) -> InlineKeyboardMarkup:
    """✖️ per reminder listed."""
    rows = [
        [
            button(
                speaker.text(
                    "button-reminder-cancel-named",
                    name=clip(c.name, BUTTON_NAME),
                    when=remind_when(speaker, n.day, today),
                ),
                cancel_payload(n, "list"),
            )
        ]
        for n, c in planned[:LISTED]
    ]
    return InlineKeyboardMarkup(rows)


def cancel_question(speaker: Speaker, reminder: Nudge, contact: Contact, today: date) -> str:
    """ "Cancel the reminder about Tom on Thursday (10 December)?" and what it was for."""
    name = clip(contact.name, 100)
    when = remind_on(speaker, reminder.day, today)
    text = speaker.text("reminder-cancel-ask", name=name, when=when)
    if reminder.note:
        what = clip(reminder.note, 300)
        return f"{text}\n{speaker.text('reminder-what', what=what)}"
    return text


def cancel_keyboard(speaker: Speaker, reminder: Nudge) -> InlineKeyboardMarkup:
    """✖️ Yes, cancel it · Keep it."""
    return InlineKeyboardMarkup(
        [
            [
                button(speaker.text("button-reminder-cancel-yes"), cancel_payload(reminder, "yes")),
                button(speaker.text("button-reminder-cancel-no"), cancel_payload(reminder, "no")),
            ]
        ]
    )


def cancelled_text(speaker: Speaker, reminder: Nudge, contact: Contact, today: date) -> str:
    """ "✖️ Cancelled: no reminder about Tom on Thursday (10 December)." """
    name = clip(contact.name, 100)
    return speaker.text(
        "reminder-cancelled", name=name, when=remind_on(speaker, reminder.day, today)
    )
