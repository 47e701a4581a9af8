"""A phone's .vcf export: one or many cards, vCard 2.1 (Android), 3.0 (iOS) or 4.0.

Each card is read on its own, so one broken card is skipped (its number kept) and the rest
read. Pictures are dropped before parsing (they are most of a phone export's bytes and nothing
the bot keeps); escaped quotes in parameters (iOS) are unescaped so vobject accepts the line.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import Any

import vobject

from core.model import Birthday
from core.reading.importing.candidates import Candidate, Reading, channels_of

MAX_CARD = 64 * 1024  # characters of one card once its picture is gone
# A card runs to its END line; one cut short by the next BEGIN or the end of the file is broken.
_CARD = re.compile(
    r"^BEGIN:VCARD[ \t]*$(?P<body>.*?)(?:^(?P<end>END:VCARD)[ \t]*$|(?=^BEGIN:VCARD)|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
# A property line and its folded continuations (3.0/4.0: a leading blank; 2.1 base64: indented
# lines up to a blank line).
_PHOTO = re.compile(
    r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:][^\n]*\n(?:[ \t][^\n]*\n|\n(?=[ \t]))*",
    re.IGNORECASE | re.MULTILINE,
)
_BDAY = re.compile(r"(?:(\d{4})|--)-?(\d{2})-?(\d{2})")


def read_vcf(text: str, default_region: str | None = "FR") -> Reading:
    """Every card of a .vcf: the people read and the numbers of the cards that could not be."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found: list[Candidate] = []
    unreadable: list[int] = []
    for number, match in enumerate(_CARD.finditer(text), start=1):
        body = _PHOTO.sub("", match["body"])
        whole = match["end"] is not None and len(body) <= MAX_CARD
        candidate = _card(body, number, default_region) if whole else None
        if candidate is None:
            unreadable.append(number)
        else:
            found.append(candidate)
    return Reading("vcf", tuple(found), tuple(unreadable))


def _card(body: str, number: int, default_region: str | None) -> Candidate | None:
    body = body.replace('\\"', "'")  # iOS: type="a\"b" is no valid parameter for vobject
    card: Any = None
    with contextlib.suppress(Exception):  # vobject raises many kinds on malformed input
        card = vobject.readOne(
            f"BEGIN:VCARD\n{body.strip()}\nEND:VCARD\n", allowQP=True, ignoreUnreadable=True
        )
    if card is None:
        return None
    contents: dict[str, list[Any]] = card.contents
    name = _name(contents)
    if not name:
        return None
    raw = [_text(item.value) for key in ("tel", "email", "url") for item in contents.get(key, [])]
    org = [_text(item.value) for item in contents.get("org", [])]
    title = [_text(item.value) for item in contents.get("title", [])]
    work = ", ".join(part for part in (*title, *org) if part)
    return Candidate(
        name=name[:200],
        number=number,
        channels=channels_of(raw, default_region),
        work=work[:200],
        birthday=_birthday(contents.get("bday", [])),
    )


def _name(contents: dict[str, list[Any]]) -> str:
    for item in contents.get("fn", []):
        if text := _text(item.value):
            return text
    for item in contents.get("n", []):
        value = item.value
        parts = [getattr(value, key, "") for key in ("prefix", "given", "additional", "family")]
        if text := " ".join(_text(part) for part in parts if _text(part)):
            return text
    return ""


def _birthday(items: list[Any]) -> Birthday | None:
    if not items:
        return None
    item = items[0]
    match = _BDAY.match(_text(item.value))
    if match is None:
        return None
    year_text, month, day = match.groups()
    # iOS writes a year-less birthday as 1604 (X-APPLE-OMIT-YEAR=1604): no real year.
    year = int(year_text) if year_text and 1900 <= int(year_text) <= 2100 else None
    try:
        date(year or 2000, int(month), int(day))  # 29 February without a year is a birthday
    except ValueError:
        return None
    return Birthday(int(day), int(month), year)


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(part) for part in value).strip()
    return " ".join(str(value).split())
