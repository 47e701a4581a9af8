"""What a contacts file yields: candidates, the unreadable card or line numbers, helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from core.model import Birthday, Channel
from core.reading.channels import parse_one_channel

Source = Literal["vcf", "linkedin", "google", "csv"]


@dataclass(frozen=True)
class Candidate:
    """Someone read from a file, before they become a contact."""

    name: str
    number: int  # the card's number in a .vcf, the line's number in a CSV (from 1)
    channels: tuple[Channel, ...] = ()
    work: str = ""
    birthday: Birthday | None = None
    connected_on: date | None = None  # LinkedIn's "Connected On"
    note: str = ""  # how or where met, when the file says


@dataclass(frozen=True)
class Reading:
    """What a file held: its kind, the people read, the cards or lines that could not be."""

    source: Source
    candidates: tuple[Candidate, ...]
    unreadable: tuple[int, ...] = ()


def channels_of(raw: Iterable[str], default_region: str | None = None) -> tuple[Channel, ...]:
    """Phones (E.164), e-mails and links among raw values, normalised, each once."""
    found: list[Channel] = []
    seen: set[tuple[str, str]] = set()
    for value in raw:
        parsed = parse_one_channel(value, default_region)
        if parsed is None:
            continue
        key = (parsed.kind, parsed.value if parsed.kind == "url" else parsed.value.casefold())
        if key not in seen:
            seen.add(key)
            found.append(Channel(parsed.kind, parsed.value))
    return tuple(found)


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-8 (a BOM dropped), else UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
