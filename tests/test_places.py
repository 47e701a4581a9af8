"""Tests for fold and for resolving typed places and shared locations to time zones."""

import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.places import (
    MAX_QUERY_LENGTH,
    Place,
    PlaceLookup,
    find_place,
    is_valid_timezone,
    place_at,
)
from core.text import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("München", "munchen"),
        ("  Saint-Étienne ", "saint etienne"),
        ("Œuvre", "oeuvre"),
        ("Straße", "strasse"),
        ("Ærøskøbing", "aeroskobing"),
        ("Łódź", "lodz"),
        ("İstanbul", "istanbul"),
        ("Đà Nẵng", "da nang"),
        ("l’Haÿ-les-Roses", "l hay les roses"),
        ("O'Brien_St.Louis", "o brien st louis"),
        ("a \t\n b\u00a0c", "a b c"),
        ("ＰＡＲＩＳ", "paris"),
        ("القاهرة", "القاهرة"),
        ("", ""),
        (" - . _ ", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@settings(database=None)
@given(st.text(max_size=50))
def test_fold_is_idempotent_and_stripped(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded


def _zones(lookup: PlaceLookup) -> list[str]:
    return [place.timezone for place in lookup.candidates]


@pytest.mark.parametrize(
    ("query", "timezone", "city"),
    [
        ("münchen", "Europe/Berlin", "Munich"),
        ("Munchen", "Europe/Berlin", "Munich"),
        ("Munich", "Europe/Berlin", "Munich"),
        ("Monaco di Baviera", "Europe/Berlin", "Munich"),
        ("Muenchen", "Europe/Berlin", "Munich"),
        ("montreal", "America/Toronto", "Montréal"),
        ("Montréal", "America/Toronto", "Montréal"),
        ("lyon", "Europe/Paris", "Lyon"),
        ("  LYON  ", "Europe/Paris", "Lyon"),
        ("Köln", "Europe/Berlin", "Köln"),
        ("Cologne", "Europe/Berlin", "Köln"),
        ("Genève", "Europe/Zurich", "Geneva"),
        ("Bruxelles", "Europe/Brussels", "Brussels"),
        ("Brussels", "Europe/Brussels", "Brussels"),
        ("Londres", "Europe/London", "London"),
        ("Hambourg", "Europe/Berlin", "Hamburg"),
        ("Pekin", "Asia/Shanghai", "Beijing"),
        ("saint etienne", "Europe/Paris", "Saint-Étienne"),
        ("Saint-Étienne", "Europe/Paris", "Saint-Étienne"),
        ("القاهرة", "Africa/Cairo", "Cairo"),
        ("Paris 🇫🇷", "Europe/Paris", "Paris"),
        ("Paris!", "Europe/Paris", "Paris"),
        (", Paris ,", "Europe/Paris", "Paris"),
        ("Lyon,,France", "Europe/Paris", "Lyon"),
        ("Kiev", "Europe/Kyiv", "Kyiv"),
        ("Bombay", "Asia/Kolkata", "Mumbai"),
        ("New York", "America/New_York", "New York City"),
        ("Nouméa", "Pacific/Noumea", "Nouméa"),
        # "City, Country", "City, CC" and "City Country" disambiguate.
        ("Paris, France", "Europe/Paris", "Paris"),
        ("Paris, FR", "Europe/Paris", "Paris"),
        ("London, Canada", "America/Toronto", "London"),
        ("London Canada", "America/Toronto", "London"),
        ("London, UK", "Europe/London", "London"),
        ("Valence, France", "Europe/Paris", "Valence"),
        ("Portland, US", "America/Los_Angeles", "Portland"),
        # Typos in long names are fixed with confidence.
        ("Los Angles", "America/Los_Angeles", "Los Angeles"),
        ("Rio de Janiero", "America/Sao_Paulo", "Rio de Janeiro"),
    ],
)
def test_find_place_resolves_cities(query: str, timezone: str, city: str) -> None:
    lookup = find_place(query)
    assert lookup.query == query
    assert lookup.best is not None
    assert (lookup.best.timezone, lookup.best.city) == (timezone, city)


def test_city_place_carries_country() -> None:
    best = find_place("lyon").best
    assert best == Place("Lyon, France", "Europe/Paris", "Lyon", "FR", "France", words="Lyon")
    assert find_place("Lyon").candidates == ()


@pytest.mark.parametrize(
    ("query", "zones"),
    [
        ("Portland", ["America/Los_Angeles", "America/New_York"]),
        ("Valence", ["Europe/Madrid", "Europe/Paris"]),
        ("San Jose", ["America/Los_Angeles", "America/Costa_Rica", "Asia/Manila"]),
        ("Victoria", ["Asia/Hong_Kong", "America/Vancouver"]),
        ("Geneva", ["Europe/Zurich", "America/Chicago"]),
    ],
)
def test_ambiguous_city_keeps_the_biggest_and_offers_other_zones(
    query: str, zones: list[str]
) -> None:
    lookup = find_place(query)
    assert lookup.best is not None
    assert _zones(lookup) == zones
    assert lookup.best.timezone == zones[0]
    # Same-country homonyms are told apart by their zone.
    assert all(place.label.endswith(f"({place.timezone})") for place in lookup.candidates)


@pytest.mark.parametrize("query", ["Paris", "London", "Lyon", "Paris, France"])
def test_small_homonyms_are_not_offered(query: str) -> None:
    assert find_place(query).candidates == ()


@pytest.mark.parametrize(
    ("query", "timezone", "label"),
    [
        ("europe/paris", "Europe/Paris", "Europe/Paris"),
        ("America/New York", "America/New_York", "America/New_York"),
        ("  america / argentina / buenos aires ", *["America/Argentina/Buenos_Aires"] * 2),
        ("UTC", "UTC", "UTC"),
        ("gmt", "GMT", "GMT"),
        ("Etc/GMT+1", "Etc/GMT+1", "Etc/GMT+1"),
        ("US/Eastern", "US/Eastern", "US/Eastern"),
        ("UTC+2", "Etc/GMT-2", "UTC+2"),
        ("utc + 2", "Etc/GMT-2", "UTC+2"),
        ("GMT-5", "Etc/GMT+5", "UTC-5"),
        ("UTC−3", "Etc/GMT+3", "UTC-3"),
        ("UTC+14", "Etc/GMT-14", "UTC+14"),
        ("UTC+05:00", "Etc/GMT-5", "UTC+5"),
        ("UTC+0", "UTC", "UTC"),
    ],
)
def test_find_place_resolves_zones_and_offsets(query: str, timezone: str, label: str) -> None:
    assert find_place(query) == PlaceLookup(query, Place(label, timezone, None, None, None), ())


@pytest.mark.parametrize(
    "query",
    ["UTC+05:30", "UTC+5:45", "UTC+15", "GMT-13", "Europe/Atlantis", "EST", "CET", "IST", "BST"],
)
def test_unsafe_zones_offsets_and_abbreviations_match_nothing(query: str) -> None:
    assert find_place(query) == PlaceLookup(query, None, ())


@pytest.mark.parametrize(
    ("query", "timezone", "country"),
    [
        ("France", "Europe/Paris", "France"),
        ("france", "Europe/Paris", "France"),
        ("Allemagne", "Europe/Berlin", "Germany"),
        ("Royaume-Uni", "Europe/London", "United Kingdom"),
        ("UK", "Europe/London", "United Kingdom"),
        ("Italie", "Europe/Rome", "Italy"),
        ("Inde", "Asia/Kolkata", "India"),
        ("Égypte", "Africa/Cairo", "Egypt"),
        # Geonames lists "Egypt" among the aliases of Goodyear, Arizona: countries come first.
        ("Egypt", "Africa/Cairo", "Egypt"),
        ("Ireland", "Europe/Dublin", "Ireland"),
        # Twelve Argentine zones, one clock.
        ("Argentina", "America/Argentina/Buenos_Aires", "Argentina"),
    ],
)
def test_single_clock_country(query: str, timezone: str, country: str) -> None:
    lookup = find_place(query)
    assert lookup.best is not None
    assert lookup.best == Place(country, timezone, None, lookup.best.country_code, country)
    assert lookup.candidates == ()


@pytest.mark.parametrize(
    ("query", "extra"), [("Espagne", "Atlantic/Canary"), ("China", "Asia/Urumqi")]
)
def test_dominant_clock_country_offers_the_others(query: str, extra: str) -> None:
    lookup = find_place(query)
    assert lookup.best is not None
    assert lookup.best.city is None
    assert lookup.candidates[0] == lookup.best
    assert extra in _zones(lookup)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Canada", "America/Toronto"),
        ("USA", "America/New_York"),
        ("États-Unis", "America/New_York"),
        ("Brazil", "America/Sao_Paulo"),
        ("Brésil", "America/Sao_Paulo"),
        ("Russia", "Europe/Moscow"),
        ("Australia", "Australia/Sydney"),
        ("Mexique", "America/Mexico_City"),
    ],
)
def test_multi_zone_country_offers_choices(query: str, first: str) -> None:
    lookup = find_place(query)
    assert lookup.best is None
    assert 2 <= len(lookup.candidates) <= 5
    assert lookup.candidates[0].timezone == first
    assert len(set(_zones(lookup))) == len(lookup.candidates)
    for place in lookup.candidates:
        assert place.label == f"{place.city}, {place.country} ({place.timezone})"


