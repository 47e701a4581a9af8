"""The future moments read in logs and "done" replies, in French and English (table tests)."""

from __future__ import annotations

from datetime import date

import pytest

from core.reading.moments import find_moment, split_when

MONDAY = date(2026, 3, 2)
THURSDAY = date(2026, 3, 5)


def day_of(text: str, today: date = MONDAY) -> date | None:
    """The day to come that the text names, if any."""
    found = find_moment(text, today)
    return found.day if found is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays: the next one to come
        ("fait, on s'appelle jeudi", THURSDAY),
        ("on se voit jeudi soir", THURSDAY),
        ("il est libre jeudi", THURSDAY),
        ("on a prévu de se voir jeudi", THURSDAY),
        ("on s'est dit jeudi", THURSDAY),
        ("elle passe à Paris lundi", date(2026, 3, 9)),  # on a Monday, "lundi" is next week's
        ("mardi", date(2026, 3, 3)),
        ("lundi prochain", date(2026, 3, 9)),
        # days and periods
        ("demain", date(2026, 3, 3)),
        ("demain : déjeuner prévu", date(2026, 3, 3)),
        ("après-demain", date(2026, 3, 4)),
        ("la semaine prochaine", date(2026, 3, 9)),
        ("le mois prochain", date(2026, 4, 1)),
        ("ce week-end", date(2026, 3, 7)),
        ("dans deux semaines", date(2026, 3, 16)),
        ("dans quinze jours", date(2026, 3, 16)),
        ("dans 3 jours", THURSDAY),
        # dates: the next such day, this year or the next
        ("le 9 janvier", date(2027, 1, 9)),
        ("il vient à Toulouse le 9 janvier", date(2027, 1, 9)),
        ("le 3 mars", date(2026, 3, 3)),
        ("le 2 mars", date(2027, 3, 2)),  # today's date is next year's
        ("rdv le 9/04", date(2026, 4, 9)),
        ("rdv le 12/03/2027", date(2027, 3, 12)),
        ("le 15", date(2026, 3, 15)),
        ("le 1er avril", date(2026, 4, 1)),
        ("lundi 10 mars", date(2026, 3, 10)),  # the date written wins over its weekday
        ("à jeudi !", THURSDAY),
        ("rdv mardi 14h", date(2026, 3, 3)),
        ("dans un mois", date(2026, 4, 2)),
        ("On s'est vus jeudi dernier, on se revoit dans 15 jours", date(2026, 3, 16)),
        ("Marie a été prise, elle commence lundi", date(2026, 3, 9)),
    ],
)
def test_french_moments_to_come(text: str, expected: date) -> None:
    assert day_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call on Thursday", THURSDAY),
        ("we'll catch up on Friday", date(2026, 3, 6)),
        ("catch up Friday?", date(2026, 3, 6)),
        ("she said Friday works", date(2026, 3, 6)),
        ("next Monday", date(2026, 3, 9)),
        ("tomorrow", date(2026, 3, 3)),
        ("tomorrow: lunch planned", date(2026, 3, 3)),
        ("the day after tomorrow", date(2026, 3, 4)),
        ("see you next week", date(2026, 3, 9)),
        ("next month", date(2026, 4, 1)),
        ("this weekend", date(2026, 3, 7)),
        ("in two weeks", date(2026, 3, 16)),
        ("in a week", date(2026, 3, 9)),
        ("in a fortnight", date(2026, 3, 16)),
        ("in a couple of weeks", date(2026, 3, 16)),
        ("on 9 January", date(2027, 1, 9)),
        ("January 9th", date(2027, 1, 9)),
        ("April 1st", date(2026, 4, 1)),
        ("on the 15th", date(2026, 3, 15)),
        ("in 3 days", THURSDAY),
        ("Got a call scheduled Thursday", THURSDAY),
        ("call Monday 9 March", date(2026, 3, 9)),
    ],
)
def test_english_moments_to_come(text: str, expected: date) -> None:
    assert day_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the past, by its words or its tense
        "jeudi dernier",
        "on s'est appelé jeudi",
        "on s est appele jeudi",
        "j'ai vu Marie mardi",
        "elle m'a parlé lundi d'un poste",
        "on s'est vus le 9 janvier",
        "la semaine dernière",
        "le week-end dernier",
        "il y a 2 jours",
        "last Thursday",
        "we talked on Monday",
        "we met on Monday",
        "2 days ago",
        "last week",
        "She called on Monday",
        "We spoke Tuesday about Friday's meeting",
        # no day at all
        "super discussion",
        "lunch planned",
        "elle a 25 ans",
        "à 18h30",
        "I may call",
        "Tom 06.12.34.56.78",
        "aujourd'hui",
        "tonight",
    ],
)
def test_not_moments_to_come(text: str) -> None:
    assert find_moment(text, MONDAY) is None


def test_on_a_thursday_jeudi_is_next_week() -> None:
    assert day_of("on s'appelle jeudi", THURSDAY) == date(2026, 3, 12)


def test_on_a_sunday_this_weekend_is_over() -> None:
    assert find_moment("ce week-end", date(2026, 3, 8)) is None
    assert day_of("le week-end prochain", date(2026, 3, 8)) == date(2026, 3, 14)


def test_the_first_moment_to_come_wins() -> None:
    assert day_of("on s'est vus lundi, on se rappelle vendredi") == date(2026, 3, 6)


@pytest.mark.parametrize(
    ("text", "expected", "rest"),
    [
        ("jeudi appeler pour le stage", THURSDAY, "appeler pour le stage"),
        ("le 9 janvier pour le stage", date(2027, 1, 9), "pour le stage"),
        ("dans deux semaines : relancer", date(2026, 3, 16), "relancer"),
        ("lundi prochain appeler", date(2026, 3, 9), "appeler"),
        ("demain matin appeler", date(2026, 3, 3), "appeler"),
        ("tomorrow: lunch planned", date(2026, 3, 3), "lunch planned"),
        ("next Monday", date(2026, 3, 9), ""),
        ("in two weeks follow up", date(2026, 3, 16), "follow up"),
        ("le 9 janvier 2027 pour le stage", date(2027, 1, 9), "pour le stage"),
        ("mardi 10 mars appeler", date(2026, 3, 10), "appeler"),
    ],
)
def test_a_when_opening_the_words(text: str, expected: date, rest: str) -> None:
    found = split_when(text, MONDAY)
    assert found is not None
    assert (found[0].day, found[1]) == (expected, rest)


@pytest.mark.parametrize(
    "text",
    [
        "appeler jeudi",
        "super café",
        "lunch planned tomorrow",
        "",
        "le 1er janvier 2020 appeler",  # a past year is not next year's 1 January
        "le 31 février appeler",  # not 31 March about "février appeler"
        "jeudi dernier appeler",  # not next Thursday
    ],
)
def test_words_not_opening_with_a_when(text: str) -> None:
    assert split_when(text, MONDAY) is None
