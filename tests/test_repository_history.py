"""The Repository contract for notes, deleting entries and dated reminders, on both backends."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from core.model import NOTE, REMINDER, Contact, Interaction, Nudge, UserProfile
from services.memory import InMemoryRepository
from services.repository import Repository, UnknownContactError, UnknownUserError
from storage.tinydb.repository import TinyDBRepository

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY = date(2026, 3, 2)
TOLD = NOW - timedelta(days=90)  # "last talked: 3 months ago", answered in /add


@pytest.fixture(params=["memory", "tinydb"])
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    """Each backend in turn, with Léa (last talked three months ago, nothing logged) and Tom."""
    repository: Repository = (
        InMemoryRepository() if request.param == "memory" else TinyDBRepository(tmp_path)
    )
    await repository.add_contacts(
        1, [Contact("c1", "Léa", NOW, last_contact_at=TOLD), Contact("c2", "Tom", NOW)]
    )
    yield repository
    await repository.close()


async def last_of(repo: Repository, contact_id: str) -> datetime | None:
    contact = await repo.get_contact(1, contact_id)
    assert contact is not None
    return contact.last_contact_at


async def test_a_note_is_kept_without_moving_the_last_contact(repo: Repository) -> None:
    note = Interaction("c1", NOW, "poste chez Airbus Toulouse", kind=NOTE, interaction_id="n1")
    contact = await repo.log_interaction(1, note)
    assert contact.last_contact_at == TOLD
    assert await last_of(repo, "c1") == TOLD
    assert await repo.interactions(1, "c1") == [note]


async def test_deleting_exchanges_in_any_order_gives_the_date_back(repo: Repository) -> None:
    first = Interaction("c1", NOW - timedelta(days=10), interaction_id="e1")
    second = Interaction("c1", NOW, interaction_id="e2")
    await repo.log_interaction(1, first)
    await repo.log_interaction(1, second)
    assert await last_of(repo, "c1") == NOW
    stored = await repo.interactions(1, "c1")
    assert [entry.previous for entry in stored] == [TOLD, TOLD]  # the date from outside

    after = await repo.delete_interaction(1, "c1", "e2")
    assert after is not None
    assert after.last_contact_at == first.at
    assert await repo.delete_interaction(1, "c1", "e2") is None  # already gone
    await repo.delete_interaction(1, "c1", "e1")
    assert await last_of(repo, "c1") == TOLD  # what /add was told, not "never"

    await repo.log_interaction(1, first)
    await repo.log_interaction(1, second)
    await repo.delete_interaction(1, "c1", "e1")  # an older one: the date stays
    assert await last_of(repo, "c1") == NOW
    await repo.delete_interaction(1, "c1", "e2")
    assert await last_of(repo, "c1") == TOLD


async def test_deleting_a_note_changes_no_date(repo: Repository) -> None:
    await repo.log_interaction(1, Interaction("c2", NOW, interaction_id="e1"))
    await repo.log_interaction(1, Interaction("c2", NOW, "x", kind=NOTE, interaction_id="n1"))
    contact = await repo.delete_interaction(1, "c2", "n1")
    assert contact is not None
    assert contact.last_contact_at == NOW
    assert [entry.key for entry in await repo.interactions(1, "c2")] == ["e1"]


async def test_an_older_record_is_named_by_its_instant(repo: Repository) -> None:
    await repo.log_interaction(1, Interaction("c2", NOW))
    (entry,) = await repo.interactions(1, "c2")
    assert entry.key == f"{int(NOW.timestamp()):x}"
    contact = await repo.delete_interaction(1, "c2", entry.key)
    assert contact is not None
    assert contact.last_contact_at is None


async def test_deleting_reaches_only_the_users_own_entries(repo: Repository) -> None:
    await repo.log_interaction(1, Interaction("c2", NOW, interaction_id="e1"))
    with pytest.raises(UnknownContactError):
        await repo.delete_interaction(2, "c2", "e1")
    assert await repo.delete_interaction(1, "c1", "e1") is None  # another contact's entry
    assert len(await repo.interactions(1, "c2")) == 1


async def test_a_reminder_is_planned_once_per_contact_and_day(repo: Repository) -> None:
    thursday = DAY + timedelta(days=3)
    with pytest.raises(UnknownUserError):
        await repo.plan_reminder(1, Nudge(thursday, "c1", REMINDER))
    await repo.save_profile(UserProfile(1, NOW))
    await repo.plan_reminder(1, Nudge(thursday, "c1", REMINDER, note="appeler"))
    profile = await repo.plan_reminder(1, Nudge(thursday, "c1", REMINDER, note="rappeler"))
    await repo.plan_reminder(1, Nudge(DAY + timedelta(days=1), "c2", REMINDER))
    assert profile.reminder_days == (thursday,)
    assert await repo.nudges_on(1, thursday) == [Nudge(thursday, "c1", REMINDER, note="rappeler")]
    assert [n.contact_id for n in await repo.reminders(1)] == ["c2", "c1"]
    stored = await repo.get_profile(1)
    assert stored is not None
    assert stored.reminder_days == (DAY + timedelta(days=1), thursday)

    await repo.start_delivery(1, DAY + timedelta(days=1), [])
    stored = await repo.get_profile(1)
    assert stored is not None
    assert stored.reminder_days == (thursday,)  # the day delivered leaves the list


async def test_files_written_before_notes_and_reminders_still_read(tmp_path: Path) -> None:
    users = tmp_path / "users"
    users.mkdir()
    old = {
        "meta": {"1": {"schema_version": 1}},
        "profile": {"1": {"user_id": 1, "created_at": NOW.isoformat()}},
        "contacts": {"1": {"contact_id": "c1", "name": "Léa", "created_at": NOW.isoformat()}},
        "interactions": {"1": {"contact_id": "c1", "at": NOW.isoformat(), "note": "café"}},
        "nudges": {"1": {"day": DAY.isoformat(), "contact_id": "c1", "status": "sent"}},
    }
    (users / "1.json").write_text(json.dumps(old))
    repo = TinyDBRepository(tmp_path)
    try:
        (entry,) = await repo.interactions(1, "c1")
        assert (entry.kind, entry.interaction_id, entry.previous) == ("exchange", "", None)
        profile = await repo.get_profile(1)
        assert profile is not None
        assert profile.reminder_days == ()
        assert (await repo.nudges_on(1, DAY))[0].note == ""
    finally:
        await repo.close()


async def test_a_deleted_contact_takes_its_reminders_along(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.plan_reminder(1, Nudge(DAY + timedelta(days=3), "c1", REMINDER))
    await repo.plan_reminder(1, Nudge(DAY + timedelta(days=3), "c2", REMINDER))
    await repo.delete_contact(1, "c1")
    assert [n.contact_id for n in await repo.reminders(1)] == ["c2"]
