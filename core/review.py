"""The weekly review: the week's exchanges, who is slipping, open favours, birthdays and dated
reminders to come, and the streak of weeks with at least one exchange. Pure: the day and zone are
arguments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.agenda import TagRhythms, agenda
from core.model import Contact, Favor, Interaction, Nudge
from core.reminders import waiting_reminder
from core.rules.birthdays import days_until_birthday, next_birthday
from core.rules.due import local_date
from core.rules.stay import Stay

WEEK = 7
SLIPPING_SHOWN = 3
AHEAD_DAYS = 7  # birthdays and reminders from tomorrow to a week ahead


@dataclass(frozen=True)
class Review:
    """One week as the review tells it (the week: the seven days ending `today`)."""

    today: date
    kept: tuple[Contact, ...]  # in touch this week, the most recent first
    exchanges: int  # how many exchanges this week
    slipping: tuple[tuple[Contact, date], ...]  # the most overdue, with their due day
    overdue: int  # how many are overdue in all
    favors: tuple[tuple[Favor, Contact], ...]  # open favours, the oldest first
    birthdays: tuple[tuple[Contact, date], ...]  # in the week ahead, the soonest first
    streak: int  # weeks in a row, this one included, with at least one exchange
    reminders: tuple[tuple[Nudge, Contact], ...] = ()  # dated, in the week ahead, soonest first

    @property
    def empty(self) -> bool:
        """Nothing at all to tell."""
        return not (self.kept or self.slipping or self.favors or self.birthdays or self.reminders)


def weekly_review(
    contacts: Sequence[Contact],
    interactions: Sequence[Interaction],
    favors: Sequence[Favor],
    *,
    today: date,
    zone: ZoneInfo,
    stay: Stay | None = None,
    rhythms: TagRhythms = (),
    reminders: Sequence[Nudge] = (),
) -> Review:
    """The review of the week ending `today`, in the user's zone."""
    by_id = {c.contact_id: c for c in contacts}
    start = today - timedelta(days=WEEK - 1)
    days: set[date] = set()
    this_week: list[tuple[datetime, str]] = []
    for interaction in interactions:  # one pass, no sort: a history may hold thousands
        if interaction.contact_id not in by_id:
            continue
        day = local_date(interaction.at, zone)
        days.add(day)
        if start <= day <= today:
            this_week.append((interaction.at, interaction.contact_id))
    this_week.sort(reverse=True)
    kept_ids = dict.fromkeys(cid for _, cid in this_week)  # the most recent first
    kept = tuple(by_id[cid] for cid in kept_ids)
    # Someone written to this week is not slipping, whatever day the exchange was dated.
    late = [
        (e.contact, e.due)
        for e in agenda(contacts, zone, stay, rhythms)
        if e.due is not None and e.due < today and e.contact.contact_id not in kept_ids
    ]
    open_favors = tuple(
        (f, by_id[f.contact_id]) for f in favors if not f.closed and f.contact_id in by_id
    )
    return Review(
        today=today,
        kept=kept,
        exchanges=len(this_week),
        slipping=tuple(late[:SLIPPING_SHOWN]),
        overdue=len(late),
        favors=open_favors,
        birthdays=_birthdays(contacts, today),
        streak=streak(days, today),
        reminders=_reminders(reminders, by_id, today),
    )


def _reminders(
    reminders: Sequence[Nudge], by_id: dict[str, Contact], today: date
) -> tuple[tuple[Nudge, Contact], ...]:
    """The dated reminders still to send in the week ahead (those about a contact deleted
    since left out), the soonest first."""
    ahead = today + timedelta(days=AHEAD_DAYS)
    coming = [
        (n, by_id[n.contact_id])
        for n in reminders
        if waiting_reminder(n) and today < n.day <= ahead and n.contact_id in by_id
    ]
    return tuple(sorted(coming, key=lambda pair: (pair[0].day, pair[1].name)))


def _birthdays(contacts: Sequence[Contact], today: date) -> tuple[tuple[Contact, date], ...]:
    coming = [
        (
            days_until_birthday(b.day, b.month, today),
            c.name,
            c,
            next_birthday(b.day, b.month, today),
        )
        for c in contacts
        if (b := c.birthday) is not None
    ]
    return tuple(
        (c, day)
        for until, _, c, day in sorted(coming, key=lambda x: x[:2])
        if 0 < until <= AHEAD_DAYS
    )


def streak(days: set[date], today: date) -> int:
    """How many seven-day weeks in a row, back from the one ending today, had an exchange."""
    back = {(today - day).days // WEEK for day in days if day <= today}
    weeks = 0
    while weeks in back:
        weeks += 1
    return weeks
