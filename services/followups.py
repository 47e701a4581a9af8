"""Dated reminders: "Remind me on Thursday?" after a log, and /remind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.model import REMINDER, Contact, Nudge, UserProfile
from core.reminders import MAX_WHAT, is_reminder_of
from services.repository import Repository


@dataclass(frozen=True)
class Planned:
    """A reminder set, its contact, and the profile as it is now (to move the due index)."""

    reminder: Nudge
    contact: Contact
    profile: UserProfile


async def plan(
    repo: Repository, user_id: int, contact_id: str, day: date, *, what: str, today: date
) -> Planned | None:
    """A reminder about that contact on that day, at the user's hour; None if the contact is
    gone. The day must be after today (ValueError): today's delivery may be over."""
    if day <= today:
        raise ValueError(f"a reminder is for a day after {today}, not {day}")
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    reminder = Nudge(day, contact_id, REMINDER, note=what.strip()[:MAX_WHAT])
    profile = await repo.plan_reminder(user_id, reminder)
    return Planned(reminder, contact, profile)


async def planned(repo: Repository, user_id: int, today: date) -> list[tuple[Nudge, Contact]]:
    """Every reminder still to come with its contact, earliest first (a weekly review lists
    them); those about a contact deleted since are left out."""
    contacts = {c.contact_id: c for c in await repo.contacts(user_id)}
    return [
        (n, contacts[n.contact_id])
        for n in await repo.reminders(user_id)
        if n.day >= today and n.contact_id in contacts
    ]


async def planned_one(
    repo: Repository, user_id: int, contact_id: str, day: date
) -> tuple[Nudge, Contact] | None:
    """The reminder still to send about this user's contact on that day, with the contact; None
    when there is none (sent, cancelled, or not theirs)."""
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    found = (n for n in await repo.reminders(user_id) if is_reminder_of(n, contact_id, day))
    reminder = next(found, None)
    return None if reminder is None else (reminder, contact)


async def cancel(repo: Repository, user_id: int, contact_id: str, day: date) -> UserProfile | None:
    """Cancel that reminder: the profile as it is now (its reminder days without that day when
    nothing else is planned then, so the due index does not wake for nothing), or None when
    it was no longer planned."""
    return await repo.cancel_reminder(user_id, contact_id, day)
