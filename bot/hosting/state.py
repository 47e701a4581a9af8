"""What the hosting side keeps about the running bot: its servers and what /readyz reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Hosting:
    """Set by post_init and the run loop (bot.hosting.run); read by /readyz."""

    store_open: bool = False  # from post_init until post_shutdown closes the store
    # What Telegram reported wrong about the webhook at the last check; None when all is well.
    webhook_problem: str | None = None
    servers: list[web.AppRunner] = field(default_factory=list)
    health_port: int | None = None  # the port /healthz listens on (HEALTH_LISTEN may say 0)
