"""The /ask ranking: reading a question, matching words, ranking contacts, choosing a draft."""

from __future__ import annotations

import pytest

from core.ask_purpose import draft_for, read_purpose
from core.asking import (
    SNIPPET,
    Person,
    Spot,
    locate,
    rank,
    read_question,
    similarity,
    words_of,
)

BERLIN = Spot("Berlin", "Berlin", "DE", "Europe/Berlin")
RIO = Spot("Rio de Janeiro", "Rio de Janeiro", "BR", "America/Sao_Paulo")
CANADA = Spot("Canada", None, "CA", "America/Toronto")
MONTREAL = Spot("Montréal", "Montréal", "CA", "America/Toronto")
BOSTON = Spot("Boston", "Boston", "US", "America/New_York")
# A place lookup for the tests that read questions: fast, and only these places exist.
PLACES = {
    "berlin": BERLIN,
    "rio de janeiro": RIO,
    "canada": CANADA,
    "montreal": MONTREAL,
    "boston": BOSTON,
}


def fake_locate(text: str) -> Spot | None:
    return PLACES.get(" ".join(words_of(text)))


LEA = Person(
    "lea",
    city="Montréal",
    place="Montréal, Canada",
    country_code="CA",
    timezone="America/Toronto",
    work="Data scientist chez Ubisoft",
    interests=("escalade",),
)
TOM = Person(
    "tom",
    city="Toronto",
    place="Toronto, Canada",
    country_code="CA",
    timezone="America/Toronto",
    work="Coordinatrice de projets chez Airbus",
    met="Stage à Montréal en 2024",
)
ANA = Person(
    "ana",
    city="Berlin",
    place="Berlin, Germany",
    country_code="DE",
    timezone="Europe/Berlin",
    work="Data scientist",
)
HANS = Person(
    "hans",
    city="Berlin",
    place="Berlin, Germany",
    country_code="DE",
    timezone="Europe/Berlin",
    work="Data engineer",
    tags=("startup",),
    notes=("Il cherche des bénévoles pour le festival de jazz",),
)
JO = Person(
    "jo",
    city="New York City",
    place="New York City, United States",
    country_code="US",
    timezone="America/New_York",
    work="chef de projet",
)
NOBODY = Person("nobody")
PEOPLE = (LEA, TOM, ANA, HANS, JO, NOBODY)


@pytest.mark.parametrize(
    ("typed", "field", "low", "high"),
    [
        ("montreal", "Montréal", 100, 100),  # accents and case aside
        ("MONTRÉAL", "montreal", 100, 100),
        ("data science", "Data scientist", 80, 100),  # the same stem
        ("data sciense", "data scientist at Ubisoft", 80, 100),  # a typo
        ("coordinateur de projet", "Coordinatrice de projets", 80, 100),
        ("developpeur", "Développeur web", 80, 100),
        ("berlni", "Berlin", 75, 95),
        ("chef de projet marketing", "chef de projet", 50, 79),  # only close
        ("berlin", "Merlin", 0, 0),  # a typo rarely hits the first letter
        ("art", "startup", 0, 0),  # short words must be whole
        ("art", "Art director", 100, 100),
        ("jazz", "", 0, 0),
    ],
)
def test_similarity(typed: str, field: str, low: float, high: float) -> None:
    words = tuple(word for word in words_of(typed) if word not in {"de"})
    assert low <= similarity(words, words_of(field)) <= high


@pytest.mark.parametrize(
    ("question", "terms", "place"),
    [
        ("data science Berlin", ["data science", "Berlin"], BERLIN),
        ("data science à Berlin", ["data science", "Berlin"], BERLIN),
        ("Rio de Janeiro design", ["Rio de Janeiro", "design"], RIO),
        ("ux in rio de janeiro", ["ux", "rio de janeiro"], RIO),
        ("coordinateur de projet", ["coordinateur de projet"], None),
        ("Canada", ["Canada"], CANADA),
        ("de la", [], None),  # nothing but filler
        ("", [], None),
    ],
)
def test_read_question(question: str, terms: list[str], place: Spot | None) -> None:
    read = read_question(question, fake_locate)
    assert [term.text for term in read] == terms
    assert next((term.spot for term in read if term.spot), None) == place


