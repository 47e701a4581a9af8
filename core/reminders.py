"""Dated reminders as records: which nudges are reminders still to send, and how a merge
carries them from one contact to the other. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from core.model import REMINDER, Nudge

MAX_WHAT = 300  # a reminder's "what", as kept


def waiting_reminder(nudge: Nudge) -> bool:
    """A dated reminder not sent yet."""
    return nudge.kind == REMINDER and nudge.status == "planned"


def is_reminder_of(nudge: Nudge, contact_id: str, day: date) -> bool:
    """The reminder not sent yet about that contact on that day."""
    return waiting_reminder(nudge) and (nudge.contact_id, nudge.day) == (contact_id, day)


def joined_what(kept: str, moved: str) -> str:
    """Two reminders' "what" made one when a merge lands them on one day: both kept."""
    if not moved or moved == kept:
        return kept
    if not kept:
        return moved
    return f"{kept} · {moved}"[:MAX_WHAT]


def moved_reminders(nudges: Iterable[Nudge], removed_id: str, kept_id: str) -> list[Nudge]:
    """The nudges once the reminders still to send about `removed_id` are `kept_id`'s: one a
    day (the kept contact's, with the moved one's "what" joined); sent ones stay as they were."""
    result = list(nudges)
    kept_on = {
        n.day: i for i, n in enumerate(result) if waiting_reminder(n) and n.contact_id == kept_id
    }
    moved: list[int] = []
    for i, nudge in enumerate(result):
        if not (waiting_reminder(nudge) and nudge.contact_id == removed_id):
            continue
        if nudge.day in kept_on:
            at = kept_on[nudge.day]
            result[at] = replace(result[at], note=joined_what(result[at].note, nudge.note))
            moved.append(i)
        else:
            result[i] = replace(nudge, contact_id=kept_id)
            kept_on[nudge.day] = i
    gone = set(moved)
    return [n for i, n in enumerate(result) if i not in gone]
