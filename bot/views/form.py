"""How the contact form shows itself: prompts, keyboards and the summary card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import FormAnswer, button
from bot.context import Context
from bot.views.pick import told_apart
from bot.views.render import birthday_words, clip, date_words
from core.agenda import group_rhythm, rhythms_of
from core.fields import ADD_ORDER, EDITABLE, FOLLOW_GROUP, LAST_TALKED_CHOICES, FieldName, clear
from core.model import Contact
from core.place_names import place_name
from core.reading.channels import shown
from core.rules.cadence import CHOICES, Cadence

_SUMMARY_FIELDS: tuple[FieldName, ...] = ADD_ORDER[1:]  # the name is the title


def field_keyboard(
    context: Context, name: FieldName, *, skippable: bool, draft: Contact | None = None
) -> InlineKeyboardMarkup | None:
    """The buttons offered with a question: quick answers, and Skip where allowed. The rhythm
    question of a contact with a tag that has a rhythm offers that group's first."""
    rows: list[list[InlineKeyboardButton]] = []
    if name == "cadence":
        group = tags_rhythm(context, draft) if draft is not None else None
        if group is not None:
            tag, cadence = group
            label = context.text(
                "button-cadence-group", tag=clip(tag, 30), rhythm=cadence_words(context, cadence)
            )
            rows.append([button(label, FormAnswer("cad", FOLLOW_GROUP))])
        buttons = [
            button(context.text(f"cadence-choice-{c.spec}"), FormAnswer("cad", c.spec))
            for c in CHOICES
        ]
        rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if name == "last":
        buttons = [
            button(context.text(f"last-choice-{c}"), FormAnswer("last", c))
            for c in LAST_TALKED_CHOICES
        ]
        rows += [buttons[:2], buttons[2:4], buttons[4:]]
    if skippable:
        rows.append([button(context.text("button-skip"), FormAnswer("skip"))])
    return InlineKeyboardMarkup(rows) if rows else None


def places_keyboard(context: Context, labels: list[str]) -> InlineKeyboardMarkup:
    """One button per place offered, and one to keep the text as typed."""
    rows = [
        [button(label[:60], FormAnswer("place", str(index)))] for index, label in enumerate(labels)
    ]
    rows.append([button(context.text("button-keep-as-typed"), FormAnswer("place", "keep"))])
    return InlineKeyboardMarkup(rows)


