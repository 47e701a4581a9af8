"""Persistence: typed records over one crash-safe TinyDB file per user."""

from services.repository import (
    MAX_CONTACTS_PER_USER,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)
from storage.store import Store
from storage.tinydb.atomic import UnreadableFileError

__all__ = [
    "MAX_CONTACTS_PER_USER",
    "Store",
    "TooManyContactsError",
    "UnknownContactError",
    "UnknownUserError",
    "UnreadableFileError",
    "UserDataUnavailableError",
]
