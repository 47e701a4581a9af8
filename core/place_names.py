"""Where a contact lives, written in the reader's language; time zones named, never IANA ids.

A contact keeps the words the user typed for its city ("Hambourg") with the language they were
typed in, the place data's own name for it ("Hamburg") and the country's ISO code. A reader in
the typed language reads the typed words; any other reader reads the city's name from CLDR
(Babel's exemplar cities: "London" is "Londres" in French) or from the place data. Countries
always come from CLDR: "Allemagne", "Germany".
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location

from core.model import Contact
from core.places import Place

_ETC = re.compile(r"Etc/GMT([+-])(\d{1,2})")
_UTC = frozenset({"UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Zulu", "UCT", "Zulu"})


@cache
def country_name(code: str, language: str) -> str:
    """A country in the reader's language: "DE" is "Allemagne" or "Germany"."""
    return str(Locale.parse(language).territories.get(code.upper(), code.upper()))


@cache
def zone_name(zone: str, language: str) -> str:
    """A time zone as people name it: its city in the reader's language ("Londres"), or "UTC+2".

    Never the IANA id itself: an unknown id is cut to its last part ("Foo_Bar" is "Foo Bar").
    """
    if zone in _UTC:
        return "UTC"
    if etc := _ETC.fullmatch(zone):  # "Etc/GMT-2" is two hours east of Greenwich: UTC+2
        hours = int(etc[2])
        return f"UTC{'-' if etc[1] == '+' else '+'}{hours}" if hours else "UTC"
    try:
        return str(get_timezone_location(zone, locale=language, return_city=True))
    except LookupError:  # an id CLDR does not list
        return zone.rpartition("/")[2].replace("_", " ")


def zone_clock_name(zone: str, language: str) -> str | None:
    """The name of a zone's clock that no one city owns, from CLDR's metazones: "heure d’Europe
    centrale", "Eastern Time" (Montréal's as well as Toronto's); None when CLDR has none."""
    canonical = get_global("zone_aliases").get(zone, zone)
    metazone = get_global("meta_zones").get(canonical)
    if metazone is None:
        return None
    names = Locale.parse(language).meta_zones.get(metazone, {}).get("long", {})
    name = names.get("generic") or names.get("standard")
    return str(name) if name else None


def is_zone_id(text: str) -> bool:
    """True for what reads like an IANA id ("Europe/Paris"), which is no name for people."""
    return "/" in text and " " not in text.strip()


def _city(place: str, city: str, zone: str, typed_in: str | None, language: str) -> str:
    typed = place.partition(",")[0].strip()  # older records: "Hamburg, Germany"
    if typed_in == language and typed:
        return typed
    # The city a zone is named after has a CLDR name in every language (London, Londres).
    if zone and city == zone_name(zone, "en"):
        return zone_name(zone, language)
    return city


def _written(
    place: str, city: str, code: str, zone: str, *, typed_in: str | None, lang: str
) -> str:
    if not code:
        return zone_name(zone, lang) if zone and is_zone_id(place) else place
    country = country_name(code, lang)
    return f"{_city(place, city, zone, typed_in, lang)}, {country}" if city else country


def city_name(contact: Contact, language: str) -> str:
    """The city a contact lives in, in the reader's language; "" when none is known."""
    if not contact.city:
        return ""
    zone = contact.timezone or ""
    return _city(contact.place, contact.city, zone, contact.place_language, language)


def place_name(contact: Contact, language: str) -> str:
    """Where a contact lives: "Hambourg, Allemagne", "Germany", or the text as typed."""
    return _written(
        contact.place,
        contact.city or "",
        contact.country_code or "",
        contact.timezone or "",
        typed_in=contact.place_language,
        lang=language,
    )


def short_place_name(contact: Contact, language: str) -> str:
    """Where a contact lives where space is short: the city, else the country or the text."""
    return city_name(contact, language) or place_name(contact, language)


def found_place_name(place: Place, language: str) -> str:
    """A place just found for what the user typed, in their language: "Londres, Royaume-Uni"."""
    words = place.words or place.city or place.label
    typed_in = language if place.words else None
    city, code = place.city or "", place.country_code or ""
    return _written(words, city, code, place.timezone, typed_in=typed_in, lang=language)


def clock_differs(now: datetime, zone: str | None, other: str | None) -> bool:
    """True when the two zones' clocks show different times at `now` (unknown zones: False)."""
    if not zone or not other or zone == other:
        return False
    try:
        ours, theirs = ZoneInfo(zone), ZoneInfo(other)
    except (ValueError, KeyError):  # a zone this machine's tz database does not know
        return False
    return now.astimezone(ours).utcoffset() != now.astimezone(theirs).utcoffset()
