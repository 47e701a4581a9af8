"""Today's plan for one user: which contacts to nudge, from the store and the pure core."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from bot.nudges.favors import due_favors
from core.agenda import next_due, stay_of
from core.model import Contact, Nudge, UserProfile
from core.rules.birthdays import is_birthday, reminder_due
from core.rules.nudging import Candidate, plan_day
from core.rules.stay import Stay, checklist_due
from storage import Store


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


def plan_today(store: Store, profile: UserProfile, zone: ZoneInfo, today: date) -> list[Nudge]:
    """The nudges to send today, leaving out contacts already shown today (by /today).

    Contacts nudged yesterday and left unanswered come after the others, so that those held
    back by the daily maximum get their turn instead of the same few every day.
    """
    user_id = profile.user_id
    shown = {nudge.contact_id for nudge in store.nudges_on(user_id, today)}
    ignored = {
        nudge.contact_id
        for nudge in store.nudges_on(user_id, today - timedelta(days=1))
        if nudge.status == "sent"
    }
    candidates = [
        candidate(contact, zone, today, stay_of(profile))
        for contact in store.contacts(user_id)
        if contact.contact_id not in shown
    ]
    fresh = plan_day(
        [c for c in candidates if c.contact_id not in ignored],
        today,
        profile.daily_max,
        digest=profile.digest,
    )
    contact_ids = list(fresh.contact_ids)
    birthday_ids = list(fresh.birthday_ids)
    room = profile.daily_max - len(contact_ids)
    if profile.digest or room > 0:
        again = plan_day(
            [c for c in candidates if c.contact_id in ignored],
            today,
            max(room, 1),
            digest=profile.digest,
        )
        contact_ids += again.contact_ids[: room if not profile.digest else None]
        birthday_ids += again.birthday_ids
    kind = "digest" if profile.digest else "due"
    favors = [f.favor_id for f in due_favors(store, user_id, today) if f.favor_id not in shown]
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
