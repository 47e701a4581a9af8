"""How every job is scheduled: run however late, once."""

from __future__ import annotations

from typing import Any


def late_ok() -> dict[str, Any]:
    """APScheduler's job options for every job of the bot's.

    APScheduler drops a run more than 1 s late by default (python-telegram-bot#3642): a busy
    event loop would silently lose a nudge round, a retry or a menu refresh, and log a warning
    in the middle of the start-up's one line. None means "run however late"; coalesce folds
    the runs missed meanwhile into one.
    """
    return {"misfire_grace_time": None, "coalesce": True}