@pytest.mark.parametrize(
    ("query", "city"),
    [
        ("Montral", "Montréal"),
        ("Lyion", "Lyon"),
        ("Hambur", "Hamburg"),
        ("Strasbuorg", "Strasbourg"),
    ],
)
def test_fuzzy_matches_are_only_offered(query: str, city: str) -> None:
    lookup = find_place(query)
    assert lookup.best is None
    assert city in [place.city for place in lookup.candidates]


def test_fuzzy_country() -> None:
    lookup = find_place("Allemange")
    assert lookup.best is None
    assert [place.label for place in lookup.candidates] == ["Germany"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!",
        "?!.,;",
        "😀",
        "😀😀😀",
        "<b>&",
        "banana",
        "xyzzy",
        "asdf",
        "qwerty",
        "fr",
        "us",
        "de",
        "xx",
        "\x00\x01\x1b[31m",
        "\u202e\u200f",
        "x" * 5000,
        "Paris" * 41,
        "'; DROP TABLE users; --",
    ],
)
def test_garbage_matches_nothing(query: str) -> None:
    assert find_place(query) == PlaceLookup(query, None, ())


def test_query_length_limit() -> None:
    padded = "Lyon".ljust(MAX_QUERY_LENGTH)
    assert find_place(padded).best is not None
    assert find_place(padded + " ").best is None


