"""The bot as `python -m bot` runs it (bot.hosting.run.serve), in this test's event loop."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time as wall
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.app import build_application
from bot.config import Secret, Settings
from bot.context import App
from bot.hosting.run import serve
from bot.listen import Listen
from emulator import FakeTelegram
from storage.tinydb.repository import TinyDBRepository
from tests.harness import FakeClock

WEBHOOK_URL = "https://bot.example.org/telegram/hook"
SECRET = "s3cr3t-Value_42"


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def webhook_settings(port: int) -> dict[str, Any]:
    """Settings of webhook mode, listening on 127.0.0.1:port."""
    return {
        "webhook_url": WEBHOOK_URL,
        "webhook_secret": Secret(SECRET),
        "webhook_listen": Listen("127.0.0.1", port),
    }


async def until(condition: Callable[[], object], seconds: float = 30.0) -> None:
    """Wait until `condition()` is true, polling it."""
    deadline = wall.monotonic() + seconds
    while not condition():
        assert wall.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


class ServedBot:
    """One run of the bot: start() until it announced itself, stop() returns the exit code."""

    def __init__(self, tg: FakeTelegram, data_dir: Path, clock: FakeClock, **settings: Any):
        self.settings = Settings(
            token=Secret(tg.token), data_dir=data_dir, api_url=tg.url, **settings
        )
        self.app: App = build_application(self.settings, TinyDBRepository(data_dir), clock)
        self._stop = asyncio.Event()
        self._started = asyncio.Event()
        self._task: asyncio.Task[int] | None = None

    async def start(self) -> None:
        """Run until started (post_init done, polling or the webhook set)."""
        task = self._task = asyncio.create_task(serve(self.app, self._stop, self._started))
        await until(lambda: self._started.is_set() or task.done())
        if task.done():
            raise AssertionError(f"the bot stopped with exit code {task.result()}")

    async def stop(self) -> int:
        """Stop as on SIGTERM; the exit code."""
        assert self._task is not None
        self._stop.set()
        return await asyncio.wait_for(self._task, timeout=30)


async def start_bot(tmp_path: Path, **env: str) -> asyncio.subprocess.Process:
    """Start `python -m bot` in `tmp_path` with exactly this environment (and PATH)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env={
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(Path.cwd()),
            "DATA_DIR": str(tmp_path / "data"),
            **env,
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
