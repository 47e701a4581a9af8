"""Nudges: the day's plan, shared by the daily delivery and /today, and what became of them:
answered by button or in words, another idea, the delivery's day started once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from core.agenda import TagRhythms, cadence_of, next_due, stay_of
from core.matching import match_name
from core.model import REMINDER, Contact, Favor, Interaction, Nudge, UserProfile
from core.reading.done_words import NAME_LEADS, DoneReply
from core.rules import nudging
from core.rules.birthdays import is_birthday, reminder_due
from core.rules.nudging import Candidate
from core.rules.stay import Stay, checklist_due
from core.text import fold
from services import history
from services.favors import due_favors
from services.repository import Repository
from services.review import delivery_days, review_nudge


def candidate(
    contact: Contact, zone: ZoneInfo, today: date, stay: Stay | None, rhythms: TagRhythms = ()
) -> Candidate:
    """What the planner needs to know of one contact (`rhythms`: the user's tags' rhythms)."""
    birthday = contact.birthday
    reminder = contact.birthday_reminder_days
    return Candidate(
        contact_id=contact.contact_id,
        due=next_due(contact, zone, stay, rhythms),
        birthday_today=birthday is not None and is_birthday(birthday.day, birthday.month, today),
        birthday_reminder=(
            birthday is not None
            and reminder is not None
            and reminder > 0
            and reminder_due(birthday.day, birthday.month, reminder, today)
        ),
    )


# What a nudge's status is once the user answered it: it no longer waits for an answer.
PAUSED = "paused"  # the status of a nudge answered ⏸ (its contact paused from it)
ANSWERED = frozenset({"done", "tomorrow", "next_week", "skipped", PAUSED})


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
    # A dated reminder (planned for today, or carried from a day the bot missed) stands for
    # its contact's nudge of the day: /today leaves it for the delivery, which sends it.
    shown = {
        n.contact_id for n in todays if not on_demand or n.status in ANSWERED or n.kind == REMINDER
    }
    carried = [] if on_demand else await _carried_reminders(repo, user_id, today, shown)
    shown |= {n.contact_id for n in carried}
    if not on_demand and not nudging.is_nudge_day(today, frozenset(profile.nudge_days)):
        # A reminder's or the review's day outside the user's nudge days: those only.
        return [*carried, *review_nudge(profile, today, shown)]
    ignored = {
        nudge.contact_id
        for nudge in await repo.nudges_on(user_id, today - timedelta(days=1))
        if nudge.status == "sent"
    }
    candidates = [
        candidate(contact, zone, today, stay_of(profile), profile.tag_rhythms)
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
        *carried,
        *_stay_messages(profile, today, shown),
        *(Nudge(today, favor_id, "favor") for favor_id in favors),
        *(Nudge(today, contact_id, "birthday") for contact_id in birthday_ids),
        *(Nudge(today, contact_id, kind) for contact_id in contact_ids),
        *review_nudge(profile, today, shown),
    ]


async def _carried_reminders(
    repo: Repository, user_id: int, today: date, shown: set[str]
) -> list[Nudge]:
    """Reminders of earlier days never sent (the bot was down, the user away), moved to
    today; start_delivery marks the old ones skipped in the same write."""
    carried: dict[str, Nudge] = {}
    for reminder in await repo.reminders(user_id):
        if reminder.day < today and reminder.contact_id not in shown:
            carried.setdefault(
                reminder.contact_id, replace(reminder, day=today, carried_from=reminder.day)
            )
    return list(carried.values())


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
) -> int | None:
    """Record a nudge /today showed: a new one, or today's earlier one shown again; the
    earlier one's own message (not a digest's), whose buttons now answer nothing."""
    shown = replace(nudge, status="sent", message_id=message_id, idea=idea)
    known = {n.contact_id: n for n in await repo.nudges_on(user_id, nudge.day)}
    earlier = known.get(nudge.contact_id)
    if earlier is None:
        await repo.add_nudges(user_id, [shown])
        return None
    await repo.update_nudge(user_id, shown)
    if earlier.kind == "digest" or earlier.message_id == message_id:
        return None
    return earlier.message_id


# -- answering ----------------------------------------------------------------------------

# The nudges a "done" in words or a ✅ answers; not the stay's checklist or welcome, nor a
# favour's follow-up (a reply closes the favour instead).
ANSWERABLE = frozenset({"due", "birthday", "digest", REMINDER})
Answer = Literal["done", "tmrw", "week", "skip"]
_STATUS: dict[Answer, str] = {
    "done": "done",
    "tmrw": "tomorrow",
    "week": "next_week",
    "skip": "skipped",
}
_SNOOZE_DAYS: dict[Answer, int] = {"tmrw": 1, "week": 7}


@dataclass(frozen=True)
class Waiting:
    """A nudge sent and not answered yet, with its contact."""

    nudge: Nudge
    contact: Contact


@dataclass(frozen=True)
class Answered:
    """What answering a nudge did: the contact as it is now, and when it is next due.

    `entry` is the exchange a ✅ logged (for its Undo); `already` says a ✅ logged nothing,
    as an exchange was logged on or after the nudge's day (see history.already_logged).
    """

    contact: Contact
    next_due: date | None
    entry: Interaction | None = None
    already: bool = False


async def pressed(
    repo: Repository, user_id: int, message_id: int, contact_id: str
) -> Waiting | None:
    """The unanswered nudge that message of the bot carried about that contact, if any.

    Looked up among this user's own records only: another user's ids find nothing.
    """
    nudge = await repo.find_nudge(user_id, message_id, contact_id)
    if nudge is None or nudge.status != "sent" or nudge.contact_id != contact_id:
        return None
    contact = await repo.get_contact(user_id, contact_id)
    return Waiting(nudge, contact) if contact is not None else None


async def answered_in_digest(
    repo: Repository, user_id: int, message_id: int, contact_id: str
) -> bool:
    """Whether that digest's line about that contact is answered already (by a "done" in
    words, which leaves the digest's ✅ for them in place)."""
    nudge = await repo.find_nudge(user_id, message_id, contact_id)
    return (
        nudge is not None
        and nudge.kind == "digest"
        and nudge.contact_id == contact_id
        and nudge.status != "sent"
    )