def test_import_is_pure_and_lazy() -> None:
    code = (
        "import sys, core.places as p, core.reading.clocktime;"
        "assert p._atlas.cache_info().currsize == 0;"
        "assert not {'telegram', 'tinydb', 'timezonefinder'} & set(sys.modules), sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("Europe/Paris", True),
        ("UTC", True),
        ("Etc/GMT-14", True),
        ("US/Eastern", True),
        ("europe/paris", False),
        ("Europe/Paris ", False),
        ("Europe", False),
        ("", False),
        ("../../etc/passwd", False),
        ("localtime", False),
        ("Factory", False),
        ("Mars/Olympus_Mons", False),
        ("\x00", False),
    ],
)
def test_is_valid_timezone(name: str, valid: bool) -> None:
    assert is_valid_timezone(name) is valid


@pytest.mark.parametrize(
    ("latitude", "longitude", "label", "timezone"),
    [
        (45.76, 4.84, "Lyon, France", "Europe/Paris"),  # not the closer "Lyon 03" district
        (48.8035, 2.1342, "Versailles, France", "Europe/Paris"),  # not Paris, 17 km away
        (48.5722, 7.8156, "Kehl, Germany", "Europe/Berlin"),  # Strasbourg is 4 km away
        (48.5734, 7.7521, "Strasbourg, France", "Europe/Paris"),
        (50.45, 30.52, "Kyiv, Ukraine", "Europe/Kyiv"),
        (-33.87, 151.21, "Sydney, Australia", "Australia/Sydney"),
        (40.0, -30.0, "Etc/GMT+2", "Etc/GMT+2"),  # mid-Atlantic: no city within 100 km
    ],
)
def test_place_at(latitude: float, longitude: float, label: str, timezone: str) -> None:
    place = place_at(latitude, longitude)
    assert place is not None
    assert (place.label, place.timezone) == (label, timezone)


def test_place_at_without_city_has_no_country() -> None:
    assert place_at(40.0, -30.0) == Place("Etc/GMT+2", "Etc/GMT+2", None, None, None)


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(91.0, 0.0), (0.0, 180.5), (-90.5, 0.0), (math.nan, 0.0), (0.0, math.inf)],
)
def test_place_at_rejects_impossible_coordinates(latitude: float, longitude: float) -> None:
    assert place_at(latitude, longitude) is None


def _assert_sane(lookup: PlaceLookup) -> None:
    places = [*lookup.candidates, *([lookup.best] if lookup.best else [])]
    assert all(is_valid_timezone(place.timezone) for place in places)
    assert len(lookup.candidates) <= 5
    assert len(set(_zones(lookup))) == len(lookup.candidates)


@settings(deadline=None, database=None)
@given(st.text(max_size=MAX_QUERY_LENGTH + 10))
def test_find_place_never_raises(query: str) -> None:
    _assert_sane(find_place(query))


_NAMES = st.sampled_from(["Lyon", "Paris", "Montréal", "Canada", "UTC+2", "Europe/Paris"])


@settings(deadline=None, database=None)
@given(_NAMES, st.text(alphabet=st.characters(codec="utf-8"), max_size=3), st.booleans())
def test_find_place_survives_noisy_names(name: str, noise: str, before: bool) -> None:
    _assert_sane(find_place(noise + name if before else name + noise))


@settings(deadline=None, database=None, max_examples=50)
@given(st.floats(), st.floats())
def test_place_at_never_raises(latitude: float, longitude: float) -> None:
    place = place_at(latitude, longitude)
    assert place is None or is_valid_timezone(place.timezone)
