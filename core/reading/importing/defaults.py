"""The one answer that sets defaults for a whole import: tags, a rhythm, how you met.

"#linkedin #stage every 3 months met: internship at Airbus" -> tags linkedin and stage,
cadence 3m, met "internship at Airbus". The pieces come in any order; "met:" / "rencontre :"
(or "rencontré :") takes the rest of the line. None when a piece is neither of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.agenda import normalize_tag
from core.fields import clean_text
from core.rules.cadence import parse_cadence

MAX_MET = 200
_MET = re.compile(r"(?:^|\s)(?:met|rencontr[ée]e?s?)\s*:\s*(?P<met>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Defaults:
    """What every imported contact of a batch gets."""

    tags: tuple[str, ...] = ()
    cadence: str | None = None  # a Cadence spec ("3m"), None for the usual rhythm
    met: str = ""


def read_defaults(text: str) -> Defaults | None:
    """Read the defaults typed for a batch; None when part of it is not understood."""
    text = clean_text(text)
    met = ""
    if match := _MET.search(text):
        met = match["met"].strip()[:MAX_MET]
        text = text[: match.start()]
    tags: list[str] = []
    rest: list[str] = []
    for word in text.split():
        if word.startswith("#"):
            tag = normalize_tag(word)
            if tag is None:
                return None
            if tag not in tags:
                tags.append(tag)
        else:
            rest.append(word)
    cadence = None
    if rest:
        parsed = parse_cadence(" ".join(rest))
        if parsed is None:
            return None
        cadence = parsed.spec
    return Defaults(tuple(tags), cadence, met)
