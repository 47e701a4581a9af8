"""Who among people read from a file is already a contact: same phone, e-mail, LinkedIn or name.

Phones compare in E.164, e-mails and LinkedIn profiles without case, names without case or
accents (core.text.fold). Nothing is merged here: a match is only reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.model import Channel, Contact
from core.reading.importing.candidates import Candidate
from core.text import fold


def _keys(name: str, channels: Iterable[Channel]) -> set[tuple[str, str]]:
    keys = {("name", fold(name))} if fold(name) else set()
    for channel in channels:
        if channel.kind in {"phone", "email", "linkedin"}:
            keys.add((channel.kind, channel.value.casefold()))
    return keys


def find_known(
    candidates: Sequence[Candidate], contacts: Iterable[Contact]
) -> tuple[list[Candidate], list[tuple[Candidate, Contact]], list[Candidate]]:
    """Split candidates into the new ones, those matching a contact (with that contact), and
    those repeating someone earlier in the same file (kept once, at their first place)."""
    index: dict[tuple[str, str], Contact] = {}
    for contact in contacts:
        for key in _keys(contact.name, contact.channels):
            index.setdefault(key, contact)
    seen: set[tuple[str, str]] = set()
    new: list[Candidate] = []
    known: list[tuple[Candidate, Contact]] = []
    repeated: list[Candidate] = []
    for candidate in candidates:
        keys = sorted(_keys(candidate.name, candidate.channels))
        match = next((index[key] for key in keys if key in index), None)
        if match is not None:
            known.append((candidate, match))
        elif any(key in seen for key in keys):
            repeated.append(candidate)
        else:
            new.append(candidate)
        seen.update(keys)
    return new, known, repeated
