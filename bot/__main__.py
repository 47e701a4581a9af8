"""Entry point: `python -m bot` or `garder-contact`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from bot import backups, playground
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import ConfigError, load_settings
from bot.hosting.run import run
from bot.hosting.startup import EXIT_CONFIG
from bot.logs import configure_logging
from storage.tinydb.datalock import DataDirBusyError, hold_data_dir
from storage.tinydb.repository import TinyDBRepository

log = logging.getLogger("bot")


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
    return run(build_application(settings, repo, SystemClock()))


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
