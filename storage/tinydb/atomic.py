"""Crash-safe file writes, and a TinyDB storage built on them.

TinyDB's stock JSONStorage truncates the file and writes it in place, so a crash mid-write
leaves invalid JSON (tinydb#301, #467). Here every write goes to a temporary file in the same
folder, is fsynced, atomically renamed over the old file, and the folder is fsynced so the
rename itself survives a power cut. A reader therefore only ever sees the old or the new file.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"
_IOV_MAX = os.sysconf("SC_IOV_MAX")  # pieces one writev takes (1024 on Linux)
# Temporary names: this process's id and a counter are unique enough (O_EXCL refuses a clash)
# and cost no system call, where random names cost a getrandom per write.
_TEMP_NUMBERS = itertools.count()


class UnreadableFileError(Exception):
    """A data file exists but is not valid JSON of the expected shape."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by its owner only."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        path.chmod(DIR_MODE)


def write_atomic(
    path: Path,
    payload: bytes | Sequence[bytes],
    *,
    durable: bool = True,
    folder_fd: int | None = None,
) -> os.stat_result:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file;
    return the new file's status (its inode, size and modification time stay what they are
    until the next replace).

    `payload` may be a list of pieces: they are written one after the other, never joined.
    `durable=False` skips the fsyncs, for derived files that are rebuilt when found stale: the
    rename still makes the replacement atomic, but a power cut may leave the old file or none.
    `folder_fd`, an open descriptor of `path`'s folder, spares opening the folder to fsync it
    (and the path lookups): two system calls fewer for a caller that writes there often.
    """
    temp = f".{path.name}.{os.getpid()}-{next(_TEMP_NUMBERS)}{TEMP_SUFFIX}"
    where = path.parent
    if folder_fd is None:
        temp_path: str | Path = where / temp
        target: str | Path = path
    else:
        temp_path, target = temp, path.name
    fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE, dir_fd=folder_fd)
    try:
        try:
            _write_all(fd, [payload] if isinstance(payload, bytes) else payload)
            if durable:
                os.fsync(fd)
            status = os.fstat(fd)
        finally:
            os.close(fd)
        if folder_fd is None:
            os.replace(temp_path, target)
        else:
            os.replace(temp_path, target, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_path, dir_fd=folder_fd)
        raise
    if durable:
        _fsync_folder(where, folder_fd)
    return status


def _fsync_folder(where: Path, folder_fd: int | None) -> None:
    """Make the rename durable: fsync the folder, by its open descriptor if given."""
    if folder_fd is None:
        _fsync_dir(where)
    else:
        os.fsync(folder_fd)


def _write_all(fd: int, parts: Sequence[bytes]) -> None:
    """Write every piece in order with writev, however the kernel splits the writes."""
    pending = [memoryview(part) for part in parts if part]
    start = 0
    while start < len(pending):
        written = os.writev(fd, pending[start : start + _IOV_MAX])
        while start < len(pending) and written >= len(pending[start]):
            written -= len(pending[start])
            start += 1
        if written:
            pending[start] = pending[start][written:]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a removal, a rename) durable."""
    _fsync_dir(path)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files a crash left behind; they were never renamed, so never confirmed."""
    removed = 0
    for temp in folder.glob(f".*{TEMP_SUFFIX}"):
        temp.unlink(missing_ok=True)
        removed += 1
    return removed


def read_json_object(path: Path) -> dict[str, Any]:
    """Read a JSON object from `path`, raising UnreadableFileError for anything else."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableFileError(path, str(error)) from error
    if not isinstance(data, dict):
        raise UnreadableFileError(path, "expected a JSON object at the top level")
    return data


class AtomicJSONStorage(Storage):
    """A TinyDB storage that writes atomically and keeps the last state in memory.

    The bot is the only writer of its files, so the cached copy is always the file's content
    and reads cost no I/O. `batch()` groups several TinyDB operations into one write: all of
    them land together or, if the block raises, none does.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._cache: dict[str, dict[str, Any]] | None = None
        self._batch_depth = 0
        self._dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        """Return the whole database, or None for a file that does not exist yet."""
        if self._cache is None:
            if not self._path.exists():
                return None
            self._cache = read_json_object(self._path)
        # No copy: TinyDB mutates this in place and then calls write(). A failed write or batch
        # drops the cache, so the next read rereads the file: the rollback needs no copy.
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Record the new state; flush it at once unless inside a batch."""
        self._cache = data
        if self._batch_depth:
            self._dirty = True
        else:
            self._flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make every write inside the block land in one atomic file write."""
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._cache = None  # roll back to what is on disk
                self._dirty = False
            raise
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._flush()

    def _flush(self) -> None:
        payload = json.dumps(self._cache, ensure_ascii=False, separators=(",", ":"))
        try:
            write_atomic(self._path, payload.encode("utf-8"))
        except BaseException:
            self._cache = None  # what is on disk is the truth
            raise
        finally:
            self._dirty = False

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""
