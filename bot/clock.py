"""The clock the bot reads time from, so tests can set the time instead of waiting for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """A source of the current time."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class MovableClock:
    """The wall clock, moved forward on request: the playground's "jump to the nudge hour".

    Time keeps flowing from where it was moved to; it never goes back, as a real clock would
    not (the bot's exactly-once bookkeeping assumes days only move forward).
    """

    def __init__(self, wall: Clock | None = None) -> None:
        self._wall = wall or SystemClock()
        self._ahead = timedelta(0)

    def now(self) -> datetime:
        """Return the wall clock's UTC time plus how far it was moved."""
        return self._wall.now() + self._ahead

    def move_to(self, instant: datetime) -> None:
        """Make `now()` read `instant` (if that is later than it reads already)."""
        self._ahead += max(instant - self.now(), timedelta(0))

    def advance(self, delta: timedelta) -> None:
        """Move forward by `delta` (a negative one is ignored)."""
        self._ahead += max(delta, timedelta(0))

    @property
    def ahead(self) -> timedelta:
        """How far ahead of the wall clock this clock is."""
        return self._ahead
