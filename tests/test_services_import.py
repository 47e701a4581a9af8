"""services.importing on the in-memory repository: commit in one write, undo exactly that."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from core.model import Birthday, Channel, Contact, Interaction
from core.reading.importing import Candidate, Reading
from core.reading.importing.defaults import Defaults
from services import importing
from services.memory import InMemoryRepository
from services.repository import MAX_CONTACTS_PER_USER, TooManyContactsError

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
READING = Reading(
    "linkedin",
    (
        Candidate("Ana Lima", 5, connected_on=date(2024, 3, 12)),
        Candidate("Bo Chen", 6),
        Candidate("Old Friend", 7),
    ),
    (9,),
)


async def commit(repo: InMemoryRepository, chosen: set[int] | None = None) -> importing.Batch:
    return await importing.commit(
        repo, 1, READING, now=NOW, defaults=Defaults(), connected=date.isoformat, chosen=chosen
    )


async def test_commit_adds_the_new_ones_and_undo_removes_exactly_them() -> None:
    repo = InMemoryRepository()
    friend = Contact("f1", "old friend", NOW)
    await repo.add_contacts(1, [friend])
    preview = await importing.preview(repo, 1, READING)
    assert ([c.name for c in preview.new], len(preview.known), preview.found) == (
        ["Ana Lima", "Bo Chen"],
        1,
        4,
    )
    batch = await commit(repo)
    contacts = await repo.contacts(1)
    assert [c.name for c in contacts] == ["old friend", "Ana Lima", "Bo Chen"]
    assert contacts[1].met == "2024-03-12"
    assert not contacts[1].taper  # not "met during the stay" for being imported during it
    assert await importing.undo(repo, 1, batch) == "undone"
    assert await repo.contacts(1) == [friend]


async def test_chosen_people_only() -> None:
    repo = InMemoryRepository()
    await commit(repo, chosen={6})
    assert [c.name for c in await repo.contacts(1)] == ["Bo Chen"]


@pytest.mark.parametrize("change", ["logged", "edited", "deleted"])
async def test_no_undo_once_one_of_them_changed(change: str) -> None:
    repo = InMemoryRepository()
    batch = await commit(repo)
    first = (await repo.contacts(1))[0]
    if change == "logged":
        await repo.log_interaction(1, Interaction(first.contact_id, NOW, "coffee"))
        await repo.save_contact(1, replace(first))  # the contact itself as it was
    elif change == "edited":
        await repo.save_contact(1, replace(first, work="CTO"))
    else:
        await repo.delete_contact(1, first.contact_id)
    before = await repo.contacts(1)
    assert await importing.undo(repo, 1, batch) == "changed"
    assert await repo.contacts(1) == before


async def test_past_the_limit_nothing_is_written() -> None:
    repo = InMemoryRepository()
    others = [Contact(f"c{i}", f"P{i}", NOW) for i in range(MAX_CONTACTS_PER_USER - 1)]
    await repo.add_contacts(1, others)
    with pytest.raises(TooManyContactsError):
        await commit(repo)
    assert await repo.count_contacts(1) == MAX_CONTACTS_PER_USER - 1


FILLING = Reading(
    "vcf",
    (
        Candidate(
            "Léa Martin",
            1,
            channels=(Channel("phone", "+33612345678"), Channel("email", "lea@example.org")),
            work="Airbus",
            birthday=Birthday(14, 5),
        ),
        Candidate("Ana Lima", 2),
    ),
)


async def test_known_contacts_get_only_their_empty_fields_filled_and_undo_restores_them() -> None:
    repo = InMemoryRepository()
    lea = Contact(
        "f1", "Léa Martin", NOW, work="SNCF", channels=(Channel("email", "LEA@example.org"),)
    )
    tom = Contact("f2", "Tom", NOW)
    await repo.add_contacts(1, [lea, tom])
    assert (await importing.preview(repo, 1, FILLING)).fillable == 1
    batch = await importing.commit(
        repo, 1, FILLING, now=NOW, defaults=Defaults(), connected=date.isoformat
    )
    assert (len(batch.contact_ids), batch.previous) == (1, (lea,))
    filled, kept, ana = await repo.contacts(1)
    assert filled == replace(
        lea,
        channels=(Channel("email", "LEA@example.org"), Channel("phone", "+33612345678")),
        birthday=Birthday(14, 5),
    )  # the work already there stays, the e-mail it had is not added twice
    assert (kept, ana.name) == (tom, "Ana Lima")
    assert await importing.undo(repo, 1, batch) == "undone"
    assert await repo.contacts(1) == [lea, tom]


@pytest.mark.parametrize("change", ["logged", "edited"])
async def test_no_undo_once_a_filled_contact_changed(change: str) -> None:
    repo = InMemoryRepository()
    await repo.add_contacts(1, [Contact("f1", "Léa Martin", NOW)])
    batch = await importing.commit(
        repo, 1, FILLING, now=NOW, defaults=Defaults(), connected=date.isoformat
    )
    filled = (await repo.contacts(1))[0]
    if change == "logged":
        await repo.log_interaction(1, Interaction("f1", NOW, "coffee"))
        await repo.save_contact(1, filled)
    else:
        await repo.save_contact(1, replace(filled, met="Lyon"))
    before = await repo.contacts(1)
    assert await importing.undo(repo, 1, batch) == "changed"
    assert await repo.contacts(1) == before
