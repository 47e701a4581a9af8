"""The Repository contract, run against the in-memory fake and the TinyDB adapter alike."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.model import REMINDER, Contact, Favor, Interaction, Nudge, UserProfile
from services.memory import InMemoryRepository
from services.repository import (
    MAX_CONTACTS_PER_USER,
    AccountNotEmptyError,
    Repository,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
)
from storage.tinydb.repository import TinyDBRepository

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY = date(2026, 3, 2)


@pytest.fixture(params=["memory", "tinydb"])
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    """Each backend in turn, empty."""
    repository: Repository = (
        InMemoryRepository() if request.param == "memory" else TinyDBRepository(tmp_path)
    )
    yield repository
    await repository.close()


def favor(favor_id: str, contact_id: str, topic: str = "Montréal") -> Favor:
    """A favour asked at NOW, to report back in a week."""
    return Favor(favor_id, contact_id, topic, NOW, DAY, DAY + timedelta(days=7))


async def test_profiles_are_saved_replaced_and_listed(repo: Repository) -> None:
    assert await repo.get_profile(1) is None
    await repo.save_profile(UserProfile(1, NOW))
    await repo.save_profile(UserProfile(2, NOW, language="fr"))
    await repo.save_profile(UserProfile(1, NOW, timezone="Europe/Paris"))
    assert await repo.get_profile(1) == UserProfile(1, NOW, timezone="Europe/Paris")
    assert sorted(p.user_id for p in await repo.profiles()) == [1, 2]
    assert not await repo.is_unavailable(1)


async def test_contacts_keep_their_order_and_are_found_by_id(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact("c2", "Tom", NOW), Contact("c1", "Léa", NOW)])
    await repo.add_contacts(1, [Contact("c3", "Zoé", NOW)])
    assert [c.contact_id for c in await repo.contacts(1)] == ["c2", "c1", "c3"]
    assert await repo.get_contact(1, "c1") == Contact("c1", "Léa", NOW)
    assert await repo.get_contact(1, "nope") is None
    assert await repo.count_contacts(1) == 3


async def test_the_contact_limit_refuses_the_whole_batch(repo: Repository) -> None:
    many = [Contact(f"x{n}", f"P{n}", NOW) for n in range(MAX_CONTACTS_PER_USER - 1)]
    await repo.add_contacts(1, many)
    with pytest.raises(TooManyContactsError):
        await repo.add_contacts(1, [Contact("y", "Y", NOW), Contact("z", "Z", NOW)])
    assert await repo.count_contacts(1) == MAX_CONTACTS_PER_USER - 1
    await repo.add_contacts(1, [Contact("y", "Y", NOW)])
    assert await repo.count_contacts(1) == MAX_CONTACTS_PER_USER


async def test_a_contact_is_replaced_in_place(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW), Contact("c2", "Tom", NOW)])
    await repo.save_contact(1, Contact("c1", "Léa M.", NOW, tags=("jazz",)))
    assert await repo.contacts(1) == [
        Contact("c1", "Léa M.", NOW, tags=("jazz",)),
        Contact("c2", "Tom", NOW),
    ]
    with pytest.raises(UnknownContactError):
        await repo.save_contact(1, Contact("c9", "Nobody", NOW))


async def test_deleting_a_contact_deletes_its_history(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW), Contact("c2", "Tom", NOW)])
    await repo.log_interaction(1, Interaction("c1", NOW, "coffee"))
    await repo.log_interaction(1, Interaction("c2", NOW, "call"))
    await repo.delete_contact(1, "c1")
    assert await repo.get_contact(1, "c1") is None
    assert await repo.interactions(1, "c1") == []
    assert await repo.all_interactions(1) == [Interaction("c2", NOW, "call")]
    with pytest.raises(UnknownContactError):
        await repo.delete_contact(1, "c1")


async def test_logging_moves_last_contact_forward_only_and_ends_a_snooze(
    repo: Repository,
) -> None:
    snoozed = Contact("c1", "Léa", NOW, snoozed_until=DAY + timedelta(days=9))
    await repo.add_contacts(1, [snoozed])
    earlier = await repo.log_interaction(1, Interaction("c1", NOW - timedelta(days=1)))
    assert earlier == replace(snoozed, last_contact_at=NOW - timedelta(days=1), snoozed_until=None)
    await repo.save_contact(1, replace(earlier, snoozed_until=DAY + timedelta(days=9)))
    older = await repo.log_interaction(1, Interaction("c1", NOW - timedelta(days=30)))
    assert older.last_contact_at == NOW - timedelta(days=1)
    assert older.snoozed_until == DAY + timedelta(days=9)  # an old exchange wakes nothing
    assert await repo.get_contact(1, "c1") == older
    with pytest.raises(UnknownContactError):
        await repo.log_interaction(1, Interaction("c9", NOW))


async def test_exchanges_are_listed_oldest_first(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW), Contact("c2", "Tom", NOW)])
    second = Interaction("c1", NOW, "second")
    first = Interaction("c1", NOW - timedelta(days=2), "first")
    other = Interaction("c2", NOW, "other")
    for interaction in (second, other, first):
        await repo.log_interaction(1, interaction)
    assert await repo.interactions(1, "c1") == [first, second]
    assert await repo.all_interactions(1) == [second, other, first]


async def test_start_delivery_needs_a_profile_and_forgets_month_old_nudges(
    repo: Repository,
) -> None:
    with pytest.raises(UnknownUserError):
        await repo.start_delivery(1, DAY, [Nudge(DAY, "c1")])
    await repo.save_profile(UserProfile(1, NOW))
    old, kept = DAY - timedelta(days=32), DAY - timedelta(days=31)
    await repo.add_nudges(1, [Nudge(old, "c1"), Nudge(kept, "c1")])
    await repo.start_delivery(1, DAY, [Nudge(DAY, "c2"), Nudge(DAY, "c1", kind="birthday")])
    assert await repo.nudges_on(1, old) == []
    # Kept, and as it was never sent on its day, skipped (a reminder among such is carried).
    assert await repo.nudges_on(1, kept) == [Nudge(kept, "c1", status="skipped")]
    assert await repo.nudges_on(1, DAY) == [Nudge(DAY, "c2"), Nudge(DAY, "c1", kind="birthday")]
    profile = await repo.get_profile(1)
    assert profile is not None
    assert profile.last_delivery_day == DAY


async def test_nudges_are_found_by_message_and_updated_by_day_and_contact(
    repo: Repository,
) -> None:
    tomorrow = DAY + timedelta(days=1)
    await repo.add_nudges(1, [Nudge(DAY, "c1"), Nudge(DAY, "c2"), Nudge(tomorrow, "c1")])
    await repo.update_nudge(1, Nudge(DAY, "c1", message_id=7, status="sent"))
    await repo.update_nudge(1, Nudge(DAY, "c2", kind="digest", message_id=8, status="sent"))
    assert await repo.find_nudge(1, 7) == Nudge(DAY, "c1", message_id=7, status="sent")
    assert await repo.find_nudge(1, 8, "c2") == Nudge(DAY, "c2", "digest", 8, "sent")
    assert await repo.find_nudge(1, 8, "c1") is None
    assert await repo.find_nudge(1, 9) is None
    assert await repo.nudges_on(1, tomorrow) == [Nudge(tomorrow, "c1")]
    await repo.update_nudge(1, Nudge(DAY, "c9", status="done"))  # nothing matches: no change
    assert [n.status for n in await repo.nudges_on(1, DAY)] == ["sent", "sent"]


async def test_favors_are_upserted_and_a_note_is_logged_with_them(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    await repo.save_favor(1, favor("f1", "c1"))
    await repo.save_favor(1, favor("f2", "c1", "Berlin"))
    closed = replace(favor("f1", "c1"), closed=True, closed_at=NOW + timedelta(days=3))
    thanks = Interaction("c1", NOW + timedelta(days=3), "thanked her")
    await repo.save_favor(1, closed, note=thanks)
    assert await repo.favors(1) == [closed, favor("f2", "c1", "Berlin")]
    assert await repo.interactions(1, "c1") == [thanks]
    contact = await repo.get_contact(1, "c1")
    assert contact is not None
    assert contact.last_contact_at == thanks.at


async def test_a_favor_with_a_note_about_nobody_is_not_saved(repo: Repository) -> None:
    with pytest.raises(UnknownContactError):
        await repo.save_favor(1, favor("f1", "c1"), note=Interaction("c1", NOW))
    assert await repo.favors(1) == []


async def test_returned_lists_are_copies(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    await repo.log_interaction(1, Interaction("c1", NOW))
    await repo.add_nudges(1, [Nudge(DAY, "c1")])
    await repo.save_favor(1, favor("f1", "c1"))
    lists: list[list[Any]] = [
        await repo.profiles(),
        await repo.contacts(1),
        await repo.interactions(1, "c1"),
        await repo.all_interactions(1),
        await repo.nudges_on(1, DAY),
        await repo.favors(1),
    ]
    for found in lists:
        found.clear()
    assert len(await repo.profiles()) == 1
    assert len(await repo.contacts(1)) == 1
    assert len(await repo.interactions(1, "c1")) == 1
    assert len(await repo.all_interactions(1)) == 1
    assert len(await repo.nudges_on(1, DAY)) == 1
    assert len(await repo.favors(1)) == 1


async def test_one_users_ids_find_nothing_for_another(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    await repo.log_interaction(1, Interaction("c1", NOW))
    await repo.add_nudges(1, [Nudge(DAY, "c1", message_id=5)])
    await repo.save_favor(1, favor("f1", "c1"))

    assert await repo.get_profile(2) is None
    assert await repo.contacts(2) == []
    assert await repo.get_contact(2, "c1") is None
    assert await repo.count_contacts(2) == 0
    assert await repo.interactions(2, "c1") == []
    assert await repo.all_interactions(2) == []
    assert await repo.nudges_on(2, DAY) == []
    assert await repo.find_nudge(2, 5) is None
    assert await repo.favors(2) == []
    with pytest.raises(UnknownContactError):
        await repo.save_contact(2, Contact("c1", "Léa", NOW))
    with pytest.raises(UnknownContactError):
        await repo.delete_contact(2, "c1")
    with pytest.raises(UnknownContactError):
        await repo.log_interaction(2, Interaction("c1", NOW))
    with pytest.raises(UnknownUserError):
        await repo.start_delivery(2, DAY, [])
    await repo.update_nudge(2, Nudge(DAY, "c1", status="done"))
    assert await repo.find_nudge(1, 5) == Nudge(DAY, "c1", message_id=5)
    contact = await repo.get_contact(1, "c1")
    assert contact is not None
    assert contact.last_contact_at == NOW


async def test_deleting_imported_contacts_is_one_write_all_or_none(repo: Repository) -> None:
    await repo.add_contacts(1, [Contact(f"c{i}", f"P{i}", NOW) for i in range(4)])
    await repo.add_contacts(2, [Contact("c9", "Other", NOW)])
    await repo.log_interaction(1, Interaction("c1", NOW, "coffee"))
    await repo.log_interaction(1, Interaction("c3", NOW, "call"))
    with pytest.raises(UnknownContactError):
        await repo.import_batch(1, [], [], removed=["c0", "c9"])  # c9: another user's, none go
    assert await repo.count_contacts(1) == 4
    await repo.import_batch(1, [], [], removed=["c0", "c1"])
    assert [c.contact_id for c in await repo.contacts(1)] == ["c2", "c3"]
    assert await repo.all_interactions(1) == [Interaction("c3", NOW, "call")]
    assert await repo.count_contacts(2) == 1


async def test_deleting_a_user_erases_everything_and_leaves_others(repo: Repository) -> None:
    for user_id in (1, 2):
        await repo.save_profile(UserProfile(user_id, NOW, language="fr"))
        await repo.add_contacts(user_id, [Contact("c1", "Léa", NOW)])
        await repo.log_interaction(user_id, Interaction("c1", NOW, "café"))
        await repo.save_favor(user_id, favor("f1", "c1"))
        await repo.add_nudges(user_id, [Nudge(DAY, "c1", message_id=5)])
    await repo.delete_user(1)
    assert await repo.get_profile(1) is None
    assert await repo.contacts(1) == []
    assert await repo.all_interactions(1) == []
    assert await repo.favors(1) == []
    assert await repo.nudges_on(1, DAY) == []
    assert [p.user_id for p in await repo.profiles()] == [2]
    assert len(await repo.contacts(2)) == len(await repo.favors(2)) == 1
    await repo.delete_user(1)  # nothing left: nothing to do
    await repo.delete_user(99)
    await repo.save_profile(UserProfile(1, NOW))  # a fresh start
    assert await repo.get_profile(1) == UserProfile(1, NOW)


async def test_deleting_a_user_removes_their_files(tmp_path: Path) -> None:
    first = TinyDBRepository(tmp_path)
    await first.save_profile(UserProfile(1, NOW))
    await first.close()  # which writes the pending profile sidecars
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    assert sorted(p.name for p in (tmp_path / "users").iterdir()) == ["1.json", "1.profile.json"]
    await repo.delete_user(1)
    assert list((tmp_path / "users").iterdir()) == []
    await repo.close()  # the sidecar the last write left pending is not written back
    assert list((tmp_path / "users").iterdir()) == []
    reopened = TinyDBRepository(tmp_path)
    assert await reopened.profiles() == []
    await reopened.close()


async def test_restoring_fills_an_empty_account_in_one_go(repo: Repository) -> None:
    profile = UserProfile(1, NOW, language="fr", timezone="America/Toronto", daily_max=5)
    contacts = [Contact("c2", "Tom", NOW, tags=("lyon",)), Contact("c1", "Léa", NOW)]
    history = [Interaction("c1", NOW, "café"), Interaction("c2", NOW - timedelta(days=3))]
    await repo.save_profile(UserProfile(1, NOW))
    await repo.restore_user(profile, contacts, history, [favor("f1", "c1")])
    assert await repo.get_profile(1) == profile
    assert await repo.contacts(1) == contacts
    assert await repo.all_interactions(1) == history
    assert await repo.interactions(1, "c1") == [history[0]]
    assert await repo.favors(1) == [favor("f1", "c1")]
    with pytest.raises(AccountNotEmptyError):
        await repo.restore_user(profile, [], [], [])
    await repo.restore_user(UserProfile(2, NOW), [], [], [])  # another user's account is empty
    assert await repo.contacts(2) == []


async def test_restoring_survives_a_restart(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.restore_user(
        UserProfile(1, NOW), [Contact("c1", "Léa", NOW)], [Interaction("c1", NOW)], []
    )
    await repo.close()
    reopened = TinyDBRepository(tmp_path)
    assert [p.user_id for p in await reopened.profiles()] == [1]
    assert await reopened.interactions(1, "c1") == [Interaction("c1", NOW)]
    await reopened.close()


async def test_merging_moves_history_and_favours_and_deletes_the_other(
    repo: Repository,
) -> None:
    await repo.add_contacts(1, [Contact("a", "Léa", NOW), Contact("b", "Léa M", NOW)])
    await repo.add_contacts(2, [Contact("a", "Léa", NOW), Contact("b", "Léa M", NOW)])
    older = NOW - timedelta(days=5)
    await repo.log_interaction(1, Interaction("a", NOW, "café"))
    await repo.log_interaction(1, Interaction("b", older, "appel"))
    await repo.log_interaction(2, Interaction("b", older, "ailleurs"))
    await repo.save_favor(1, favor("f1", "b"))
    kept = Contact("a", "Léa Martin", NOW, tags=("lyon",), last_contact_at=NOW)
    await repo.merge_contacts(1, kept, "b")
    assert await repo.contacts(1) == [kept]
    assert await repo.get_contact(1, "b") is None
    assert await repo.interactions(1, "a") == [
        Interaction("a", older, "appel"),
        Interaction("a", NOW, "café"),
    ]
    assert await repo.interactions(1, "b") == []
    assert [f.contact_id for f in await repo.favors(1)] == ["a"]
    assert len(await repo.contacts(2)) == 2  # another user's namesakes are untouched
    assert await repo.interactions(2, "b") == [Interaction("b", older, "ailleurs")]
    with pytest.raises(UnknownContactError):
        await repo.merge_contacts(1, kept, "b")
    with pytest.raises(UnknownContactError):
        await repo.merge_contacts(1, kept, "a")
    await repo.delete_contact(1, "a")  # the moved history goes with it
    assert await repo.all_interactions(1) == []


async def test_a_merge_moves_the_reminders_still_to_come(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, [Contact("a", "Léa", NOW), Contact("b", "Léa M", NOW)])
    monday, thursday = DAY + timedelta(days=7), DAY + timedelta(days=3)
    await repo.plan_reminder(1, Nudge(thursday, "b", REMINDER, note="stage"))
    await repo.plan_reminder(1, Nudge(monday, "a", REMINDER, note="café"))
    await repo.plan_reminder(1, Nudge(monday, "b", REMINDER, note="appeler"))
    sent = Nudge(DAY, "b", REMINDER, message_id=5, status="sent")
    await repo.add_nudges(1, [sent])
    await repo.merge_contacts(1, Contact("a", "Léa", NOW), "b")
    assert await repo.reminders(1) == [  # one a day, neither "what" lost
        Nudge(thursday, "a", REMINDER, note="stage"),
        Nudge(monday, "a", REMINDER, note="café · appeler"),
    ]
    assert await repo.nudges_on(1, DAY) == [sent]  # what was sent stays as it was
    profile = await repo.get_profile(1)
    assert profile is not None
    assert profile.reminder_days == (thursday, monday)


async def test_a_cancelled_reminder_leaves_its_day_when_it_was_alone(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.save_profile(UserProfile(2, NOW))
    thursday, friday = DAY + timedelta(days=3), DAY + timedelta(days=4)
    await repo.plan_reminder(1, Nudge(thursday, "a", REMINDER))
    await repo.plan_reminder(1, Nudge(thursday, "b", REMINDER))
    await repo.plan_reminder(1, Nudge(friday, "a", REMINDER))
    await repo.plan_reminder(2, Nudge(friday, "a", REMINDER))
    profile = await repo.cancel_reminder(1, "a", thursday)
    assert profile is not None
    assert profile.reminder_days == (thursday, friday)
    profile = await repo.cancel_reminder(1, "a", friday)
    assert profile is not None
    assert profile.reminder_days == (thursday,)
    assert await repo.get_profile(1) == profile
    assert [(n.contact_id, n.day) for n in await repo.reminders(1)] == [("b", thursday)]
    assert await repo.cancel_reminder(1, "a", friday) is None  # already cancelled
    assert await repo.cancel_reminder(3, "a", friday) is None  # no such user
    assert len(await repo.reminders(2)) == 1  # another user's is untouched
    other = await repo.get_profile(2)
    assert other is not None
    assert other.reminder_days == (friday,)


async def test_a_merge_survives_a_restart(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [Contact("a", "Léa", NOW), Contact("b", "Léa M", NOW)])
    await repo.log_interaction(1, Interaction("b", NOW, "appel"))
    await repo.merge_contacts(1, Contact("a", "Léa", NOW), "b")
    await repo.close()
    reopened = TinyDBRepository(tmp_path)
    assert [c.contact_id for c in await reopened.contacts(1)] == ["a"]
    assert await reopened.interactions(1, "a") == [Interaction("a", NOW, "appel")]
    await reopened.close()


async def test_an_import_batch_adds_and_replaces_in_one_write_all_or_none(
    repo: Repository,
) -> None:
    lea, tom = Contact("c1", "Léa", NOW), Contact("c2", "Tom", NOW)
    await repo.add_contacts(1, [lea, tom])
    await repo.add_contacts(2, [Contact("c9", "Other", NOW)])
    filled = replace(lea, work="Airbus")
    with pytest.raises(UnknownContactError):  # c9 is another user's: nothing is written
        await repo.import_batch(1, [Contact("n1", "Ana", NOW)], [filled, Contact("c9", "X", NOW)])
    assert await repo.contacts(1) == [lea, tom]
    await repo.import_batch(1, [Contact("n1", "Ana", NOW)], [filled])
    assert await repo.contacts(1) == [filled, tom, Contact("n1", "Ana", NOW)]
    assert await repo.contacts(2) == [Contact("c9", "Other", NOW)]


async def test_an_import_batch_past_the_limit_writes_nothing(repo: Repository) -> None:
    many = [Contact(f"c{i}", f"P{i}", NOW) for i in range(MAX_CONTACTS_PER_USER - 1)]
    await repo.add_contacts(1, many)
    with pytest.raises(TooManyContactsError):
        await repo.import_batch(
            1,
            [Contact("y", "Y", NOW), Contact("z", "Z", NOW)],
            [replace(many[0], work="Airbus")],
        )
    assert await repo.contacts(1) == many
    await repo.import_batch(1, [Contact("y", "Y", NOW)], [])
    assert await repo.count_contacts(1) == MAX_CONTACTS_PER_USER


async def test_an_import_batch_undone_removes_and_restores_in_one_write(
    repo: Repository,
) -> None:
    lea = Contact("c1", "Léa", NOW)
    await repo.add_contacts(1, [lea, Contact("c2", "Tom", NOW)])
    await repo.import_batch(1, [Contact("n1", "Ana", NOW)], [replace(lea, work="Airbus")])
    await repo.log_interaction(1, Interaction("n1", NOW, "coffee"))
    with pytest.raises(UnknownContactError):  # n9 was never there: nothing is undone
        await repo.import_batch(1, [], [lea], removed=["n1", "n9"])
    assert await repo.count_contacts(1) == 3
    await repo.import_batch(1, [], [lea], removed=["n1"])
    assert await repo.contacts(1) == [lea, Contact("c2", "Tom", NOW)]
    assert await repo.all_interactions(1) == []


async def test_an_import_batch_survives_a_restart(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    lea = Contact("c1", "Léa", NOW)
    await repo.add_contacts(1, [lea])
    await repo.import_batch(1, [Contact("n1", "Ana", NOW)], [replace(lea, work="Airbus")])
    await repo.close()
    reopened = TinyDBRepository(tmp_path)
    assert await reopened.contacts(1) == [replace(lea, work="Airbus"), Contact("n1", "Ana", NOW)]
    await reopened.close()


async def test_tag_rhythms_the_review_day_and_a_late_stay_are_kept_with_the_profile(
    tmp_path: Path,
) -> None:
    profile = UserProfile(
        1,
        NOW,
        tag_rhythms=(("airbus", "2w"), ("lyon", "3m")),
        review_day=None,
        welcome_from=DAY,
        leaving_on=DAY - timedelta(days=10),
        stay_started=DAY - timedelta(days=10),
    )
    for repo in (InMemoryRepository(), TinyDBRepository(tmp_path)):
        await repo.save_profile(profile)
        assert await repo.get_profile(1) == profile
        await repo.close()
    reopened = TinyDBRepository(tmp_path)
    assert await reopened.get_profile(1) == profile
    await reopened.close()


async def test_a_contacts_own_rhythm_and_stay_choice_survive_a_restart(tmp_path: Path) -> None:
    chosen = Contact("c1", "Léa", NOW, cadence="1m", own_cadence=True, in_stay=True)
    left_out = Contact("c2", "Tom", NOW, in_stay=False)
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [chosen, left_out, Contact("c3", "Zoé", NOW)])
    await repo.close()
    reopened = TinyDBRepository(tmp_path)
    stored = await reopened.contacts(1)
    await reopened.close()
    flags = [(c.own_cadence, c.in_stay) for c in stored]
    assert flags == [(True, True), (None, False), (None, None)]


def test_records_written_before_these_fields_read_as_before() -> None:
    from storage.tinydb.documents import contact_from, profile_from

    profile = profile_from({"user_id": 1, "created_at": NOW.isoformat()})
    assert (profile.tag_rhythms, profile.review_day, profile.welcome_from) == ((), 7, None)
    contact = contact_from(
        {"contact_id": "c1", "name": "Léa", "created_at": NOW.isoformat(), "cadence": "2w"}
    )
    assert (contact.own_cadence, contact.in_stay) == (None, None)


async def test_deleting_a_contact_leaves_the_days_only_its_reminders_had(
    repo: Repository,
) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, [Contact("a", "Ana", NOW), Contact("b", "Bea", NOW)])
    thursday, friday = DAY + timedelta(days=3), DAY + timedelta(days=4)
    await repo.plan_reminder(1, Nudge(thursday, "a", REMINDER))
    await repo.plan_reminder(1, Nudge(thursday, "b", REMINDER))
    await repo.plan_reminder(1, Nudge(friday, "a", REMINDER))
    await repo.delete_contact(1, "a")
    profile = await repo.get_profile(1)
    assert profile is not None
    assert profile.reminder_days == (thursday,)  # Bea's is still planned that day
    assert [(n.contact_id, n.day) for n in await repo.reminders(1)] == [("b", thursday)]


async def test_a_carried_reminder_keeps_the_day_it_was_for(repo: Repository) -> None:
    await repo.save_profile(UserProfile(1, NOW))
    missed = DAY - timedelta(days=2)
    carried = Nudge(DAY, "c1", REMINDER, note="appeler", carried_from=missed)
    await repo.start_delivery(1, DAY, [carried])
    assert await repo.nudges_on(1, DAY) == [carried]


async def test_a_carried_reminder_is_read_back_from_the_file(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.save_profile(UserProfile(1, NOW))
    carried = Nudge(DAY, "c1", REMINDER, note="appeler", carried_from=DAY - timedelta(days=2))
    await repo.start_delivery(1, DAY, [carried])
    await repo.close()
    reopened = TinyDBRepository(tmp_path)
    assert await reopened.nudges_on(1, DAY) == [carried]  # a restart before it was sent
    await reopened.close()
