"""Updates of different users handled at once, each user's own in the order they came.

PTB handles one update at a time by default, so one user's slow step (a file write with its
fsync, a search through 2,000 contacts) made everyone else wait behind it. Fully concurrent
handling would let two messages of the same user race (two answers to one question, a
button pressed twice), so each user's updates still queue behind a lock of their own.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.metrics import Metrics

# Updates in flight at once, waiting ones included: one user's queued updates hold slots
# while they wait for their lock, so this is well above the users expected at one moment.
MAX_IN_FLIGHT = 1024


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Run different users' updates concurrently and one user's updates one after the other."""

    def __init__(
        self, max_concurrent_updates: int = MAX_IN_FLIGHT, metrics: Metrics | None = None
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._metrics = metrics
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}  # how many updates hold or wait for each lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await the update's handling once this user's earlier updates are done."""
        key = _key_of(update)
        if key is None:
            await self._handle(coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await self._handle(coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # nobody else queued: forget the lock
                del self._waiting[key], self._locks[key]

    async def _handle(self, coroutine: Awaitable[Any]) -> None:
        """Run the handlers, timed from the update's turn (not from its wait behind the lock)."""
        if self._metrics is None:
            await coroutine
            return
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            self._metrics.handler_latency.observe(time.perf_counter() - started)
            self._metrics.updates_handled.inc()

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _key_of(update: object) -> int | None:
    """Whose update it is: the user's id, else the chat's; None for neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None
