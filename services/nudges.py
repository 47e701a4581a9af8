"""Nudges: the day's plan, shared by the daily delivery and /today, and what became of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from core.agenda import next_due, stay_of
from core.model import Contact, Interaction, Nudge, UserProfile
from core.rules import nudging
from core.rules.birthdays import is_birthday, reminder_due
from core.rules.nudging import Candidate
from core.rules.stay import Stay, checklist_due
from services.favors import due_favors
from services.repository import Repository


def candidate(contact: Contact, zone: ZoneInfo, today: date, stay: Stay | None) -> Candidate:
    """What the planner needs to know of one contact."""
    birthday = contact.birthday
    reminder = contact.birthday_reminder_days
    return Candidate(
        contact_id=contact.contact_id,
        due=next_due(contact, zone, stay),
        birthday_today=birthday is not None and is_birthday(birthday.day, birthday.month, today),
        birthday_reminder=(
            birthday is not None
            and reminder is not None
            and reminder > 0
            and reminder_due(birthday.day, birthday.month, reminder, today)
        ),
    )


# What a nudge's status is once the user answered it: it no longer waits for an answer.
ANSWERED = frozenset({"done", "tomorrow", "next_week", "skipped"})


async def plan_day(
    repo: Repository, profile: UserProfile, zone: ZoneInfo, today: date, *, on_demand: bool = False
) -> list[Nudge]:
    """The nudges to send today, leaving out contacts already shown today.

    The daily delivery asks for everything: the stay's messages, favours' follow-ups,
    birthdays and due contacts (as one digest in digest mode). /today asks `on_demand`: only
    birthdays and due contacts, one message each, and those shown earlier today but left
    unanswered are shown again.

    Contacts nudged yesterday and left unanswered come after the others, so that those held
    back by the daily maximum get their turn instead of the same few every day.
    """
    user_id = profile.user_id
    digest = profile.digest and not on_demand
    everyone = profile.digest or on_demand  # no daily maximum: /today counts the rest
    todays = await repo.nudges_on(user_id, today)
    shown = {n.contact_id for n in todays if not on_demand or n.status in ANSWERED}
    ignored = {
        nudge.contact_id
        for nudge in await repo.nudges_on(user_id, today - timedelta(days=1))
        if nudge.status == "sent"
    }
    candidates = [
        candidate(contact, zone, today, stay_of(profile))
        for contact in await repo.contacts(user_id)
        if contact.contact_id not in shown
    ]
    fresh = nudging.plan_day(
        [c for c in candidates if c.contact_id not in ignored],
        today,
        profile.daily_max,
        digest=everyone,
    )
    contact_ids = list(fresh.contact_ids)
    birthday_ids = list(fresh.birthday_ids)
    room = profile.daily_max - len(contact_ids)
    if everyone or room > 0:
        again = nudging.plan_day(
            [c for c in candidates if c.contact_id in ignored],
            today,
            max(room, 1),
            digest=everyone,
        )
        contact_ids += again.contact_ids[: room if not everyone else None]
        birthday_ids += again.birthday_ids
    kind = "digest" if digest else "due"
    if on_demand:
        return [
            *(Nudge(today, contact_id, "birthday") for contact_id in birthday_ids),
            *(Nudge(today, contact_id, kind) for contact_id in contact_ids),
        ]
    due = await due_favors(repo, user_id, today)
    favors = [f.favor_id for f in due if f.favor_id not in shown]
    return [
        *_stay_messages(profile, today, shown),
        *(Nudge(today, favor_id, "favor") for favor_id in favors),
        *(Nudge(today, contact_id, "birthday") for contact_id in birthday_ids),
        *(Nudge(today, contact_id, kind) for contact_id in contact_ids),
    ]


# Nudges about no contact in particular use these in place of a contact id.
CHECKLIST, WELCOME = "_checklist", "_welcome"


def _stay_messages(profile: UserProfile, today: date, shown: set[str]) -> list[Nudge]:
    """The checklist each day of the stay's end, the welcome back the day after it."""
    stay = stay_of(profile)
    if stay is None:
        return []
    if checklist_due(stay, today) and CHECKLIST not in shown:
        return [Nudge(today, CHECKLIST, "checklist")]
    if today == stay.leaving + timedelta(days=1) and WELCOME not in shown:
        return [Nudge(today, WELCOME, "welcome")]
    return []


async def last_exchange(repo: Repository, user_id: int, contact_id: str) -> Interaction | None:
    """The latest exchange with a contact, which a nudge recalls."""
    history = await repo.interactions(user_id, contact_id)
    return history[-1] if history else None


async def mark_sent(
    repo: Repository, user_id: int, nudge: Nudge, message_id: int | None, idea: str = ""
) -> None:
    """Record that a planned nudge went out in that message, with the idea it carried."""
    sent = replace(nudge, status="sent", message_id=message_id, idea=idea or nudge.idea)
    await repo.update_nudge(user_id, sent)


async def mark_skipped(repo: Repository, user_id: int, nudge: Nudge) -> None:
    """A planned nudge that has nothing left to say (its contact or favour is gone)."""
    await repo.update_nudge(user_id, replace(nudge, status="skipped"))


async def record_shown(
    repo: Repository, user_id: int, nudge: Nudge, message_id: int, idea: str
) -> None:
    """Record a nudge /today showed: a new one, or today's earlier one shown again."""
    shown = replace(nudge, status="sent", message_id=message_id, idea=idea)
    known = {n.contact_id for n in await repo.nudges_on(user_id, nudge.day)}
    if nudge.contact_id in known:
        await repo.update_nudge(user_id, shown)
    else:
        await repo.add_nudges(user_id, [shown])
