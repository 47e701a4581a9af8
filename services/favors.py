"""Favours: an ask logged and followed up a week later, until the user thanks them or drops it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from core.model import Contact, Favor, Interaction, Nudge
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
    days: int = FOLLOW_UP_DAYS,
) -> Asked | None:
    """Log the ask (an interaction of kind "ask": the user wrote to them, so it counts as being
    in touch) and open a favour to follow up on in `days` days.

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
    await repo.save_favor(user_id, favor, Interaction(contact_id, now, kind="ask", about=topic))
    return Asked(contact, favor)


async def close_favor(
    repo: Repository, user_id: int, favor_id: str, *, now: datetime, words: str = ""
) -> Favor | None:
    """Close this user's open favour and log the thanks, with the user's `words` about it if
    they said any; None if no such open favour."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None or favor.closed:
        return None
    closed = replace(favor, closed=True, closed_at=now, outcome="thanked", reply=words)
    thanks = None
    if await repo.get_contact(user_id, favor.contact_id) is not None:
        thanks = Interaction(favor.contact_id, now, words, kind="thanks", about=favor.topic)
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
    repo: Repository, user_id: int, favor_id: str, *, now: datetime, words: str = ""
) -> Thanked | None:
    """Close this user's favour and log the thanks; None if they have no such favour."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    closed = await close_favor(repo, user_id, favor_id, now=now, words=words)
    contact = await repo.get_contact(user_id, favor.contact_id)
    return Thanked(closed or favor, contact, already=closed is None)


async def postpone_follow_up(repo: Repository, user_id: int, favor: Favor, sent_on: date) -> None:
    """A follow-up went out: the next one comes a week later if the favour stays open."""
    later = replace(favor, follow_up_on=sent_on + timedelta(days=FOLLOW_UP_DAYS))
    await repo.save_favor(user_id, later)


@dataclass(frozen=True)
class Changed:
    """A favour after ⏳, 🗑 or ↩️: as it is now, its contact (None if deleted since), and
    whether it already was that way (a second press changes nothing)."""

    favor: Favor
    contact: Contact | None
    already: bool


async def _change(repo: Repository, user_id: int, favor: Favor, new: Favor | None) -> Changed:
    """Save `new` in place of `favor` (None: nothing to change) and say what it is now."""
    if new is not None:
        await repo.save_favor(user_id, new)
    contact = await repo.get_contact(user_id, favor.contact_id)
    return Changed(new or favor, contact, already=new is None)


async def wait_longer(
    repo: Repository, user_id: int, favor_id: str, *, today: date, words: str = ""
) -> Changed | None:
    """No answer yet: the follow-up comes again in a week, with the user's words kept."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    later = today + timedelta(days=FOLLOW_UP_DAYS)
    if favor.closed:
        return await _change(repo, user_id, favor, None)
    new = replace(favor, follow_up_on=later, reply=words or favor.reply)
    return await _change(repo, user_id, favor, new)


async def drop(
    repo: Repository, user_id: int, favor_id: str, *, now: datetime, words: str = ""
) -> Changed | None:
    """Let the favour go: closed without thanks, no more follow-ups (↩️ reopens it)."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    if favor.closed:
        return await _change(repo, user_id, favor, None)
    new = replace(favor, closed=True, closed_at=now, outcome="dropped", reply=words or favor.reply)
    return await _change(repo, user_id, favor, new)


async def keep_words(repo: Repository, user_id: int, favor_id: str, words: str) -> Changed | None:
    """The user's words about a favour kept with it, nothing else changed (a reply to one
    dropped already); None if they have no such favour."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    new = replace(favor, reply=words) if words and words != favor.reply else None
    return await _change(repo, user_id, favor, new)


async def undo_drop(repo: Repository, user_id: int, favor_id: str) -> Changed | None:
    """↩️ after 🗑: the favour is open again, as it was."""
    favor = await find_favor(repo, user_id, favor_id)
    if favor is None:
        return None
    if not (favor.closed and favor.outcome == "dropped"):
        return await _change(repo, user_id, favor, None)
    new = replace(favor, closed=False, closed_at=None, outcome="")
    return await _change(repo, user_id, favor, new)


async def replied_favor(
    repo: Repository, user_id: int, message_id: int | None
) -> tuple[Nudge, Favor] | None:
    """The follow-up that message of the bot was, and its favour; None if it was none."""
    nudge = await repo.find_nudge(user_id, message_id) if message_id is not None else None
    if nudge is None or nudge.kind != "favor":
        return None
    favor = await find_favor(repo, user_id, nudge.contact_id)  # a follow-up's id is its favour's
    return (nudge, favor) if favor is not None else None
