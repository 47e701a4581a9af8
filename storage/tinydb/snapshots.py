"""Snapshots of a data folder, and putting one back.

Why a plain copy is consistent, with no lock: every data file (each user's `users/<id>.json`,
the dialogs' pickle) is only ever replaced whole, by `atomic.write_atomic` (temporary file,
fsync, rename), never written in place. Opening one gives a single inode that no later write
touches, since writes make a new inode and rename it over the name; reading that inode to its
end therefore yields one whole version, one the bot wrote completely before renaming it into
place. So the copy needs none of the repository's per-user locks: it never holds up a user's
write, and it works from another process too (`garder-contact backup` beside a running bot).
Different users' files are copied at slightly different instants, which is fine: no file
refers to another. Hard links would be cheaper for the same reason, but only within one file
system, and a backup on the data's own disk does not survive that disk.

A snapshot is `BACKUP_DIR/garder-contact-<UTC time>/`: `users/<id>.json`, the other data
files named by the caller, and `snapshot.json` (what it holds, with each file's size). It is
built under a hidden `.partial-` name, each file fsynced, and renamed into place only when
complete, so a crash mid-backup leaves no snapshot that looks whole. The profile sidecars are
left out: they are derived, and rebuilt from the user files at the next start.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage.tinydb.atomic import (
    DIR_MODE,
    FILE_MODE,
    UnreadableFileError,
    ensure_private_dir,
    fsync_dir,
    read_json_object,
    write_atomic,
)
from storage.tinydb.datalock import RESTORE_MARKER, hold_data_dir
from storage.tinydb.userfile import SIDECAR_SUFFIX

PREFIX = "garder-contact-"
PARTIAL = ".partial-"
MANIFEST = "snapshot.json"
FORMAT = 1
USERS = "users"
STAGING = ".restore-staging"
ASIDE = ".before-restore-"
_STAMP = "%Y%m%dT%H%M%SZ"
STALE_PARTIAL_SECONDS = 86400


class SnapshotError(Exception):
    """A snapshot is missing or damaged; the message says which and why, in one line."""


@dataclass(frozen=True)
class Snapshot:
    """A snapshot just taken: its folder, and how many users it holds."""

    path: Path
    users: int


@dataclass(frozen=True)
class Restored:
    """What a restore did: how many users came back, and where the replaced data went."""

    users: int
    previous: Path


def take_snapshot(
    data_dir: Path, backup_dir: Path, keep: int, now: datetime, files: Iterable[str] = ()
) -> Snapshot:
    """Copy the user files and `files` (names in `data_dir`) to a new snapshot; keep `keep`.

    Snapshots beyond the newest `keep` are deleted afterwards, and so are the `.partial-`
    folders an interrupted backup left more than a day ago.
    """
    # A new BACKUP_DIR is made private; an existing one is left as its owner set it (each
    # snapshot in it is private anyway).
    backup_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    name = _free_name(backup_dir, PREFIX + now.astimezone(UTC).strftime(_STAMP))
    partial = backup_dir / (PARTIAL + name)
    shutil.rmtree(partial, ignore_errors=True)
    for folder in (partial, partial / USERS):  # the users' data: readable by its owner only
        ensure_private_dir(folder)
    sizes: dict[str, int] = {}
    for source in _user_files(data_dir / USERS):
        try:
            sizes[f"{USERS}/{source.name}"] = _copy(source, partial / USERS / source.name)
        except FileNotFoundError:
            continue  # erased (/deleteme) since the listing: a state the bot confirmed too
    for extra in files:
        source = data_dir / extra
        if source.is_file():
            sizes[extra] = _copy(source, partial / extra)
    manifest = {"format": FORMAT, "taken_at": now.astimezone(UTC).isoformat(), "files": sizes}
    write_atomic(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
    fsync_dir(partial / USERS)
    os.replace(partial, backup_dir / name)
    fsync_dir(backup_dir)
    _prune(backup_dir, keep)
    users = sum(1 for relative in sizes if relative.startswith(f"{USERS}/"))
    return Snapshot(backup_dir / name, users)


def snapshots(backup_dir: Path) -> list[Path]:
    """The complete snapshots in `backup_dir`, oldest first."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if p.name.startswith(PREFIX) and p.is_dir()]
    return sorted(found, key=lambda path: path.name)


