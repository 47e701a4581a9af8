"""The use cases of /ask, favours, the stay and the settings card, on the in-memory repository."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from core.asking import read_question
from core.model import Favor, UserProfile
from services import settings, stay
from services.asking import NOTES_READ, who_can_help
from services.favors import drop, open_favor, thank, undo_drop, wait_longer
from services.memory import InMemoryRepository
from tests.seeding import NOW, note, person, seed

TODAY = date(2026, 3, 2)
PARIS = ZoneInfo("Europe/Paris")
LEA = person("lea1", "Léa Martin", city="Montréal", place="Montréal, Canada", country_code="CA")
SAM = person("sam1", "Sam Roy", work="Data engineer")


async def test_who_can_help_reads_only_the_askers_contacts_and_their_latest_notes() -> None:
    repo = InMemoryRepository()
    assert await who_can_help(repo, 1, read_question("Montréal")) is None  # no contacts yet
    await seed(repo, 1, LEA, SAM)
    await seed(repo, 2, person("x1", "Other Montréal", city="Montréal", place="Montréal"))

    answer = await who_can_help(repo, 1, read_question("Montréal"))
    assert answer is not None
    assert [helper.contact.name for helper in answer.helpers] == ["Léa Martin"]
    assert not answer.closest

    # A note counts while it is among the contact's latest NOTES_READ, not once buried.
    await note(repo, 1, "sam1", 40, "Talked about climbing in Chamonix")
    found = await who_can_help(repo, 1, read_question("Chamonix"))
    assert found is not None
    assert [helper.contact.contact_id for helper in found.helpers] == ["sam1"]
    assert not found.closest
    for days_ago in range(NOTES_READ - 1):
        await note(repo, 1, "sam1", days_ago, f"coffee number {days_ago}")
    still = await who_can_help(repo, 1, read_question("Chamonix"))
    assert still is not None
    assert [helper.contact.contact_id for helper in still.helpers] == ["sam1"]
    await note(repo, 1, "sam1", NOTES_READ - 1, "one coffee too many")
    buried = await who_can_help(repo, 1, read_question("Chamonix"))
    assert buried is not None
    assert (buried.helpers, buried.closest) == ((), True)


async def test_open_favor_only_for_ones_own_contact_and_once() -> None:
    repo = InMemoryRepository()
    await seed(repo, 1, LEA)
    await seed(repo, 2, SAM)
    ask = partial(open_favor, now=NOW, today=TODAY)

    assert await ask(repo, 2, "lea1", "Montréal") is None  # another user's
    assert await repo.favors(2) == []

    asked = await ask(repo, 1, "lea1", "Montréal")
    assert asked is not None
    assert asked.favor is not None
    assert asked.contact.name == "Léa Martin"
    assert (asked.favor.asked_on, asked.favor.follow_up_on) == (TODAY, TODAY + timedelta(days=7))
    (logged,) = await repo.interactions(1, "lea1")
    assert (logged.kind, logged.about, logged.note) == ("ask", "Montréal", "")  # an ask
    assert (await repo.get_contact(1, "lea1")) == replace(LEA, last_contact_at=NOW)

    again = await ask(repo, 1, "lea1", "montreal")  # case and accents aside
    assert again is not None
    assert again.favor is None
    assert len(await repo.favors(1)) == 1

    long_topic = "data science Berlin " + "machine learning " * 3  # never cut
    longer = await ask(repo, 1, "lea1", long_topic, days=3)
    assert longer is not None
    assert longer.favor is not None
    assert (longer.favor.topic, longer.favor.follow_up_on) == (long_topic, date(2026, 3, 5))


async def test_thank_closes_once_and_only_the_askers_favour() -> None:
    repo = InMemoryRepository()
    await seed(repo, 1, LEA)
    favor = Favor("f1", "lea1", "Montréal", NOW, TODAY, TODAY + timedelta(days=7))
    await repo.save_favor(1, favor)
    later = NOW + timedelta(days=3)

    assert await thank(repo, 2, "f1", now=later) is None
    assert await thank(repo, 1, "nope", now=later) is None
    assert not (await repo.favors(1))[0].closed

    thanked = await thank(repo, 1, "f1", now=later, words="elle m'a trouvé un contact")
    assert thanked is not None
    assert not thanked.already
    assert (thanked.favor.closed, thanked.favor.closed_at) == (True, later)
    assert thanked.contact == await repo.get_contact(1, "lea1")
    (logged,) = await repo.interactions(1, "lea1")
    assert (logged.kind, logged.about, logged.note) == (
        "thanks",
        "Montréal",
        "elle m'a trouvé un contact",
    )
    assert thanked.favor.outcome == "thanked"

    twice = await thank(repo, 1, "f1", now=later + timedelta(hours=1))
    assert twice is not None
    assert twice.already
    assert twice.favor.closed_at == later  # the first close stands, no second note
    assert len(await repo.interactions(1, "lea1")) == 1

    await repo.delete_contact(1, "lea1")
    gone = await thank(repo, 1, "f1", now=later)
    assert gone is not None
    assert gone.contact is None


def test_a_stay_starts_when_the_user_met_the_bot_and_keeps_its_start() -> None:
    # Met the bot at 23:30 UTC on 1 January: already 2 January in Paris.
    created = NOW.replace(year=2026, month=1, day=1, hour=23, minute=30)
    profile = UserProfile(1, created)
    leaving = date(2026, 6, 30)
    set_once = stay.leave_on(profile, leaving, today=TODAY, zone=PARIS)
    assert (set_once.stay_started, set_once.leaving_on) == (date(2026, 1, 2), leaving)
    moved = stay.leave_on(set_once, date(2026, 7, 14), today=date(2026, 5, 1), zone=PARIS)
    assert (moved.stay_started, moved.leaving_on) == (date(2026, 1, 2), date(2026, 7, 14))
    # A clock behind the profile's creation never starts the stay in the future.
    early = stay.leave_on(profile, leaving, today=date(2025, 12, 31), zone=PARIS)
    assert early.stay_started == date(2025, 12, 31)
    forgotten = stay.forget_stay(moved)
    assert (forgotten.stay_started, forgotten.leaving_on) == (None, None)
    assert not stay.taper_everyone(profile, on=False).taper


async def test_taper_one_contact_only_among_ones_own() -> None:
    repo = InMemoryRepository()
    await seed(repo, 1, LEA)
    assert await stay.taper_contact(repo, 2, "lea1", on=False) is None
    assert (await repo.get_contact(1, "lea1")) == LEA
    changed = await stay.taper_contact(repo, 1, "lea1", on=False)
    assert changed == replace(LEA, taper=False) == await repo.get_contact(1, "lea1")
    await repo.delete_contact(1, "lea1")
    assert await stay.taper_contact(repo, 1, "lea1", on=True) is None


def test_settings_choices() -> None:
    profile = UserProfile(1, NOW)
    assert settings.nudge_days(profile) == frozenset(range(1, 8))
    assert settings.toggle_day(profile, 1).nudge_days == (2, 3, 4, 5, 6, 7)
    weekdays = settings.weekdays_only(profile)
    assert settings.every_day(weekdays).nudge_days == ()
    only_monday = replace(profile, nudge_days=(1,))
    assert settings.toggle_day(only_monday, 1) == only_monday  # never no day at all
    assert settings.toggle_day(only_monday, 7).nudge_days == (1, 7)
    assert settings.with_daily_max(profile, 10).daily_max == 10
    assert settings.switch_digest(settings.switch_digest(profile)) == profile
    assert settings.with_language(profile, "fr").language == "fr"
    for wrong in (0, 11):
        with pytest.raises(ValueError, match=str(wrong)):
            settings.with_daily_max(profile, wrong)
    with pytest.raises(ValueError, match="8"):
        settings.toggle_day(profile, 8)


async def test_wait_drop_and_undo_only_the_askers_favour() -> None:
    repo = InMemoryRepository()
    await seed(repo, 1, LEA)
    favor = Favor("f1", "lea1", "Montréal", NOW, TODAY, TODAY + timedelta(days=7))
    await repo.save_favor(1, favor)
    later = TODAY + timedelta(days=7)

    assert await wait_longer(repo, 2, "f1", today=later) is None  # another user's
    waited = await wait_longer(repo, 1, "f1", today=later, words="pas encore de réponse")
    assert waited is not None
    assert (waited.favor.follow_up_on, waited.favor.reply) == (
        later + timedelta(days=7),
        "pas encore de réponse",
    )
    assert await repo.interactions(1, "lea1") == []  # waiting is no exchange

    assert await drop(repo, 2, "f1", now=NOW) is None
    dropped = await drop(repo, 1, "f1", now=NOW)
    assert dropped is not None
    assert (dropped.favor.closed, dropped.favor.outcome, dropped.already) == (
        True,
        "dropped",
        False,
    )
    assert (await drop(repo, 1, "f1", now=NOW) or dropped).already  # a second press
    assert await repo.interactions(1, "lea1") == []  # nobody to thank

    assert await undo_drop(repo, 2, "f1") is None
    back = await undo_drop(repo, 1, "f1")
    assert back is not None
    assert (back.favor.closed, back.favor.outcome, back.favor.closed_at) == (False, "", None)
    assert back.favor.reply == "pas encore de réponse"
    assert (await repo.favors(1))[0] == back.favor
