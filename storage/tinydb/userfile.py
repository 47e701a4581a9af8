"""Blocking reads and writes of one user's file; the repository runs them in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storage.tinydb import userdb
from storage.tinydb.atomic import read_json_object, write_atomic
from storage.tinydb.tables import Chunk
from storage.tinydb.userdata import Change, UserData

# What a malformed document raises while being turned into model objects.
MALFORMED = (KeyError, ValueError, TypeError, AttributeError)


def read_user_file(path: Path) -> dict[str, Any] | None:
    """The file's JSON, migrated to this schema; None if there is no file yet."""
    if not path.exists():
        return None
    data = read_json_object(path)
    if userdb.schema_version(path, data) < userdb.SCHEMA_VERSION:
        # Migrations are written against TinyDB; they run once, in one atomic write.
        database = userdb.UserDatabase(path)
        try:
            database.open()
        finally:
            database.close()
        data = read_json_object(path)
    return data


def load_user(path: Path) -> UserData:
    """One user's state from their file (an empty state if there is none)."""
    data = read_user_file(path)
    return UserData() if data is None else UserData.load(data)


def write_change(path: Path, state: UserData, change: Change) -> dict[str, list[Chunk]]:
    """Write the file as `change` leaves it, in one atomic replace; return the tables' chunks.

    `state` is only read: the caller publishes the change once this returns.
    """
    parts, chunks = state.render(change)
    write_atomic(path, parts)
    return chunks
