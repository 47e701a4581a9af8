"""Backups: a daily snapshot of DATA_DIR to BACKUP_DIR, and `garder-contact backup|restore`.

The snapshot itself (what is copied, why a copy beside a running bot is consistent, how a
restore swaps the data) is storage.tinydb.snapshots; this module schedules it and words it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from bot.config import ConfigError, Settings, load_settings
from bot.context import App, Context, app_of
from bot.jobs.options import late_ok
from bot.persistence import FILE_NAME as DIALOGS_FILE
from storage.tinydb.datalock import DataDirBusyError
from storage.tinydb.snapshots import (
    SnapshotError,
    find_snapshot,
    restore_snapshot,
    snapshots,
    take_snapshot,
)

log = logging.getLogger(__name__)

# A quiet hour, in DEFAULT_TIMEZONE: after the evening nudges, before the morning ones. The
# copy holds no lock, so a user writing at that minute is not held up anyway.
BACKUP_TIME = time(4, 30)
JOB = "backup"
# Data files beside the users' folder that a snapshot carries (each written by write_atomic).
SNAPSHOT_FILES = (DIALOGS_FILE,)
EXIT_REFUSED = 1
EXIT_CONFIG = 2

Command = Callable[[argparse.Namespace], int]


def schedule_backups(app: App) -> None:
    """Take a snapshot every day at BACKUP_TIME when BACKUP_DIR is set."""
    settings = app.bot_data.settings
    if settings.backup_dir is None or app.job_queue is None:
        return
    try:  # said at start-up rather than found out on the first night
        settings.backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not os.access(settings.backup_dir, os.W_OK | os.X_OK):
            raise PermissionError("not writable by this user")
    except OSError as error:
        log.error("BACKUP_DIR %s is unusable (%s): backups will fail", settings.backup_dir, error)
    at = BACKUP_TIME.replace(tzinfo=ZoneInfo(settings.default_timezone))
    # However late the event loop gets to it, the day's snapshot is still taken.
    app.job_queue.run_daily(backup_job, at, name=JOB, job_kwargs=late_ok())
    log.info("Daily backups at %s (%s) to %s", at, settings.default_timezone, settings.backup_dir)


async def backup_job(context: Context) -> None:
    """Take today's snapshot in a worker thread; a failure is logged, the bot goes on."""
    data = app_of(context).bot_data
    settings = data.settings
    if settings.backup_dir is None:
        return
    try:
        snapshot = await asyncio.to_thread(
            take_snapshot,
            settings.data_dir,
            settings.backup_dir,
            settings.backup_keep,
            data.clock.now(),
            SNAPSHOT_FILES,
        )
    except OSError:
        log.exception("The daily backup to %s failed", settings.backup_dir)
        return
    log.info("Backup %s taken (%d users)", snapshot.path, snapshot.users)


def add_subcommands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `backup` and `restore` on the entry point's subcommands."""
    backup = commands.add_parser("backup", help="take a snapshot of DATA_DIR in BACKUP_DIR now")
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore", help="put a snapshot back into DATA_DIR (stop the bot first)"
    )
    restore.add_argument("snapshot", nargs="?", help="a snapshot folder, or its name in BACKUP_DIR")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """`garder-contact backup`: one snapshot now, beside a running bot or not."""
    settings = _settings()
    if settings is None:
        return EXIT_CONFIG
    if settings.backup_dir is None:
        return _fail(EXIT_CONFIG, "BACKUP_DIR is not set: name the folder snapshots go to")
    try:
        snapshot = take_snapshot(
            settings.data_dir,
            settings.backup_dir,
            settings.backup_keep,
            datetime.now(UTC),
            SNAPSHOT_FILES,
        )
    except OSError as error:
        return _fail(EXIT_REFUSED, f"the backup to {settings.backup_dir} failed: {error}")
    print(
        f"garder-contact: snapshot {snapshot.path} taken ({snapshot.users} users); "
        f"the last {settings.backup_keep} are kept"
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """`garder-contact restore <snapshot>`: with the bot stopped, put a snapshot back."""
    settings = _settings()
    if settings is None:
        return EXIT_CONFIG
    if args.snapshot is None:
        for snapshot in snapshots(settings.backup_dir) if settings.backup_dir else []:
            print(snapshot)
        return _fail(EXIT_CONFIG, "name the snapshot to restore: garder-contact restore <snapshot>")
    try:
        snapshot = find_snapshot(args.snapshot, settings.backup_dir)
        restored = restore_snapshot(snapshot, settings.data_dir, datetime.now(UTC), SNAPSHOT_FILES)
    except DataDirBusyError as error:
        return _fail(EXIT_REFUSED, f"{error}; nothing was restored")
    except SnapshotError as error:
        return _fail(EXIT_REFUSED, f"{error}; nothing was restored")
    except OSError as error:
        return _fail(EXIT_REFUSED, f"the restore into {settings.data_dir} failed: {error}")
    print(
        f"garder-contact: restored {snapshot} ({restored.users} users) into "
        f"{settings.data_dir}; the data it replaced is in {restored.previous}"
    )
    return 0


def _settings() -> Settings | None:
    """The settings, without requiring the token: backup and restore never call Telegram."""
    environ = dict(os.environ)
    if not environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        environ["TELEGRAM_BOT_TOKEN"] = "0:not-needed-here"
    try:
        return load_settings(environ)
    except ConfigError as error:
        print(f"garder-contact: {error}", file=sys.stderr)
        return None


def _fail(code: int, message: str) -> int:
    print(f"garder-contact: {message}", file=sys.stderr)
    return code
