"""Webhooks in the fake Bot API: setWebhook, deleteWebhook, getWebhookInfo, and delivery.

As Telegram does: setWebhook takes an https URL on port 443, 80, 88 or 8443 and an optional
secret_token; while a webhook is set, getUpdates answers 409, and each update is POSTed to
the URL, in order, one at a time, with the X-Telegram-Bot-Api-Secret-Token header when a
secret was set. An answer other than 2xx (or no answer) leaves the update queued to be
posted again, and getWebhookInfo reports it as last_error_date / last_error_message.

Telegram posts to the public URL, where a reverse proxy passes the request on to the bot;
`route_webhooks(tg.state, "http://127.0.0.1:PORT")` plays that proxy: the URL's scheme and
host are replaced by the bot's local address, the path kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
import weakref
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from . import handlers_bot
from .errors import ApiError, bad_request
from .state import State

Params = dict[str, Any]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_PORTS = (None, 443, 80, 88, 8443)
_RETRY_SECONDS = 0.2  # Telegram waits longer; the tests do not
_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


@dataclass
class Webhook:
    """The webhook of one fake server, and its delivery task."""

    url: str = ""
    secret: str | None = None
    proxy: str | None = None  # where the reverse proxy passes the requests on to
    last_error_date: int | None = None
    last_error_message: str | None = None
    delivered: int = 0
    refused: list[int] = field(default_factory=list)  # statuses of posts answered non-2xx
    task: asyncio.Task[None] | None = None


_HOOKS: weakref.WeakKeyDictionary[State, Webhook] = weakref.WeakKeyDictionary()


def webhook_of(state: State) -> Webhook:
    """The webhook of this fake server (url "" when none is set)."""
    return _HOOKS.setdefault(state, Webhook())


def route_webhooks(state: State, local_url: str) -> None:
    """Deliver webhook posts to `local_url` (scheme and host:port), as a reverse proxy would."""
    webhook_of(state).proxy = local_url.rstrip("/")


async def set_webhook(state: State, params: Params) -> Any:
    url = str(params.get("url") or "")
    if not url:
        return await delete_webhook(state, params)
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if parts.port not in _PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    secret = params.get("secret_token")
    if secret is not None and not _SECRET.fullmatch(str(secret)):
        raise bad_request("secret token contains unallowed characters")
    if params.get("drop_pending_updates"):
        state.updates.clear()
    hook = webhook_of(state)
    hook.url, hook.secret = url, None if secret is None else str(secret)
    if hook.task is None or hook.task.done():
        hook.task = asyncio.create_task(_deliver(state, hook))
    await _wake(state)
    return True


async def delete_webhook(state: State, params: Params) -> Any:
    hook = webhook_of(state)
    hook.url, hook.secret = "", None
    await _wake(state)
    return await handlers_bot.delete_webhook(state, params)


async def get_webhook_info(state: State, params: Params) -> Any:
    hook = webhook_of(state)
    info: dict[str, Any] = {
        "url": hook.url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates),
    }
    if hook.url and hook.last_error_date is not None:
        info["last_error_date"] = hook.last_error_date
        info["last_error_message"] = hook.last_error_message
    return info


async def get_updates(state: State, params: Params) -> Any:
    if webhook_of(state).url:
        raise ApiError(409, _CONFLICT)
    return await handlers_bot.get_updates(state, params)


HANDLERS: dict[str, handlers_bot.Handler] = {
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "getUpdates": get_updates,
}


async def _wake(state: State) -> None:
    async with state.updates_changed:
        state.updates_changed.notify_all()


def _target(hook: Webhook) -> str:
    if hook.proxy is None:
        return hook.url
    parts = urlsplit(hook.url)
    local = urlsplit(hook.proxy)
    return urlunsplit((local.scheme, local.netloc, parts.path or "/", parts.query, ""))


async def _deliver(state: State, hook: Webhook) -> None:
    """Post the queued updates one at a time while the webhook is set and the server runs."""
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while not state.closed.is_set() and hook.url:
            if not state.updates:
                await _wait_for_update(state, hook)
                continue
            update = state.updates[0]
            headers = {} if hook.secret is None else {SECRET_HEADER: hook.secret}
            try:
                async with session.post(_target(hook), json=update, headers=headers) as answer:
                    status = answer.status
            except (aiohttp.ClientError, TimeoutError) as error:
                _failed(hook, f"Connection failed: {error.__class__.__name__}")
                await state.sleep(_RETRY_SECONDS)
                continue
            if 200 <= status < 300:
                if state.updates and state.updates[0] is update:
                    state.updates.pop(0)
                hook.delivered += 1
            else:
                hook.refused.append(status)
                _failed(hook, f"Wrong response from the webhook: {status}")
                await state.sleep(_RETRY_SECONDS)


async def _wait_for_update(state: State, hook: Webhook) -> None:
    def ready() -> bool:
        return bool(state.updates) or state.closed.is_set() or not hook.url

    async with state.updates_changed:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(1.0):
                await state.updates_changed.wait_for(ready)


def _failed(hook: Webhook, message: str) -> None:
    hook.last_error_date, hook.last_error_message = int(time.time()), message
