"""An interim async face on the synchronous Store, until the TinyDB adapter replaces it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from core.model import Contact, Favor, Interaction, Nudge, UserProfile
from storage.store import Store


class StoreRepository:
    """The Repository protocol over today's Store (same files, same guarantees)."""

    def __init__(self, data_dir: Path) -> None:
        self.store = Store(data_dir)

    async def profiles(self) -> list[UserProfile]:
        return self.store.profiles()

    async def get_profile(self, user_id: int) -> UserProfile | None:
        return self.store.get_profile(user_id)

    async def save_profile(self, profile: UserProfile) -> None:
        self.store.save_profile(profile)

    async def is_unavailable(self, user_id: int) -> bool:
        return self.store.is_unavailable(user_id)

    async def contacts(self, user_id: int) -> list[Contact]:
        return self.store.contacts(user_id)

    async def get_contact(self, user_id: int, contact_id: str) -> Contact | None:
        return self.store.get_contact(user_id, contact_id)

    async def count_contacts(self, user_id: int) -> int:
        return self.store.count_contacts(user_id)

    async def add_contacts(self, user_id: int, contacts: Iterable[Contact]) -> None:
        self.store.add_contacts(user_id, contacts)

    async def save_contact(self, user_id: int, contact: Contact) -> None:
        self.store.save_contact(user_id, contact)

    async def delete_contact(self, user_id: int, contact_id: str) -> None:
        self.store.delete_contact(user_id, contact_id)

    async def log_interaction(self, user_id: int, interaction: Interaction) -> Contact:
        return self.store.log_interaction(user_id, interaction)

    async def interactions(self, user_id: int, contact_id: str) -> list[Interaction]:
        return self.store.interactions(user_id, contact_id)

    async def all_interactions(self, user_id: int) -> list[Interaction]:
        return self.store.all_interactions(user_id)

    async def start_delivery(self, user_id: int, day: date, nudges: Iterable[Nudge]) -> None:
        self.store.start_delivery(user_id, day, nudges)

    async def nudges_on(self, user_id: int, day: date) -> list[Nudge]:
        return self.store.nudges_on(user_id, day)

    async def find_nudge(
        self, user_id: int, message_id: int, contact_id: str | None = None
    ) -> Nudge | None:
        return self.store.find_nudge(user_id, message_id, contact_id)

    async def add_nudges(self, user_id: int, nudges: Iterable[Nudge]) -> None:
        self.store.add_nudges(user_id, nudges)

    async def update_nudge(self, user_id: int, nudge: Nudge) -> None:
        self.store.update_nudge(user_id, nudge)

    async def favors(self, user_id: int) -> list[Favor]:
        return self.store.favors(user_id)

    async def save_favor(self, user_id: int, favor: Favor, note: Interaction | None = None) -> None:
        self.store.save_favor(user_id, favor, note)

    async def close(self) -> None:
        self.store.close()
