"""The users' files behind the repository: loading, the records kept in memory, and writes.

Reads are dict lookups on the event loop. Each write computes the changed state without
touching the published one and renders the file on the event loop, replaces the file in a
worker thread (one atomic replace, system calls only: Python work there would fight the event
loop for the GIL), and only then publishes the change; writes of one user are serialized by
that user's lock. Profile sidecars follow a few seconds later, in batches.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from core.model import UserProfile
from services.repository import UserDataUnavailableError
from storage.tinydb import userdb
from storage.tinydb.atomic import UnreadableFileError, ensure_private_dir, remove_stale_temp_files
from storage.tinydb.documents import profile_from
from storage.tinydb.sidecars import SidecarWriter
from storage.tinydb.userdata import Change, UserData
from storage.tinydb.userdb import PROFILE_ID
from storage.tinydb.userfile import (
    MALFORMED,
    SIDECAR_SUFFIX,
    file_stamp,
    load_user,
    read_sidecar,
    read_user_file,
    remove_user_files,
    write_sidecar,
    write_user_file,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
Plan = Callable[[UserData], tuple[Change, T]]

USERS_KEPT = 1024  # users whose records stay in memory; the least recently used are dropped
# Threads for file reads and writes. A write mostly waits on the disk (fsync, rename), so at
# the nudge hour many users' writes can wait at once; asyncio's default pool (cores + 4) made
# sends wait behind other users' planning writes.
IO_THREADS = 32


class UserFiles:
    """One JSON file per user under `data_dir/users`, read once and kept in memory."""

    def __init__(self, data_dir: Path, users_kept: int = USERS_KEPT) -> None:
        self._users_dir = data_dir / "users"
        self._users_kept = users_kept
        self.profiles: dict[int, UserProfile] = {}  # every readable user's, for the scheduler
        self._unavailable: dict[int, Path] = {}
        self._loaded: OrderedDict[int, UserData] = OrderedDict()
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: set[asyncio.Task[Any]] = set()
        self._io: ThreadPoolExecutor | None = None  # started on first use, ended by close()
        self._sidecars = SidecarWriter(self._in_thread)
        self._folder_fd: int | None = None  # the users' folder, for writes; closed by close()
        ensure_private_dir(data_dir)
        ensure_private_dir(self._users_dir)
        remove_stale_temp_files(self._users_dir)
        self._scan()

    def is_unavailable(self, user_id: int) -> bool:
        """Whether this user's file was found unreadable."""
        return user_id in self._unavailable

    def check_available(self, user_id: int) -> None:
        """UserDataUnavailableError if this user's file was found unreadable."""
        path = self._unavailable.get(user_id)
        if path is not None:
            raise UserDataUnavailableError(user_id, path)

    async def state(self, user_id: int) -> UserData:
        """This user's published records, read from their file on first use."""
        self.check_available(user_id)
        state = self._loaded.get(user_id)
        if state is not None:
            self._loaded.move_to_end(user_id)
            return state
        async with self._lock(user_id):
            return await self._load_locked(user_id)

    async def write(self, user_id: int, plan: Plan[T]) -> T:
        """Run `plan` and write its change; the write finishes even if the caller is cancelled."""
        self.check_available(user_id)
        task = asyncio.ensure_future(self._write_locked(user_id, plan))
        self._pending.add(task)
        task.add_done_callback(self._forget)
        return await asyncio.shield(task)

    async def erase(self, user_id: int) -> None:
        """Remove this user's file and sidecar, and forget what memory holds of them."""
        async with self._lock(user_id):
            await self._sidecars.forget(user_id)
            await self._in_thread(remove_user_files, self._path(user_id))
            self._loaded.pop(user_id, None)
            self.profiles.pop(user_id, None)
            self._unavailable.pop(user_id, None)

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._pending.discard(task)
        if not task.cancelled():
            task.exception()  # the caller may be gone: its error must not be reported as lost

    async def close(self) -> None:
        """Finish pending writes and drop the records kept in memory."""
        await asyncio.gather(*self._pending, return_exceptions=True)
        await self._sidecars.flush()
        self._loaded.clear()
        if self._io is not None:
            self._io.shutdown(wait=True)
            self._io = None
        if self._folder_fd is not None:
            os.close(self._folder_fd)
            self._folder_fd = None

    async def _in_thread(self, work: Callable[..., T], *args: Any) -> T:
        """Run blocking file work off the event loop, in this store's own threads."""
        if self._io is None:
            self._io = ThreadPoolExecutor(IO_THREADS, thread_name_prefix="tinydb-io")
        return await asyncio.get_running_loop().run_in_executor(self._io, work, *args)

    def _users_fd(self) -> int:
        """The users' folder, opened once for every write's rename and fsync."""
        if self._folder_fd is None:
            self._folder_fd = os.open(self._users_dir, os.O_RDONLY | os.O_DIRECTORY)
        return self._folder_fd

    def _path(self, user_id: int) -> Path:
        return self._users_dir / f"{user_id}.json"

    def _lock(self, user_id: int) -> asyncio.Lock:
        return self._locks.setdefault(user_id, asyncio.Lock())

    async def _load_locked(self, user_id: int) -> UserData:
        self.check_available(user_id)
        state = self._loaded.get(user_id)
        if state is not None:
            self._loaded.move_to_end(user_id)
            return state
        path = self._path(user_id)
        try:
            state = await self._in_thread(load_user, path)
        except (UnreadableFileError, *MALFORMED) as error:
            raise self._unreadable(user_id, path, error) from error
        self._loaded[user_id] = state
        self._publish_profile(user_id, state)
        self._evict()
        return state

    async def _write_locked(self, user_id: int, plan: Plan[T]) -> T:
        async with self._lock(user_id):
            state = await self._load_locked(user_id)
            change, result = plan(state)
            if not change:
                return result
            state.stamp(change, userdb.SCHEMA_VERSION)
            parts, chunks = state.render(change)
            path = self._path(user_id)
            try:
                stamp = await self._in_thread(write_user_file, path, parts, self._users_fd())
            except BaseException:
                # The file holds the old state, or the new one if only the folder's fsync
                # failed: drop what memory holds and reread the file.
                self._loaded.pop(user_id, None)
                await self._reload(user_id)
                raise
            state.apply(change, chunks)
            self._publish_profile(user_id, state)
            self._sidecars.behind(user_id, path, stamp, self.profiles.get(user_id))
            return result

    async def _reload(self, user_id: int) -> None:
        try:
            await self._load_locked(user_id)
        except Exception:  # an unreadable file is logged and reported by the next access
            log.exception("Rereading the file of user %s after a failed write failed", user_id)

    def _publish_profile(self, user_id: int, state: UserData) -> None:
        profile = state.profile.rows.get(PROFILE_ID)
        if profile is None:
            self.profiles.pop(user_id, None)
        else:
            self.profiles[user_id] = profile

    def _evict(self) -> None:
        """Drop the least recently used users' records; a user being written is reread later."""
        while len(self._loaded) > self._users_kept:
            self._loaded.popitem(last=False)

    def _unreadable(self, user_id: int, path: Path, error: Exception) -> UserDataUnavailableError:
        reason = error.reason if isinstance(error, UnreadableFileError) else repr(error)
        log.error(
            "Data file %s is unreadable (%s); it is left untouched and user %s's data "
            "is unavailable until it is repaired",
            path,
            reason,
            user_id,
        )
        self._unavailable[user_id] = path
        self.profiles.pop(user_id, None)
        self._loaded.pop(user_id, None)
        return UserDataUnavailableError(user_id, path)

    def _scan(self) -> None:
        """Read every user's profile, from their sidecar when it matches their file."""
        rebuilt = 0
        folder = str(self._users_dir)
        names = set(os.listdir(folder))
        for name in sorted(names):
            if name.startswith(".") or not name.endswith(".json") or name.endswith(SIDECAR_SUFFIX):
                continue  # temporary files are removed, sidecars are read with their user file
            stem = name[: -len(".json")]
            if not stem.isdigit():
                log.warning(
                    "Ignoring unexpected file %s in the data folder", self._users_dir / name
                )
                continue
            user_id = int(stem)
            sidecar = stem + SIDECAR_SUFFIX
            try:
                fresh, document = False, None
                if sidecar in names:
                    stamp = file_stamp(os.path.join(folder, name))
                    fresh, document = read_sidecar(os.path.join(folder, sidecar), stamp)
                if not fresh:
                    path = self._users_dir / name
                    data = read_user_file(path) or {}
                    document = data.get("profile", {}).get(str(PROFILE_ID))
                    rebuilt += self._rebuild_sidecar(path, document)
                if document is not None:
                    self.profiles[user_id] = profile_from(document)
            except (OSError, UnreadableFileError, *MALFORMED) as error:
                self._unreadable(user_id, self._users_dir / name, error)
        log.info(
            "Repository opened: %d users, %d unavailable, %d profile sidecars rebuilt",
            len(self.profiles),
            len(self._unavailable),
            rebuilt,
        )

    @staticmethod
    def _rebuild_sidecar(path: Path, document: dict[str, Any] | None) -> int:
        try:
            write_sidecar(path, document)
        except OSError:
            log.warning("Could not write the profile sidecar of %s", path, exc_info=True)
            return 0
        return 1
