"""Dated reminders as a service, on the in-memory repository."""

from __future__ import annotations

from datetime import date

import pytest

from core.model import Contact, UserProfile
from services import followups
from services.memory import InMemoryRepository
from tests.seeding import NOW

TODAY = date(2026, 3, 2)


async def test_reminders_are_for_days_to_come_and_listed_with_their_contact() -> None:
    repo = InMemoryRepository()
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, [Contact("a1", "Léa", NOW), Contact("b1", "Tom", NOW)])
    with pytest.raises(ValueError, match="after"):
        await followups.plan(repo, 1, "a1", TODAY, what="", today=TODAY)
    assert await followups.plan(repo, 1, "zz", date(2026, 3, 5), what="", today=TODAY) is None
    done = await followups.plan(repo, 1, "a1", date(2026, 3, 5), what=" appeler ", today=TODAY)
    assert done is not None
    assert (done.reminder.note, done.profile.reminder_days) == ("appeler", (date(2026, 3, 5),))
    await followups.plan(repo, 1, "b1", date(2026, 3, 3), what="x" * 500, today=TODAY)
    await repo.delete_contact(1, "a1")
    listed = await followups.planned(repo, 1, TODAY)
    assert [(n.day, c.name, len(n.note)) for n, c in listed] == [(date(2026, 3, 3), "Tom", 300)]
