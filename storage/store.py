"""The store: one database file per user, so a write costs only that user's own data."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from tinydb import Query

from core.model import Contact, Favor, Interaction, Nudge, UserProfile
from services.repository import (
    MAX_CONTACTS_PER_USER,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)
from storage.tinydb.atomic import UnreadableFileError, ensure_private_dir, remove_stale_temp_files
from storage.tinydb.documents import (
    contact_from,
    favor_document,
    favor_from,
    interaction_from,
    nudge_from,
    profile_from,
    to_document,
)
from storage.tinydb.userdb import PROFILE_ID, UserDatabase

log = logging.getLogger(__name__)

_OPEN_FILES_KEPT = 256
_NUDGES_KEPT = timedelta(days=31)


class Store:
    """All persistent data, scoped by user: every method takes the asking user's id."""

    def __init__(self, data_dir: Path) -> None:
        self._users_dir = data_dir / "users"
        self._profiles: dict[int, UserProfile] = {}
        self._unavailable: dict[int, Path] = {}
        self._open: OrderedDict[int, UserDatabase] = OrderedDict()
        ensure_private_dir(data_dir)
        ensure_private_dir(self._users_dir)
        remove_stale_temp_files(self._users_dir)
        self._scan()

    # -- users -------------------------------------------------------------------------

    def profiles(self) -> list[UserProfile]:
        """Every readable user's profile, for the scheduler; costs no I/O."""
        return list(self._profiles.values())

    def get_profile(self, user_id: int) -> UserProfile | None:
        """Return this user's profile, or None if they never used the bot."""
        self._check_available(user_id)
        return self._profiles.get(user_id)

    def save_profile(self, profile: UserProfile) -> None:
        """Create or replace this user's profile."""
        database = self._database(profile.user_id)
        database.put_single("profile", PROFILE_ID, to_document(profile))
        self._profiles[profile.user_id] = profile

    def is_unavailable(self, user_id: int) -> bool:
        """Tell whether this user's file was found unreadable."""
        return user_id in self._unavailable

    # -- contacts ----------------------------------------------------------------------

    def contacts(self, user_id: int) -> list[Contact]:
        """Every contact of this user, in the order they were added."""
        return [contact_from(doc) for doc in self._database(user_id).table("contacts").all()]

    def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        """This user's contact with that id, or None (another user's id finds nothing)."""
        found = self._database(user_id).table("contacts").get(Query().contact_id == contact_id)
        return contact_from(found) if isinstance(found, dict) else None

    def count_contacts(self, user_id: int) -> int:
        """How many contacts this user has."""
        return len(self._database(user_id).table("contacts"))

    def add_contacts(self, user_id: int, contacts: Iterable[Contact]) -> None:
        """Add contacts in one atomic write, within the per-user limit."""
        database = self._database(user_id)
        table = database.table("contacts")
        documents = [to_document(contact) for contact in contacts]
        if len(table) + len(documents) > MAX_CONTACTS_PER_USER:
            raise TooManyContactsError(MAX_CONTACTS_PER_USER)
        with database.batch():
            table.insert_multiple(documents)

    def save_contact(self, user_id: int, contact: Contact) -> None:
        """Replace a contact of this user with a changed copy."""
        table = self._database(user_id).table("contacts")
        if not table.update(to_document(contact), Query().contact_id == contact.contact_id):
            raise UnknownContactError(contact.contact_id)

    def delete_contact(self, user_id: int, contact_id: str) -> None:
        """Delete a contact and its history, in one write."""
        database = self._database(user_id)
        match = Query().contact_id == contact_id
        with database.batch():
            if not database.table("contacts").remove(match):
                raise UnknownContactError(contact_id)
            database.table("interactions").remove(match)

    def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        """Record an interaction and move the contact's last contact date, in one write.

        A snooze ends with it: being in touch is what the snooze was waiting for.
        """
        database = self._database(user_id)
        contacts = database.table("contacts")
        match = Query().contact_id == interaction.contact_id
        found = contacts.get(match)
        if not isinstance(found, dict):
            raise UnknownContactError(interaction.contact_id)
        contact = contact_from(found)
        if contact.last_contact_at is None or interaction.at > contact.last_contact_at:
            contact = replace(contact, last_contact_at=interaction.at, snoozed_until=None)
        with database.batch():
            database.table("interactions").insert(to_document(interaction))
            contacts.update(to_document(contact), match)
        return contact

    def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        """This contact's interactions, oldest first."""
        table = self._database(user_id).table("interactions")
        found = [interaction_from(doc) for doc in table.search(Query().contact_id == contact_id)]
        return sorted(found, key=lambda interaction: interaction.at)

    # -- nudges -------------------------------------------------------------------------

    def start_delivery(self, user_id: int, day: date, nudges: Iterable[Nudge]) -> None:
        """Record today's plan and the delivery day in one write; forget nudges over a month old."""
        database = self._database(user_id)
        profile = self._profiles.get(user_id)
        if profile is None:
            raise UnknownUserError(user_id)
        profile = replace(profile, last_delivery_day=day)
        table = database.table("nudges")
        oldest = (day - _NUDGES_KEPT).isoformat()
        with database.batch():
            table.remove(Query().day < oldest)
            table.insert_multiple(to_document(nudge) for nudge in nudges)
            database.put_single("profile", PROFILE_ID, to_document(profile))
        self._profiles[user_id] = profile

    def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        """The nudges planned for that day, in plan order."""
        table = self._database(user_id).table("nudges")
        return [nudge_from(doc) for doc in table.search(Query().day == day.isoformat())]

    def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        """The nudge a message of the bot carried (for a digest: the one about that contact)."""
        row = Query()
        match = row.message_id == message_id
        if contact_id is not None:
            match &= row.contact_id == contact_id
        found = self._database(user_id).table("nudges").get(match)
        return nudge_from(found) if isinstance(found, dict) else None

    def add_nudges(self, user_id: int, nudges: Iterable[Nudge]) -> None:
        """Record nudges shown on demand (/today), in one write."""
        database = self._database(user_id)
        with database.batch():
            database.table("nudges").insert_multiple(to_document(nudge) for nudge in nudges)

    def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        """Record what became of a nudge (sent with its message, answered...)."""
        row = Query()
        match = (row.day == nudge.day.isoformat()) & (row.contact_id == nudge.contact_id)
        self._database(user_id).table("nudges").update(to_document(nudge), match)

    # -- files -------------------------------------------------------------------------

    def close(self) -> None:
        """Release every open file handle."""
        for database in self._open.values():
            database.close()
        self._open.clear()

    def _scan(self) -> None:
        for path in sorted(self._users_dir.glob("*.json")):
            if not path.stem.isdigit():
                log.warning("Ignoring unexpected file %s in the data folder", path)
                continue
            user_id = int(path.stem)
            try:
                with self._reading(user_id, path) as database:
                    document = database.get_single("profile", PROFILE_ID)
                    if document is not None:
                        self._profiles[user_id] = profile_from(document)
            except UserDataUnavailableError:
                continue
        log.info(
            "Store opened: %d users, %d unavailable", len(self._profiles), len(self._unavailable)
        )

    def _check_available(self, user_id: int) -> None:
        path = self._unavailable.get(user_id)
        if path is not None:
            raise UserDataUnavailableError(user_id, path)

    def _database(self, user_id: int) -> UserDatabase:
        self._check_available(user_id)
        database = self._open.get(user_id)
        if database is not None:
            self._open.move_to_end(user_id)
            return database
        path = self._users_dir / f"{user_id}.json"
        with self._reading(user_id, path) as database:
            self._open[user_id] = database
        if len(self._open) > _OPEN_FILES_KEPT:
            _, oldest = self._open.popitem(last=False)
            oldest.close()
        return database

    @contextmanager
    def _reading(self, user_id: int, path: Path) -> Iterator[UserDatabase]:
        """Open a user's file; an unreadable one is logged, marked and never written."""
        database = UserDatabase(path)
        try:
            database.open()
            yield database
        except (UnreadableFileError, KeyError, ValueError, TypeError) as error:
            database.close()
            reason = error.reason if isinstance(error, UnreadableFileError) else repr(error)
            log.error(
                "Data file %s is unreadable (%s); it is left untouched and user %s's data "
                "is unavailable until it is repaired",
                path,
                reason,
                user_id,
            )
            self._unavailable[user_id] = path
            self._profiles.pop(user_id, None)
            raise UserDataUnavailableError(user_id, path) from error

    # -- favours ------------------------------------------------------------------------

    def favors(self, user_id: int) -> list[Favor]:
        """Every favour this user asked for, open or closed, in the order they were asked."""
        return [favor_from(doc) for doc in self._database(user_id).table("favors").all()]

    def save_favor(self, user_id: int, favor: Favor, note: Interaction | None = None) -> None:
        """Add or replace a favour; `note` is logged as an exchange in the same write."""
        database = self._database(user_id)
        with database.batch():
            if note is not None:
                self.log_interaction(user_id, note)
            match = Query().favor_id == favor.favor_id
            database.table("favors").upsert(favor_document(favor), match)

    def all_interactions(self, user_id: int) -> list[Interaction]:
        """Every interaction of this user, for searches across all their contacts."""
        table = self._database(user_id).table("interactions")
        return [interaction_from(doc) for doc in table.all()]
