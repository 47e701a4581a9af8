"""A contact's history: exchanges and notes, and the last contact date they leave.

The last contact date is the latest exchange, or a date from outside the history (what the
user answered in /add, an import) when that is later. Every exchange carries that outside date
as it was when logged (`Interaction.previous`), so deleting entries in any order gives the
date back exactly; notes never count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from core.model import Contact, Interaction


def exchanges(entries: Iterable[Interaction]) -> list[Interaction]:
    """The entries that were being in touch (exchanges, asks, thanks), notes left out."""
    return [entry for entry in entries if entry.touches]


def outside_date(contact: Contact, history: Iterable[Interaction]) -> datetime | None:
    """The contact's last contact date from outside its history, as of now."""
    last = contact.last_contact_at
    for entry in exchanges(history):
        if last is not None and entry.at == last:
            return entry.previous  # the date came from this exchange: its outside date holds
    return last


def stamped(contact: Contact, history: Iterable[Interaction], entry: Interaction) -> Interaction:
    """An exchange about to be logged, carrying the outside date it may fall back to."""
    if not entry.touches:
        return entry
    return replace(entry, previous=outside_date(contact, history))


def last_without(removed: Interaction, left: Iterable[Interaction]) -> datetime | None:
    """The last contact date once `removed` (an exchange) is gone and `left` remain."""
    dates = [entry.at for entry in exchanges(left)]
    if removed.previous is not None:
        dates.append(removed.previous)
    return max(dates, default=None)
