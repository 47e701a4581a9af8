"""The Repository over one TinyDB file per user, kept in memory as model objects once read.

What each method reads or changes; loading the files, keeping them in memory and writing
them is `storage.tinydb.users`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from core.history import last_without, stamped
from core.model import REMINDER, Contact, Favor, Interaction, Nudge, UserProfile
from core.reminders import is_reminder_of, joined_what, waiting_reminder
from services.repository import (
    MAX_CONTACTS_PER_USER,
    AccountNotEmptyError,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
)
from storage.tinydb.documents import favor_document, to_document
from storage.tinydb.userdata import Change, UserData
from storage.tinydb.userdb import PROFILE_ID
from storage.tinydb.users import USERS_KEPT, UserFiles

NUDGES_KEPT = timedelta(days=31)


class TinyDBRepository:
    """All persistent data, scoped by user, one crash-safe JSON file per user."""

    def __init__(self, data_dir: Path, users_kept: int = USERS_KEPT) -> None:
        self._files = UserFiles(data_dir, users_kept)

    # -- users -------------------------------------------------------------------------

    async def profiles(self) -> list[UserProfile]:
        """Every readable user's profile, for the scheduler."""
        return list(self._files.profiles.values())

    async def get_profile(self, user_id: int) -> UserProfile | None:
        """This user's profile, or None if they never used the bot."""
        self._files.check_available(user_id)
        return self._files.profiles.get(user_id)

    async def save_profile(self, profile: UserProfile) -> None:
        """Create or replace this user's profile."""

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, None

        await self._files.write(profile.user_id, plan)

    async def is_unavailable(self, user_id: int) -> bool:
        """Whether this user's data was found unreadable."""
        return self._files.is_unavailable(user_id)

    # -- contacts ----------------------------------------------------------------------

    async def contacts(self, user_id: int) -> list[Contact]:
        """Every contact of this user, in the order they were added."""
        return list((await self._files.state(user_id)).contacts.rows.values())

    async def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        """This user's contact with that id, or None (another user's id finds nothing)."""
        state = await self._files.state(user_id)
        doc_id = state.contact_ids.get(contact_id)
        return None if doc_id is None else state.contacts.rows[doc_id]

    async def count_contacts(self, user_id: int) -> int:
        """How many contacts this user has."""
        return len((await self._files.state(user_id)).contacts.rows)

    async def add_contacts(self, user_id: int, contacts: Iterable[Contact]) -> None:
        """Add contacts in one atomic write, within MAX_CONTACTS_PER_USER."""
        added = list(contacts)

        def plan(state: UserData) -> tuple[Change, None]:
            if len(state.contacts.rows) + len(added) > MAX_CONTACTS_PER_USER:
                raise TooManyContactsError(MAX_CONTACTS_PER_USER)
            change = Change()
            for contact in added:
                state.contacts.put(change.contacts, contact, to_document(contact))
            return change, None

        await self._files.write(user_id, plan)

    async def save_contact(self, user_id: int, contact: Contact) -> None:
        """Replace a contact of this user with a changed copy (UnknownContactError if gone)."""

        def plan(state: UserData) -> tuple[Change, None]:
            doc_id = state.contact_ids.get(contact.contact_id)
            if doc_id is None:
                raise UnknownContactError(contact.contact_id)
            change = Change()
            state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
            return change, None

        await self._files.write(user_id, plan)

    async def delete_contact(self, user_id: int, contact_id: str) -> None:
        """Delete a contact and its history, in one write (UnknownContactError if gone)."""

        def plan(state: UserData) -> tuple[Change, None]:
            doc_id = state.contact_ids.get(contact_id)
            if doc_id is None:
                raise UnknownContactError(contact_id)
            change = Change()
            change.contacts.removes.add(doc_id)
            change.interactions.removes.update(state.by_contact.get(contact_id, ()))
            gone = set(state.nudges.ids_where(lambda n: n.contact_id == contact_id and _waiting(n)))
            change.nudges.removes.update(gone)
            profile = state.profile.rows.get(PROFILE_ID)
            if profile is not None and gone:
                # The days its reminders leave empty would wake the due index for nothing.
                rows = state.nudges.rows
                others = state.nudges.ids_where(waiting_reminder)
                still = {rows[i].day for i in others if i not in gone}
                emptied = {rows[i].day for i in gone} - still
                days = tuple(d for d in profile.reminder_days if d not in emptied)
                if days != profile.reminder_days:
                    profile = replace(profile, reminder_days=days)
                    state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, None

        await self._files.write(user_id, plan)

    async def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        """Record an exchange and move the contact's last contact date, in one write."""

        def plan(state: UserData) -> tuple[Change, Contact]:
            change = Change()
            return change, _log(state, change, interaction)

        return await self._files.write(user_id, plan)

    async def delete_interaction(self, user_id: int, contact_id: str, key: str) -> Contact | None:
        """Delete one entry; an exchange's going puts the last contact date back."""

        def plan(state: UserData) -> tuple[Change, Contact | None]:
            doc_id = state.contact_ids.get(contact_id)
            if doc_id is None:
                raise UnknownContactError(contact_id)
            contact = state.contacts.rows[doc_id]
            rows = state.interactions.rows
            mine = state.by_contact.get(contact_id, [])
            gone = next((i for i in mine if rows[i].key == key), None)
            change = Change()
            if gone is None:
                return change, None
            removed = rows[gone]
            change.interactions.removes.add(gone)
            if removed.touches and contact.last_contact_at == removed.at:
                left = [rows[i] for i in mine if i != gone]
                contact = replace(contact, last_contact_at=last_without(removed, left))
                state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
            return change, contact

        return await self._files.write(user_id, plan)

    async def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        """This contact's exchanges, oldest first."""
        state = await self._files.state(user_id)
        rows = state.interactions.rows
        found = [rows[doc_id] for doc_id in state.by_contact.get(contact_id, ())]
        return sorted(found, key=lambda interaction: interaction.at)

    async def all_interactions(self, user_id: int) -> list[Interaction]:
        """Every exchange of this user, for searches across all their contacts."""
        return list((await self._files.state(user_id)).interactions.rows.values())

    # -- nudges -------------------------------------------------------------------------

    async def start_delivery(self, user_id: int, day: date, nudges: Iterable[Nudge]) -> None:
        """Record the day's plan and the delivery day in one write; forget month-old nudges."""
        planned = list(nudges)

        def plan(state: UserData) -> tuple[Change, None]:
            profile = state.profile.rows.get(PROFILE_ID)
            if profile is None:
                raise UnknownUserError(user_id)
            change = Change()
            oldest = day - NUDGES_KEPT
            change.nudges.removes.update(state.nudges.ids_where(lambda n: n.day < oldest))
            for doc_id in state.nudges.ids_where(lambda n: oldest <= n.day < day):
                old = state.nudges.rows[doc_id]
                if old.status == "planned":  # never sent; a reminder was carried to `day`
                    skipped = replace(old, status="skipped")
                    state.nudges.put(change.nudges, skipped, to_document(skipped), doc_id)
            for nudge in planned:
                state.nudges.put(change.nudges, nudge, to_document(nudge))
            reminder_days = tuple(d for d in profile.reminder_days if d > day)
            profile = replace(profile, last_delivery_day=day, reminder_days=reminder_days)
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, None

        await self._files.write(user_id, plan)

    async def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        """The nudges planned for that day, in plan order."""
        state = await self._files.state(user_id)
        return [nudge for nudge in state.nudges.rows.values() if nudge.day == day]

    async def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        """The nudge a message of the bot carried (for a digest: the one about that contact)."""
        for nudge in (await self._files.state(user_id)).nudges.rows.values():
            if nudge.message_id == message_id and contact_id in (None, nudge.contact_id):
                return nudge
        return None

    async def add_nudges(self, user_id: int, nudges: Iterable[Nudge]) -> None:
        """Record nudges shown on demand (/today), in one write."""
        added = list(nudges)

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            for nudge in added:
                state.nudges.put(change.nudges, nudge, to_document(nudge))
            return change, None

        await self._files.write(user_id, plan)

    async def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        """Record what became of a nudge (sent with its message, answered...)."""
        key = (nudge.day, nudge.contact_id)

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            for doc_id in state.nudges.ids_where(lambda old: (old.day, old.contact_id) == key):
                state.nudges.put(change.nudges, nudge, to_document(nudge), doc_id)
            return change, None

        await self._files.write(user_id, plan)

    async def plan_reminder(self, user_id: int, reminder: Nudge) -> UserProfile:
        """Add a dated reminder and its day to the profile's reminder days, in one write."""
        key = (reminder.day, reminder.contact_id)

        def plan(state: UserData) -> tuple[Change, UserProfile]:
            profile = state.profile.rows.get(PROFILE_ID)
            if profile is None:
                raise UnknownUserError(user_id)
            change = Change()
            same = next(iter(state.nudges.ids_where(lambda n: (n.day, n.contact_id) == key)), None)
            state.nudges.put(change.nudges, reminder, to_document(reminder), same)
            days = tuple(sorted({*profile.reminder_days, reminder.day}))
            profile = replace(profile, reminder_days=days)
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, profile

        return await self._files.write(user_id, plan)

    async def reminders(self, user_id: int) -> list[Nudge]:
        """This user's dated reminders still planned, earliest first."""
        rows = (await self._files.state(user_id)).nudges.rows.values()
        found = [n for n in rows if n.kind == REMINDER and n.status == "planned"]
        return sorted(found, key=lambda nudge: nudge.day)

    async def cancel_reminder(self, user_id: int, contact_id: str, day: date) -> UserProfile | None:
        """Remove a planned reminder, and its day when no other is planned then, in one write."""

        def plan(state: UserData) -> tuple[Change, UserProfile | None]:
            change = Change()
            profile = state.profile.rows.get(PROFILE_ID)
            gone = next(
                iter(state.nudges.ids_where(lambda n: is_reminder_of(n, contact_id, day))), None
            )
            if profile is None or gone is None:
                return change, None
            change.nudges.removes.add(gone)
            others = state.nudges.ids_where(lambda n: n.day == day and waiting_reminder(n))
            if not any(doc_id != gone for doc_id in others):
                days = tuple(d for d in profile.reminder_days if d != day)
                profile = replace(profile, reminder_days=days)
                state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, profile

        return await self._files.write(user_id, plan)

    # -- favours ------------------------------------------------------------------------

    async def favors(self, user_id: int) -> list[Favor]:
        """Every favour this user asked for, open or closed, in the order they were asked."""
        return list((await self._files.state(user_id)).favors.rows.values())

    async def save_favor(self, user_id: int, favor: Favor, note: Interaction | None = None) -> None:
        """Add or replace a favour; `note` is logged as an exchange in the same write."""

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            if note is not None:
                _log(state, change, note)
            same = state.favors.ids_where(lambda old: old.favor_id == favor.favor_id)
            doc_id = next(iter(same), None)
            state.favors.put(change.favors, favor, favor_document(favor), doc_id)
            return change, None

        await self._files.write(user_id, plan)

    # -- lifetime -----------------------------------------------------------------------

    async def close(self) -> None:
        """Finish pending writes and drop the records kept in memory."""
        await self._files.close()

    # -- whole account ------------------------------------------------------------------

    async def delete_user(self, user_id: int) -> None:
        """Erase everything held about this user: their file and its sidecar."""
        await self._files.erase(user_id)

    async def restore_user(
        self,
        profile: UserProfile,
        contacts: Iterable[Contact],
        interactions: Iterable[Interaction],
        favors: Iterable[Favor],
    ) -> None:
        """Fill `profile.user_id`'s empty account from a backup, in one write."""
        restored = (list(contacts), list(interactions), list(favors))

        def plan(state: UserData) -> tuple[Change, None]:
            if state.contacts.rows or state.interactions.rows or state.favors.rows:
                raise AccountNotEmptyError(profile.user_id)
            if len({c.contact_id for c in restored[0]}) > MAX_CONTACTS_PER_USER:
                raise TooManyContactsError(MAX_CONTACTS_PER_USER)
            change = Change()
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            seen: set[str] = set()
            for contact in restored[0]:
                if contact.contact_id not in seen:
                    seen.add(contact.contact_id)
                    state.contacts.put(change.contacts, contact, to_document(contact))
            for interaction in restored[1]:
                state.interactions.put(change.interactions, interaction, to_document(interaction))
            for favor in restored[2]:
                state.favors.put(change.favors, favor, favor_document(favor))
            return change, None

        await self._files.write(profile.user_id, plan)

    async def merge_contacts(self, user_id: int, kept: Contact, removed_id: str) -> None:
        """Replace `kept` and give it the history and favours of `removed_id`, in one write."""

        def plan(state: UserData) -> tuple[Change, None]:
            kept_doc = state.contact_ids.get(kept.contact_id)
            removed_doc = state.contact_ids.get(removed_id)
            if kept_doc is None or removed_doc is None or kept_doc == removed_doc:
                raise UnknownContactError(kept.contact_id if kept_doc is None else removed_id)
            change = Change()
            state.contacts.put(change.contacts, kept, to_document(kept), kept_doc)
            change.contacts.removes.add(removed_doc)
            # Moved exchanges are written anew, so the per-contact index follows them.
            for doc_id in state.by_contact.get(removed_id, ()):
                moved = replace(state.interactions.rows[doc_id], contact_id=kept.contact_id)
                change.interactions.removes.add(doc_id)
                state.interactions.put(change.interactions, moved, to_document(moved))
            for doc_id in state.favors.ids_where(lambda f: f.contact_id == removed_id):
                favor = replace(state.favors.rows[doc_id], contact_id=kept.contact_id)
                state.favors.put(change.favors, favor, favor_document(favor), doc_id)
            _move_reminders(state, change, removed_id, kept.contact_id)
            return change, None

        await self._files.write(user_id, plan)

    async def import_batch(
        self,
        user_id: int,
        added: Iterable[Contact],
        updated: Iterable[Contact],
        removed: Iterable[str] = (),
    ) -> None:
        """Add, replace and delete contacts in one write, all or none."""
        new, changed, gone = list(added), list(updated), set(removed)

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            for contact_id in sorted(gone):
                doc_id = state.contact_ids.get(contact_id)
                if doc_id is None:
                    raise UnknownContactError(contact_id)
                change.contacts.removes.add(doc_id)
                change.interactions.removes.update(state.by_contact.get(contact_id, ()))
            fresh = [c for c in new if c.contact_id not in state.contact_ids]
            if len(state.contacts.rows) - len(gone) + len(fresh) > MAX_CONTACTS_PER_USER:
                raise TooManyContactsError(MAX_CONTACTS_PER_USER)
            for contact in changed:
                doc_id = state.contact_ids.get(contact.contact_id)
                if doc_id is None:
                    raise UnknownContactError(contact.contact_id)
                state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
            for contact in fresh:
                state.contacts.put(change.contacts, contact, to_document(contact))
            return change, None

        await self._files.write(user_id, plan)