async def shown_again(
    repo: Repository, user_id: int, message_id: int, contact_id: str, today: date
) -> bool:
    """Whether that contact's nudge of today waits on another message than that one: /today
    showed it again below a digest, whose ✅ for them answers nothing since."""
    if await repo.find_nudge(user_id, message_id, contact_id) is not None:
        return False
    waiting = (await unanswered(repo, user_id, today)).get(contact_id)
    return waiting is not None and waiting.message_id not in (None, message_id)


async def answer(
    repo: Repository,
    user_id: int,
    waiting: Waiting,
    action: Answer,
    *,
    now: datetime,
    zone: ZoneInfo,
    stay: Stay | None,
    rhythms: TagRhythms = (),
) -> Answered:
    """✅ logs an exchange now; ⏰ and 📅 snooze a day or a week; ⏭ snoozes one cadence.

    The nudge is marked answered either way; `stay` is the user's stay abroad, if any, and
    `rhythms` their tags' rhythms.
    """
    contact = waiting.contact
    today = now.astimezone(zone).date()
    entry = None
    if action == "done" and history.already_logged(contact, waiting.nudge, zone):
        await repo.update_nudge(user_id, replace(waiting.nudge, status="done"))
        return Answered(contact, next_due(contact, zone, stay, rhythms), already=True)
    if action == "done":
        logged = await history.log(repo, user_id, contact.contact_id, now)
        contact, entry = logged.contact, logged.entry
    else:
        days = _SNOOZE_DAYS.get(action)
        until = today + timedelta(days=days) if days else cadence_of(contact, rhythms).after(today)
        contact = replace(contact, snoozed_until=until)
        await repo.save_contact(user_id, contact)
    await repo.update_nudge(user_id, replace(waiting.nudge, status=_STATUS[action]))
    return Answered(contact, next_due(contact, zone, stay, rhythms), entry)


async def mark_done(repo: Repository, user_id: int, nudge: Nudge) -> None:
    """The exchange a nudge asked for happened (logged apart): it waits no more."""
    await repo.update_nudge(user_id, replace(nudge, status="done"))


async def unanswered(repo: Repository, user_id: int, today: date) -> dict[str, Nudge]:
    """Today's nudges sent and not answered yet, by contact id, in plan order."""
    return {
        nudge.contact_id: nudge
        for nudge in await repo.nudges_on(user_id, today)
        if nudge.status == "sent" and nudge.kind in ANSWERABLE
    }


