"""`garder-contact try [--port N] [--data-dir DIR]`: start the playground, print its URL."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

from bot.config import LOG_LEVELS
from bot.logs import configure_logging
from bot.playground.playground import Playground

DEFAULT_PORT = 8321
EXIT_UNUSABLE = 2


def main(argv: list[str]) -> int:
    """Parse `try`'s options, then serve until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(
        prog="garder-contact try",
        description="Try the bot in a web page, against a local Telegram emulator.",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port of the page on 127.0.0.1 (default {DEFAULT_PORT}; taken or 0: a free one)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("try-data"),
        help="where the playground's data lives (default ./try-data)",
    )
    options = parser.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    playground = Playground(options.data_dir, log_level=_log_level(os.environ.get("LOG_LEVEL")))
    configure_logging(playground.settings.log_level, playground.settings.token)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(playground, options.port))
    except OSError as error:
        print(f"garder-contact try: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    return 0


def _log_level(raw: str | None) -> str:
    """LOG_LEVEL if set and valid; else warnings only, so the page's URL stands out."""
    level = (raw or "").strip().upper()
    return level if level in LOG_LEVELS else "WARNING"


async def _serve(playground: Playground, port: int) -> None:
    await playground.start(port)
    print(f"Garder Contact playground: open {playground.url} (Ctrl-C to stop)", flush=True)
    try:
        await _until_stopped()
    finally:
        await playground.stop()


async def _until_stopped() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
