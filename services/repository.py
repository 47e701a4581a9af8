"""The repository: the one door between use cases and wherever the data lives.

Every method is scoped by the asking user's id, so no lookup can reach another user's data,
and every method is async, so a backend may do its I/O off the event loop (the TinyDB
adapter in `storage/`) or over a network (a server database later) without touching callers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Protocol

from core.model import Contact, Favor, Interaction, Nudge, UserProfile

MAX_CONTACTS_PER_USER = 2000


class UserDataUnavailableError(Exception):
    """This user's data could not be read; it is left untouched."""

    def __init__(self, user_id: int, path: Path) -> None:
        super().__init__(f"data of user {user_id} is unavailable ({path} is unreadable)")
        self.user_id = user_id
        self.path = path


class UnknownContactError(LookupError):
    """No contact with that id among this user's contacts."""


class UnknownUserError(LookupError):
    """No profile for that user id."""


class TooManyContactsError(Exception):
    """The user already has the most contacts the bot keeps for one person."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} contacts per user")
        self.limit = limit


class AccountNotEmptyError(Exception):
    """A backup is restored only into an account without contacts, history or favours."""


class Repository(Protocol):
    """All persistent data, scoped by user: every method takes the asking user's id."""

    # -- users -------------------------------------------------------------------------

    async def profiles(self) -> list[UserProfile]:
        """Every readable user's profile, for the scheduler."""
        ...

    async def get_profile(self, user_id: int) -> UserProfile | None:
        """This user's profile, or None if they never used the bot."""
        ...

    async def save_profile(self, profile: UserProfile) -> None:
        """Create or replace this user's profile."""
        ...

    async def is_unavailable(self, user_id: int) -> bool:
        """Whether this user's data was found unreadable."""
        ...

    # -- contacts ----------------------------------------------------------------------

    async def contacts(self, user_id: int) -> list[Contact]:
        """Every contact of this user, in the order they were added."""
        ...

    async def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        """This user's contact with that id, or None (another user's id finds nothing)."""
        ...

    async def count_contacts(self, user_id: int) -> int:
        """How many contacts this user has."""
        ...

    async def add_contacts(self, user_id: int, contacts: Iterable[Contact]) -> None:
        """Add contacts in one atomic write, within MAX_CONTACTS_PER_USER."""
        ...

    async def save_contact(self, user_id: int, contact: Contact) -> None:
        """Replace a contact of this user with a changed copy (UnknownContactError if gone)."""
        ...

    async def delete_contact(self, user_id: int, contact_id: str) -> None:
        """Delete a contact, its history and its reminders not sent yet, in one write
        (UnknownContactError if gone)."""
        ...

    async def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        """Record an exchange and move the contact's last contact date, in one write.

        A snooze ends with it: being in touch is what the snooze was waiting for. The exchange
        is stored with `previous` set to the last contact date from outside the history (see
        Interaction). A note (kind NOTE) is stored as given and changes nothing else.
        """
        ...

    async def delete_interaction(self, user_id: int, contact_id: str, key: str) -> Contact | None:
        """Delete the entry of that contact with that key (Interaction.key), in one write.

        An exchange's going puts the last contact date back to the latest exchange left, or
        the date from outside the history. The contact as it is now; None if no such entry
        (already deleted); UnknownContactError if the contact is gone.
        """
        ...

    async def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        """This contact's exchanges, oldest first."""
        ...

    async def all_interactions(self, user_id: int) -> list[Interaction]:
        """Every exchange of this user, for searches across all their contacts."""
        ...

    # -- nudges -------------------------------------------------------------------------

    async def start_delivery(self, user_id: int, day: date, nudges: Iterable[Nudge]) -> None:
        """Record the day's plan and the delivery day in one write; forget month-old nudges.

        Nudges of earlier days still planned are marked skipped (a reminder among them was
        carried into this plan), and days up to `day` leave the profile's reminder days.
        """
        ...

    async def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        """The nudges planned for that day, in plan order."""
        ...

    async def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        """The nudge a message of the bot carried (for a digest: the one about that contact)."""
        ...

    async def add_nudges(self, user_id: int, nudges: Iterable[Nudge]) -> None:
        """Record nudges shown on demand (/today), in one write."""
        ...

    async def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        """Record what became of a nudge (sent with its message, answered...)."""
        ...

    async def plan_reminder(self, user_id: int, reminder: Nudge) -> UserProfile:
        """Add a dated reminder (replacing one for the same contact and day) and its day to
        the profile's reminder days, in one write; the profile as it is now
        (UnknownUserError without one)."""
        ...

    async def reminders(self, user_id: int) -> list[Nudge]:
        """This user's dated reminders still planned, earliest first."""
        ...

    async def cancel_reminder(self, user_id: int, contact_id: str, day: date) -> UserProfile | None:
        """Remove the reminder planned about that contact on that day, and the day from the
        profile's reminder days when no other reminder is planned then, in one write; the
        profile as it is now, or None when no such reminder is planned (sent or cancelled)."""
        ...

    # -- favours ------------------------------------------------------------------------

    async def favors(self, user_id: int) -> list[Favor]:
        """Every favour this user asked for, open or closed, in the order they were asked."""
        ...

    async def save_favor(self, user_id: int, favor: Favor, note: Interaction | None = None) -> None:
        """Add or replace a favour; `note` is logged as an exchange in the same write."""
        ...

    # -- lifetime -----------------------------------------------------------------------

    async def close(self) -> None:
        """Finish pending writes and release files or connections."""
        ...

    # -- whole account ------------------------------------------------------------------

    async def delete_user(self, user_id: int) -> None:
        """Erase everything held about this user, profile and records (nothing if unknown)."""
        ...

    async def restore_user(
        self,
        profile: UserProfile,
        contacts: Iterable[Contact],
        interactions: Iterable[Interaction],
        favors: Iterable[Favor],
    ) -> None:
        """Fill `profile.user_id`'s empty account from a backup, in one write.

        AccountNotEmptyError if they have contacts, history or favours; the profile replaces
        theirs.
        """
        ...

    async def merge_contacts(self, user_id: int, kept: Contact, removed_id: str) -> None:
        """Replace `kept` and give it the history, favours and planned reminders of
        `removed_id`, which is deleted, in one write (UnknownContactError if either is gone).
        A reminder both had on one day stays one, its two "what" joined."""
        ...

    async def import_batch(
        self,
        user_id: int,
        added: Iterable[Contact],
        updated: Iterable[Contact],
        removed: Iterable[str] = (),
    ) -> None:
        """Add `added`, replace `updated` and delete `removed` (with their history), in one
        write, all or none: an import, or undoing one.

        TooManyContactsError if the user would end past MAX_CONTACTS_PER_USER, and
        UnknownContactError if an updated or removed contact is not this user's; then nothing
        is written.
        """
        ...