async def waiting_for(
    repo: Repository, user_id: int, contact_id: str, today: date
) -> Waiting | None:
    """Today's unanswered nudge about that contact of this user, with the contact."""
    nudge = (await unanswered(repo, user_id, today)).get(contact_id)
    contact = await repo.get_contact(user_id, contact_id) if nudge is not None else None
    return Waiting(nudge, contact) if nudge is not None and contact is not None else None


async def pause_from(repo: Repository, user_id: int, waiting: Waiting) -> None:
    """⏸ on a nudge: the nudge is answered so (its contact's pause is contacts.set_paused)."""
    await repo.update_nudge(user_id, replace(waiting.nudge, status=PAUSED))


async def paused_on(
    repo: Repository, user_id: int, message_id: int, contact_id: str
) -> Waiting | None:
    """The nudge that message carried about that contact, if its ⏸ was pressed (for ↩️)."""
    nudge = await repo.find_nudge(user_id, message_id, contact_id)
    if nudge is None or nudge.status != PAUSED or nudge.contact_id != contact_id:
        return None
    contact = await repo.get_contact(user_id, contact_id)
    return Waiting(nudge, contact) if contact is not None else None


# -- "done" in words ---------------------------------------------------------------------


@dataclass(frozen=True)
class ThankFavor:
    """A reply to a favour's follow-up: the favour (nudge.contact_id is its id) is closed."""

    nudge: Nudge


@dataclass(frozen=True)
class LogWith:
    """Log an exchange with this contact, with this note; `nudge` is the one it answers."""

    contact: Contact
    note: str
    nudge: Nudge | None


@dataclass(frozen=True)
class UnknownName:
    """The words after "done" name nobody, and no single nudge waits to take them as a note."""

    rest: str


@dataclass(frozen=True)
class NothingWaiting:
    """A bare "done" with no nudge waiting today."""


@dataclass(frozen=True)
class WhichOne:
    """A bare "done" with several nudges waiting: ask which, keeping the note."""

    contacts: tuple[Contact, ...]
    note: str


DoneMeans = ThankFavor | LogWith | UnknownName | NothingWaiting | WhichOne


async def resolve_done(
    repo: Repository,
    user_id: int,
    said: DoneReply,
    replied_to: int | None,
    today: date,
    *,
    named_only: bool = False,
) -> DoneMeans:
    """What a "done" in words answers: the nudge it replies to, a contact it names, or the
    one nudge waiting today; several waiting and no name: ask which (nothing is changed).
    `named_only`: the words answer "with whom?", so they must name someone."""
    nudge = await repo.find_nudge(user_id, replied_to) if replied_to is not None else None
    if nudge is not None and nudge.kind == "favor":
        return ThankFavor(nudge)
    if nudge is not None and nudge.kind != "digest":
        contact = await repo.get_contact(user_id, nudge.contact_id)
        if contact is not None:
            return LogWith(contact, said.rest, nudge)
    waiting = await unanswered(repo, user_id, today)
    if said.rest and not said.separated:
        named, note = await _named(repo, user_id, said.rest)
        if named is not None:
            return LogWith(named, note, waiting.get(named.contact_id))
        if len(waiting) != 1 or named_only:
            return UnknownName(said.rest)
    return await _the_waiting_one(repo, user_id, waiting, said.rest)


async def _the_waiting_one(
    repo: Repository, user_id: int, waiting: dict[str, Nudge], note: str
) -> DoneMeans:
    """A "done" naming nobody answers the one nudge waiting, or asks which of several."""
    contacts = [c for i in waiting if (c := await repo.get_contact(user_id, i)) is not None]
    if not contacts:
        return NothingWaiting()
    if len(contacts) == 1:
        return LogWith(contacts[0], note, waiting[contacts[0].contact_id])
    return WhichOne(tuple(contacts), note)