def find_snapshot(name: str, backup_dir: Path | None) -> Path:
    """A snapshot named by path, or by its folder name in `backup_dir`."""
    candidates = [Path(name)]
    if backup_dir is not None and not Path(name).is_absolute():
        candidates.append(backup_dir / name)
    for candidate in candidates:
        if (candidate / MANIFEST).is_file():
            return candidate
    raise SnapshotError(f"no snapshot at {name} (a folder holding {MANIFEST})")


def check_snapshot(snapshot: Path) -> int:
    """Raise SnapshotError unless every file the manifest lists is there, whole and readable;
    return how many users it holds."""
    try:
        manifest = read_json_object(snapshot / MANIFEST)
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, dict):
            raise SnapshotError(f"{snapshot / MANIFEST} is not a snapshot manifest this bot reads")
    except (UnreadableFileError, KeyError) as error:
        raise SnapshotError(f"{snapshot / MANIFEST} is unreadable: {error}") from error
    users = 0
    for relative, size in files.items():
        path = snapshot / relative
        if not path.is_file() or path.stat().st_size != size:
            raise SnapshotError(f"{path} is missing or not the size the snapshot recorded")
        if relative.startswith(f"{USERS}/"):
            try:
                read_json_object(path)
            except UnreadableFileError as error:
                raise SnapshotError(f"{path} is not valid JSON: {error.reason}") from error
            users += 1
    return users


def restore_snapshot(
    snapshot: Path, data_dir: Path, now: datetime, files: Iterable[str] = ()
) -> Restored:
    """Put `snapshot` in place of the data in `data_dir`, with no bot running on it.

    Raises DataDirBusyError while a bot holds the folder, SnapshotError for a damaged snapshot
    (checked whole before anything moves). The snapshot is first copied beside the data; then,
    under a marker that stops a bot from starting on half-swapped data, the current user files
    and `files` are moved to `.before-restore-<time>/` and the copy renamed into their place.
    Renames within one folder cost no copying and cannot leave a file half written; an
    interrupted restore is finished by running it again.
    """
    with hold_data_dir(data_dir, check_restore=False):
        users = check_snapshot(snapshot)
        files = tuple(files)
        staging = data_dir / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(snapshot, staging, copy_function=_copy_whole)
        (staging / MANIFEST).unlink()
        (staging / USERS).mkdir(mode=DIR_MODE, exist_ok=True)
        _fsync_tree(staging)
        marker = data_dir / RESTORE_MARKER
        write_atomic(marker, str(snapshot).encode())
        previous = _free_path(data_dir, ASIDE + now.astimezone(UTC).strftime(_STAMP))
        previous.mkdir(mode=DIR_MODE)
        for name in (USERS, *files):
            if (data_dir / name).exists():
                os.replace(data_dir / name, previous / name)
            if (staging / name).exists():
                os.replace(staging / name, data_dir / name)
        fsync_dir(previous)
        fsync_dir(data_dir)
        marker.unlink()
        shutil.rmtree(staging)  # what is left: anything the snapshot held beyond the data
        fsync_dir(data_dir)
    return Restored(users, previous)


def _user_files(users_dir: Path) -> list[Path]:
    if not users_dir.is_dir():
        return []
    return sorted(
        path
        for path in users_dir.iterdir()
        if path.name.endswith(".json")
        and not path.name.endswith(SIDECAR_SUFFIX)
        and not path.name.startswith(".")  # a write's temporary file, never confirmed
    )


def _copy(source: Path, target: Path) -> int:
    """Copy one whole version of `source` (see the module's docstring), durably."""
    with open(source, "rb") as reader:  # this inode is never written again
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with open(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())
            return writer.tell()


def _copy_whole(source: str, target: str) -> None:
    _copy(Path(source), Path(target))


def _fsync_tree(root: Path) -> None:
    for folder, _, _ in os.walk(root):
        fsync_dir(Path(folder))


def _prune(backup_dir: Path, keep: int) -> None:
    # A day old: another process's backup may be under way beside this one.
    for stale in backup_dir.glob(PARTIAL + PREFIX + "*"):
        if time.time() - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
            shutil.rmtree(stale, ignore_errors=True)
    for old in snapshots(backup_dir)[:-keep]:
        shutil.rmtree(old)


def _free_name(folder: Path, name: str) -> str:
    return _free_path(folder, name).name


def _free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name-2`, `-3`... when two are made within one second."""
    path, number = folder / name, 1
    while path.exists():
        number += 1
        path = folder / f"{name}-{number}"
    return path
