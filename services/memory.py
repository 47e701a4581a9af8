"""A Repository kept in dicts: the fake that use-case tests run against, with the real rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from core.history import last_without, stamped
from core.model import REMINDER, Contact, Favor, Interaction, Nudge, UserProfile
from core.reminders import is_reminder_of, moved_reminders, waiting_reminder
from services.repository import (
    MAX_CONTACTS_PER_USER,
    AccountNotEmptyError,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)

NUDGES_KEPT = timedelta(days=31)


@dataclass
class _UserRecords:
    """One user's records; every write replaces whole values, so readers keep what they got."""

    contacts: dict[str, Contact] = field(default_factory=dict)
    interactions: list[Interaction] = field(default_factory=list)
    nudges: list[Nudge] = field(default_factory=list)
    favors: dict[str, Favor] = field(default_factory=dict)


class InMemoryRepository:
    """Every Repository method over plain dicts, with the same errors as the TinyDB adapter."""

    def __init__(self) -> None:
        self._profiles: dict[int, UserProfile] = {}
        self._records: dict[int, _UserRecords] = {}
        self._unavailable: set[int] = set()

    def mark_unavailable(self, user_id: int) -> None:
        """Make this user's data unreadable, as a corrupt file would."""
        self._unavailable.add(user_id)

    def _user(self, user_id: int) -> _UserRecords:
        if user_id in self._unavailable:
            raise UserDataUnavailableError(user_id, Path(f"memory/{user_id}"))
        return self._records.setdefault(user_id, _UserRecords())

    # -- users -------------------------------------------------------------------------

    async def profiles(self) -> list[UserProfile]:
        """Every readable user's profile, for the scheduler."""
        return [p for user_id, p in self._profiles.items() if user_id not in self._unavailable]

    async def get_profile(self, user_id: int) -> UserProfile | None:
        """This user's profile, or None if they never used the bot."""
        self._user(user_id)
        return self._profiles.get(user_id)

    async def save_profile(self, profile: UserProfile) -> None:
        """Create or replace this user's profile."""
        self._user(profile.user_id)
        self._profiles[profile.user_id] = profile

    async def is_unavailable(self, user_id: int) -> bool:
        """Whether this user's data was found unreadable."""
        return user_id in self._unavailable

    # -- contacts ----------------------------------------------------------------------

    async def contacts(self, user_id: int) -> list[Contact]:
        """Every contact of this user, in the order they were added."""
        return list(self._user(user_id).contacts.values())

    async def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        """This user's contact with that id, or None (another user's id finds nothing)."""
        return self._user(user_id).contacts.get(contact_id)

    async def count_contacts(self, user_id: int) -> int:
        """How many contacts this user has."""
        return len(self._user(user_id).contacts)

    async def add_contacts(self, user_id: int, contacts: Iterable[Contact]) -> None:
        """Add contacts in one atomic write, within MAX_CONTACTS_PER_USER."""
        records = self._user(user_id)
        added = list(contacts)
        if len(records.contacts) + len(added) > MAX_CONTACTS_PER_USER:
            raise TooManyContactsError(MAX_CONTACTS_PER_USER)
        for contact in added:
            records.contacts.setdefault(contact.contact_id, contact)

    async def save_contact(self, user_id: int, contact: Contact) -> None:
        """Replace a contact of this user with a changed copy (UnknownContactError if gone)."""
        records = self._user(user_id)
        if contact.contact_id not in records.contacts:
            raise UnknownContactError(contact.contact_id)
        records.contacts[contact.contact_id] = contact

    async def delete_contact(self, user_id: int, contact_id: str) -> None:
        """Delete a contact and its history, in one write (UnknownContactError if gone)."""
        records = self._user(user_id)
        if records.contacts.pop(contact_id, None) is None:
            raise UnknownContactError(contact_id)
        records.interactions = [i for i in records.interactions if i.contact_id != contact_id]
        gone = [n for n in records.nudges if n.contact_id == contact_id and waiting_reminder(n)]
        records.nudges = [n for n in records.nudges if n not in gone]
        still = {n.day for n in records.nudges if waiting_reminder(n)}
        emptied = {n.day for n in gone} - still
        profile = self._profiles.get(user_id)
        if profile is not None and emptied:
            days = tuple(d for d in profile.reminder_days if d not in emptied)
            self._profiles[user_id] = replace(profile, reminder_days=days)

    async def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        """Record an exchange and move the contact's last contact date, in one write."""
        records = self._user(user_id)
        contact = _logged(records, interaction)
        records.interactions = [*records.interactions, _stamped(records, interaction)]
        records.contacts[contact.contact_id] = contact
        return contact

    async def delete_interaction(self, user_id: int, contact_id: str, key: str) -> Contact | None:
        """Delete one entry; an exchange's going puts the last contact date back."""
        records = self._user(user_id)
        contact = records.contacts.get(contact_id)
        if contact is None:
            raise UnknownContactError(contact_id)
        mine = [i for i in records.interactions if i.contact_id == contact_id]
        removed = next((i for i in mine if i.key == key), None)
        if removed is None:
            return None
        records.interactions = [i for i in records.interactions if i is not removed]
        if removed.touches and contact.last_contact_at == removed.at:
            left = [i for i in mine if i is not removed]
            contact = replace(contact, last_contact_at=last_without(removed, left))
            records.contacts[contact_id] = contact
        return contact

    async def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        """This contact's exchanges, oldest first."""
        found = [i for i in self._user(user_id).interactions if i.contact_id == contact_id]
        return sorted(found, key=lambda interaction: interaction.at)

    async def all_interactions(self, user_id: int) -> list[Interaction]:
        """Every exchange of this user, for searches across all their contacts."""
        return list(self._user(user_id).interactions)

    # -- nudges -------------------------------------------------------------------------

    async def start_delivery(self, user_id: int, day: date, nudges: Iterable[Nudge]) -> None:
        """Record the day's plan and the delivery day in one write; forget month-old nudges."""
        records = self._user(user_id)
        profile = self._profiles.get(user_id)
        if profile is None:
            raise UnknownUserError(user_id)
        oldest = day - NUDGES_KEPT
        # Never sent on their day (a reminder among them is carried into this plan).
        stale = {id(n) for n in records.nudges if n.day < day and n.status == "planned"}
        kept = [
            replace(nudge, status="skipped") if id(nudge) in stale else nudge
            for nudge in records.nudges
            if nudge.day >= oldest
        ]
        records.nudges = [*kept, *nudges]
        reminder_days = tuple(d for d in profile.reminder_days if d > day)
        self._profiles[user_id] = replace(
            profile, last_delivery_day=day, reminder_days=reminder_days
        )

    async def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        """The nudges planned for that day, in plan order."""
        return [nudge for nudge in self._user(user_id).nudges if nudge.day == day]

    async def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        """The nudge a message of the bot carried (for a digest: the one about that contact)."""
        for nudge in self._user(user_id).nudges:
            if nudge.message_id == message_id and contact_id in (None, nudge.contact_id):
                return nudge
        return None

    async def add_nudges(self, user_id: int, nudges: Iterable[Nudge]) -> None:
        """Record nudges shown on demand (/today), in one write."""
        records = self._user(user_id)
        records.nudges = [*records.nudges, *nudges]

    async def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        """Record what became of a nudge (sent with its message, answered...)."""
        records = self._user(user_id)
        records.nudges = [
            nudge if (old.day, old.contact_id) == (nudge.day, nudge.contact_id) else old
            for old in records.nudges
        ]

    async def plan_reminder(self, user_id: int, reminder: Nudge) -> UserProfile:
        """Add a dated reminder and its day to the profile's reminder days, in one write."""
        records = self._user(user_id)
        profile = self._profiles.get(user_id)
        if profile is None:
            raise UnknownUserError(user_id)
        key = (reminder.day, reminder.contact_id)
        records.nudges = [n for n in records.nudges if (n.day, n.contact_id) != key]
        records.nudges.append(reminder)
        days = tuple(sorted({*profile.reminder_days, reminder.day}))
        profile = replace(profile, reminder_days=days)
        self._profiles[user_id] = profile
        return profile

    async def reminders(self, user_id: int) -> list[Nudge]:
        """This user's dated reminders still planned, earliest first."""
        nudges = self._user(user_id).nudges
        found = [n for n in nudges if n.kind == REMINDER and n.status == "planned"]
        return sorted(found, key=lambda nudge: nudge.day)

    async def cancel_reminder(self, user_id: int, contact_id: str, day: date) -> UserProfile | None:
        """Remove a planned reminder, and its day when no other is planned then."""
        records = self._user(user_id)
        profile = self._profiles.get(user_id)
        gone = next((n for n in records.nudges if is_reminder_of(n, contact_id, day)), None)
        if profile is None or gone is None:
            return None
        records.nudges = [n for n in records.nudges if n is not gone]
        if not any(n.day == day and waiting_reminder(n) for n in records.nudges):
            days = tuple(d for d in profile.reminder_days if d != day)
            profile = replace(profile, reminder_days=days)
            self._profiles[user_id] = profile
        return profile

    # -- favours ------------------------------------------------------------------------

    async def favors(self, user_id: int) -> list[Favor]:
        """Every favour this user asked for, open or closed, in the order they were asked."""
        return list(self._user(user_id).favors.values())

    async def save_favor(self, user_id: int, favor: Favor, note: Interaction | None = None) -> None:
        """Add or replace a favour; `note` is logged as an exchange in the same write."""
        records = self._user(user_id)
        if note is not None:
            # Checked before anything changes: the one write lands whole or not at all.
            contact = _logged(records, note)
            records.interactions = [*records.interactions, _stamped(records, note)]
            records.contacts[contact.contact_id] = contact
        records.favors[favor.favor_id] = favor

    # -- lifetime -----------------------------------------------------------------------

    async def close(self) -> None:
        """Nothing to release."""

    # -- whole account ------------------------------------------------------------------

    async def delete_user(self, user_id: int) -> None:
        """Erase everything held about this user, profile and records (nothing if unknown)."""
        self._profiles.pop(user_id, None)
        self._records.pop(user_id, None)
        self._unavailable.discard(user_id)

    async def restore_user(
        self,
        profile: UserProfile,
        contacts: Iterable[Contact],
        interactions: Iterable[Interaction],
        favors: Iterable[Favor],
    ) -> None:
        """Fill `profile.user_id`'s empty account from a backup, in one write."""
        records = self._user(profile.user_id)
        if records.contacts or records.interactions or records.favors:
            raise AccountNotEmptyError(profile.user_id)
        added = {contact.contact_id: contact for contact in contacts}
        if len(added) > MAX_CONTACTS_PER_USER:
            raise TooManyContactsError(MAX_CONTACTS_PER_USER)
        records.contacts = added
        records.interactions = list(interactions)
        records.favors = {favor.favor_id: favor for favor in favors}
        self._profiles[profile.user_id] = profile

    async def merge_contacts(self, user_id: int, kept: Contact, removed_id: str) -> None:
        """Replace `kept` and give it the history and favours of `removed_id`, in one write."""
        records = self._user(user_id)
        for contact_id in (kept.contact_id, removed_id):
            if contact_id not in records.contacts or kept.contact_id == removed_id:
                raise UnknownContactError(contact_id)
        records.contacts[kept.contact_id] = kept
        del records.contacts[removed_id]
        moved = [i for i in records.interactions if i.contact_id == removed_id]
        records.interactions = [i for i in records.interactions if i.contact_id != removed_id]
        records.interactions += [replace(i, contact_id=kept.contact_id) for i in moved]
        records.favors = {
            key: replace(f, contact_id=kept.contact_id) if f.contact_id == removed_id else f
            for key, f in records.favors.items()
        }
        records.nudges = moved_reminders(records.nudges, removed_id, kept.contact_id)

    async def import_batch(
        self,
        user_id: int,
        added: Iterable[Contact],
        updated: Iterable[Contact],
        removed: Iterable[str] = (),
    ) -> None:
        """Add, replace and delete contacts in one write, all or none."""
        records = self._user(user_id)
        new, changed, gone = list(added), list(updated), set(removed)
        for contact_id in sorted({c.contact_id for c in changed} | gone):
            if contact_id not in records.contacts:
                raise UnknownContactError(contact_id)
        fresh = {c.contact_id for c in new} - records.contacts.keys()
        if len(records.contacts) - len(gone) + len(fresh) > MAX_CONTACTS_PER_USER:
            raise TooManyContactsError(MAX_CONTACTS_PER_USER)
        for contact_id in gone:
            del records.contacts[contact_id]
        records.interactions = [i for i in records.interactions if i.contact_id not in gone]
        for contact in changed:
            records.contacts[contact.contact_id] = contact
        for contact in new:
            records.contacts.setdefault(contact.contact_id, contact)


def _stamped(records: _UserRecords, interaction: Interaction) -> Interaction:
    """The exchange with the outside date it falls back to (see core.history)."""
    contact = records.contacts[interaction.contact_id]
    history = [i for i in records.interactions if i.contact_id == contact.contact_id]
    return stamped(contact, history, interaction)


def _logged(records: _UserRecords, interaction: Interaction) -> Contact:
    """The contact as logging this exchange leaves it (UnknownContactError if gone)."""
    contact = records.contacts.get(interaction.contact_id)
    if contact is None:
        raise UnknownContactError(interaction.contact_id)
    if not interaction.touches:
        return contact
    if contact.last_contact_at is None or interaction.at > contact.last_contact_at:
        return replace(contact, last_contact_at=interaction.at, snoozed_until=None)
    return contact
