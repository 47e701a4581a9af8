"""`FakeTelegram`: a fake Telegram Bot API server (aiohttp on 127.0.0.1, same event loop)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from aiohttp import BodyPartReader, hdrs, web

from . import handlers_bot, handlers_messages, webhook
from .errors import ApiError
from .faults import Faults
from .messages import BotMessage, CallbackAnswer, UploadedFile
from .state import State
from .user import FakeUser

Params = dict[str, Any]
_LOGGER = logging.getLogger(__name__)
MAX_UPLOAD = 50 * 1024 * 1024  # Telegram's limit for bot uploads

HANDLERS: dict[str, handlers_bot.Handler] = {
    **handlers_bot.HANDLERS,
    **handlers_messages.HANDLERS,
    **webhook.HANDLERS,  # setWebhook..., and getUpdates refused while a webhook is set
}
_CANONICAL = {name.lower(): name for name in HANDLERS}
# Values kept as the raw string even when they look like JSON ("123", "true", ...).
_RAW_KEYS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "file_id",
        "document",
        "language_code",
        "parse_mode",
        "action",
        "url",
        "name",
        "description",
        "short_description",
        "secret_token",
    }
)


def decode_value(key: str, value: str) -> Any:
    """Form values are strings; nested objects, numbers and booleans are JSON-encoded."""
    if key in _RAW_KEYS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _multipart(request: web.Request, params: Params) -> None:
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue
        if part.filename is not None:
            content = bytes(await part.read(decode=True))
            mime = part.headers.get(hdrs.CONTENT_TYPE)
            params[part.name] = UploadedFile(part.filename, content, mime)
        else:
            params[part.name] = decode_value(part.name, await part.text())


async def parse_params(request: web.Request) -> Params:
    """Query string plus form-urlencoded, multipart or JSON body, values decoded."""
    params: Params = {key: decode_value(key, value) for key, value in request.query.items()}
    if request.content_type == "multipart/form-data":
        await _multipart(request, params)
    elif request.content_type == "application/json" and request.body_exists:
        try:
            body = await request.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            for key, value in body.items():
                params[key] = decode_value(key, value) if isinstance(value, str) else value
    elif request.body_exists:
        form = await request.post()
        params.update({k: decode_value(k, v) for k, v in form.items() if isinstance(v, str)})
    chat_id = params.get("chat_id")
    if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
        params["chat_id"] = int(chat_id)
    return params


def _reply(status: int, body: dict[str, Any]) -> web.Response:
    return web.json_response(body, status=status)


class FakeTelegram:
    """Fake Bot API. Point PTB at `base_url` / `base_file_url`."""

    def __init__(
        self, token: str = "123456:TEST-TOKEN", bot_username: str = "garder_test_bot"
    ) -> None:
        self.token = token
        self.state = State(token, bot_username)
        self.faults = Faults()
        self.calls: list[tuple[str, Params]] = []
        self.server_errors: list[Exception] = []  # bugs of the fake itself (answered as 500)
        self._users: dict[int, FakeUser] = {}
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        # More routes on the same server (the playground's web chat), added at start.
        self.extensions: list[Callable[[web.Application], None]] = []

    # -- lifecycle ----------------------------------------------------------------------------
    async def start(self, port: int = 0) -> None:
        """Listen on 127.0.0.1 on `port`, or a free one if 0 (see `url`)."""
        self.state.closed.clear()
        app = web.Application(client_max_size=MAX_UPLOAD)
        for extend in self.extensions:
            extend(app)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner, self._port = runner, site.port

    async def stop(self) -> None:
        await self.state.close()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        if self._port is None:
            raise RuntimeError("FakeTelegram is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def bot_id(self) -> int:
        return self.state.bot_id

    @property
    def bot_username(self) -> str:
        return self.state.bot_username

    # -- users and records --------------------------------------------------------------------
    def user(
        self,
        user_id: int,
        first_name: str = "Marie",
        language_code: str | None = "fr",
        last_name: str | None = None,
        username: str | None = None,
    ) -> FakeUser:
        """The fake user (and its private chat, chat id == user id); created on first call."""
        if user_id not in self._users:
            info: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
            extra = {"last_name": last_name, "username": username, "language_code": language_code}
            info.update({key: value for key, value in extra.items() if value is not None})
            self.state.users[user_id] = info
            self._users[user_id] = FakeUser(self.state, user_id)
        return self._users[user_id]

    @property
    def sent(self) -> list[BotMessage]:
        """Every message the bot sent, in order (deleted ones included, flagged)."""
        return self.state.sent

    def messages(self, chat_id: int) -> list[BotMessage]:
        return list(self.state.by_chat.get(chat_id, []))

    @property
    def answers(self) -> list[CallbackAnswer]:
        return self.state.answers

    @property
    def chat_actions(self) -> list[tuple[int, str]]:
        return self.state.chat_actions

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        return list(self.state.updates)

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        key = json.dumps(scope or {"type": "default"}, sort_keys=True), language_code
        return self.state.commands.get(key, [])

    def menu_button(self, chat_id: int | None = None) -> dict[str, Any] | None:
        return self.state.menu_buttons.get(chat_id)

    def count(self, method: str) -> int:
        name = method.lower()
        return sum(1 for called, _ in self.calls if called.lower() == name)

    def params(self, method: str) -> list[Params]:
        """Parameters of every call of `method`, in order."""
        name = method.lower()
        return [params for called, params in self.calls if called.lower() == name]

    # -- faults -------------------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        *,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        self.faults.fail_next(
            method, status=status, times=times, retry_after=retry_after, description=description
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        self.faults.delay_next(method, seconds, times)

    def time_out_next(
        self, method: str, *, seconds: float, processed: bool = False, times: int = 1
    ) -> None:
        """Hold the next calls `seconds` before answering (set the client's read timeout
        below that): done but unanswered if `processed`, else lost with no effect."""
        self.faults.time_out_next(method, seconds=seconds, processed=processed, times=times)

    def block(self, chat_id: int) -> None:
        self.faults.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self.faults.blocked.discard(chat_id)

    def rate_limit(self, per_second: float | None) -> None:
        self.faults.per_second = per_second

    # -- HTTP ---------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._download(path.removeprefix("/file/bot"))
        token, _, method = path.removeprefix("/bot").partition("/")
        try:
            if not path.startswith("/bot"):
                raise ApiError(404, "Not Found")
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            result = await self._call(method, await parse_params(request))
        except ApiError as error:
            return _reply(error.status, error.payload())
        return _reply(200, {"ok": True, "result": result})

    async def _call(self, method: str, params: Params) -> Any:
        name = _CANONICAL.get(method.lower(), method)
        self.calls.append((name, params))
        handler = HANDLERS.get(name)
        if handler is None:
            raise ApiError(404, "Not Found")
        delay = self.faults.take_delay(name)
        if delay > 0:
            await self.state.sleep(delay)
        time_out = self.faults.take_time_out(name)
        if time_out is not None and not time_out.processed:
            await self.state.sleep(time_out.seconds)
            raise ApiError(504, "Gateway Timeout")  # the client has given up by now
        self.faults.check(name, params)
        try:
            result = await handler(self.state, params)
            if time_out is not None:
                await self.state.sleep(time_out.seconds)
            return result
        except ApiError:
            raise
        except Exception as error:
            _LOGGER.exception("fake Telegram server failed on %s", name)
            self.server_errors.append(error)
            raise ApiError(500, f"Internal Server Error: {error!r}") from error

    def _download(self, rest: str) -> web.StreamResponse:
        token, _, file_path = rest.partition("/")
        stored = self.state.file_by_path(file_path) if token == self.token else None
        if stored is None:
            return _reply(404, ApiError(404, "Not Found").payload())
        mime = stored.upload.mime_type or "application/octet-stream"
        return web.Response(body=stored.upload.content, headers={hdrs.CONTENT_TYPE: mime})
