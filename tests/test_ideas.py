"""The idea engine: which ideas fit a contact, the pick, holidays and anniversaries."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Language
from bot.i18n import Translator
from bot.views.ideas import facts_of, idea_for
from core.ideas.choice import CATEGORIES, TEMPLATES, Category, Facts, Idea, available, pick_idea
from core.model import Birthday, Contact, Interaction
from tests.catalogs import Reader

TODAY = date(2026, 3, 4)  # no holiday in France or Canada within a week
LEA = Facts(
    first_name="Léa",
    interests=("jazz", "escalade"),
    work="data scientist chez Ubisoft",
    city="Montréal",
    met="stage chez Airbus à Hambourg",
    last_note="sa soutenance de thèse en mars",
)
BARE = Facts(first_name="Léa")
THANKSGIVING = date(2026, 10, 12)
TEMPLATE_OF = {template.key: template for template in TEMPLATES}

REACHING: dict[Category, tuple[Facts, date]] = {
    "own_news": (BARE, TODAY),
    "their_interests": (replace(BARE, interests=("jazz",)), TODAY),
    "follow_up": (replace(BARE, last_note="sa soutenance"), TODAY),
    "ask_tip": (replace(BARE, city="Montréal"), TODAY),
    "their_work": (replace(BARE, work="Ubisoft"), TODAY),
    "anniversary": (replace(BARE, met_on=date(2025, 3, 4)), TODAY),
    "holiday": (replace(BARE, country_code="CA"), THANKSGIVING),
    "birthday": (replace(BARE, birthday_today=True), TODAY),
}


def picks(facts: Facts, today: date, count: int, language: str = "fr") -> list[Idea]:
    return [pick_idea(facts, today, language, random.Random(seed)) for seed in range(count)]


def share(ideas: list[Idea], category: Category) -> float:
    return sum(idea.category == category for idea in ideas) / len(ideas)


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_is_reachable(category: Category) -> None:
    facts, today = REACHING[category]
    assert category in {idea.category for idea in available(facts, today, "fr")}
    assert category in {idea.category for idea in picks(facts, today, 100)}


def test_a_bare_contact_gets_news_ideas_only() -> None:
    assert {idea.category for idea in available(BARE, TODAY, "en")} == {"own_news"}
    nameless = {idea.key for idea in available(replace(BARE, first_name=" "), TODAY, "en")}
    assert nameless == {"idea-own_news-1", "idea-own_news-2"}


def test_ordinary_categories_are_drawn_evenly() -> None:
    ideas = picks(LEA, TODAY, 1000)
    for category in ("own_news", "their_interests", "follow_up", "ask_tip", "their_work"):
        assert 0.13 < share(ideas, category) < 0.27, category


def test_each_interest_gets_its_turn() -> None:
    ideas = [idea for idea in picks(LEA, TODAY, 300) if idea.category == "their_interests"]
    assert {idea.args["interest"] for idea in ideas} == {"jazz", "escalade"}


_WORDS = st.text(alphabet=st.sampled_from("aé Z'\n"), max_size=5)
_DAYS = st.dates(date(2023, 1, 1), date(2028, 12, 31))
_FACTS = st.builds(
    Facts,
    first_name=_WORDS,
    interests=st.lists(_WORDS, max_size=3).map(tuple),
    work=_WORDS,
    city=st.none() | _WORDS,
    country_code=st.sampled_from([None, "", "CA", "fr", "US", "XX"]),
    met=_WORDS,
    met_on=st.none() | _DAYS,
    last_note=_WORDS,
    last_contact=st.none() | _DAYS,
    birthday_today=st.booleans(),
)


@settings(deadline=None, max_examples=150)
@given(facts=_FACTS, today=st.dates(date(2024, 1, 1), date(2027, 12, 31)))
def test_no_idea_is_offered_for_a_missing_fact(facts: Facts, today: date) -> None:
    known = {
        "first_name": {facts.first_name.strip()},
        "interest": {interest.strip() for interest in facts.interests},
        "work": {facts.work.strip()},
        "city": {(facts.city or "").strip()},
        "note": {facts.last_note.strip()},
        "met": {facts.met.strip()},
    }
    for idea in available(facts, today, "fr"):
        assert set(idea.args) == TEMPLATE_OF[idea.key].arg_names
        assert idea.category == TEMPLATE_OF[idea.key].category
        for name, value in idea.args.items():
            if isinstance(value, str):
                assert value.strip() == value != "", (idea.key, name)
            if name in known:
                assert value in known[name], (idea.key, name)
        assert idea.category != "birthday" or facts.birthday_today
        assert idea.category != "holiday" or facts.country_code
        assert 0 <= int(idea.args.get("days", 0)) <= 6
        assert "years" not in idea.args or (
            facts.met_on is not None and int(idea.args["years"]) >= 1
        )
        assert "months" not in idea.args or facts.last_contact is not None


@settings(deadline=None, max_examples=150)
@given(facts=_FACTS, today=_DAYS, seed=st.integers(0, 2**32))
def test_the_idea_offered_just_before_is_never_repeated(
    facts: Facts, today: date, seed: int
) -> None:
    first = pick_idea(facts, today, "en", random.Random(seed))
    assert first in available(facts, today, "en")
    second = pick_idea(facts, today, "en", random.Random(seed), avoid=first.key)
    assert second.key != first.key  # there are always at least two news ideas


def test_another_idea_on_a_birthday_is_another_birthday_idea() -> None:
    facts = replace(LEA, birthday_today=True)
    for seed in range(30):
        idea = pick_idea(facts, TODAY, "fr", random.Random(seed), avoid="idea-birthday-1")
        assert idea.category == "birthday"
        assert idea.key != "idea-birthday-1"


def test_the_pick_is_deterministic_under_a_seed() -> None:
    facts = replace(LEA, country_code="CA", met_on=date(2024, 10, 10))
    first = [pick_idea(facts, THANKSGIVING, "fr", random.Random(42)) for _ in range(3)]
    rng = random.Random(42)
    again = [pick_idea(facts, THANKSGIVING, "fr", rng) for _ in range(2)]
    assert first[0] == first[1] == first[2] == again[0]
    assert len({idea.key for idea in picks(facts, TODAY, 50)}) > 10


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("days", range(8))
def test_thanksgiving_for_a_contact_in_canada(language: str, days: int) -> None:
    facts = replace(BARE, country_code="CA")
    today = THANKSGIVING - timedelta(days=days)
    holidays = [idea for idea in available(facts, today, language) if idea.category == "holiday"]
    assert all(idea.args["holiday"] == "thanksgiving" for idea in holidays)
    assert {idea.args["days"] for idea in holidays} == ({days} if days <= 6 else set())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_fourteenth_of_july_for_a_contact_in_france(language: str) -> None:
    ideas = available(replace(BARE, country_code="FR"), date(2026, 7, 14), language)
    assert {
        (idea.args["holiday"], idea.args["days"]) for idea in ideas if idea.category == "holiday"
    } == {("national-day", 0)}


@pytest.mark.parametrize("country_code", [None, "", "XX"])
def test_no_holiday_without_a_known_country(country_code: str | None) -> None:
    facts = replace(BARE, country_code=country_code)
    assert not [
        idea for idea in available(facts, date(2026, 12, 25), "en") if idea.category == "holiday"
    ]


def test_a_holiday_today_usually_wins_and_one_later_this_week_does_not() -> None:
    facts = replace(LEA, country_code="CA")
    assert 0.75 < share(picks(facts, THANKSGIVING, 400), "holiday") < 0.95
    assert share(picks(facts, THANKSGIVING - timedelta(days=3), 400), "holiday") < 0.3


def test_a_birthday_always_wins() -> None:
    facts = replace(LEA, birthday_today=True, country_code="CA", met_on=date(2025, 10, 12))
    assert share(picks(facts, THANKSGIVING, 100), "birthday") == 1


@pytest.mark.parametrize(
    ("met_on", "today", "expected"),
    [
        (date(2025, 3, 4), date(2026, 3, 4), {"years": 1, "days": 0}),
        (date(2023, 3, 4), date(2026, 3, 4), {"years": 3, "days": 0}),
        (date(2025, 3, 7), date(2026, 3, 4), {"years": 1, "days": 3}),
        (date(2024, 2, 29), date(2025, 2, 28), {"years": 1, "days": 0}),
        (date(2025, 9, 4), date(2026, 3, 4), {"days": 0}),  # six months
        (date(2025, 8, 31), date(2026, 2, 26), {"days": 2}),  # six months: 28 February
    ],
)
def test_anniversaries(met_on: date, today: date, expected: dict[str, int]) -> None:
    facts = replace(BARE, met_on=met_on)
    ideas = [idea for idea in available(facts, today, "en") if idea.category == "anniversary"]
    assert ideas
    for idea in ideas:
        assert {name: v for name, v in idea.args.items() if name != "first_name"} == expected


@pytest.mark.parametrize("met_on", [TODAY, date(2025, 3, 11), date(2025, 3, 3), date(2025, 6, 4)])
def test_no_anniversary_outside_the_week(met_on: date) -> None:
    ideas = available(replace(BARE, met_on=met_on), TODAY, "en")
    assert "anniversary" not in {idea.category for idea in ideas}


def test_met_a_year_ago_today_usually_wins() -> None:
    facts = replace(LEA, met_on=date(2025, 3, 4))
    assert share(picks(facts, TODAY, 400), "anniversary") > 0.75


def test_a_long_silence_is_mentioned_and_a_short_one_is_not() -> None:
    long = available(replace(BARE, last_contact=date(2025, 12, 1)), TODAY, "en")
    assert {idea.args.get("months") for idea in long} == {None, 3}
    short = available(replace(BARE, last_contact=date(2026, 2, 1)), TODAY, "en")
    assert all("months" not in idea.args for idea in short)


# The adapter: records and a reader in, a rendered line out.


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator()


def lea(**changes: Any) -> Contact:
    contact = Contact(
        contact_id="c1",
        name="Léa Martin",
        created_at=datetime(2025, 3, 3, 23, 30, tzinfo=UTC),
        met="stage chez Airbus à Hambourg",
        city="Montréal",
        country_code="CA",
        work="data scientist chez Ubisoft",
        interests=("jazz", "escalade"),
        birthday=Birthday(day=12, month=10),
    )
    return replace(contact, **changes)


def test_facts_of_a_contact() -> None:
    last = Interaction("c1", datetime(2026, 1, 10, 9, tzinfo=UTC), note="sa soutenance en mars")
    facts = facts_of(lea(last_contact_at=last.at), last, today=THANKSGIVING)
    assert facts.first_name == "Léa"
    assert facts.met_on == date(2025, 3, 3)
    assert facts.last_note == "sa soutenance en mars"
    assert facts.last_contact == date(2026, 1, 10)
    assert facts.birthday_today
    assert not facts_of(lea(), None, today=TODAY).birthday_today


def test_the_day_you_met() -> None:
    paris = facts_of(lea(), None, today=TODAY, zone=ZoneInfo("Europe/Paris"))
    assert paris.met_on == date(2025, 3, 4)  # the day the contact was added, in the user's zone
    earlier = Interaction("c1", datetime(2024, 7, 1, 12, tzinfo=UTC))  # logged as before that
    assert facts_of(lea(), earlier, today=TODAY).met_on == date(2024, 7, 1)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_idea_for_renders_the_picked_idea(translate: Translator, language: Language) -> None:
    reader = Reader(language, translate)
    last = Interaction("c1", datetime(2026, 1, 10, tzinfo=UTC), note="x" * 500)
    today = date(2026, 3, 3)  # a year since Léa was added
    seen = set()
    for seed in range(60):
        key, text = idea_for(reader, lea(), last, today=today, rng=random.Random(seed))
        again = idea_for(reader, lea(), last, today=today, rng=random.Random(seed), avoid=key)
        assert again[0] != key
        assert 0 < len(text) <= 200
        assert "{" not in text
        seen.add(key.rsplit("-", 1)[0])
    assert "idea-follow_up" in seen
    assert "idea-anniversary" in seen


def test_idea_for_on_the_birthday(translate: Translator) -> None:
    reader = Reader("en", translate)
    key, text = idea_for(reader, lea(), None, today=THANKSGIVING, rng=random.Random(1))
    assert key.startswith("idea-birthday-")
    assert "birthday" in text.lower()
