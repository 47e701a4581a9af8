"""Importing a contacts file: the preview, the one write, and undoing it.

People matching a contact (core.duplicates) are not added: the file only fills that
contact's empty fields (work, birthday) and adds the phones, e-mails and links it lacks,
never overwriting anything. The import is one `import_batch` write within the per-user
limit; its `Batch` (the ids added, the filled contacts as they were before, and a
fingerprint of all of them as written) lets Undo remove exactly the added ones and put the
filled ones back, as long as none was edited or logged since.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from core.duplicates import find_known
from core.fields import new_contact_id
from core.model import DEFAULT_CADENCE, Channel, Contact
from core.reading.importing import Candidate, Reading
from core.reading.importing.defaults import Defaults
from services.repository import MAX_CONTACTS_PER_USER, Repository

UndoOutcome = Literal["undone", "changed"]


@dataclass(frozen=True)
class Preview:
    """What an import would do, before anything is written."""

    source: str
    new: tuple[Candidate, ...]
    known: tuple[tuple[Candidate, Contact], ...]
    unreadable: tuple[int, ...]
    room: int  # how many more contacts this user may have
    repeated: tuple[Candidate, ...] = ()  # someone met earlier in the same file

    @property
    def found(self) -> int:
        """Everyone read, plus the cards or lines that could not be."""
        return len(self.new) + len(self.known) + len(self.repeated) + len(self.unreadable)

    @property
    def fillable(self) -> int:
        """Known people whose contact has empty fields the file could fill."""
        return sum(1 for candidate, contact in self.known if _fills(candidate, contact))


@dataclass(frozen=True)
class Batch:
    """What one import added and filled: enough for Undo to check and reverse exactly that."""

    contact_ids: tuple[str, ...]  # the people added
    fingerprint: str  # of the added and the filled contacts, as the import wrote them
    previous: tuple[Contact, ...] = ()  # the filled contacts, as they were before

    @property
    def touched(self) -> tuple[str, ...]:
        """Every contact the import wrote: the added ones, then the filled ones."""
        return self.contact_ids + tuple(contact.contact_id for contact in self.previous)


def _fills(candidate: Candidate, contact: Contact) -> bool:
    return filled(candidate, contact) != contact


def filled(candidate: Candidate, contact: Contact) -> Contact:
    """`contact` with its empty fields filled from `candidate`; nothing already there changes."""
    known = {(c.kind, c.value.casefold()) for c in contact.channels}
    extra: list[Channel] = []
    for channel in candidate.channels:
        key = (channel.kind, channel.value.casefold())
        if key not in known:
            known.add(key)
            extra.append(channel)
    return replace(
        contact,
        work=contact.work or candidate.work,
        birthday=contact.birthday if contact.birthday is not None else candidate.birthday,
        channels=contact.channels + tuple(extra),
    )


def fingerprint(contacts: Sequence[Contact]) -> str:
    """A digest of contacts as they are: any edit changes it."""
    digest = hashlib.sha256()
    for contact in sorted(contacts, key=lambda c: c.contact_id):
        digest.update(repr(contact).encode())
    return digest.hexdigest()


async def preview(repo: Repository, user_id: int, reading: Reading) -> Preview:
    """Who in the file is new, who is already a contact, which cards or lines were unreadable."""
    contacts = await repo.contacts(user_id)
    new, known, repeated = find_known(reading.candidates, contacts)
    return Preview(
        reading.source,
        tuple(new),
        tuple(known),
        reading.unreadable,
        max(0, MAX_CONTACTS_PER_USER - len(contacts)),
        tuple(repeated),
    )


def first_that_fit(found: Preview) -> frozenset[int]:
    """The numbers of the new people an import over the limit can still add: the first ones
    of the file, as many as there is room for."""
    return frozenset(candidate.number for candidate in found.new[: found.room])


def _contact(
    candidate: Candidate,
    contact_id: str,
    now: datetime,
    defaults: Defaults,
    connected: Callable[[date], str],
) -> Contact:
    met = defaults.met or candidate.note
    if not met and candidate.connected_on is not None:
        met = connected(candidate.connected_on)
    return Contact(
        contact_id,
        candidate.name,
        now,
        met=met,
        work=candidate.work,
        channels=candidate.channels,
        birthday=candidate.birthday,
        cadence=defaults.cadence or DEFAULT_CADENCE,
        own_cadence=defaults.cadence is not None,
        tags=defaults.tags,
        # Added during a stay abroad, they would count as met there and join its welcome-back
        # plan; a phone's or LinkedIn's list is mostly people from before (/taper on adds them).
        taper=False,
    )


async def commit(
    repo: Repository,
    user_id: int,
    reading: Reading,
    *,
    now: datetime,
    defaults: Defaults,
    connected: Callable[[date], str],
    chosen: Collection[int] | None = None,
) -> Batch:
    """Add the new people (those numbered in `chosen`, if given) and fill the empty fields
    of the known ones, in one write.

    Duplicates are found again against the contacts as they are now. TooManyContactsError
    (from the repository), and nothing written, when they would take the user past the limit.
    """
    found = await preview(repo, user_id, reading)
    picked = [c for c in found.new if chosen is None or c.number in chosen]
    taken = {contact.contact_id for contact in await repo.contacts(user_id)}
    added: list[Contact] = []
    for candidate in picked:
        contact_id = new_contact_id(taken)
        taken.add(contact_id)
        added.append(_contact(candidate, contact_id, now, defaults, connected))
    before: dict[str, Contact] = {}
    updated: dict[str, Contact] = {}
    for candidate, contact in found.known:
        current = updated.get(contact.contact_id, contact)  # two people of the file, one contact
        after = filled(candidate, current)
        if after != current:
            before.setdefault(contact.contact_id, contact)
            updated[contact.contact_id] = after
    if added or updated:
        await repo.import_batch(user_id, added, updated.values())
    ids = tuple(contact.contact_id for contact in added)
    batch = Batch(ids, "", tuple(before.values()))
    return replace(batch, fingerprint=fingerprint(await _current(repo, user_id, batch.touched)))


async def _current(repo: Repository, user_id: int, ids: Collection[str]) -> list[Contact]:
    wanted = set(ids)
    return [contact for contact in await repo.contacts(user_id) if contact.contact_id in wanted]


async def undo(repo: Repository, user_id: int, batch: Batch) -> UndoOutcome:
    """Remove what the import added and put the filled contacts back as they were, in one
    write, unless one of them was edited, logged or deleted since."""
    current = await _current(repo, user_id, batch.touched)
    if fingerprint(current) != batch.fingerprint:  # one edited or deleted since
        return "changed"
    ids = set(batch.touched)
    if any(i.contact_id in ids for i in await repo.all_interactions(user_id)):
        return "changed"
    if ids:
        await repo.import_batch(user_id, (), batch.previous, removed=batch.contact_ids)
    return "undone"
