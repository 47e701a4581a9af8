"""Persistence: the TinyDB adapter of the repository, one crash-safe JSON file per user.

The errors are re-exported for callers of earlier versions; new code takes them from
`services.repository`.
"""

from services.repository import (
    MAX_CONTACTS_PER_USER,
    TooManyContactsError,
    UnknownContactError,
    UnknownUserError,
    UserDataUnavailableError,
)
from storage.tinydb.atomic import UnreadableFileError

__all__ = [
    "MAX_CONTACTS_PER_USER",
    "TooManyContactsError",
    "UnknownContactError",
    "UnknownUserError",
    "UnreadableFileError",
    "UserDataUnavailableError",
]
