"""Entry point: `python -m bot` or `garder-contact`."""

from __future__ import annotations

import logging
import os
import sys

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import ConfigError, load_settings
from bot.hosting.run import run
from bot.hosting.startup import EXIT_CONFIG
from bot.logs import configure_logging
from storage.tinydb.repository import TinyDBRepository

log = logging.getLogger("bot")


def main() -> int:
    """Load settings, open the store and get updates from Telegram until stopped; the exit
    codes are in bot.hosting.startup (and the README)."""
    # Opt in to python-telegram-bot's timedelta values (RetryAfter.retry_after...).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"garder-contact: {error}", file=sys.stderr)
        return EXIT_CONFIG
    webhook_secret = () if settings.webhook_secret is None else (settings.webhook_secret,)
    configure_logging(settings.log_level, settings.token, *webhook_secret)
    try:
        repo = TinyDBRepository(settings.data_dir)
    except OSError as error:
        print(
            f"garder-contact: DATA_DIR {settings.data_dir} is not usable: {error}", file=sys.stderr
        )
        return EXIT_CONFIG
    return run(build_application(settings, repo, SystemClock()))


if __name__ == "__main__":
    sys.exit(main())