def test_read_question_keeps_a_place_s_own_name_for_notes() -> None:
    (term,) = read_question("Londres")
    assert term.spot is not None
    assert (term.spot.name, term.spot.city, term.spot.country_code) == ("Londres", "London", "GB")
    assert term.forms == (("londres",), ("london",))


@pytest.mark.parametrize(
    ("typed", "name", "city", "country"),
    [
        ("Montréal", "Montréal", "Montréal", "CA"),
        ("montreal", "Montréal", "Montréal", "CA"),
        ("Montrel", "Montréal", "Montréal", "CA"),  # a typo in a long name
        ("Londres", "Londres", "London", "GB"),  # another name of a big city
        ("new york", "New York", "New York City", "US"),  # the user's words, capitalised
        ("Canada", "Canada", None, "CA"),  # a country on several clocks
        ("Allemagne", "Allemagne", None, "DE"),
        ("santé", None, None, None),  # an alias of Xanten, a small German town
        ("google", None, None, None),
        ("data", None, None, None),
        ("vin", None, None, None),
    ],
)
def test_locate(typed: str, name: str | None, city: str | None, country: str | None) -> None:
    spot = locate(typed)
    found = (spot.name, spot.city, spot.country_code) if spot else (None, None, None)
    assert found == (name, city, country)


@pytest.mark.parametrize(
    ("question", "keys", "closest", "kinds"),
    [
        ("Montréal", ["lea", "tom"], False, [["city"], ["met"]]),
        ("montreal", ["lea", "tom"], False, [["city"], ["met"]]),
        ("Canada", ["lea", "tom"], False, [["country"], ["country"]]),
        ("coordinateur de projet", ["tom"], False, [["work"]]),
        ("data sciense", ["lea", "ana"], False, [["work"], ["work"]]),
        # Both terms first, then the better single matches.
        (
            "data science Berlin",
            ["ana", "hans", "lea"],
            False,
            [["city", "work"], ["city"], ["work"]],
        ),
        ("escalade", ["lea"], False, [["interest"]]),
        ("#startup", ["hans"], False, [["tag"]]),
        ("jazz", ["hans"], False, [["note"]]),
        # Nobody: the same country, then the same part of the world.
        ("Boston", ["jo", "lea", "tom"], True, [["near"], ["region"], ["region"]]),
        ("chef de projet marketing", ["jo", "tom"], True, [["work"], ["work"]]),
        ("python", [], True, []),
    ],
)
def test_rank(question: str, keys: list[str], closest: bool, kinds: list[list[str]]) -> None:
    matches, found_closest = rank(read_question(question, fake_locate), PEOPLE)
    assert [match.key for match in matches] == keys
    assert found_closest is closest
    assert [[reason.kind for reason in match.reasons] for match in matches] == kinds


def test_rank_says_why_with_the_matching_text() -> None:
    matches, _ = rank(read_question("data science Berlin", fake_locate), PEOPLE)
    assert [(r.kind, r.text) for r in matches[0].reasons] == [
        ("city", "Berlin, Germany"),
        ("work", "Data scientist"),
    ]
    assert matches[0].terms == 2


def test_a_long_note_is_cut_around_the_match() -> None:
    note = "Un très long échange sur plein de sujets " * 4 + "et surtout sur le jazz manouche."
    person = Person("p", notes=(note,))
    matches, _ = rank(read_question("jazz", fake_locate), [person])
    text = matches[0].reasons[0].text
    assert text.startswith("…")
    assert "jazz manouche" in text
    assert len(text) <= SNIPPET


def test_rank_keeps_the_best_five() -> None:
    crowd = [Person(f"p{i}", work=f"Data scientist {i}") for i in range(9)]
    matches, closest = rank(read_question("data science", fake_locate), crowd)
    assert len(matches) == 5
    assert not closest


@pytest.mark.parametrize(
    ("question", "kind", "topic", "place"),
    [
        ("Montréal", "city", "", MONTREAL),
        ("Canada", "country", "", CANADA),
        ("data science", "advice", "data science", None),
        ("data science à Berlin", "advice", "data science", BERLIN),
        ("Rio de Janeiro design", "advice", "design", RIO),
        ("stage design Rio de Janeiro", "role", "design", RIO),
    ],
)
def test_the_draft_of_a_question(question: str, kind: str, topic: str, place: Spot | None) -> None:
    draft = draft_for(read_purpose(read_question(question, fake_locate)))
    assert (draft.kind, draft.topic, draft.spot) == (kind, topic, place)
