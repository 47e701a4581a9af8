"""`garder-contact try`: the real bot against the local Bot API emulator, with a web chat page.

Nothing to set up: no token, no network. The emulator (the same one the end-to-end tests use)
listens on 127.0.0.1 and plays Telegram; the unchanged Application polls it; the page at the
printed URL is the user's Telegram app. The bot's clock can be moved forward from the page, so
the next nudge arrives now rather than tomorrow morning.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import errno
import logging
import os
import signal
import sys
import time
from pathlib import Path

from telegram import Update

from bot.app import build_application
from bot.clock import MovableClock
from bot.config import LOG_LEVELS, Secret, Settings
from bot.logs import configure_logging
from bot.playground.controls import ClockControls
from emulator import FakeTelegram
from emulator.webchat import WebChat
from storage.tinydb.repository import TinyDBRepository

TOKEN = "1234567:PLAYGROUND-local-emulator"
BOT_USERNAME = "garder_contact_bot"
USER_ID = 4242
USER_NAME = "Alex"
DEFAULT_PORT = 8321
# Message ids go on from a restarted playground's: they grow with the wall clock.
_EPOCH = 1_750_000_000

log = logging.getLogger(__name__)


def main(argv: list[str]) -> int:
    """Parse `try`'s options, then serve until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="garder-contact try",
        description="Try the bot in a web page, against a local Telegram emulator.",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port of the page on 127.0.0.1 (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("try-data"),
        help="where the playground's data lives (default ./try-data)",
    )
    options = parser.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    settings = Settings(
        token=Secret(TOKEN),
        data_dir=options.data_dir,
        log_level=_log_level(os.environ.get("LOG_LEVEL", "")),
    )
    configure_logging(settings.log_level, settings.token)
    try:
        repo = TinyDBRepository(settings.data_dir)
    except OSError as error:
        print(f"garder-contact try: {settings.data_dir} is not usable: {error}", file=sys.stderr)
        return 2
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(settings, repo, options.port))
    return 0


def _log_level(raw: str) -> str:
    """LOG_LEVEL if set and valid; else warnings only, so the page's URL stands out."""
    level = raw.strip().upper()
    return level if level in LOG_LEVELS else "WARNING"


async def _serve(settings: Settings, repo: TinyDBRepository, port: int) -> None:
    clock = MovableClock()
    tg = FakeTelegram(TOKEN, BOT_USERNAME)
    tg.state.clock = lambda: clock.now().timestamp()
    user = tg.user(USER_ID, first_name=USER_NAME, language_code="en")
    tg.state.number_messages_from(user.chat_id, int(time.time()) - _EPOCH)
    controls = ClockControls(clock, tg.state)
    tg.extensions.append(WebChat(tg, user, controls).install)
    await _listen(tg, port)
    settings = dataclasses.replace(settings, api_url=tg.url)
    app = build_application(settings, repo, clock)
    controls.app = app
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=10, allowed_updates=Update.ALL_TYPES)
    await app.start()
    print(f"Garder Contact playground: open {tg.url}/ (Ctrl-C to stop)", flush=True)
    try:
        await _until_stopped()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
        await tg.stop()


async def _listen(tg: FakeTelegram, port: int) -> None:
    """The asked port, or a free one if it is taken (another playground is running)."""
    try:
        await tg.start(port)
    except OSError as error:
        if error.errno != errno.EADDRINUSE or port == 0:
            raise
        await tg.start(0)


async def _until_stopped() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
