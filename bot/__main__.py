"""Entry point: `python -m bot` or `garder-contact`."""

from __future__ import annotations

import logging
import os
import sys

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot import playground
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import ConfigError, load_settings
from bot.logs import configure_logging
from storage.tinydb.repository import TinyDBRepository

log = logging.getLogger("bot")

EXIT_CONFIG = 2


def main(argv: list[str] | None = None) -> int:
    """Load settings, open the store and poll Telegram until stopped (or `try`: the
    playground, which needs no settings)."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["try"]:
        return playground.main(args[1:])
    # Opt in to python-telegram-bot's timedelta values (RetryAfter.retry_after...).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"garder-contact: {error}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, settings.token)
    try:
        repo = TinyDBRepository(settings.data_dir)
    except OSError as error:
        print(
            f"garder-contact: DATA_DIR {settings.data_dir} is not usable: {error}", file=sys.stderr
        )
        return EXIT_CONFIG
    app = build_application(settings, repo, SystemClock())
    try:
        # A few retries ride out a network blip at start-up; a wrong URL still fails fast.
        app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=3)
    except InvalidToken:
        print(
            "garder-contact: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except NetworkError as error:
        print(f"garder-contact: cannot reach the Telegram Bot API: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
