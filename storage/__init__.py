"""Persistence: typed records over one crash-safe TinyDB file per user."""

from storage.atomic import UnreadableFileError
from storage.records import Contact, Interaction, UserProfile
from storage.store import Store, UnknownContactError, UserDataUnavailableError

__all__ = [
    "Contact",
    "Interaction",
    "Store",
    "UnknownContactError",
    "UnreadableFileError",
    "UserDataUnavailableError",
    "UserProfile",
]
