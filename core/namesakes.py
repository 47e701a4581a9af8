"""Telling namesakes apart: two "Hugo Bernard" get a detail each, so a choice is never blind."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from core.model import Contact
from core.reading.channels import shown
from core.text import fold

DetailKind = Literal["place", "work", "met", "channel", "added", "number"]


@dataclass(frozen=True)
class Detail:
    """What sets a contact apart from the others of the same name."""

    kind: DetailKind
    text: str = ""  # the place, work, how met or first channel ("" for the one without it)
    day: date | None = None  # the day the contact was added
    number: int = 0  # the order it was added in among its namesakes, when nothing else differs


def _place(contact: Contact) -> str:
    return contact.city or contact.place


def _work(contact: Contact) -> str:
    return contact.work


def _met(contact: Contact) -> str:
    return contact.met


def _channel(contact: Contact) -> str:
    first = contact.channels[0] if contact.channels else None
    return shown(first.kind, first.value) if first is not None else ""


def _added(contact: Contact) -> str:
    return contact.created_at.date().isoformat()


_TRIED: tuple[tuple[DetailKind, Callable[[Contact], str]], ...] = (
    ("place", _place),
    ("work", _work),
    # What the user typed about them next, before the day added: they may not recall that.
    ("met", _met),
    ("channel", _channel),
    ("added", _added),
)


def namesake_details(contacts: Sequence[Contact]) -> dict[str, Detail]:
    """A detail for each contact whose name another one shares (case and accents aside).

    Within each group of namesakes, the first of place, work, how met, first way to reach them
    and day added that differs for every one of them (one may lack it: "Hugo Bernard" beside
    "Hugo Bernard · Airbus"); when none does (added the same day with nothing else), the order
    they were added in, which is all that tells them apart.
    """
    groups: defaultdict[str, list[Contact]] = defaultdict(list)
    for contact in contacts:
        groups[" ".join(fold(contact.name).split())].append(contact)
    details: dict[str, Detail] = {}
    for group in groups.values():
        if len(group) > 1:
            details.update(_tell_apart(group))
    return details


def _tell_apart(group: list[Contact]) -> dict[str, Detail]:
    for kind, read in _TRIED:
        values = [fold(read(contact)).strip() for contact in group]
        if len(set(values)) == len(values):  # one of them may lack it: that tells it too
            return {c.contact_id: _detail(kind, c) for c in group}
    by_age = sorted(group, key=lambda contact: contact.created_at)
    return {c.contact_id: Detail("number", number=i) for i, c in enumerate(by_age, start=1)}


def _detail(kind: DetailKind, contact: Contact) -> Detail:
    if kind == "place":
        return Detail(kind, text=_place(contact))
    if kind == "work":
        return Detail(kind, text=contact.work)
    if kind == "met":
        return Detail(kind, text=contact.met)
    if kind == "channel":
        return Detail(kind, text=_channel(contact))
    return Detail(kind, day=contact.created_at.date())
