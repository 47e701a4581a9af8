"""Run the real Application against the fake Bot API server, with a clock the test controls."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.events import EVENT_JOB_ADDED, JobEvent

from bot.app import build_application
from bot.config import Secret, Settings
from bot.context import App
from bot.hosting.polling import start_polling, stop_polling
from bot.jobs.schedule import DELIVERY_JOB
from emulator import FakeTelegram
from services.repository import Repository
from storage.tinydb.repository import TinyDBRepository


@dataclass
class FakeClock:
    """A clock that only moves when the test says so."""

    current: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 8, 0, tzinfo=UTC))

    def now(self) -> datetime:
        """Return the time the test set."""
        return self.current

    def advance(self, **delta: float) -> None:
        """Move time forward."""
        self.current += timedelta(**delta)


class RunningBot:
    """The bot as a user meets it: polling the fake server, stoppable and restartable."""

    def __init__(self, tg: FakeTelegram, data_dir: Path, clock: FakeClock, **settings: Any) -> None:
        self.tg = tg
        self.clock = clock
        self.settings = Settings(
            token=Secret(tg.token), data_dir=data_dir, api_url=tg.url, **settings
        )
        self._app: App | None = None

    @property
    def app(self) -> App:
        """The running Application."""
        assert self._app is not None, "the bot is not running"
        return self._app

    @property
    def repo(self) -> Repository:
        """The running bot's repository."""
        return self.app.bot_data.repo

    async def start(self, repo: Repository | None = None, *, owns_process: bool = False) -> None:
        """Build a fresh Application on the same data folder (or `repo`) and start polling;
        `owns_process` when nothing else runs in this process (bench/throughput.py)."""
        if repo is None:
            repo = TinyDBRepository(self.settings.data_dir)
        app = build_application(self.settings, repo, self.clock)
        app.bot_data.hosting.owns_process = owns_process
        _hold_daily_jobs(app)
        await app.initialize()
        await start_polling(app, long_poll=1)
        self._app = app

    async def stop(self) -> None:
        """Stop polling and shut the Application down, as on SIGTERM."""
        app, self._app = self.app, None
        await stop_polling(app)

    async def restart(self) -> None:
        """Stop, then start again on the same data."""
        await self.stop()
        await self.start()


def _hold_daily_jobs(app: App) -> None:
    """Keep the minute's delivery job, but paused: the tests run deliveries at the fake
    clock's time (deliver_all), and the real clock ticking mid-test must not start one."""
    assert app.job_queue is not None
    scheduler = app.job_queue.scheduler

    def pause(event: JobEvent) -> None:
        job = scheduler.get_job(event.job_id)
        if job is not None and job.name == DELIVERY_JOB:
            scheduler.pause_job(event.job_id)

    scheduler.add_listener(pause, EVENT_JOB_ADDED)
