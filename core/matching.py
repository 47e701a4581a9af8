"""Find the contact a user means from a name typed by hand, with typos and without accents."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.text import fold

MAX_QUERY_LENGTH = 100
MAX_CANDIDATES = 8
BEST_SCORE = 90  # a lone fuzzy match at least this good is the one meant...
BEST_LEAD = 10  # ...when no other name comes within this many points
CANDIDATE_SCORE = 70  # below this a name is only a "did you mean" suggestion
SUGGESTION_SCORE = 40  # below this a suggestion would puzzle more than help

_NOT_WORD = re.compile(r"[\W_]+")
_VARIANTS = dict.fromkeys((0xFE0E, 0xFE0F))  # text and emoji presentation selectors


@dataclass(frozen=True)
class NameMatch:
    """The contact meant, when clear, or the close ones to choose from."""

    best: str | None
    candidates: tuple[str, ...]


@lru_cache(maxsize=16_384)
def _words(name: str) -> tuple[str, ...]:
    # Cached: the same contact names are folded again for every query.
    folded = fold(name)
    words = tuple(word for word in _NOT_WORD.split(folded) if word)
    # A name of symbols only ("🦊") is matched on its symbols, emoji variants aside.
    return words or tuple(part for part in folded.translate(_VARIANTS).split() if part)


def _starts(query: tuple[str, ...], name: tuple[str, ...], *, whole: bool) -> bool:
    """True when each query word starts (or is, if `whole`) a name word, in order."""
    position = 0
    for word in query:
        # Taking the earliest fitting name word each time never misses a match.
        while position < len(name) and not (
            name[position] == word if whole else name[position].startswith(word)
        ):
            position += 1
        if position == len(name):
            return False
        position += 1
    return True


def _score(query: tuple[str, ...], name: tuple[str, ...]) -> float:
    """Similarity from 0 to 100: whole names, words in any order, or word by word."""
    if not name:
        return 0.0
    joined_query, joined_name = " ".join(query), " ".join(name)
    whole = max(
        fuzz.ratio(joined_query, joined_name), fuzz.token_sort_ratio(joined_query, joined_name)
    )
    # Each query word against its closest name word: "marei" still finds "Marie Dupont".
    by_word = sum(max(fuzz.ratio(word, part) for part in name) for word in query) / len(query)
    return max(whole, by_word)


def _query(query: str) -> tuple[str, ...]:
    return () if len(query) > MAX_QUERY_LENGTH else _words(query)


def match_name(query: str, people: Sequence[tuple[str, str]]) -> NameMatch:
    """Find who `query` means among (id, name) pairs: exact, then by prefix, then fuzzy."""
    words = _query(query)
    if not words:
        return NameMatch(None, ())
    named = [(person_id, _words(name)) for person_id, name in people]

    exact = [person_id for person_id, name in named if name == words]
    if exact:
        return _decided(exact)

    # Whole words ("lea" is Léa Martin) beat mere prefixes ("lea" also starts Léaud).
    whole = {person_id for person_id, name in named if _starts(words, name, whole=True)}
    prefixed = [item for item in named if _starts(words, item[1], whole=False)]
    if len(whole) == 1:
        return _decided(list(whole))
    if prefixed:
        # Whole words first, then names that start with the query, then the closest.
        prefixed.sort(
            key=lambda item: (
                item[0] not in whole,
                not item[1][0].startswith(words[0]),
                -_score(words, item[1]),
            )
        )
        return _decided([person_id for person_id, _ in prefixed])

    return _fuzzy(words, named)


def _fuzzy(words: tuple[str, ...], named: list[tuple[str, tuple[str, ...]]]) -> NameMatch:
    scores = _scores(words, [name for _, name in named], CANDIDATE_SCORE)
    scored = sorted(
        ((score, person_id) for score, (person_id, _) in zip(scores, named, strict=True)),
        key=lambda item: -item[0],
    )
    close = [(score, person_id) for score, person_id in scored if score >= CANDIDATE_SCORE]
    if not close:
        return NameMatch(None, ())
    top, runner_up = close[0][0], (scored[1][0] if len(scored) > 1 else 0.0)
    if top >= BEST_SCORE and top - runner_up >= BEST_LEAD:
        return NameMatch(close[0][1], (close[0][1],))
    return NameMatch(None, tuple(person_id for _, person_id in close[:MAX_CANDIDATES]))


def _scores(query: tuple[str, ...], names: Sequence[tuple[str, ...]], floor: float) -> list[float]:
    """`_score(query, name)` for every name that reaches `floor`; 0.0 for every other.

    Scoring every name in Python cost about 20 ms for 500 contacts, on the event loop, for
    every /log or /contact. Here rapidfuzz's batch calls find the names that can reach the
    floor (by their whole name, or by one of their words: a mean reaches the floor only if
    one of its terms does), and only those are scored one by one, with the same figures.
    """
    joined_query = " ".join(query)
    joined = [" ".join(name) for name in names]
    whole = [0.0] * len(names)
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        found = process.extract(joined_query, joined, scorer=scorer, limit=None, score_cutoff=floor)
        for _, score, index in found:
            whole[index] = max(whole[index], score)
    by_part: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        for part in set(name):
            by_part.setdefault(part, []).append(index)
    close_parts = {
        part
        for word in query
        for part, _, _ in process.extract(
            word, list(by_part), scorer=fuzz.ratio, limit=None, score_cutoff=floor
        )
    }
    worth_scoring = {index for part in close_parts for index in by_part[part]}
    worth_scoring.update(index for index, score in enumerate(whole) if score)
    scores = [0.0] * len(names)
    for index in worth_scoring:
        score = _score(query, names[index])
        scores[index] = score if score >= floor else 0.0
    return scores


def _decided(ids: list[str]) -> NameMatch:
    if len(ids) == 1:
        return NameMatch(ids[0], (ids[0],))
    return NameMatch(None, tuple(ids[:MAX_CANDIDATES]))


def suggest_similar(
    query: str, people: Sequence[tuple[str, str]], limit: int = 5
) -> tuple[str, ...]:
    """The closest names for a "did you mean", even below the candidate threshold."""
    words = _query(query)
    if not words or limit < 1:
        return ()
    named = [(person_id, _words(name)) for person_id, name in people]
    fuzzy = _scores(words, [name for _, name in named], SUGGESTION_SCORE)
    scored = []
    for (person_id, name_words), similarity in zip(named, fuzzy, strict=True):
        score = 100.0 if _starts(words, name_words, whole=False) else similarity
        if score >= SUGGESTION_SCORE:
            scored.append((score, person_id))
    scored.sort(key=lambda item: -item[0])
    return tuple(person_id for _, person_id in scored[:limit])


def could_be(prefix: str, name: str) -> bool:
    """A name is never shorter, in words, than the part of the message it was matched on."""
    return len(fold(prefix).split()) <= len(fold(name).split())


def typed_start(prefix: str, names: Sequence[str]) -> bool:
    """True when every typed word starts a word of each name: not a fuzzy guess."""
    words = fold(prefix).split()
    return len(words) == 1 or all(
        all(any(part.startswith(word) for part in fold(name).split()) for word in words)
        for name in names
    )
