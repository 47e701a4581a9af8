"""Read what a shared Telegram contact card carries in its vCard (emails, links, work, birthday)."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date

import vobject

from core.model import Birthday

# BDAY as cards write it: "--0314", "--03-14", "19940314", "1994-03-14", "1994-03-14T00:00:00Z".
_BDAY = re.compile(
    r"(?:--|(?P<year>\d{4})-?)(?P<month>\d{2})-?(?P<day>\d{2})(?:T[0-9:.]*(?:Z|[+-][0-9:]+)?)?"
)
_OLDEST_YEAR = 1900  # iOS writes 1604 for "no year" (X-APPLE-OMIT-YEAR), others 0000 or 1900


@dataclass(frozen=True)
class CardDetails:
    """The extra details a vCard may hold beyond Telegram's name and phone."""

    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    work: str = ""
    birthday: str = ""  # as written in the card, e.g. "1998-09-12" or "--09-12"
    born: Birthday | None = None  # that birthday read, when it is in one of vCard's forms


def read_bday(value: str, omit_year: str | None = None) -> Birthday | None:
    """A vCard BDAY value as a birthday; `omit_year` is iOS's X-APPLE-OMIT-YEAR parameter."""
    found = _BDAY.fullmatch(value.strip())
    if found is None:
        return None
    month, day = int(found["month"]), int(found["day"])
    year = int(found["year"]) if found["year"] else None
    if year is not None and (str(year) == (omit_year or "").strip() or year < _OLDEST_YEAR):
        year = None
    try:
        date(year or 2000, month, day)  # 2000: 29 February without a year is a birthday
    except ValueError:
        return None
    return Birthday(day, month, year)


def read_vcard(text: str | None) -> CardDetails:
    """Pick the useful fields out of a vCard; a malformed card yields nothing, never an error."""
    if not text or len(text) > 20_000:
        return CardDetails()
    card = None
    with contextlib.suppress(Exception):  # vobject raises many kinds on malformed input
        card = vobject.readOne(text)
    if card is None:
        return CardDetails()
    contents = card.contents
    org = contents.get("org", [])
    title = contents.get("title", [])
    work_parts = [
        *(" ".join(_text(part) for part in item.value) for item in org if item.value),
        *(_text(item.value) for item in title),
    ]
    birthday = contents.get("bday", [])
    text = _text(birthday[0].value) if birthday else ""
    omit = birthday[0].params.get("X-APPLE-OMIT-YEAR", [None])[0] if birthday else None
    return CardDetails(
        emails=tuple(_text(item.value) for item in contents.get("email", [])),
        urls=tuple(_text(item.value) for item in contents.get("url", [])),
        phones=tuple(_text(item.value) for item in contents.get("tel", [])),
        work=", ".join(part for part in work_parts if part),
        birthday=text,
        born=read_bday(text, omit) if text else None,
    )


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(part) for part in value).strip()
    return str(value).strip()
