"""The playground's clock beside the chat: show the bot's time, and move it to the next nudge.

Moving the clock then runs what the minute's delivery job runs (`deliver_due`), so a nudge due
at the new time arrives at once instead of at the next tick of the real minute; the page is
told when nothing was due, so a jump is never silent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from bot.clock import MovableClock
from bot.context import App
from bot.jobs.deliver import deliver_due
from bot.views.voice import zone_of
from core.model import UserProfile
from services import profiles

NEXT_NUDGE = "next-nudge"
NEXT_DAY = "next-day"


class ClockControls:
    """The page's "⏩ next nudge hour" and "+1 day" buttons, for the playground's one user."""

    def __init__(
        self,
        clock: MovableClock,
        changed: Callable[[], Awaitable[None]],
        sent: Callable[[], int],
    ) -> None:
        self.clock = clock
        self.changed = changed  # wakes the page: the next nudge instant is part of its view
        self.sent = sent  # how many messages the bot sent the user so far
        self.app: App | None = None  # set once the Application is built (it needs our URL)
        self._zones: dict[int, str] = {}

    async def attach(self, app: App, user_id: int) -> None:
        """Serve this Application's user: their zone now, and after each change of profile
        (every change goes through `reschedule`, which keeps the index of nudges)."""
        self.app = app
        data = app.bot_data
        profile = await profiles.readable(data.repo, user_id)
        if profile is not None:
            self._zones[user_id] = zone_of(profile, data.settings).key
        reschedule = data.reschedule

        def reschedule_and_note_zone(profile: UserProfile) -> None:
            reschedule(profile)
            self._zones[profile.user_id] = zone_of(profile, data.settings).key

        data.reschedule = reschedule_and_note_zone

    def view(self, user_id: int) -> dict[str, Any]:
        """How far ahead the bot's clock is, the user's zone and their next nudge instant."""
        if self.app is None:
            return {}
        settings = self.app.bot_data.settings
        due = self.app.bot_data.due.when(user_id)
        return {
            "clock": {
                "ahead_ms": int(self.clock.ahead / timedelta(milliseconds=1)),
                "zone": self._zones.get(user_id, settings.default_timezone),
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
        return "delivered" if await self._deliver(app, user_id) else "nothing-due"

    async def _deliver(self, app: App, user_id: int) -> bool:
        """What the minute's job does, now; True if the user was sent something. Then the
        page learns the next instant."""
        before = self.sent()
        await deliver_due(app)
        async with app.bot_data.delivery_locks[user_id]:
            pass  # a delivery the minute's job started for them meanwhile has ended too
        await self.changed()
        return self.sent() > before
