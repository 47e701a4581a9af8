"""Contacts as a spreadsheet: CSV in UTF-8 with a BOM, so Excel shows accents.

A cell that starts with = + - @ (or a tab or carriage return) would be read by a spreadsheet
as a formula: it gets a leading apostrophe, which the spreadsheet shows as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from core.export.cards import birthday_text
from core.model import Contact
from core.place_names import place_name

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as text a spreadsheet will not run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _row(contact: Contact, language: str) -> list[str]:
    def kinds(*wanted: str) -> str:
        return "; ".join(c.value for c in contact.channels if c.kind in wanted)

    return [
        contact.name,
        kinds("phone"),
        kinds("email"),
        kinds("telegram", "linkedin", "url"),
        birthday_text(contact.birthday) if contact.birthday is not None else "",
        place_name(contact, language),  # "Hambourg, Allemagne": read back, it finds Hamburg
        contact.work,
        contact.met,
        ", ".join(contact.interests),
        " ".join(f"#{tag}" for tag in contact.tags),
        contact.last_contact_at.date().isoformat() if contact.last_contact_at else "",
        contact.cadence,
    ]


def write_sheet(headers: Sequence[str], contacts: Iterable[Contact], language: str = "en") -> bytes:
    """A header row (in the user's language) and one row per contact, places in `language`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralised(cell) for cell in headers])
    for contact in contacts:
        writer.writerow([neutralised(cell) for cell in _row(contact, language)])
    return b"\xef\xbb\xbf" + out.getvalue().encode()


COLUMNS = (
    "name", "phones", "emails", "links", "birthday", "place", "work", "met", "interests",
    "tags", "last-talk", "rhythm",
)  # fmt: skip
