"""Contact use cases against the in-memory repository: no Bot API server, no Telegram."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.namesakes import Detail
from services import contacts
from services.memory import InMemoryRepository
from services.repository import MAX_CONTACTS_PER_USER, TooManyContactsError, UnknownContactError
from tests.seeding import NOW, note, person, seed, stored

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 3, 2)
MARIE = person("m1", "Marie Dupont", last_days_ago=10, cadence="2w")
CURIE = person("m2", "Marie Curie", last_days_ago=3)
LEA = person("l1", "Léa Martin", last_days_ago=40, tags=("lyon",))


@pytest.fixture
async def repo() -> InMemoryRepository:
    repo = InMemoryRepository()
    await seed(repo, 1, MARIE, CURIE, LEA)
    await seed(repo, 2, person("x1", "Xavier"))
    return repo


async def test_a_contact_is_only_found_by_its_owner(repo: InMemoryRepository) -> None:
    assert await contacts.owned(repo, 1, "m1") == MARIE
    assert await contacts.owned(repo, 2, "m1") is None
    assert await contacts.delete(repo, 2, "m1") is None
    assert await contacts.owned(repo, 1, "m1") == MARIE


async def test_delete_takes_the_history_and_says_when_already_gone(
    repo: InMemoryRepository,
) -> None:
    await note(repo, 1, "m1", 5, "lunch")
    deleted = await contacts.delete(repo, 1, "m1")
    assert deleted is not None
    assert deleted.contact_id == "m1"
    assert await repo.get_contact(1, "m1") is None
    assert await repo.interactions(1, "m1") == []
    assert await contacts.delete(repo, 1, "m1") is None


async def test_add_stores_a_new_contact_within_the_limit(repo: InMemoryRepository) -> None:
    draft = await contacts.new_draft(repo, 2, NOW)
    assert draft is not None
    draft = replace(draft, name="Yasmine")
    await contacts.add(repo, 2, draft)
    assert await contacts.owned(repo, 2, draft.contact_id) == draft
    assert await contacts.owned(repo, 1, draft.contact_id) is None  # only its owner's
    full = [person(f"p{i}", f"P{i}") for i in range(MAX_CONTACTS_PER_USER)]
    await seed(repo, 5, *full)
    with pytest.raises(TooManyContactsError) as raised:
        await contacts.add(repo, 5, person("one-more", "One more"))
    assert raised.value.limit == MAX_CONTACTS_PER_USER
    assert await contacts.owned(repo, 5, "one-more") is None


async def test_update_replaces_a_stored_contact_only(repo: InMemoryRepository) -> None:
    renamed = replace(MARIE, name="Marie Dupont-Durand", work="Airbus")
    await contacts.update(repo, 1, renamed)
    assert await stored(repo, 1, "m1") == renamed
    assert await stored(repo, 1, "m2") == CURIE
    with pytest.raises(UnknownContactError):
        await contacts.update(repo, 2, renamed)  # another user's id: nothing of theirs
    with pytest.raises(UnknownContactError):
        await contacts.update(repo, 1, person("gone", "Gone"))
    assert await contacts.owned(repo, 2, "m1") is None


async def test_the_card_holds_the_history_and_the_next_due_day(repo: InMemoryRepository) -> None:
    await note(repo, 1, "l1", 2, "coffee")
    lea = await stored(repo, 1, "l1")
    card = await contacts.card(repo, 1, lea, PARIS, None)
    assert [i.note for i in card.history] == ["coffee"]
    assert card.due == TODAY + timedelta(days=26)  # every 4 weeks, from 2 days ago


async def test_pause_and_resume_write_only_a_change(repo: InMemoryRepository) -> None:
    paused = await contacts.set_paused(repo, 1, MARIE, True, zone=PARIS, stay=None, today=TODAY)
    assert paused.changed
    assert paused.contact.paused
    assert paused.due == TODAY  # paused: no due day of its own
    assert (await stored(repo, 1, "m1")).paused
    again = await contacts.set_paused(
        repo, 1, paused.contact, True, zone=PARIS, stay=None, today=TODAY
    )
    assert not again.changed
    resumed = await contacts.set_paused(
        repo, 1, paused.contact, False, zone=PARIS, stay=None, today=TODAY
    )
    assert resumed.changed
    assert not (await stored(repo, 1, "m1")).paused
    assert resumed.due == date(2026, 3, 6)  # two weeks after the last exchange


async def test_snooze_and_its_end(repo: InMemoryRepository) -> None:
    snoozed = await contacts.snooze(repo, 1, MARIE, "2w", TODAY)
    assert snoozed.snoozed_until == date(2026, 3, 16)
    assert (await stored(repo, 1, "m1")).snoozed_until == date(2026, 3, 16)
    assert (await contacts.snooze(repo, 1, snoozed, "0", TODAY)).snoozed_until is None
    with pytest.raises(ValueError, match="3w"):
        await contacts.snooze(repo, 1, MARIE, "3w", TODAY)  # type: ignore[arg-type]


async def test_tag_and_untag(repo: InMemoryRepository) -> None:
    tagged = await contacts.tag(repo, 1, MARIE, "#Airbus berlin, airbus;mentor")
    assert tagged.problem == ""
    assert tagged.contact.tags == ("airbus", "berlin", "mentor")
    assert (await stored(repo, 1, "m1")).tags == ("airbus", "berlin", "mentor")
    assert (await contacts.tag(repo, 1, MARIE, " , ")).problem == "usage"
    invalid = await contacts.tag(repo, 1, MARIE, "ok c++ a/b")
    assert (invalid.problem, invalid.rejected) == ("invalid", ("c++", "a/b"))
    many = " ".join(f"t{i}" for i in range(contacts.MAX_TAGS))
    assert (await contacts.tag(repo, 1, tagged.contact, many)).problem == "too-many"
    assert (await stored(repo, 1, "m1")).tags == ("airbus", "berlin", "mentor")

    untagged = await contacts.untag(repo, 1, tagged.contact, "BERLIN nope")
    assert (untagged.removed, untagged.missing) == (("berlin",), ("nope",))
    assert (await stored(repo, 1, "m1")).tags == ("airbus", "mentor")
    nothing = await contacts.untag(repo, 1, untagged.contact, "nope")
    assert (nothing.removed, nothing.missing) == ((), ("nope",))


async def test_find_by_name(repo: InMemoryRepository) -> None:
    assert (await contacts.find_by_name(repo, 1, "lea")).contact == LEA
    both = await contacts.find_by_name(repo, 1, "marie")
    assert both.contact is None
    assert {c.contact_id for c in both.candidates} == {"m1", "m2"}
    nobody = await contacts.find_by_name(repo, 1, "Maria Dupond")
    assert nobody.contact is None
    assert MARIE in nobody.candidates + nobody.similar
    assert not (await contacts.find_by_name(repo, 3, "lea")).anyone
    assert (await contacts.find_by_name(repo, 2, "lea")).contact is None  # never another's


async def test_find_with_rest_splits_the_name_from_the_words_after_it(
    repo: InMemoryRepository,
) -> None:
    found = await contacts.find_with_rest(repo, 1, ["marie", "dupont", "airbus", "lyon"])
    assert (found.contact, found.rest) == (MARIE, "airbus lyon")
    choice = await contacts.find_with_rest(repo, 1, ["Marie", "vip"])
    assert choice.contact is None
    assert choice.rest == "vip"
    assert choice.rest_known
    assert {c.contact_id for c in choice.candidates} == {"m1", "m2"}
    guess = await contacts.find_with_rest(repo, 1, ["Zoé", "vip"])
    assert guess.contact is None
    assert not guess.rest_known


async def test_an_emoji_name_is_found(repo: InMemoryRepository) -> None:
    fox = person("f1", "🦊")
    heart = person("h1", "❤️ Mamie")
    await seed(repo, 4, fox, heart, person("o1", "Oscar"))
    assert (await contacts.find_by_name(repo, 4, "🦊")).contact == fox
    assert (await contacts.find_by_name(repo, 4, "mamie")).contact == heart
    found = await contacts.find_with_rest(repo, 4, ["🦊", "forest"])
    assert (found.contact, found.rest) == (fox, "forest")


async def test_list_pages_filters_and_namesakes() -> None:
    repo = InMemoryRepository()
    crowd = [person(f"p{i:02d}", f"Person {i:02d}", last_days_ago=99 - i) for i in range(12)]
    twins = [
        person("h1", "Hugo Bernard", last_days_ago=5, tags=("team",)),
        person("h2", "hugo  bernard", last_days_ago=6, tags=("team",), work="Airbus"),
    ]
    await seed(repo, 1, *crowd, *twins)
    first = await contacts.list_page(repo, 1, "", 0, zone=PARIS, stay=None, today=TODAY)
    assert (first.total, first.pages, first.start) == (14, 2, 0)
    assert [e.contact.contact_id for e in first.entries][:2] == ["p00", "p01"]
    last = await contacts.list_page(repo, 1, "", 9, zone=PARIS, stay=None, today=TODAY)
    assert (last.page, last.start, len(last.entries)) == (1, 10, 4)  # past the end: the last

    team = await contacts.list_page(repo, 1, "#team", 0, zone=PARIS, stay=None, today=TODAY)
    assert team.total == 2
    assert team.chosen.value == "team"
    # Same name, same (no) place: the work tells them apart.
    assert team.namesakes["h2"] == Detail("work", text="Airbus")
    assert team.namesakes["h1"] == Detail("work", text="")  # the one without a work
    assert "p00" not in team.namesakes

    blank = await contacts.list_page(repo, 1, "#", 0, zone=PARIS, stay=None, today=TODAY)
    assert blank.entries == ()
    assert blank.tags == ("team",)
    nobody = await contacts.list_page(repo, 1, "#c++", 0, zone=PARIS, stay=None, today=TODAY)
    assert nobody.entries == ()
    assert nobody.chosen.value == "c++"
    empty = await contacts.list_page(repo, 9, "", 0, zone=PARIS, stay=None, today=TODAY)
    assert not empty.anyone


def test_now_is_the_seeding_clock() -> None:
    assert NOW.date() == TODAY
