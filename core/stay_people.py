"""Who belongs to a stay told once already back: everyone, those added before the return, a
tag, or how they were met.

The user picks one of these ways and sees the names before the welcome-back plan is set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Literal
from zoneinfo import ZoneInfo

from core.model import Contact
from core.rules.due import local_date
from core.text import fold

Way = Literal["all", "before", "tag", "met"]
WORDS_OFFERED = 3
TAGS_OFFERED = 4
MAX_WORD = 24  # a word long enough to be a place or a company, short enough for a button
CUT = "…"  # ends the beginning of a tag too long to be named whole
_WORD = re.compile(r"[a-z0-9][a-z0-9-]{3,}")
# Words of "how we met" that say nothing about where or with whom.
_COMMON_WORDS = """
    stage stagiaire chez avec pendant dans pour mais comme elle nous vous leur alternance
    travail boulot bureau equipe collegue collegues copain copine ami amie amis soiree
    cours classe ecole universite erasmus semestre annee mois internship intern with
    during from that this work office team colleague colleagues friend friends party
    class school university semester year month there where
"""
_COMMON = frozenset(_COMMON_WORDS.split())


def chosen(
    contacts: Sequence[Contact], way: Way, value: str, *, leaving: date, zone: ZoneInfo
) -> list[Contact]:
    """The contacts a way of choosing keeps, in the order they were added (`leaving`: the
    stay's last day, in the user's zone)."""
    if way == "all":
        return list(contacts)
    if way == "before":
        return [c for c in contacts if local_date(c.created_at, zone) <= leaving]
    if way == "tag":
        return [c for c in contacts if any(tag_matches(tag, value) for tag in c.tags)]
    key = fold(value)
    return [c for c in contacts if key and key in fold(c.met)]


def tag_matches(tag: str, value: str) -> bool:
    """Whether `value` names `tag`: the tag itself, or its beginning followed by "…" (a tag
    too long to be carried whole)."""
    if value.endswith(CUT):
        return len(value) > len(CUT) and tag.startswith(value[: -len(CUT)])
    return tag == value


def tags_offered(contacts: Sequence[Contact]) -> list[tuple[str, int]]:
    """The tags most contacts carry, with how many carry each."""
    counts = Counter(tag for c in contacts for tag in set(c.tags))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TAGS_OFFERED]


def met_words(contacts: Sequence[Contact]) -> list[tuple[str, int]]:
    """The words that come back in several "how we met" ("hambourg", "airbus"), with how many
    contacts have each; a word met once is offered only when nothing is shared."""
    counts: Counter[str] = Counter()
    for contact in contacts:
        words = {w for w in _WORD.findall(fold(contact.met)) if len(w) <= MAX_WORD}
        counts.update(words - _COMMON)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shared = [item for item in ranked if item[1] > 1]
    return (shared or ranked)[:WORDS_OFFERED]
