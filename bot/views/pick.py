"""Asking which contact a typed name means: the question and one button per name, no sends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from telegram import InlineKeyboardMarkup

from bot.callbacks import Payload, button
from bot.views.render import Speaker, detail_words
from core.model import Contact
from core.namesakes import namesake_details
from core.place_names import short_place_name
from services.contacts import Lookup

LABEL_LENGTH = 40
MAX_QUERY = 100

PayloadFor = Callable[[Contact], Payload]


def label(name: str, detail: str = "") -> str:
    """A name short enough for a button, and what sets it apart from a namesake."""
    name = " ".join(name.split()) or "?"
    if not detail:
        return _clip(name, LABEL_LENGTH)
    # The name keeps at least half the room; the detail gets what is left of it.
    name = _clip(name, max(LABEL_LENGTH - 3 - len(detail), LABEL_LENGTH // 2))
    return f"{name} · {_clip(detail, LABEL_LENGTH - 3 - len(name))}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def choice_keyboard(
    speaker: Speaker | None,
    contacts: Sequence[Contact],
    payload: PayloadFor,
    today: date | None = None,
) -> InlineKeyboardMarkup:
    """One button per contact, its name as the label; namesakes get a detail each."""
    labels = told_apart(speaker, contacts, today)
    return InlineKeyboardMarkup(
        [[button(text, payload(contact))] for text, contact in zip(labels, contacts, strict=True)]
    )


def told_apart(
    speaker: Speaker | None, contacts: Sequence[Contact], today: date | None = None
) -> list[str]:
    """Each contact's name, short, and for namesakes what sets each apart: "Léa · Lyon"."""
    details = namesake_details(contacts) if speaker is not None and today is not None else {}
    labels = []
    for contact in contacts:
        detail = details.get(contact.contact_id)
        words = detail_words(speaker, detail, today) if detail and speaker and today else ""
        if detail and speaker and detail.kind == "place" and detail.text:
            words = _clip(short_place_name(contact, speaker.language), 40)
        labels.append(label(contact.name, words))
    return labels


def choice_message(
    speaker: Speaker, found: Lookup, payload: PayloadFor, today: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Which of several contacts, the one name that comes close, or nobody (with suggestions)."""
    shown = found.typed[:MAX_QUERY]
    if len(found.candidates) > 1:
        markup = choice_keyboard(speaker, found.candidates, payload, today)
        return speaker.text("pick-which", query=shown), markup
    hint = speaker.text("pick-add-hint", query=shown)
    offered = found.candidates or found.similar
    markup_or_none = choice_keyboard(speaker, offered, payload, today) if offered else None
    if found.candidates:  # one name comes close, not close enough to be sure
        text = speaker.text("pick-maybe", query=shown, name=found.candidates[0].name)
    else:
        text = speaker.text("pick-nobody-similar" if found.similar else "pick-nobody", query=shown)
    return f"{text}\n{hint}", markup_or_none
