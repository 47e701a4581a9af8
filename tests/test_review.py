"""The weekly review, composed from records with the day given (no clock, no I/O)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.model import Birthday, Contact, Favor, Interaction, UserProfile
from core.review import streak, weekly_review
from services.memory import InMemoryRepository
from services.nudges import plan_day
from services.review import REVIEW, delivery_days

PARIS = ZoneInfo("Europe/Paris")
SUNDAY = date(2026, 3, 8)
NOW = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def book() -> tuple[list[Contact], list[Interaction], list[Favor]]:
    contacts = [
        Contact("c1", "Léa", ago(200), last_contact_at=ago(1)),
        Contact("c2", "Tom", ago(200), last_contact_at=ago(3)),
        Contact("c3", "Ana", ago(200), last_contact_at=ago(100)),  # 2 months overdue
        Contact("c4", "Paul", ago(200), last_contact_at=ago(45)),  # 2 weeks overdue
        Contact("c5", "Zoé", ago(200), last_contact_at=ago(40), birthday=Birthday(12, 3)),
        Contact("c6", "Max", ago(200), last_contact_at=ago(35)),
        Contact("c7", "Eva", ago(10), paused=True, birthday=Birthday(8, 3)),  # today: not ahead
    ]
    history = [
        Interaction("c1", ago(1)),
        Interaction("c2", ago(3)),
        Interaction("c1", ago(5)),
        Interaction("c2", ago(9)),  # last week
        Interaction("c3", ago(16)),  # the week before
        Interaction("c3", ago(100)),
    ]
    favors = [
        Favor("f1", "c4", "Montréal", ago(20), SUNDAY - timedelta(20), SUNDAY),
        Favor("f2", "c2", "Berlin", ago(20), SUNDAY - timedelta(20), SUNDAY, closed=True),
    ]
    return contacts, history, favors


def test_the_review_tells_the_week_the_slipping_favours_birthdays_and_streak() -> None:
    contacts, history, favors = book()
    review = weekly_review(contacts, history, favors, today=SUNDAY, zone=PARIS)
    assert [c.name for c in review.kept] == ["Léa", "Tom"]
    assert review.exchanges == 3
    assert [c.name for c, _ in review.slipping] == ["Ana", "Paul", "Zoé"]
    assert review.overdue == 4
    assert [(f.favor_id, c.name) for f, c in review.favors] == [("f1", "Paul")]
    assert [(c.name, day) for c, day in review.birthdays] == [("Zoé", date(2026, 3, 12))]
    assert review.streak == 3


def test_the_streak_counts_weeks_in_a_row_back_from_today() -> None:
    assert streak(set(), SUNDAY) == 0
    assert streak({SUNDAY - timedelta(days=7)}, SUNDAY) == 0  # none this week
    assert streak({SUNDAY, SUNDAY - timedelta(days=6)}, SUNDAY) == 1
    assert streak({SUNDAY - timedelta(days=d) for d in (0, 7, 14, 28)}, SUNDAY) == 3


async def test_the_review_is_planned_on_its_day_only_and_once() -> None:
    repo = InMemoryRepository()
    profile = UserProfile(1, ago(300), timezone="Europe/Paris")
    await repo.save_profile(profile)
    await repo.add_contacts(1, book()[0])
    planned = await plan_day(repo, profile, PARIS, SUNDAY)
    assert [n.kind for n in planned if n.contact_id == REVIEW] == ["review"]
    await repo.start_delivery(1, SUNDAY, planned)
    again = await plan_day(repo, profile, PARIS, SUNDAY)
    assert REVIEW not in {n.contact_id for n in again}
    monday = await plan_day(repo, profile, PARIS, SUNDAY + timedelta(days=1))
    assert REVIEW not in {n.contact_id for n in monday}
    off = await plan_day(repo, UserProfile(1, ago(300), review_day=None), PARIS, SUNDAY)
    assert REVIEW not in {n.contact_id for n in off}
    on_demand = await plan_day(repo, profile, PARIS, SUNDAY, on_demand=True)
    assert REVIEW not in {n.contact_id for n in on_demand}


async def test_a_review_day_outside_the_nudge_days_brings_the_review_alone() -> None:
    repo = InMemoryRepository()
    weekdays = UserProfile(1, ago(300), nudge_days=(1, 2, 3, 4, 5))
    await repo.add_contacts(1, book()[0])
    assert delivery_days(weekdays) == frozenset({1, 2, 3, 4, 5, 7})
    planned = await plan_day(repo, weekdays, PARIS, SUNDAY)
    assert [n.contact_id for n in planned] == [REVIEW]
    assert delivery_days(UserProfile(1, ago(300))) == frozenset()  # every day already
