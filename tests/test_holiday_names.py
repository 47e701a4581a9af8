"""Holidays in the reader's language: curated names with their article, or "un jour férié"."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.config import Language
from bot.i18n import LOCALES_DIR, Translator
from bot.views.ideas import holiday_name
from core.ideas.choice import Facts, Idea, available
from core.ideas.holiday_calendar import NAMED, holidays_near
from tests.catalogs import Reader

COUNTRIES = ("DE", "IT", "ES", "GB", "US", "CA", "JP", "CH", "BE", "NL", "IE", "PT", "FR", "AT")


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator()


def holiday_ideas(country: str, today: date, language: str) -> list[Idea]:
    facts = Facts(first_name="Karim", country_code=country)
    return [idea for idea in available(facts, today, language) if idea.category == "holiday"]


def rendered(reader: Reader, idea: Idea) -> str:
    args = {**idea.args, "holiday": holiday_name(reader, str(idea.args["holiday"]))}
    return reader.text(idea.key, **args)


def texts(reader: Reader, country: str, today: date) -> list[str]:
    return [rendered(reader, idea) for idea in holiday_ideas(country, today, reader.language)]


# The issue's examples: (country, day, language) -> a sentence the ideas must now contain.
EXAMPLES = [
    # before: "German Unity Day là-bas dans 2 jours : ..."
    ("DE", date(2026, 10, 1), "fr", "Dans 2 jours, c'est la fête de l'Unité allemande là où vit"),
    # before: "Saint Francis of Assisi, Patron Saint of Italy là-bas dans 3 jours"
    ("IT", date(2026, 10, 1), "fr", "Dans 3 jours, c'est la Saint-François d'Assise là-bas"),
    # before: "Action de grâce là-bas dans 4 jours : ..."
    ("CA", date(2026, 10, 8), "fr", "Dans 4 jours, c'est l'Action de grâce là-bas\u00a0:"),
    ("US", date(2026, 7, 3), "fr", "Demain, c'est la fête de l'Indépendance là où vit Karim"),
    ("JP", date(2026, 4, 29), "fr", "Aujourd'hui, c'est un jour férié là où vit Karim"),
    ("DE", date(2026, 10, 1), "en", "It's German Unity Day in 2 days where Karim lives"),
    ("IT", date(2026, 10, 1), "en", "It's the feast of St Francis in 3 days over there"),
    ("US", date(2026, 1, 30), "en", "It's Groundhog Day in 3 days where Karim lives"),
]


@pytest.mark.parametrize(("country", "today", "language", "expected"), EXAMPLES)
def test_the_issue_examples_read_as_whole_sentences(
    translate: Translator, country: str, today: date, language: Language, expected: str
) -> None:
    found = texts(Reader(language, translate), country, today)
    assert any(expected in text for text in found), found


def test_every_curated_holiday_is_named_in_both_catalogs(translate: Translator) -> None:
    keys = set(NAMED.values()) | {"unnamed"}
    for language in ("fr", "en"):
        source = (LOCALES_DIR / language / "holidays.ftl").read_text(encoding="utf-8")
        assert set(re.findall(r"^holiday-([a-z-]+) =", source, re.MULTILINE)) == keys, language
        for key in keys:
            assert translate(language, f"holiday-{key}")


def test_a_french_reader_never_sees_the_librarys_english_names(translate: Translator) -> None:
    reader = Reader("fr", translate)
    french = {translate("fr", f"holiday-{key}") for key in (*NAMED.values(), "unnamed")}
    english_names = {
        holiday.name
        for country in COUNTRIES
        for week in range(0, 366, 7)
        for holiday, _ in holidays_near(country, date(2026, 1, 1) + timedelta(week), 6, "en")
    }
    seen = 0
    for country in COUNTRIES:
        for week in range(0, 366, 7):
            for idea in holiday_ideas(country, date(2026, 1, 1) + timedelta(week), "fr"):
                name = holiday_name(reader, str(idea.args["holiday"]))
                assert name in french, (country, idea)
                text = rendered(reader, idea)
                assert not [n for n in english_names if n in text and n not in french], text
                seen += 1
    assert seen > 200


def test_festivals_without_a_french_name_are_not_offered_in_french() -> None:
    groundhog = date(2026, 1, 30)
    assert {idea.args["holiday"] for idea in holiday_ideas("US", groundhog, "en")} == {
        "Groundhog Day"
    }
    assert holiday_ideas("US", groundhog, "fr") == []


def test_unnamed_public_holidays_are_one_public_holiday_there() -> None:
    golden_week = date(2026, 4, 28)  # Showa Day, Constitution Day, Greenery Day
    named = {str(i.args["holiday"]) for i in holiday_ideas("JP", golden_week, "fr")}
    assert named == {"constitution-day", "Showa Day"}  # Greenery Day (4 May): not twice
    assert len({str(i.args["holiday"]) for i in holiday_ideas("JP", golden_week, "en")}) == 3


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_contact_in_canada_hears_of_thanksgiving_by_its_own_name(
    translate: Translator, language: Language
) -> None:
    reader = Reader(language, translate)
    found = texts(reader, "CA", date(2026, 10, 12))
    name = translate(language, "holiday-thanksgiving")
    assert found
    assert all(name in text for text in found)
    assert all("Thanksgiving Day" not in text for text in found)
