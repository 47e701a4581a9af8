"""`/healthz`, `/readyz` and `/metrics` on HEALTH_LISTEN, in polling and webhook mode alike.

- /healthz: 200 while the process and its event loop answer.
- /readyz: 200 when the store is open, the scheduler runs with the delivery job, and the Bot
  API answered a call with success in the last READY_WITHIN; else 503 and the reason.
- /metrics: the Prometheus text format (bot.metrics), with the user counts read at that time.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta

from aiohttp import web

from bot.context import App
from bot.hosting.servers import serve
from bot.jobs.schedule import DELIVERY_JOB
from bot.metrics import CONTENT_TYPE
from services import profiles

# Polling asks Telegram every 10 s or so, and webhook mode checks the webhook each minute: five
# minutes without one success means the Bot API has been out of reach for a while.
READY_WITHIN = timedelta(minutes=5)
_APP = web.AppKey("app", App)


async def start_health(app: App) -> None:
    """Serve the three pages on HEALTH_LISTEN, if set."""
    listen = app.bot_data.settings.health_listen
    if listen is None:
        return
    pages = web.Application()
    pages[_APP] = app
    pages.router.add_get("/healthz", _healthz)
    pages.router.add_get("/readyz", _readyz)
    pages.router.add_get("/metrics", _metrics)
    runner, port = await serve(pages, "HEALTH_LISTEN", listen)
    hosting = app.bot_data.hosting
    hosting.servers.append(runner)
    hosting.health_port = port


def unready_reason(app: App) -> str | None:
    """Why the bot is not ready to serve users; None when it is."""
    for check in (_store, _scheduler, _bot_api):
        reason = check(app)
        if reason is not None:
            return reason
    return None


def _store(app: App) -> str | None:
    data = app.bot_data
    if not data.hosting.store_open:
        return "the store is not open"
    if not os.access(data.settings.data_dir, os.W_OK):
        return f"DATA_DIR {data.settings.data_dir} is not writable"
    return None


def _scheduler(app: App) -> str | None:
    queue = app.job_queue
    if queue is None or not queue.scheduler.running:
        return "the scheduler is not running"
    if not queue.get_jobs_by_name(DELIVERY_JOB):
        return "the nudge delivery job is not scheduled"
    return None


def _bot_api(app: App) -> str | None:
    data = app.bot_data
    if data.hosting.webhook_problem is not None:
        return data.hosting.webhook_problem
    last = data.metrics.api_ok_at
    if last is None:
        return "no Bot API call has succeeded yet"
    silent = time.monotonic() - last
    if silent > READY_WITHIN.total_seconds():
        return f"no Bot API call has succeeded for {silent / 60:.0f} minutes"
    return None


async def _healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def _readyz(request: web.Request) -> web.Response:
    reason = unready_reason(request.app[_APP])
    if reason is None:
        return web.Response(text="ready\n")
    return web.Response(status=503, text=f"not ready: {reason}\n")


async def _metrics(request: web.Request) -> web.Response:
    data = request.app[_APP].bot_data
    everyone = await profiles.everyone(data.repo)
    data.metrics.users.set(len(everyone))
    data.metrics.active_users.set(sum(1 for profile in everyone if profile.active))
    return web.Response(body=data.metrics.render(), headers={"Content-Type": CONTENT_TYPE})
