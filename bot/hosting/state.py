"""What the hosting side keeps about the running bot: its servers and what /readyz reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web
from telegram.request import BaseRequest


@dataclass
class Hosting:
    """Set by post_init and the run loop (bot.hosting.run); read by /readyz."""

    store_open: bool = False  # from post_init until post_shutdown closes the store
    # What Telegram reported wrong about the webhook at the last check; None when all is well.
    webhook_problem: str | None = None
    servers: list[web.AppRunner] = field(default_factory=list)
    # The Bot API transports, closed by post_shutdown: PTB closes them only if its initialize
    # (getMe) succeeded, and aiohttp logs an error for each session left open.
    transports: list[BaseRequest] = field(default_factory=list)
    # The bot is all this process runs (`python -m bot`, bench/throughput.py): what start-up
    # built may be set aside from the garbage collector for good (bot.app). Not in tests,
    # where many bots start in one process, and libraries look for referrers with gc.
    owns_process: bool = False
    health_port: int | None = None  # the port /healthz listens on (HEALTH_LISTEN may say 0)
