"""The nudge use cases against the in-memory repository: the day's plan (shared by the daily
delivery and /today), answering a nudge, and what a "done" in words answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.model import Birthday, Contact, Favor, Nudge, UserProfile
from core.reading.done_words import parse_done
from services import nudges
from services.memory import InMemoryRepository
from services.nudges import (
    LogWith,
    NothingWaiting,
    ThankFavor,
    UnknownName,
    Waiting,
    WhichOne,
)
from tests.seeding import NOW, note, person, seed, stored

USER, OTHER = 7, 8
PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 3, 2)  # NOW is 09:00 in Paris, a Monday
YESTERDAY = TODAY - timedelta(days=1)


def profile(user_id: int = USER, **fields: Any) -> UserProfile:
    base = UserProfile(user_id, NOW - timedelta(days=100), timezone="Europe/Paris", onboarded=True)
    return replace(base, **fields)


@pytest.fixture
async def repo() -> InMemoryRepository:
    memory = InMemoryRepository()
    await memory.save_profile(profile())
    await memory.save_profile(profile(OTHER))
    return memory


def due(contact_id: str, days_ago: int = 40, **fields: Any) -> Contact:
    """A contact on the default monthly rhythm, last in touch `days_ago` days ago."""
    return person(contact_id, contact_id.capitalize(), last_days_ago=days_ago, **fields)


def kinds(planned: list[Nudge]) -> list[tuple[str, str]]:
    return [(n.kind, n.contact_id) for n in planned]


async def sent(repo: InMemoryRepository, *planned: Nudge, user_id: int = USER) -> list[Nudge]:
    """Record these nudges as sent today, in messages 100, 101..."""
    shown = [replace(nudge, status="sent", message_id=100 + i) for i, nudge in enumerate(planned)]
    await repo.add_nudges(user_id, shown)
    return shown


# -- the day's plan ------------------------------------------------------------------------


async def test_nobody_due_plans_nothing(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", days_ago=3), due("bob", paused=True))
    assert await nudges.plan_day(repo, profile(), PARIS, TODAY) == []


async def test_the_most_overdue_go_first_up_to_the_daily_maximum(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 35), due("bob", 60), due("cy", 45), due("dee", 3))
    planned = await nudges.plan_day(repo, profile(daily_max=2), PARIS, TODAY)
    assert kinds(planned) == [("due", "bob"), ("due", "cy")]
    assert all(n.day == TODAY and n.status == "planned" for n in planned)


async def test_those_ignored_yesterday_make_way_for_the_others(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 35), due("bob", 60), due("cy", 45))
    await repo.start_delivery(USER, YESTERDAY, [])
    await sent(repo, Nudge(YESTERDAY, "bob"), Nudge(YESTERDAY, "cy"))
    planned = await nudges.plan_day(repo, profile(daily_max=2), PARIS, TODAY)
    assert kinds(planned) == [("due", "ana"), ("due", "bob")]


async def test_birthdays_come_beyond_the_maximum_and_replace_the_regular_nudge(
    repo: InMemoryRepository,
) -> None:
    await seed(
        repo,
        USER,
        due("ana", 60, birthday=Birthday(2, 3)),  # today, and overdue anyway
        due("bob", 3, birthday=Birthday(5, 3), birthday_reminder_days=3),
        due("cy", 3, birthday=Birthday(6, 3), birthday_reminder_days=3),  # not yet
        due("dee", 50),
    )
    planned = await nudges.plan_day(repo, profile(daily_max=1), PARIS, TODAY)
    assert kinds(planned) == [("birthday", "ana"), ("birthday", "bob"), ("due", "dee")]


async def test_the_digest_takes_everyone_due_in_one(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 35), due("bob", 60), due("cy", 45))
    planned = await nudges.plan_day(repo, profile(daily_max=1, digest=True), PARIS, TODAY)
    assert kinds(planned) == [("digest", "bob"), ("digest", "cy"), ("digest", "ana")]


async def test_contacts_already_nudged_today_are_not_planned_again(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 35), due("bob", 60))
    await sent(repo, Nudge(TODAY, "bob"))
    assert kinds(await nudges.plan_day(repo, profile(), PARIS, TODAY)) == [("due", "ana")]


async def test_another_users_records_plan_nothing_here(repo: InMemoryRepository) -> None:
    await seed(repo, OTHER, due("ana", 60))
    assert await nudges.plan_day(repo, profile(), PARIS, TODAY) == []


async def test_a_favours_follow_up_comes_on_its_day(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 3))
    asked = NOW - timedelta(days=7)
    await repo.save_favor(USER, Favor("f1", "ana", "Berlin", asked, TODAY - timedelta(7), TODAY))
    later = Favor("f2", "ana", "Lyon", asked, TODAY, TODAY + timedelta(days=1))
    await repo.save_favor(USER, later)
    closed = Favor("f3", "ana", "Oslo", asked, TODAY, TODAY, closed=True, closed_at=NOW)
    await repo.save_favor(USER, closed)
    assert kinds(await nudges.plan_day(repo, profile(), PARIS, TODAY)) == [("favor", "f1")]
    await sent(repo, Nudge(TODAY, "f1", "favor"))
    assert await nudges.plan_day(repo, profile(), PARIS, TODAY) == []


async def test_the_stay_brings_its_checklist_then_its_welcome_back(
    repo: InMemoryRepository,
) -> None:
    away = profile(stay_started=TODAY - timedelta(days=300), leaving_on=TODAY + timedelta(days=3))
    assert kinds(await nudges.plan_day(repo, away, PARIS, TODAY)) == [
        ("checklist", nudges.CHECKLIST)
    ]
    back = replace(away, leaving_on=YESTERDAY)
    assert kinds(await nudges.plan_day(repo, back, PARIS, TODAY)) == [("welcome", nudges.WELCOME)]
    await sent(repo, Nudge(TODAY, nudges.WELCOME, "welcome"))
    assert await nudges.plan_day(repo, back, PARIS, TODAY) == []


async def test_on_demand_shows_again_the_unanswered_and_not_the_rest(
    repo: InMemoryRepository,
) -> None:
    away = profile(stay_started=TODAY - timedelta(days=300), leaving_on=TODAY + timedelta(days=3))
    await seed(repo, USER, due("ana", 35), due("bob", 60), due("cy", 45), due("dee", 50))
    await repo.save_favor(USER, Favor("f1", "ana", "Berlin", NOW, TODAY, TODAY))
    await repo.save_profile(away)
    [_, cy] = await sent(repo, Nudge(TODAY, "bob"), Nudge(TODAY, "cy"))
    await repo.update_nudge(USER, replace(cy, status="done"))
    planned = await nudges.plan_day(repo, away, PARIS, TODAY, on_demand=True)
    # No favour, no checklist; bob again (unanswered), not cy (answered); no maximum.
    assert kinds(planned) == [("due", "bob"), ("due", "dee"), ("due", "ana")]
    digest = replace(away, digest=True)
    assert {n.kind for n in await nudges.plan_day(repo, digest, PARIS, TODAY, on_demand=True)} == {
        "due"
    }


async def test_on_demand_shows_up_to_the_maximum_and_counts_the_rest(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 35), due("bob", 60), due("cy", 45, birthday=Birthday(2, 3)))
    await note(repo, USER, "bob", 60, "sa thèse")
    shown = await nudges.on_demand(repo, profile(daily_max=2), PARIS, TODAY)
    assert [(n.kind, s.contact.name) for n, s in shown.shown] == [
        ("birthday", "Cy"),
        ("due", "Bob"),
    ]
    last = shown.shown[1][1].last
    assert last is not None
    assert last.note == "sa thèse"
    assert shown.more == 1


async def test_record_shown_adds_a_new_nudge_and_updates_a_shown_one(
    repo: InMemoryRepository,
) -> None:
    [bob] = await sent(repo, Nudge(TODAY, "bob"))
    await nudges.record_shown(repo, USER, Nudge(TODAY, "bob"), 200, "idea-news")
    await nudges.record_shown(repo, USER, Nudge(TODAY, "ana"), 201, "idea-news")
    today = await repo.nudges_on(USER, TODAY)
    assert [(n.contact_id, n.message_id, n.status) for n in today] == [
        ("bob", 200, "sent"),
        ("ana", 201, "sent"),
    ]
    assert bob.message_id == 100


# -- answering a nudge ---------------------------------------------------------------------


async def pressed(repo: InMemoryRepository, contact_id: str, message_id: int = 100) -> Waiting:
    found = await nudges.pressed(repo, USER, message_id, contact_id)
    assert found is not None
    return found


async def answer(repo: InMemoryRepository, waiting: Waiting, action: nudges.Answer) -> date | None:
    answered = await nudges.answer(repo, USER, waiting, action, now=NOW, zone=PARIS, stay=None)
    return answered.next_due


async def test_done_logs_now_and_closes_the_nudge(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40))
    await sent(repo, Nudge(TODAY, "ana"))
    assert await answer(repo, await pressed(repo, "ana"), "done") == date(2026, 4, 2)
    assert (await stored(repo, USER, "ana")).last_contact_at == NOW
    assert [i.at for i in await repo.interactions(USER, "ana")] == [NOW]
    [nudge] = await repo.nudges_on(USER, TODAY)
    assert nudge.status == "done"
    assert await nudges.pressed(repo, USER, 100, "ana") is None  # answered: once only


@pytest.mark.parametrize(
    ("action", "until", "status"),
    [
        ("tmrw", date(2026, 3, 3), "tomorrow"),
        ("week", date(2026, 3, 9), "next_week"),
        ("skip", date(2026, 4, 2), "skipped"),  # one cadence (a month) from today
    ],
)
async def test_snoozes_move_the_next_nudge_and_log_nothing(
    repo: InMemoryRepository, action: nudges.Answer, until: date, status: str
) -> None:
    await seed(repo, USER, due("ana", 40))
    await sent(repo, Nudge(TODAY, "ana"))
    assert await answer(repo, await pressed(repo, "ana"), action) == until
    contact = await stored(repo, USER, "ana")
    assert contact.snoozed_until == until
    assert contact.last_contact_at == NOW - timedelta(days=40)
    assert await repo.interactions(USER, "ana") == []
    assert [n.status for n in await repo.nudges_on(USER, TODAY)] == [status]


async def test_a_digest_answers_one_name_at_a_time(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    await repo.add_nudges(
        USER, [Nudge(TODAY, c, "digest", message_id=100, status="sent") for c in ("ana", "bob")]
    )
    await answer(repo, await pressed(repo, "bob"), "done")
    assert [(n.contact_id, n.status) for n in await repo.nudges_on(USER, TODAY)] == [
        ("ana", "sent"),
        ("bob", "done"),
    ]
    assert (await pressed(repo, "ana")).contact.name == "Ana"


async def test_a_press_finds_only_the_pressers_own_waiting_nudge(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    await seed(repo, OTHER, due("eve", 40))
    await sent(repo, Nudge(TODAY, "eve"), user_id=OTHER)
    await sent(repo, Nudge(TODAY, "ana"))
    assert await nudges.pressed(repo, USER, 100, "eve") is None  # another user's
    assert await nudges.pressed(repo, USER, 100, "bob") is None  # not that message's
    assert await nudges.pressed(repo, USER, 999, "ana") is None  # no such message
    await repo.delete_contact(USER, "ana")
    assert await nudges.pressed(repo, USER, 100, "ana") is None  # deleted since


# -- "done" in words -----------------------------------------------------------------------


async def done(repo: InMemoryRepository, text: str, replied_to: int | None = None) -> object:
    said = parse_done(text)
    assert said is not None
    return await nudges.resolve_done(repo, USER, said, replied_to, TODAY)


async def test_a_bare_done_answers_the_one_nudge_waiting(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    [nudge, bob] = await sent(repo, Nudge(TODAY, "ana"), Nudge(TODAY, "bob"))
    await repo.update_nudge(USER, replace(bob, status="done"))
    assert await done(repo, "done: great chat") == LogWith(
        await stored(repo, USER, "ana"), "great chat", nudge
    )


async def test_a_bare_done_with_nothing_waiting(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40))
    await sent(repo, Nudge(TODAY, nudges.CHECKLIST, "checklist"))  # not answerable in words
    await sent(repo, Nudge(YESTERDAY, "ana"))  # yesterday's
    assert await done(repo, "fait !") == NothingWaiting()


async def test_a_bare_done_with_several_waiting_asks_which(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    await sent(repo, Nudge(TODAY, "ana"), Nudge(TODAY, "bob"))
    assert await done(repo, "done - lunch") == WhichOne(
        (await stored(repo, USER, "ana"), await stored(repo, USER, "bob")), "lunch"
    )
    waiting = await nudges.waiting_for(repo, USER, "bob", TODAY)
    assert waiting is not None
    assert waiting.nudge.contact_id == "bob"
    assert await nudges.waiting_for(repo, USER, "cy", TODAY) is None


async def test_a_name_after_done_picks_that_contact(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), person("bob", "Bob Marley", last_days_ago=3))
    [nudge] = await sent(repo, Nudge(TODAY, "ana"))
    bob = await stored(repo, USER, "bob")
    assert await done(repo, "done bob marley: concert") == LogWith(bob, "concert", None)
    ana = await stored(repo, USER, "ana")
    assert await done(repo, "done Ana") == LogWith(ana, "", nudge)


async def test_an_unknown_name_is_said_unless_one_nudge_takes_it_as_a_note(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    assert await done(repo, "done Zoé") == UnknownName("Zoé")
    [nudge] = await sent(repo, Nudge(TODAY, "ana"))
    ana = await stored(repo, USER, "ana")
    assert await done(repo, "done lunch") == LogWith(ana, "lunch", nudge)


async def test_a_reply_answers_the_nudge_it_replies_to(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    [_, bob, favor] = await sent(
        repo, Nudge(TODAY, "ana"), Nudge(TODAY, "bob"), Nudge(TODAY, "f1", "favor")
    )
    assert await done(repo, "done great", replied_to=101) == LogWith(
        await stored(repo, USER, "bob"), "great", bob
    )
    assert await done(repo, "fait !", replied_to=102) == ThankFavor(favor)
    # A reply to anything else is a "done" like any other: several wait, so which one?
    assert isinstance(await done(repo, "done", replied_to=555), WhichOne)


async def test_a_reply_to_another_users_message_id_is_not_theirs(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 40))
    await seed(repo, OTHER, due("eve", 40))
    await sent(repo, Nudge(TODAY, "eve"), user_id=OTHER)
    assert await done(repo, "done", replied_to=100) == NothingWaiting()


async def test_a_thanked_favour_closes_its_follow_up(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 3))
    favor = Favor("f1", "ana", "Berlin", NOW, TODAY, TODAY)
    [nudge] = await sent(repo, Nudge(TODAY, "f1", "favor"))
    contact = await nudges.thanked(repo, USER, nudge, favor)
    assert contact is not None
    assert contact.name == "Ana"
    assert [n.status for n in await repo.nudges_on(USER, TODAY)] == ["done"]


# -- ideas ---------------------------------------------------------------------------------


async def test_the_subject_of_an_idea_is_the_users_own_contact(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40))
    await seed(repo, OTHER, due("eve", 40))
    await note(repo, USER, "ana", 40, "old")
    await note(repo, USER, "ana", 10, "new")
    found = await nudges.subject(repo, USER, "ana")
    assert found is not None
    assert found.last is not None
    assert found.last.note == "new"
    assert await nudges.subject(repo, USER, "eve") is None


async def test_a_nudge_remembers_the_idea_it_carries(repo: InMemoryRepository) -> None:
    [nudge] = await sent(repo, Nudge(TODAY, "ana", idea="idea-news"))
    await nudges.remember_idea(repo, USER, nudge, "idea-work")
    [kept] = await repo.nudges_on(USER, TODAY)
    assert (kept.idea, kept.status, kept.message_id) == ("idea-work", "sent", 100)


# -- the daily delivery --------------------------------------------------------------------


def paris(_: UserProfile) -> ZoneInfo:
    return PARIS


async def test_the_day_starts_at_the_users_hour_and_its_plan_is_written_once(
    repo: InMemoryRepository,
) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    early = NOW - timedelta(hours=1)  # 08:00 in Paris; nudges come at 09:00
    assert await nudges.start_day(repo, USER, early, paris) is None
    assert await repo.nudges_on(USER, TODAY) == []
    day = await nudges.start_day(repo, USER, NOW, paris)
    assert day is not None
    assert (day.today, day.zone) == (TODAY, PARIS)
    assert kinds(list(day.pending)) == [("due", "bob"), ("due", "ana")]
    assert (await stored_profile(repo)).last_delivery_day == TODAY
    # Half sent, then a restart: only what is still planned is left, nothing is planned anew.
    await nudges.mark_sent(repo, USER, day.pending[0], 100, "idea-news")
    await seed(repo, USER, due("cy", 60))
    again = await nudges.start_day(repo, USER, NOW + timedelta(hours=1), paris)
    assert again is not None
    assert kinds(list(again.pending)) == [("due", "ana")]
    await nudges.mark_sent(repo, USER, again.pending[0], 101)
    assert await nudges.start_day(repo, USER, NOW + timedelta(hours=2), paris) is None


async def test_no_day_for_a_user_gone_unreadable_or_resting(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40))
    await seed(repo, OTHER, due("eve", 40))
    await repo.save_profile(profile(nudge_days=(2, 3)))  # not on Mondays
    assert await nudges.start_day(repo, USER, NOW, paris) is None
    await repo.save_profile(profile(active=False))
    assert await nudges.start_day(repo, USER, NOW, paris) is None
    assert await nudges.start_day(repo, 99, NOW, paris) is None
    repo.mark_unavailable(OTHER)
    assert await nudges.start_day(repo, OTHER, NOW, paris) is None
    assert await repo.nudges_on(USER, TODAY) == []


async def test_the_digest_names_those_still_there(repo: InMemoryRepository) -> None:
    await seed(repo, USER, due("ana", 40), due("bob", 50))
    planned = [Nudge(TODAY, c, "digest") for c in ("bob", "gone", "ana")]
    assert [c.name for c in await nudges.contacts_of(repo, USER, planned)] == ["Bob", "Ana"]


async def stored_profile(repo: InMemoryRepository) -> UserProfile:
    found = await repo.get_profile(USER)
    assert found is not None
    return found
