"""The Repository over one TinyDB file per user, kept in memory as model objects once read.

Reads are dict lookups on the event loop. Each write computes the changed state without
touching the published one, writes the whole file in a worker thread (one atomic replace),
and only then publishes it; writes of one user are serialized by that user's lock.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from core.model import Contact, Favor, Interaction, Nudge, UserProfile
from services.repository import (
    MAX_CONTACTS_PER_USER,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)
from storage.tinydb import userdb
from storage.tinydb.atomic import UnreadableFileError, ensure_private_dir, remove_stale_temp_files
from storage.tinydb.documents import favor_document, profile_from, to_document
from storage.tinydb.userdata import Change, UserData
from storage.tinydb.userdb import PROFILE_ID
from storage.tinydb.userfile import MALFORMED, load_user, read_user_file, write_change

log = logging.getLogger(__name__)

T = TypeVar("T")
Plan = Callable[[UserData], tuple[Change, T]]

NUDGES_KEPT = timedelta(days=31)
USERS_KEPT = 1024  # users whose records stay in memory; the least recently used are dropped


class TinyDBRepository:
    """All persistent data, scoped by user, one crash-safe JSON file per user."""

    def __init__(self, data_dir: Path, users_kept: int = USERS_KEPT) -> None:
        self._users_dir = data_dir / "users"
        self._users_kept = users_kept
        self._profiles: dict[int, UserProfile] = {}
        self._unavailable: dict[int, Path] = {}
        self._loaded: OrderedDict[int, UserData] = OrderedDict()
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: set[asyncio.Task[Any]] = set()
        ensure_private_dir(data_dir)
        ensure_private_dir(self._users_dir)
        remove_stale_temp_files(self._users_dir)
        self._scan()

    # -- users -------------------------------------------------------------------------

    async def profiles(self) -> list[UserProfile]:
        """Every readable user's profile, for the scheduler."""
        return list(self._profiles.values())

    async def get_profile(self, user_id: int) -> UserProfile | None:
        """This user's profile, or None if they never used the bot."""
        self._check_available(user_id)
        return self._profiles.get(user_id)

    async def save_profile(self, profile: UserProfile) -> None:
        """Create or replace this user's profile."""

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, None

        await self._write(profile.user_id, plan)

    async def is_unavailable(self, user_id: int) -> bool:
        """Whether this user's data was found unreadable."""
        return user_id in self._unavailable

    # -- contacts ----------------------------------------------------------------------

    async def contacts(self, user_id: int) -> list[Contact]:
        """Every contact of this user, in the order they were added."""
        return list((await self._state(user_id)).contacts.rows.values())

    async def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        """This user's contact with that id, or None (another user's id finds nothing)."""
        state = await self._state(user_id)
        doc_id = state.contact_ids.get(contact_id)
        return None if doc_id is None else state.contacts.rows[doc_id]

    async def count_contacts(self, user_id: int) -> int:
        """How many contacts this user has."""
        return len((await self._state(user_id)).contacts.rows)

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

        await self._write(user_id, plan)

    async def save_contact(self, user_id: int, contact: Contact) -> None:
        """Replace a contact of this user with a changed copy (UnknownContactError if gone)."""

        def plan(state: UserData) -> tuple[Change, None]:
            doc_id = state.contact_ids.get(contact.contact_id)
            if doc_id is None:
                raise UnknownContactError(contact.contact_id)
            change = Change()
            state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
            return change, None

        await self._write(user_id, plan)

    async def delete_contact(self, user_id: int, contact_id: str) -> None:
        """Delete a contact and its history, in one write (UnknownContactError if gone)."""

        def plan(state: UserData) -> tuple[Change, None]:
            doc_id = state.contact_ids.get(contact_id)
            if doc_id is None:
                raise UnknownContactError(contact_id)
            change = Change()
            change.contacts.removes.add(doc_id)
            change.interactions.removes.update(state.by_contact.get(contact_id, ()))
            return change, None

        await self._write(user_id, plan)

    async def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        """Record an exchange and move the contact's last contact date, in one write."""

        def plan(state: UserData) -> tuple[Change, Contact]:
            change = Change()
            return change, _log(state, change, interaction)

        return await self._write(user_id, plan)

    async def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        """This contact's exchanges, oldest first."""
        state = await self._state(user_id)
        rows = state.interactions.rows
        found = [rows[doc_id] for doc_id in state.by_contact.get(contact_id, ())]
        return sorted(found, key=lambda interaction: interaction.at)

    async def all_interactions(self, user_id: int) -> list[Interaction]:
        """Every exchange of this user, for searches across all their contacts."""
        return list((await self._state(user_id)).interactions.rows.values())

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
            for nudge in planned:
                state.nudges.put(change.nudges, nudge, to_document(nudge))
            profile = replace(profile, last_delivery_day=day)
            state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
            return change, None

        await self._write(user_id, plan)

    async def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        """The nudges planned for that day, in plan order."""
        state = await self._state(user_id)
        return [nudge for nudge in state.nudges.rows.values() if nudge.day == day]

    async def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        """The nudge a message of the bot carried (for a digest: the one about that contact)."""
        for nudge in (await self._state(user_id)).nudges.rows.values():
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

        await self._write(user_id, plan)

    async def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        """Record what became of a nudge (sent with its message, answered...)."""
        key = (nudge.day, nudge.contact_id)

        def plan(state: UserData) -> tuple[Change, None]:
            change = Change()
            for doc_id in state.nudges.ids_where(lambda old: (old.day, old.contact_id) == key):
                state.nudges.put(change.nudges, nudge, to_document(nudge), doc_id)
            return change, None

        await self._write(user_id, plan)

    # -- favours ------------------------------------------------------------------------

    async def favors(self, user_id: int) -> list[Favor]:
        """Every favour this user asked for, open or closed, in the order they were asked."""
        return list((await self._state(user_id)).favors.rows.values())

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

        await self._write(user_id, plan)

    # -- lifetime -----------------------------------------------------------------------

    async def close(self) -> None:
        """Finish pending writes and drop the records kept in memory."""
        await asyncio.gather(*self._pending, return_exceptions=True)
        self._loaded.clear()

    # -- state and files ----------------------------------------------------------------

    def _path(self, user_id: int) -> Path:
        return self._users_dir / f"{user_id}.json"

    def _lock(self, user_id: int) -> asyncio.Lock:
        return self._locks.setdefault(user_id, asyncio.Lock())

    def _check_available(self, user_id: int) -> None:
        path = self._unavailable.get(user_id)
        if path is not None:
            raise UserDataUnavailableError(user_id, path)

    async def _state(self, user_id: int) -> UserData:
        """This user's published records, read from their file on first use."""
        self._check_available(user_id)
        state = self._loaded.get(user_id)
        if state is not None:
            self._loaded.move_to_end(user_id)
            return state
        async with self._lock(user_id):
            return await self._load_locked(user_id)

    async def _load_locked(self, user_id: int) -> UserData:
        self._check_available(user_id)
        state = self._loaded.get(user_id)
        if state is not None:
            self._loaded.move_to_end(user_id)
            return state
        path = self._path(user_id)
        try:
            state = await asyncio.to_thread(load_user, path)
        except (UnreadableFileError, *MALFORMED) as error:
            raise self._unreadable(user_id, path, error) from error
        self._loaded[user_id] = state
        self._publish_profile(user_id, state)
        self._evict()
        return state

    async def _write(self, user_id: int, plan: Plan[T]) -> T:
        """Run `plan` and write its change; the write finishes even if the caller is cancelled."""
        self._check_available(user_id)
        task = asyncio.ensure_future(self._write_locked(user_id, plan))
        self._pending.add(task)
        task.add_done_callback(self._forget)
        return await asyncio.shield(task)

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._pending.discard(task)
        if not task.cancelled():
            task.exception()  # the caller may be gone: its error must not be reported as lost

    async def _write_locked(self, user_id: int, plan: Plan[T]) -> T:
        async with self._lock(user_id):
            state = await self._load_locked(user_id)
            change, result = plan(state)
            if not change:
                return result
            state.stamp(change, userdb.SCHEMA_VERSION)
            try:
                joined = await asyncio.to_thread(write_change, self._path(user_id), state, change)
            except BaseException:
                # The file holds the old state, or the new one if only the folder's fsync
                # failed: drop what memory holds and reread the file.
                self._loaded.pop(user_id, None)
                await self._reload(user_id)
                raise
            state.apply(change, joined)
            self._publish_profile(user_id, state)
            return result

    async def _reload(self, user_id: int) -> None:
        try:
            await self._load_locked(user_id)
        except Exception:  # an unreadable file is logged and reported by the next access
            log.exception("Rereading the file of user %s after a failed write failed", user_id)

    def _publish_profile(self, user_id: int, state: UserData) -> None:
        profile = state.profile.rows.get(PROFILE_ID)
        if profile is None:
            self._profiles.pop(user_id, None)
        else:
            self._profiles[user_id] = profile

    def _evict(self) -> None:
        """Drop the least recently used users' records; a user being written is reread later."""
        while len(self._loaded) > self._users_kept:
            self._loaded.popitem(last=False)

    def _unreadable(self, user_id: int, path: Path, error: Exception) -> UserDataUnavailableError:
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
        self._loaded.pop(user_id, None)
        return UserDataUnavailableError(user_id, path)

    def _scan(self) -> None:
        for path in sorted(self._users_dir.glob("*.json")):
            if not path.stem.isdigit():
                log.warning("Ignoring unexpected file %s in the data folder", path)
                continue
            user_id = int(path.stem)
            try:
                data = read_user_file(path) or {}
                document = data.get("profile", {}).get(str(PROFILE_ID))
                if document is not None:
                    self._profiles[user_id] = profile_from(document)
            except (UnreadableFileError, *MALFORMED) as error:
                self._unreadable(user_id, path, error)
        log.info(
            "Repository opened: %d users, %d unavailable",
            len(self._profiles),
            len(self._unavailable),
        )


def _log(state: UserData, change: Change, interaction: Interaction) -> Contact:
    """Add logging `interaction` to `change`; return the contact as it leaves it."""
    doc_id = state.contact_ids.get(interaction.contact_id)
    if doc_id is None:
        raise UnknownContactError(interaction.contact_id)
    contact = state.contacts.rows[doc_id]
    state.interactions.put(change.interactions, interaction, to_document(interaction))
    if contact.last_contact_at is None or interaction.at > contact.last_contact_at:
        contact = replace(contact, last_contact_at=interaction.at, snoozed_until=None)
        state.contacts.put(change.contacts, contact, to_document(contact), doc_id)
    return contact
