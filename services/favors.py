"""Favours: an ask logged and followed up a week later, until the user thanks them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from core.model import FAVOR_ASKED, FAVOR_THANKED, Contact, Favor, Interaction
from core.text import fold
from services.repository import Repository

FOLLOW_UP_DAYS = 7  # after an ask, and again each week while it stays open


async def open_favors(repo: Repository, user_id: int) -> list[tuple[Favor, Contact]]:
    """This user's open favours with their contact, the earliest follow-up first.

    A favour whose contact was deleted since is left out: there is nobody to thank.
    """
    contacts = {contact.contact_id: contact for contact in await repo.contacts(user_id)}
    found = [
        (favor, contacts[favor.contact_id])
        for favor in await repo.favors(user_id)
        if not favor.closed and favor.contact_id in contacts
    ]
    return sorted(found, key=lambda pair: (pair[0].follow_up_on, pair[0].asked_at))


async def due_favors(repo: Repository, user_id: int, today: date) -> list[Favor]:
    """The open favours whose follow-up day has come (`today` is the user's local date)."""
    return [f for f, _ in await open_favors(repo, user_id) if f.follow_up_on <= today]


async def find_favor(repo: Repository, user_id: int, favor_id: str) -> Favor | None:
    """This user's favour with that id, open or closed; another user's id finds nothing."""
    return next((f for f in await repo.favors(user_id) if f.favor_id == favor_id), None)


@dataclass(frozen=True)
class Asked:
    """What 🙋 I asked did: the contact asked, and the favour opened (None: already open)."""

    contact: Contact
    favor: Favor | None


async def open_favor(
    repo: Repository,
    user_id: int,
    contact_id: str,
    topic: str,
    *,
    now: datetime,
    today: date,
    note: str,
    days: int = FOLLOW_UP_DAYS,
) -> Asked | None:
    """Log the ask (`note`) as an exchange and open a favour to follow up on in `days` days.

    None when the contact is not this user's. The favour is None when the same ask of the
    same contact is still open: a second press adds nothing. Raises UnknownContactError if
    the contact was deleted meanwhile.
    """
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    favors = await repo.favors(user_id)
    if any(
        not f.closed and f.contact_id == contact_id and fold(f.topic) == fold(topic) for f in favors
    ):
        return Asked(contact, None)
    taken = {favor.favor_id for favor in favors}
    while (favor_id := secrets.token_hex(4)) in taken:
        continue
    favor = Favor(favor_id, contact_id, topic, now, today, today + timedelta(days=days))
    await repo.save_favor(user_id, favor, Interaction(contact_id, now, note, kind=FAVOR_ASKED))
    return Asked(contact, favor)


async def close_favor(
    repo: Repository, user_id: int, favor_id: str, *, now: datetime, note: str
) -> Favor | None:
    """Close this user's open favour and log the thanks (`note`); None if no such open favour."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None or favor.closed:
        return None
    closed = replace(favor, closed=True, closed_at=now)
    thanks = None
    if await repo.get_contact(user_id, favor.contact_id) is not None:
        thanks = Interaction(favor.contact_id, now, f"{note} {favor.topic}", kind=FAVOR_THANKED)
    await repo.save_favor(user_id, closed, thanks)
    return closed


@dataclass(frozen=True)
class Thanked:
    """A favour closed by ✅: as it is now, its contact (None if deleted since), and whether
    it was closed already (a second press)."""

    favor: Favor
    contact: Contact | None
    already: bool


async def thank(
    repo: Repository, user_id: int, favor_id: str, *, now: datetime, note: str
) -> Thanked | None:
    """Close this user's favour and log the thanks (`note`); None if they have no such favour."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    closed = await close_favor(repo, user_id, favor_id, now=now, note=note)
    contact = await repo.get_contact(user_id, favor.contact_id)
    return Thanked(closed or favor, contact, already=closed is None)


async def postpone_follow_up(repo: Repository, user_id: int, favor: Favor, sent_on: date) -> None:
    """A follow-up went out: the next one comes a week later if the favour stays open."""
    later = replace(favor, follow_up_on=sent_on + timedelta(days=FOLLOW_UP_DAYS))
    await repo.save_favor(user_id, later)
