"""A tag's rhythm (/rhythm): the rhythms in words, the question and its buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from telegram import InlineKeyboardMarkup

from bot.callbacks import RhythmSpec, TagRhythmChoice, button, fits
from bot.views.render import Speaker
from core.rules.cadence import CHOICES, Cadence

_SPECS: tuple[RhythmSpec, ...] = tuple(s for s in get_args(RhythmSpec) if s != "off")


def rhythm_words(speaker: Speaker, cadence: Cadence) -> str:
    """ "Every 2 weeks" / "Toutes les 2 semaines", or the generic form for other rhythms."""
    if cadence in CHOICES:
        return speaker.text(f"cadence-choice-{cadence.spec}")
    return speaker.text("cadence-every", count=cadence.count, unit=cadence.unit)


def rhythm_keyboard(speaker: Speaker, tag: str, *, has_one: bool) -> InlineKeyboardMarkup | None:
    """The usual rhythms for a tag, two a row, and ✖️ to remove the one it has."""
    choices = [TagRhythmChoice(spec, tag) for spec in _SPECS]
    if not all(fits(choice) for choice in choices):
        return None  # a tag too long for a button: it is typed instead
    buttons = [
        button(rhythm_words(speaker, Cadence.from_spec(choice.spec)), choice) for choice in choices
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if has_one:
        rows.append([button(speaker.text("button-rhythm-off"), TagRhythmChoice("off", tag))])
    return InlineKeyboardMarkup(rows)


def rhythms_text(speaker: Speaker, rhythms: Sequence[tuple[str, Cadence, int]]) -> str:
    """/rhythm alone: each tag's rhythm and how many carry the tag, then how to set one."""
    if not rhythms:
        return speaker.text("rhythm-usage")
    lines = [speaker.text("rhythm-list-title")]
    lines += [
        speaker.text("rhythm-list-line", tag=tag, rhythm=rhythm_words(speaker, cadence), count=n)
        for tag, cadence, n in rhythms
    ]
    lines += ["", speaker.text("rhythm-usage")]
    return "\n".join(lines)