def fields_keyboard(context: Context, *, back: bool = False) -> InlineKeyboardMarkup:
    """One button per field that can be changed; `back` adds a way back to the summary."""
    buttons = [
        button(context.text(f"field-label-{name}"), FormAnswer("field", name)) for name in EDITABLE
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if back:
        rows.append([button(context.text("button-back"), FormAnswer("review"))])
    return InlineKeyboardMarkup(rows)


def summary_keyboard(context: Context) -> InlineKeyboardMarkup:
    """Save, change a field, or cancel."""
    return InlineKeyboardMarkup(
        [
            [button(context.text("button-save"), FormAnswer("save"))],
            [button(context.text("button-edit-field"), FormAnswer("fields"))],
            [button(context.text("button-cancel"), FormAnswer("cancel"))],
        ]
    )


MAX_TWINS_SHOWN = 4  # namesakes offered as buttons at the warning; more is a long list


def twin_warning(context: Context, twins: Sequence[Contact]) -> str:
    """You already have Léa; or, with several, each one told apart ("Léa · Lyon")."""
    if len(twins) == 1:
        return context.text("form-duplicate", name=twins[0].name)
    names = "\n".join(
        context.text("form-duplicate-line", name=name)
        for name in told_apart(context, twins, context.today())
    )
    return context.text("form-duplicate-several", name=twins[0].name, count=len(twins), names=names)


def twin_keyboard(
    context: Context, twins: Sequence[Contact], *, merge: bool = False
) -> InlineKeyboardMarkup:
    """At the duplicate-name warning: open an existing card, merge into it (a new contact
    only), add anyway, or cancel; with several namesakes, each button names its one."""
    rows: list[list[InlineKeyboardButton]] = []
    if len(twins) == 1:
        twin = twins[0]
        rows.append([button(context.text("button-open-card"), FormAnswer("open", twin.contact_id))])
        if merge:
            rows.append(
                [button(context.text("button-merge-twin"), FormAnswer("merge", twin.contact_id))]
            )
    else:
        shown_twins = twins[:MAX_TWINS_SHOWN]
        labels = told_apart(context, shown_twins, context.today())
        for name, twin in zip(labels, shown_twins, strict=True):
            rows.append(
                [
                    button(
                        context.text("button-open-namesake", name=name),
                        FormAnswer("open", twin.contact_id),
                    )
                ]
            )
        if merge:
            for name, twin in zip(labels, shown_twins, strict=True):
                rows.append(
                    [
                        button(
                            context.text("button-merge-namesake", name=name),
                            FormAnswer("merge", twin.contact_id),
                        )
                    ]
                )
    rows.append([button(context.text("button-add-anyway"), FormAnswer("twin"))])
    rows.append([button(context.text("button-cancel"), FormAnswer("cancel"))])
    return InlineKeyboardMarkup(rows)


def summary_lines(context: Context, contact: Contact) -> list[str]:
    """One line per field: its label and its value, values escaped."""
    lines = []
    for name in _SUMMARY_FIELDS:
        value = field_value(context, name, contact) or context.text("form-summary-empty")
        lines.append(
            context.text(
                "form-summary-line", label=context.text(f"field-label-{name}"), value=value
            )
        )
    return lines


def current_line(context: Context, name: FieldName, draft: Contact, *, clears: bool) -> str:
    """The value a question starts from: "Default: Every month" while adding (the value every
    new contact starts with), "Now: …" otherwise."""
    value = field_value(context, name, draft)
    default = field_value(context, name, clear(name, draft))
    is_default = not clears and bool(default) and value == default
    if name == "cadence":  # "Chaque mois" heads a button or a summary line, not mid-sentence
        value = value[:1].lower() + value[1:]
    return context.text("form-default" if is_default else "form-current", value=value)


def skip_hint(context: Context, name: FieldName, draft: Contact, *, clears: bool) -> str:
    """What /skip really does: while adding it keeps the value there is ("/skip to keep
    “Every month”"); in /edit it clears the field, or puts a rhythm back to the default."""
    value = field_value(context, name, draft)
    if not value:
        return context.text("form-skip-hint")
    if not clears:
        return context.text("form-skip-keep", value=clip(value, 40))
    default = field_value(context, name, clear(name, draft))
    if default:
        return context.text("form-skip-reset", value=clip(default, 40))
    return context.text("form-skip-clear")


def field_value(context: Context, name: FieldName, contact: Contact) -> str:
    """A field's value written for the user (plain text, escaped later by the catalog)."""
    return _WRITERS[name](context, contact)


def _place(context: Context, contact: Contact) -> str:
    return place_name(contact, context.language)


def _last(context: Context, contact: Contact) -> str:
    if contact.last_contact_at is None:
        return ""
    local = contact.last_contact_at.astimezone(ZoneInfo(context.zone_of(context.profile)))
    return date_words(context, local.date(), with_year=True)


def tags_rhythm(context: Context, contact: Contact) -> tuple[str, Cadence] | None:
    """The rhythm of the contact's tags (the tag and it) they would follow without their own."""
    return group_rhythm(replace(contact, own_cadence=False), rhythms_of(context.profile))


def _cadence(context: Context, contact: Contact) -> str:
    """Their own rhythm, or their group's when they follow it: "Every 2 weeks (#airbus's)"."""
    group = group_rhythm(contact, rhythms_of(context.profile))
    if group is None:
        return cadence_words(context, Cadence.from_spec(contact.cadence))
    tag, cadence = group
    return context.text("form-cadence-group", rhythm=cadence_words(context, cadence), tag=tag)


_WRITERS: dict[FieldName, Callable[[Context, Contact], str]] = {
    "name": lambda context, contact: contact.name,
    "met": lambda context, contact: contact.met,
    "place": _place,
    "work": lambda context, contact: contact.work,
    "interests": lambda context, contact: ", ".join(contact.interests),
    "channels": lambda context, contact: ", ".join(
        shown(channel.kind, channel.value) for channel in contact.channels
    ),
    "birthday": birthday_words,
    "cadence": _cadence,
    "last": _last,
    "reminder": lambda context, contact: (
        ""
        if contact.birthday_reminder_days is None
        else context.text("reminder-days", count=contact.birthday_reminder_days)
    ),
}


def cadence_words(context: Context, cadence: Cadence) -> str:
    """'Every 2 weeks' / 'Toutes les 2 semaines', or the generic form for other rhythms."""
    if cadence in CHOICES:
        return context.text(f"cadence-choice-{cadence.spec}")
    return context.text("cadence-every", count=cadence.count, unit=cadence.unit)
