"""Shared fixtures: the fake Telegram server, a controllable clock, and the running bot."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

# Opt in to python-telegram-bot's timedelta values (RetryAfter.retry_after...), as the bot does;
# without it PTB warns on every 429, and warnings are errors here.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from emulator import FakeTelegram
from tests.harness import FakeClock, RunningBot


@pytest.fixture
def clock() -> FakeClock:
    """Monday 2 March 2026, 08:00 UTC, until the test moves it."""
    return FakeClock()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """The fake Bot API server on 127.0.0.1."""
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(tg: FakeTelegram, tmp_path: Path, clock: FakeClock) -> AsyncIterator[RunningBot]:
    """The real bot, polling the fake server, on a temporary data folder."""
    running = RunningBot(tg, tmp_path / "data", clock)
    await running.start()
    yield running
    if running._app is not None:
        await running.stop()
