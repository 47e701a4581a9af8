"""How the contact form shows itself: prompts, keyboards and the summary card."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handlers.common import Turn
from bot.render import birthday_words
from core.fields import ADD_ORDER, EDITABLE, LAST_TALKED_CHOICES, FieldName
from core.model import Contact
from core.rules.cadence import CHOICES, Cadence

_SUMMARY_FIELDS: tuple[FieldName, ...] = ADD_ORDER[1:]  # the name is the title


def field_keyboard(turn: Turn, name: FieldName, *, skippable: bool) -> InlineKeyboardMarkup | None:
    """The buttons offered with a question: quick answers, and Skip where allowed."""
    rows: list[list[InlineKeyboardButton]] = []
    if name == "cadence":
        buttons = [
            InlineKeyboardButton(
                turn.text(f"cadence-choice-{c.spec}"), callback_data=f"form:cad:{c.spec}"
            )
            for c in CHOICES
        ]
        rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if name == "last":
        buttons = [
            InlineKeyboardButton(turn.text(f"last-choice-{c}"), callback_data=f"form:last:{c}")
            for c in LAST_TALKED_CHOICES
        ]
        rows += [buttons[:2], buttons[2:4], buttons[4:]]
    if skippable:
        rows.append([InlineKeyboardButton(turn.text("button-skip"), callback_data="form:skip")])
    return InlineKeyboardMarkup(rows) if rows else None


def places_keyboard(turn: Turn, labels: list[str]) -> InlineKeyboardMarkup:
    """One button per place offered, and one to keep the text as typed."""
    rows = [
        [InlineKeyboardButton(label[:60], callback_data=f"form:place:{index}")]
        for index, label in enumerate(labels)
    ]
    rows.append(
        [InlineKeyboardButton(turn.text("button-keep-as-typed"), callback_data="form:place:keep")]
    )
    return InlineKeyboardMarkup(rows)


def fields_keyboard(turn: Turn) -> InlineKeyboardMarkup:
    """One button per field that can be changed."""
    buttons = [
        InlineKeyboardButton(turn.text(f"field-label-{name}"), callback_data=f"form:field:{name}")
        for name in EDITABLE
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def summary_keyboard(turn: Turn) -> InlineKeyboardMarkup:
    """Save, change a field, or cancel."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.text("button-save"), callback_data="form:save")],
            [InlineKeyboardButton(turn.text("button-edit-field"), callback_data="form:fields")],
            [InlineKeyboardButton(turn.text("button-cancel"), callback_data="form:cancel")],
        ]
    )


def summary_lines(turn: Turn, contact: Contact) -> list[str]:
    """One line per field: its label and its value, values escaped."""
    lines = []
    for name in _SUMMARY_FIELDS:
        value = field_value(turn, name, contact) or turn.text("form-summary-empty")
        lines.append(
            turn.text("form-summary-line", label=turn.text(f"field-label-{name}"), value=value)
        )
    return lines


def field_value(turn: Turn, name: FieldName, contact: Contact) -> str:
    """A field's value written for the user (plain text, escaped later by the catalog)."""
    return _WRITERS[name](turn, contact)


def _place(turn: Turn, contact: Contact) -> str:
    return f"{contact.place} ({contact.timezone})" if contact.timezone else contact.place


def _last(turn: Turn, contact: Contact) -> str:
    if contact.last_contact_at is None:
        return ""
    local = contact.last_contact_at.astimezone(ZoneInfo(turn.zone_of(turn.profile)))
    return format_date(local.date(), "d MMMM y", locale=turn.language)


_WRITERS: dict[FieldName, Callable[[Turn, Contact], str]] = {
    "name": lambda turn, contact: contact.name,
    "met": lambda turn, contact: contact.met,
    "place": _place,
    "work": lambda turn, contact: contact.work,
    "interests": lambda turn, contact: ", ".join(contact.interests),
    "channels": lambda turn, contact: ", ".join(channel.value for channel in contact.channels),
    "birthday": birthday_words,
    "cadence": lambda turn, contact: cadence_words(turn, Cadence.from_spec(contact.cadence)),
    "last": _last,
    "reminder": lambda turn, contact: (
        ""
        if contact.birthday_reminder_days is None
        else turn.text("reminder-days", count=contact.birthday_reminder_days)
    ),
}


def cadence_words(turn: Turn, cadence: Cadence) -> str:
    """'Every 2 weeks' / 'Toutes les 2 semaines', or the generic form for other rhythms."""
    if cadence in CHOICES:
        return turn.text(f"cadence-choice-{cadence.spec}")
    return turn.text("cadence-every", count=cadence.count, unit=cadence.unit)
