"""Blocking reads and writes of one user's file; the repository runs them in a worker thread.

Beside each user's file `<id>.json` lies a small sidecar `<id>.profile.json`: their profile
alone, so that start-up reads every profile without parsing every user's contacts. It is
derived data, stamped with the inode, size and modification time the user's file had when
the profile was taken from it, and written atomically but without fsync, a few seconds after
the user's writes (storage.tinydb.sidecars). A sidecar whose stamp does not match the file (a
crash before it was brought up to date, a copied or edited data folder, an older bot that
wrote only the file) is ignored: the file is read, and the sidecar rebuilt from it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from core.model import Contact, UserProfile
from storage.tinydb import userdb
from storage.tinydb.atomic import fsync_dir, read_json_object, write_atomic
from storage.tinydb.documents import to_document
from storage.tinydb.userdata import Change, UserData
from storage.tinydb.userdb import PROFILE_ID

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".profile.json"

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


def write_user_file(path: Path, parts: Sequence[bytes], folder_fd: int | None = None) -> list[int]:
    """Replace a user's file with its rendered `parts`, durably; return the new file's stamp
    (`folder_fd`: the users' folder, kept open by the caller)."""
    return stamp_of(write_atomic(path, parts, folder_fd=folder_fd))


def write_new_user(
    path: Path, profile: UserProfile, contacts: Iterable[Contact], *, durable: bool = True
) -> None:
    """Create a user's file (and sidecar) in one write, as the repository would: for imports,
    and for generating large data folders (`durable=False`: no fsync)."""
    state, change = UserData(), Change()
    state.profile.put(change.profile, profile, to_document(profile), PROFILE_ID)
    for contact in contacts:
        state.contacts.put(change.contacts, contact, to_document(contact))
    state.stamp(change, userdb.SCHEMA_VERSION)
    parts, _ = state.render(change)
    write_atomic(path, parts, durable=durable)
    write_sidecar(path, to_document(profile))


def sidecar_path(path: Path) -> Path:
    """Where the profile sidecar of the user file `path` lives."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def remove_user_files(path: Path) -> None:
    """Delete a user's file, then its sidecar, durably (missing ones are fine)."""
    path.unlink(missing_ok=True)
    sidecar_path(path).unlink(missing_ok=True)
    fsync_dir(path.parent)


def file_stamp(path: Path | str) -> list[int]:
    """What changes whenever the file is replaced: inode, size, modification time (ns)."""
    return stamp_of(os.stat(path))


def stamp_of(status: os.stat_result) -> list[int]:
    """A file's stamp from its status."""
    return [status.st_ino, status.st_size, status.st_mtime_ns]


def write_sidecar(
    path: Path, profile: dict[str, Any] | None, stamp: list[int] | None = None
) -> None:
    """Write the profile sidecar of the user file `path`, stamped with `stamp`: the file's as
    it was when `profile` was taken from it (by default, as the file is now)."""
    document = {
        "schema_version": userdb.SCHEMA_VERSION,
        "file": file_stamp(path) if stamp is None else stamp,
        "profile": profile,
    }
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomic(sidecar_path(path), payload, durable=False)


def read_sidecar(path: Path | str, stamp: list[int]) -> tuple[bool, dict[str, Any] | None]:
    """(True, the profile document or None) if the sidecar at `path` matches its user file's
    `stamp`; (False, None) if it is missing, unreadable, stale or of another schema."""
    try:
        with open(path, "rb") as file:  # plain strings: start-up reads 100,000 of these
            document = json.loads(file.read())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False, None
    if not isinstance(document, dict):
        return False, None
    if document.get("schema_version") != userdb.SCHEMA_VERSION or document.get("file") != stamp:
        return False, None
    profile = document.get("profile")
    if profile is not None and not isinstance(profile, dict):
        return False, None
    return True, profile
