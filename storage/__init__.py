"""Persistence: typed records over one crash-safe TinyDB file per user."""

from storage.atomic import UnreadableFileError
from storage.store import (
    MAX_CONTACTS_PER_USER,
    Store,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)

__all__ = [
    "MAX_CONTACTS_PER_USER",
    "Store",
    "TooManyContactsError",
    "UnknownContactError",
    "UnknownUserError",
    "UnreadableFileError",
    "UserDataUnavailableError",
]