async def _named(repo: Repository, user_id: int, rest: str) -> tuple[Contact | None, str]:
    """The contact whose name starts the text, and the note after it."""
    contacts = await repo.contacts(user_id)
    people = [(c.contact_id, c.name) for c in contacts]
    words = rest.split()
    if len(words) > 1 and fold(words[0]) in NAME_LEADS:  # "avec Léa", "with Tom"
        words = words[1:]
    for size in range(len(words), 0, -1):
        found = match_name(" ".join(words[:size]), people)
        if found.best is not None:
            contact = next(c for c in contacts if c.contact_id == found.best)
            return contact, " ".join(words[size:]).lstrip(":,;-—– ").strip()
    return None, ""


async def thanked(repo: Repository, user_id: int, nudge: Nudge, favor: Favor) -> Contact | None:
    """A favour's follow-up answered by closing the favour: the nudge is done; who it was."""
    await mark_done(repo, user_id, nudge)
    return await repo.get_contact(user_id, favor.contact_id)


# -- ideas and /today ---------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """A contact to write to, and the latest exchange with them, which an idea builds on."""

    contact: Contact
    last: Interaction | None


async def subject(repo: Repository, user_id: int, contact_id: str) -> Subject | None:
    """This user's contact with that id and its latest exchange; None if no such contact."""
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    return Subject(contact, await last_exchange(repo, user_id, contact_id))


async def remember_idea(repo: Repository, user_id: int, nudge: Nudge, idea: str) -> None:
    """The nudge now carries that idea (its key), so that the next one differs."""
    await repo.update_nudge(user_id, replace(nudge, idea=idea))


@dataclass(frozen=True)
class OnDemand:
    """What /today shows: each nudge with whom it is about, and how many more are due."""

    shown: tuple[tuple[Nudge, Subject], ...]
    more: int


async def on_demand(
    repo: Repository, profile: UserProfile, zone: ZoneInfo, today: date
) -> OnDemand:
    """The day's plan asked for by /today, cut at the daily maximum (the rest is counted)."""
    planned = await plan_day(repo, profile, zone, today, on_demand=True)
    cut = planned[: profile.daily_max]
    shown = [
        (nudge, found)
        for nudge in cut
        if (found := await subject(repo, profile.user_id, nudge.contact_id)) is not None
    ]
    return OnDemand(tuple(shown), len(planned) - len(cut))


async def anyone_today(repo: Repository, profile: UserProfile, zone: ZoneInfo, today: date) -> bool:
    """Whether /today would show someone now (what the weekly review may point to)."""
    return bool(await plan_day(repo, profile, zone, today, on_demand=True))


# -- the daily delivery -------------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    """A user's nudges still to send today, once the day's plan is written down."""

    profile: UserProfile
    zone: ZoneInfo
    today: date
    pending: tuple[Nudge, ...]


async def start_day(
    repo: Repository, user_id: int, now: datetime, zone_of: Callable[[UserProfile], ZoneInfo]
) -> Delivery | None:
    """What is left to send today, writing the day's plan first if its hour has just come.

    `zone_of` gives a user's time zone (the deployment's default until they set one). None when
    there is nothing to send: the user is gone, unreadable, away, or it is not their hour.
    The plan is written once a day (the delivery day with it), so that a restart resumes from
    what is still planned: nothing is dropped, nothing repeated.
    """
    if await repo.is_unavailable(user_id):
        return None
    profile = await repo.get_profile(user_id)
    if profile is None or not profile.active:
        return None
    zone = zone_of(profile)
    local = now.astimezone(zone)
    today = local.date()
    if profile.last_delivery_day != today:
        days, extra = delivery_days(profile), frozenset(profile.reminder_days)
        last = profile.last_delivery_day
        if not nudging.delivery_due(local, profile.nudge_time, last, days, extra=extra):
            return None
        planned = await plan_day(repo, profile, zone, today)
        await repo.start_delivery(user_id, today, planned)
    pending = tuple(n for n in await repo.nudges_on(user_id, today) if n.status == "planned")
    return Delivery(profile, zone, today, pending) if pending else None


async def contacts_of(repo: Repository, user_id: int, planned: Iterable[Nudge]) -> list[Contact]:
    """The contacts these nudges are about, in their order; those deleted since are left out."""
    return [c for n in planned if (c := await repo.get_contact(user_id, n.contact_id)) is not None]


async def everyone(repo: Repository, user_id: int) -> list[Contact]:
    """Every contact of the user, whom the stay's checklist and welcome back go through."""
    return await repo.contacts(user_id)
