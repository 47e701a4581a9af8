"""The playground's clock beside the chat: show the bot's time, and move it to the next nudge.

Moving the clock then runs what the minute's delivery job runs (`deliver_due`), so a nudge due
at the new time arrives at once instead of at the next tick of the real minute.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.clock import MovableClock
from bot.context import App
from bot.jobs.deliver import deliver_due
from bot.views.voice import zone_of
from emulator.state import State
from services import profiles

NEXT_NUDGE = "next-nudge"
NEXT_DAY = "next-day"


class ClockControls:
    """The page's "⏩ next nudge hour" and "+1 day" buttons, for the playground's one user."""

    def __init__(self, clock: MovableClock, state: State) -> None:
        self.clock = clock
        self.state = state
        self.app: App | None = None  # set once the Application is built (it needs our URL)
        self._zones: dict[int, str] = {}
        self._refreshing: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def view(self, user_id: int) -> dict[str, Any]:
        """How far ahead the bot's clock is, the user's zone and their next nudge instant."""
        self._refresh_zone(user_id)
        due = self.app.bot_data.due.when(user_id) if self.app is not None else None
        return {
            "clock": {
                "ahead_ms": int(self.clock.ahead / timedelta(milliseconds=1)),
                "zone": self._zones.get(user_id),
                "next_nudge": None if due is None else due.isoformat(),
            }
        }

    async def act(self, user_id: int, action: str) -> str:
        """Move the clock, then deliver what is due; the key says what the page should tell."""
        if self.app is None:
            return "not-ready"
        app = self.app
        if action == NEXT_NUDGE:
            due = app.bot_data.due.when(user_id)
            if due is None:
                return "nothing-planned"
            self.clock.move_to(due)
        elif action == NEXT_DAY:
            self.clock.advance(timedelta(days=1))
        else:
            return "unknown"
        app.create_task(deliver_due(app), name="playground-deliveries")
        return "moved"

    def _refresh_zone(self, user_id: int) -> None:
        """Read the user's zone off the event loop's critical path: the page's view is
        computed synchronously, so it shows the zone known so far and is woken if it
        changes."""
        if self.app is None or user_id in self._refreshing:
            return
        self._refreshing.add(user_id)
        task = asyncio.get_running_loop().create_task(self._read_zone(self.app, user_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _read_zone(self, app: App, user_id: int) -> None:
        try:
            profile = await profiles.readable(app.bot_data.repo, user_id)
            settings = app.bot_data.settings
            zone = settings.default_timezone if profile is None else zone_of(profile, settings).key
        finally:
            self._refreshing.discard(user_id)
        if zone is not None and self._zones.get(user_id) != zone:
            self._zones[user_id] = zone
            await self.state.notify()
