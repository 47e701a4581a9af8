"""A stay abroad: its leaving day, and the welcome-back plan for everyone or one contact.

A profile change is returned, not written: the caller saves it (the bot through
`context.save`, which also keeps the user's daily job in step with the profile).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from core.model import Contact, UserProfile
from core.rules.due import local_date
from services.repository import Repository


def leave_on(profile: UserProfile, leaving: date, *, today: date, zone: ZoneInfo) -> UserProfile:
    """The profile with the stay ending on `leaving` (`today` is the user's local date).

    A stay already set keeps its start; a new one began when the user first met the bot,
    at the latest today.
    """
    started = profile.stay_started or min(local_date(profile.created_at, zone), today)
    if profile.welcome_from is not None and profile.leaving_on is not None:
        # After a stay told once back, a new one: it began after that one ended.
        started = min(profile.leaving_on + timedelta(days=1), today)
    return replace(profile, leaving_on=leaving, stay_started=started, welcome_from=None)


def forget_stay(profile: UserProfile) -> UserProfile:
    """The profile with no stay."""
    return replace(profile, leaving_on=None, stay_started=None, welcome_from=None)


def taper_everyone(profile: UserProfile, *, on: bool) -> UserProfile:
    """The profile with the welcome-back plan on or off for everyone met during the stay."""
    return replace(profile, taper=on)


async def taper_contact(
    repo: Repository, user_id: int, contact_id: str, *, on: bool, chosen: bool = False
) -> Contact | None:
    """Let one contact follow the plan or keep their own rhythm; None if not this user's.
    `chosen`: the stay's people were chosen (told once already back), and turning the plan
    on for someone counts them in.

    Raises UnknownContactError if the contact is deleted meanwhile.
    """
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    changed = replace(contact, taper=on)
    if on and chosen:
        changed = replace(changed, in_stay=True)
    await repo.save_contact(user_id, changed)
    return changed


def came_back(profile: UserProfile, leaving: date, *, today: date, zone: ZoneInfo) -> UserProfile:
    """The profile with a stay already over: it ended on `leaving` and the welcome-back plan
    starts today (its first check-ins spread over the next two weeks)."""
    started = min(local_date(profile.created_at, zone), leaving)
    welcome = today
    if profile.leaving_on == leaving and profile.welcome_from is not None:
        welcome = profile.welcome_from  # the same stay's people chosen again: the plan goes on
    return replace(profile, leaving_on=leaving, stay_started=started, welcome_from=welcome)


async def choose_people(repo: Repository, user_id: int, members: Iterable[str]) -> int:
    """Count these contacts in the stay and everyone else out, in one write; how many are in.

    Chosen by name, they follow the plan even if imported (which keeps people out of it).
    """
    wanted = set(members)
    changed = [
        replace(c, in_stay=c.contact_id in wanted, taper=c.taper or c.contact_id in wanted)
        for c in await repo.contacts(user_id)
        if c.in_stay != (c.contact_id in wanted) or (c.contact_id in wanted and not c.taper)
    ]
    if changed:
        await repo.import_batch(user_id, (), changed)
    return len(wanted)


async def people(repo: Repository, user_id: int) -> list[Contact]:
    """Every contact of the user, whom a stay's people are chosen among."""
    return await repo.contacts(user_id)


async def forget_people(repo: Repository, user_id: int) -> None:
    """Forget who was chosen for an already-back stay, in one write: a stay told later goes
    by the days people were added again."""
    changed = [
        replace(c, in_stay=None) for c in await repo.contacts(user_id) if c.in_stay is not None
    ]
    if changed:
        await repo.import_batch(user_id, (), changed)
