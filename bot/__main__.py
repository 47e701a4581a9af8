"""Entry point: `python -m bot` or `garder-contact`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot import backups, playground
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import ConfigError, load_settings
from bot.logs import configure_logging
from storage.tinydb.datalock import DataDirBusyError, hold_data_dir
from storage.tinydb.repository import TinyDBRepository

log = logging.getLogger("bot")

EXIT_CONFIG = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the bot, or the subcommand named on the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["try"]:  # the playground parses its own options and needs no settings
        return playground.main(args[1:])
    arguments = _parser().parse_args(args)
    if arguments.run is not None:
        return int(arguments.run(arguments))
    return run_bot()


def run_bot() -> int:
    """Load settings, open the store and poll Telegram until stopped."""
    # Opt in to python-telegram-bot's timedelta values (RetryAfter.retry_after...).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"garder-contact: {error}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, settings.token)
    try:
        _data_lock = hold_data_dir(settings.data_dir)  # held until the process ends
        repo = TinyDBRepository(settings.data_dir)
    except DataDirBusyError as error:
        print(f"garder-contact: {error}", file=sys.stderr)
        return EXIT_CONFIG
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


def _parser() -> argparse.ArgumentParser:
    """No subcommand runs the bot; each subcommand sets `run`, a function of the arguments."""
    parser = argparse.ArgumentParser(
        prog="garder-contact",
        description="Garder Contact, the Telegram bot. Without a command, runs the bot "
        "(settings from the environment, then .env).",
    )
    parser.set_defaults(run=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    backups.add_subcommands(commands)
    return parser


if __name__ == "__main__":
    sys.exit(main())
