"""Places in the reader's language: cities as typed, countries from CLDR, zones as cities."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import available_timezones

import pytest

from core.agenda import Entry, select
from core.asking import Person, rank, read_question
from core.export.cards import write_cards
from core.export.sheet import write_sheet
from core.fields import apply_place
from core.model import Contact
from core.place_names import (
    city_name,
    clock_differs,
    country_name,
    found_place_name,
    place_name,
    zone_name,
)
from core.places import find_place
from services.contacts import place_filter
from storage.tinydb.documents import contact_from

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 2, 8, 0, tzinfo=UTC)


def added(typed: str, language: str, contact_id: str = "c1") -> Contact:
    """A contact whose place the user typed, as the contact form stores it."""
    best = find_place(typed).best
    assert best is not None, typed
    return apply_place(Contact(contact_id, "Someone", NOW), best, language)


@pytest.mark.parametrize(
    ("code", "french", "english"),
    [
        ("DE", "Allemagne", "Germany"),
        ("ES", "Espagne", "Spain"),
        ("IT", "Italie", "Italy"),
        ("US", "États-Unis", "United States"),
        ("CA", "Canada", "Canada"),
        ("JP", "Japon", "Japan"),
        ("GB", "Royaume-Uni", "United Kingdom"),
        ("de", "Allemagne", "Germany"),
    ],
)
def test_countries_come_from_cldr(code: str, french: str, english: str) -> None:
    assert (country_name(code, "fr"), country_name(code, "en")) == (french, english)


@pytest.mark.parametrize(
    ("typed", "french", "english"),
    [
        ("Hambourg", "Hambourg, Allemagne", "Hamburg, Germany"),
        ("hambourg", "Hambourg, Allemagne", "Hamburg, Germany"),
        ("Hambourg, Allemagne", "Hambourg, Allemagne", "Hamburg, Germany"),
        ("Barcelone", "Barcelone, Espagne", "Barcelona, Spain"),
        ("Venise", "Venise, Italie", "Venice, Italy"),
        ("Londres", "Londres, Royaume-Uni", "London, United Kingdom"),
        ("Osaka", "Osaka, Japon", "Osaka, Japan"),
        ("Montréal", "Montréal, Canada", "Montréal, Canada"),
        ("new york", "New York, États-Unis", "New York City, United States"),
        ("Allemagne", "Allemagne", "Germany"),
        ("Japon", "Japon", "Japan"),
    ],
)
def test_a_place_typed_in_french_reads_in_both_languages(
    typed: str, french: str, english: str
) -> None:
    contact = added(typed, "fr")
    assert (place_name(contact, "fr"), place_name(contact, "en")) == (french, english)


def test_the_typed_words_are_kept_in_their_own_language() -> None:
    contact = added("Hambourg", "fr")
    assert (contact.place, contact.city, contact.country_code) == ("Hambourg", "Hamburg", "DE")
    assert contact.place_language == "fr"
    english = added("Hamburg", "en")
    assert place_name(english, "fr") == "Hamburg, Allemagne"  # no French name in the data
    assert place_name(english, "en") == "Hamburg, Germany"
    # A typo is not the user's name for the city: the data's name is shown.
    typo = added("Los Angles", "fr")
    assert (typo.place, place_name(typo, "fr")) == ("Los Angeles", "Los Angeles, États-Unis")


def test_a_just_found_place_reads_in_the_typed_language() -> None:
    for typed, french in (("Londres", "Londres, Royaume-Uni"), ("Europe/Paris", "Paris")):
        best = find_place(typed).best
        assert best is not None
        assert found_place_name(best, "fr") == french
    london = find_place("London").best
    assert london is not None
    assert found_place_name(london, "en") == "London, United Kingdom"


def test_an_older_english_record_still_reads_and_matches() -> None:
    # What an older version stored, read straight from its JSON document.
    document = {
        "contact_id": "old1",
        "name": "Jonas Weber",
        "created_at": "2025-11-02T08:00:00+00:00",
        "place": "Hamburg, Germany",
        "city": "Hamburg",
        "country_code": "DE",
        "timezone": "Europe/Berlin",
    }
    jonas = contact_from(document)
    assert place_name(jonas, "en") == "Hamburg, Germany"
    assert place_name(jonas, "fr") == "Hamburg, Allemagne"
    london = contact_from(
        document
        | {"place": "London, United Kingdom", "city": "London", "country_code": "GB"}
        | {"timezone": "Europe/London"}
    )
    assert place_name(london, "fr") == "Londres, Royaume-Uni"  # CLDR names the zone's city
    assert city_name(london, "en") == "London"
    entries = [Entry(jonas, None)]
    for typed in ("Hambourg", "Hamburg", "Allemagne", "Germany"):
        chosen = place_filter(typed)
        assert select(entries, chosen, NOW.date()) == entries, typed


def test_unresolved_text_and_zones_are_shown_without_ids() -> None:
    text = Contact("c1", "Someone", NOW, place="chez ses parents")
    assert place_name(text, "fr") == "chez ses parents"
    zone = added("America/Toronto", "fr")
    assert place_name(zone, "fr") == "Toronto"


def test_list_filters_accept_both_languages() -> None:
    lena = Entry(added("Hambourg", "fr", "lena"), None)
    tom = Entry(added("Hamburg", "en", "tom"), None)
    pablo = Entry(added("Barcelone", "fr", "pablo"), None)
    marco = Entry(added("Milan", "en", "marco"), None)
    everyone = [lena, tom, pablo, marco]
    expected = {
        "Hambourg": [lena, tom],
        "hamburg": [lena, tom],
        "Barcelone": [pablo],
        "Barcelona": [pablo],
        "Allemagne": [lena, tom],
        "Germany": [lena, tom],
        "Espagne": [pablo],
        "Italie": [marco],
        "Milano": [marco],
        "Londres": [],
    }
    for typed, kept in expected.items():
        chosen = place_filter(typed)
        assert select(everyone, chosen, NOW.date()) == kept, typed


def test_ask_finds_a_city_by_its_names_in_both_languages() -> None:
    people = [
        Person("lena", city="Hamburg", place="Hambourg", country_code="DE"),
        Person("tom", city="Hamburg", place="Hamburg, Germany", country_code="DE"),
        Person("pablo", city="Barcelona", place="Barcelone", country_code="ES"),
    ]
    for typed, keys in (
        ("Hambourg", {"lena", "tom"}),
        ("Hamburg", {"lena", "tom"}),
        ("Barcelone", {"pablo"}),
    ):
        matches, closest = rank(read_question(typed), people)
        assert ({match.key for match in matches}, closest) == (keys, False), typed
    [spot] = [term.spot for term in read_question("Hambourg")]
    assert spot is not None
    assert spot.name == "Hambourg"  # the draft says "à Hambourg", not "à Hamburg"


@pytest.mark.parametrize(
    ("zone", "french", "english"),
    [
        ("America/Toronto", "Toronto", "Toronto"),
        ("Europe/London", "Londres", "London"),
        ("Asia/Tokyo", "Tokyo", "Tokyo"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires", "Buenos Aires"),
        ("Etc/GMT-2", "UTC+2", "UTC+2"),
        ("Etc/GMT+5", "UTC-5", "UTC-5"),
        ("UTC", "UTC", "UTC"),
    ],
)
def test_zones_are_named_by_their_city(zone: str, french: str, english: str) -> None:
    assert (zone_name(zone, "fr"), zone_name(zone, "en")) == (french, english)


def test_no_zone_is_ever_named_by_its_id() -> None:
    for zone in available_timezones():
        for language in ("fr", "en"):
            assert "/" not in zone_name(zone, language), zone


def test_only_a_different_clock_counts() -> None:
    assert not clock_differs(NOW, "Europe/Paris", "Europe/Paris")
    assert not clock_differs(NOW, "Europe/Paris", "Europe/Berlin")  # same offset: same clock
    assert clock_differs(NOW, "Europe/Paris", "America/Toronto")
    assert clock_differs(NOW, "Europe/Paris", "Europe/London")
    # Lagos keeps UTC+1: Paris's clock in winter, not in summer.
    assert not clock_differs(NOW, "Europe/Paris", "Africa/Lagos")
    assert clock_differs(SUMMER, "Europe/Paris", "Africa/Lagos")
    assert not clock_differs(NOW, "Europe/Paris", None)
    assert not clock_differs(NOW, "Europe/Paris", "Not/AZone")


def test_exports_write_places_in_the_users_language() -> None:
    lena = added("Hambourg", "fr")
    assert "Hambourg, Allemagne" in write_sheet(["h"] * 12, [lena], "fr").decode()
    assert "Hamburg, Germany" in write_sheet(["h"] * 12, [lena], "en").decode()
    card = write_cards([lena], "fr").decode()
    assert "ADR:;;;Hambourg;;;Allemagne" in card
    text = Contact("c2", "Sam", NOW, place="chez ses parents")
    assert "ADR:;;;chez ses parents;;;" in write_cards([text], "fr").decode()
