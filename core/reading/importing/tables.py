"""CSV exports: LinkedIn's Connections.csv, Google Contacts (current and legacy), any other CSV.

The header row says which: LinkedIn's own columns (after its "Notes:" preamble), Google's
"E-mail 1 - Value" family, or columns recognised by name in French or English. A table with
no column for names is no contacts file (None). Rows without a name are unreadable and
counted by their line number; blank rows are ignored.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.model import Birthday
from core.reading.importing.candidates import Candidate, Reading, Source, channels_of
from core.text import fold

MAX_LINES = 50_000
_HEADER_SCAN = 20  # lines looked at for the header (LinkedIn puts a preamble first)
_GOOGLE_SEPARATOR = " ::: "
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "janv"), ("feb", "fev", "fevr"), ("mar", "mars"), ("apr", "avr"),
            ("may", "mai"), ("jun", "juin"), ("jul", "juil"),
            ("aug", "aou", "aout"), ("sep", "sept"), ("oct",), ("nov",), ("dec",),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WRITTEN = re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})")
_ISO = re.compile(r"(?:(\d{4})|-)-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?")

# Folded header -> field; "first"/"last" are joined into the name.
_COLUMNS: dict[str, str] = {}
for _field, _names in {
    "name": ("name", "full name", "display name", "nom", "nom complet", "contact", "contact name"),
    "first": ("first name", "given name", "firstname", "prenom"),
    "middle": ("middle name", "additional name", "deuxieme prenom"),
    "last": ("last name", "family name", "surname", "lastname", "nom de famille"),
    "email": ("email", "e mail", "email address", "mail", "courriel", "adresse email",
              "adresse e mail", "adresse mail"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "portable", "cell",
              "numero", "numero de telephone"),
    "url": ("url", "linkedin", "profile", "profil", "website", "site", "site web", "web"),
    "company": ("company", "organization", "organisation", "organization name",
                "organization 1 name", "entreprise", "societe", "employeur", "employer"),
    "position": ("position", "title", "job title", "organization title", "organization 1 title",
                 "poste", "fonction", "titre", "metier", "role"),
    "birthday": ("birthday", "date of birth", "birth date", "anniversaire", "date de naissance"),
    "connected": ("connected on",),
}.items():  # fmt: skip
    for _name in _names:
        _COLUMNS[_name] = _field
_GOOGLE_VALUE = re.compile(r"(e mail|phone|website) \d+ value")
_GOOGLE_FIELD = {"e mail": "email", "phone": "phone", "website": "url"}
_LINKEDIN = ("first name", "last name", "url", "email address", "company", "position")


@dataclass
class _Layout:
    source: Source
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field


def _header_key(cell: str) -> str:
    return fold(cell.strip().strip('"'))


def _layout(header: Sequence[str]) -> _Layout | None:
    keys = [_header_key(cell) for cell in header]
    if all(key in keys for key in _LINKEDIN) and "connected on" in keys:
        source: Source = "linkedin"
    elif any(_GOOGLE_VALUE.fullmatch(key) for key in keys) and (
        "given name" in keys or "first name" in keys
    ):
        source = "google"
    else:
        source = "csv"
    layout = _Layout(source)
    for index, key in enumerate(keys):
        if google := _GOOGLE_VALUE.fullmatch(key):
            layout.columns[index] = _GOOGLE_FIELD[google.group(1)]
        elif key == "nom" and any(_COLUMNS.get(other) == "first" for other in keys):
            layout.columns[index] = "last"  # "Prénom;Nom": nom is the family name
        elif key in _COLUMNS:
            layout.columns[index] = _COLUMNS[key]
    names = set(layout.columns.values()) & {"name", "first", "last"}
    return layout if names else None


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each row; a row csv cannot read yields no cells."""
    lines = text.splitlines()[:MAX_LINES]
    sample = "\n".join(lines[:_HEADER_SCAN])
    delimiter = max(",;\t", key=sample.count)
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield reader.line_num, []
            continue
        yield reader.line_num, row


def read_table(text: str, default_region: str | None = "FR") -> Reading | None:
    """People in a CSV export, or None when no header names a column of names."""
    rows = _rows(text.replace("\x00", ""))
    layout = None
    for line, row in rows:
        if line > _HEADER_SCAN:
            return None
        if row and (layout := _layout(row)) is not None:
            break
    if layout is None:
        return None
    found: list[Candidate] = []
    unreadable: list[int] = []
    for line, row in rows:
        if row and not any(cell.strip() for cell in row):
            continue
        candidate = _candidate(layout, row, line, default_region) if row else None
        if candidate is None:
            unreadable.append(line)
        else:
            found.append(candidate)
    return Reading(layout.source, tuple(found), tuple(unreadable))


def _candidate(layout: _Layout, row: list[str], line: int, region: str | None) -> Candidate | None:
    values: dict[str, list[str]] = {}
    for index, cell in enumerate(row[:200]):
        kind = layout.columns.get(index)
        if kind is None:
            continue
        for part in cell.split(_GOOGLE_SEPARATOR) if layout.source == "google" else (cell,):
            if part := " ".join(part.split()):
                values.setdefault(kind, []).append(part)

    def one(kind: str) -> str:
        return values.get(kind, [""])[0]

    name = one("name") or " ".join(
        part for part in (one("first"), one("middle"), one("last")) if part
    )
    if not name:
        return None
    raw = [*values.get("phone", []), *values.get("email", []), *values.get("url", [])]
    work = ", ".join(part for part in (one("position"), one("company")) if part)
    return Candidate(
        name=name[:200],
        number=line,
        channels=channels_of(raw, region),
        work=work[:200],
        birthday=_birthday(one("birthday")),
        connected_on=_day(one("connected")),
    )


def _day(text: str) -> date | None:
    """LinkedIn's "12 Mar 2024" (or "12 mars 2024")."""
    match = _WRITTEN.fullmatch(fold(text))
    if match is None or (month := _MONTHS.get(match.group(2))) is None:
        return None
    try:
        return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


def _birthday(text: str) -> Birthday | None:
    """Read 1990-03-14, --03-14 (Google, no year), 14/03/1990 or 14/03."""
    if match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DMY.fullmatch(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        date(int(year) if year else 2000, int(month), int(day))
    except ValueError:
        return None
    known = int(year) if year and 1900 <= int(year) <= 2100 else None
    return Birthday(int(day), int(month), known)
