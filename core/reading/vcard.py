"""Read what a shared Telegram contact card carries in its vCard (emails, links, work, birthday)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import vobject


@dataclass(frozen=True)
class CardDetails:
    """The extra details a vCard may hold beyond Telegram's name and phone."""

    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    work: str = ""
    birthday: str = ""  # as written in the card, e.g. "1998-09-12" or "--09-12"


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
    return CardDetails(
        emails=tuple(_text(item.value) for item in contents.get("email", [])),
        urls=tuple(_text(item.value) for item in contents.get("url", [])),
        phones=tuple(_text(item.value) for item in contents.get("tel", [])),
        work=", ".join(part for part in work_parts if part),
        birthday=_text(birthday[0].value) if birthday else "",
    )


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(part) for part in value).strip()
    return str(value).strip()
