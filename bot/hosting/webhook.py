"""Webhook mode: Telegram POSTs each update to WEBHOOK_URL, a reverse proxy passes it here.

python-telegram-bot's own webhook server (Updater.start_webhook) compares the secret header
with `!=`, which leaks through timing how much of a guess was right; this small aiohttp
receiver compares in constant time (hmac.compare_digest), answers 403 to a wrong or missing
secret before reading anything, and puts the update on the Application's update queue, PTB's
documented entry for custom webhook servers. Everything after the queue is as in polling.
"""

from __future__ import annotations

import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update

from bot.context import App
from bot.hosting.servers import serve

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_APP = web.AppKey("app", App)
_SECRET = web.AppKey("secret", bytes)


def webhook_path(url: str) -> str:
    """The path Telegram posts to (the proxy passes it on unchanged): WEBHOOK_URL's own."""
    return urlparse(url).path or "/"


async def start_receiving(app: App, runners: list[web.AppRunner]) -> None:
    """Listen on WEBHOOK_LISTEN for Telegram's POSTs to WEBHOOK_URL's path; the server's
    runner is added to `runners`, for the caller to stop before the Application."""
    settings = app.bot_data.settings
    assert settings.webhook_url is not None
    assert settings.webhook_secret is not None
    receiver = web.Application()
    receiver[_APP] = app
    receiver[_SECRET] = settings.webhook_secret.reveal().encode()
    receiver.router.add_post(webhook_path(settings.webhook_url), _receive)
    runner, _ = await serve(receiver, "WEBHOOK_LISTEN", settings.webhook_listen)
    runners.append(runner)


async def _receive(request: web.Request) -> web.Response:
    given = request.headers.get(SECRET_HEADER, "").encode()
    if not hmac.compare_digest(given, request.app[_SECRET]):
        log.warning("Webhook call from %s refused: wrong or missing secret", request.remote)
        return web.Response(status=403, text="Forbidden\n")
    app = request.app[_APP]
    try:
        payload = json.loads(await request.read())
        if not isinstance(payload, dict):
            raise TypeError("not a JSON object")
        update = Update.de_json(payload, app.bot)
    except (ValueError, TypeError, KeyError) as error:
        log.warning("Webhook call with an unreadable update refused: %s", error)
        return web.Response(status=400, text="Bad Request\n")
    app.bot.insert_callback_data(update)
    await app.update_queue.put(update)
    return web.Response(text="ok\n")
