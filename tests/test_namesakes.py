"""Namesakes get a detail each: place, work, how met, a channel, day added, else the order."""

from __future__ import annotations

from datetime import date

from core.namesakes import Detail, namesake_details
from tests.seeding import person


def test_only_namesakes_get_a_detail() -> None:
    details = namesake_details(
        [
            person("a", "Hugo Bernard", city="Lyon", place="Lyon, France"),
            person("b", "hugo  BERNARD", place="Paris, France"),
            person("c", "Hugo Bertrand", city="Lyon"),
        ]
    )
    assert details == {
        "a": Detail("place", text="Lyon"),
        "b": Detail("place", text="Paris, France"),
    }


def test_the_first_detail_that_differs_wins() -> None:
    same_place = [
        person("a", "Léa", city="Lyon", work="Airbus"),
        person("b", "Lea", city="Lyon", work="SNCF"),
    ]
    assert namesake_details(same_place)["b"] == Detail("work", text="SNCF")
    added = [person("a", "Léa", added_days_ago=3), person("b", "Léa", added_days_ago=40)]
    assert namesake_details(added) == {
        "a": Detail("added", day=date(2026, 2, 27)),
        "b": Detail("added", day=date(2026, 1, 21)),
    }
    clones = [person("a", "Léa"), person("b", "Léa"), person("c", "Léa", work="x")]
    assert [namesake_details(clones)[i] for i in "abc"] == [
        Detail("number", number=1),
        Detail("number", number=2),
        Detail("number", number=3),
    ]
