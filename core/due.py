"""Users ordered by the instant of their next delivery: what the delivery job pops each minute.

A heap with lazy deletion: moving a user pushes a new entry and leaves the old one to be
skipped when it surfaces, so every change costs O(log n); the heap is compacted when stale
entries outnumber live ones.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from datetime import datetime


class DueIndex:
    """Each user's next delivery instant (aware), earliest first."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int]] = []
        self._at: dict[int, datetime] = {}

    def __len__(self) -> int:
        return len(self._at)

    def when(self, user_id: int) -> datetime | None:
        """The user's next delivery instant; None if none is planned."""
        return self._at.get(user_id)

    def put(self, user_id: int, at: datetime | None) -> None:
        """Move the user's next delivery to `at`; None takes them out."""
        if at is None:
            self._at.pop(user_id, None)
            return
        if self._at.get(user_id) == at:
            return
        self._at[user_id] = at
        heapq.heappush(self._heap, (at, user_id))
        if len(self._heap) > 2 * len(self._at) + 64:
            self._compact()

    def replace_all(self, entries: Iterable[tuple[int, datetime | None]]) -> None:
        """Start over from these users' instants, in O(n)."""
        self._at = {user_id: at for user_id, at in entries if at is not None}
        self._compact()

    def pop_due(self, now: datetime) -> list[int]:
        """Take out and return the users whose instant is `now` or earlier, earliest first."""
        due: list[int] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            at, user_id = heapq.heappop(heap)
            if self._at.get(user_id) == at:
                del self._at[user_id]
                due.append(user_id)
        return due

    def _compact(self) -> None:
        self._heap = [(at, user_id) for user_id, at in self._at.items()]
        heapq.heapify(self._heap)