def _waiting(nudge: Nudge) -> bool:
    """A dated reminder not sent yet: it goes with its contact."""
    return waiting_reminder(nudge)


def _move_reminders(state: UserData, change: Change, removed_id: str, kept_id: str) -> None:
    """Add giving `kept_id` the reminders still to send about `removed_id` to `change`: one a
    day, the kept contact's with the moved one's "what" joined (core.reminders)."""
    rows = state.nudges.rows
    kept_on = {n.day: i for i, n in rows.items() if waiting_reminder(n) and n.contact_id == kept_id}
    for doc_id in list(
        state.nudges.ids_where(lambda n: waiting_reminder(n) and n.contact_id == removed_id)
    ):
        old = rows[doc_id]
        target = kept_on.get(old.day)
        if target is None:
            new = replace(old, contact_id=kept_id)
            state.nudges.put(change.nudges, new, to_document(new), doc_id)
            kept_on[old.day] = doc_id
            continue
        current = change.nudges.puts[target][0] if target in change.nudges.puts else rows[target]
        new = replace(current, note=joined_what(current.note, old.note))
        state.nudges.put(change.nudges, new, to_document(new), target)
        change.nudges.removes.add(doc_id)


def _log(state: UserData, change: Change, interaction: Interaction) -> Contact:
    """Add logging `interaction` to `change`; return the contact as it leaves it."""
    doc_id = state.contact_ids.get(interaction.contact_id)
    if doc_id is None:
        raise UnknownContactError(interaction.contact_id)
    contact = state.contacts.rows[doc_id]
    rows = state.interactions.rows
    history = [rows[i] for i in state.by_contact.get(contact.contact_id, ())]
    interaction = stamped(contact, history, interaction)
    state.interactions.put(change.interactions, interaction, to_document(interaction))
    if not interaction.touches:
        return contact
    if contact.last_contact_at is None or interaction.at > contact.last_contact_at:
        contact = replace(contact, last_contact_at=interaction.at, snoozed_until=None)
        state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
    return contact
