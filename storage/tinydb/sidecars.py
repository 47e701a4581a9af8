"""Profile sidecars brought up to date a few seconds after their users' writes, in batches.

A sidecar (storage.tinydb.userfile) only spares start-up from parsing a user's whole file, and
a stale one is detected by its stamp and rebuilt. So it need not be rewritten with every write:
the writes of the last `delay` seconds are collected, each user's latest profile and file stamp
kept (a consistent pair: the stamp the file got from the write that left that profile), and
their sidecars written together in one worker-thread call. A user writing ten times a second
costs one sidecar write per batch instead of ten, and no write waits for its sidecar. A crash
loses at most the last batch, whose users' files start-up then reads instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from core.model import UserProfile
from storage.tinydb.documents import to_document
from storage.tinydb.userfile import write_sidecar

log = logging.getLogger(__name__)

SIDECAR_DELAY = 5.0  # seconds between a user's write and their sidecar's
Due = tuple[Path, list[int], UserProfile | None]  # the user file, its stamp, its profile
Sidecar = tuple[Path, list[int], dict[str, Any] | None]  # the same, the profile as a document
RunInThread = Callable[[Callable[[list[Sidecar]], None], list[Sidecar]], Awaitable[None]]


class SidecarWriter:
    """Collects the users whose sidecar is behind their file and writes them in batches."""

    def __init__(self, in_thread: RunInThread, delay: float = SIDECAR_DELAY) -> None:
        self._in_thread = in_thread
        self._delay = delay
        self._due: dict[int, Due] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._writing: asyncio.Task[None] | None = None

    def behind(
        self, user_id: int, path: Path, stamp: list[int], profile: UserProfile | None
    ) -> None:
        """This user's file was just replaced (its new stamp) and holds `profile`."""
        self._due[user_id] = (path, stamp, profile)
        self._schedule()

    async def forget(self, user_id: int) -> None:
        """Drop this user's pending sidecar and wait for any batch being written (an erased
        user's profile must not be written back after their files are removed)."""
        self._due.pop(user_id, None)
        if self._writing is not None:
            await asyncio.shield(self._writing)

    async def flush(self) -> None:
        """Write every pending sidecar now (at close)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._writing is not None or self._due:
            if self._writing is None:
                self._writing = asyncio.ensure_future(self._write_batch())
            await asyncio.shield(self._writing)

    def _schedule(self) -> None:
        if self._timer is None and self._writing is None and self._due:
            self._timer = asyncio.get_running_loop().call_later(self._delay, self._start)

    def _start(self) -> None:
        self._timer = None
        if self._writing is None and self._due:
            self._writing = asyncio.ensure_future(self._write_batch())

    async def _write_batch(self) -> None:
        batch, self._due = self._due, {}
        sidecars = [
            (path, stamp, None if profile is None else to_document(profile))
            for path, stamp, profile in batch.values()
        ]
        try:
            await self._in_thread(write_sidecars, sidecars)
        except Exception:  # they stay stale: start-up reads those files instead
            log.warning("Could not write %d profile sidecars", len(sidecars), exc_info=True)
        finally:
            self._writing = None
            self._schedule()  # users written meanwhile wait for the next batch


def write_sidecars(batch: list[Sidecar]) -> None:
    """Write each user's sidecar with the stamp and profile given (blocking)."""
    failed: list[Path] = []
    for path, stamp, document in batch:
        try:
            write_sidecar(path, document, stamp)
        except OSError:
            failed.append(path)
    if failed:
        log.warning("Could not write the profile sidecars of %s", ", ".join(map(str, failed)))
