"""The web chat's routes: the page, the chat's view (long-polled) and the user's actions."""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from aiohttp import BodyPartReader, hdrs, web

from emulator.server import FakeTelegram
from emulator.user import FakeUser

from .view import View, chat_view

STATIC = Path(__file__).parent / "static"
POLL_SECONDS = 25.0  # under the browsers' and proxies' idle limits
MAX_TEXT = 4096  # what a Telegram app lets one type in one message
_LANGUAGE = re.compile(r"[a-z]{2}(?:-[A-Za-z]{2})?")
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})


class Controls(Protocol):
    """What the host shows beside the chat, and moves on request (the playground's clock)."""

    def view(self, user_id: int) -> View:
        """Data for the page (merged into the chat's view)."""
        ...

    async def act(self, user_id: int, action: str) -> str:
        """Do `action` (the page's control buttons); return a short result key for the page."""
        ...


class WebChat:
    """One user's private chat with the bot, as a web page on the emulator's server."""

    def __init__(
        self,
        tg: FakeTelegram,
        user: FakeUser,
        controls: Controls | None = None,
        phone_number: str = "+33 6 12 34 56 78",
    ) -> None:
        self.tg = tg
        self.user = user
        self.controls = controls
        self.phone_number = phone_number  # what a request_contact button shares

    def install(self, app: web.Application) -> None:
        """Add the page and its API to the emulator's web application."""
        app.router.add_get("/", self._page)
        app.router.add_static("/chat/static", STATIC)
        app.router.add_get("/chat/api/view", self._view)
        app.router.add_get("/chat/files/{file_id}", self._file)
        actions: dict[str, Callable[[web.Request], Awaitable[Any]]] = {
            "send": self._send,
            "press": self._press,
            "contact": self._contact,
            "location": self._location,
            "file": self._upload,
            "control": self._control,
            "language": self._language,
        }
        for name, action in actions.items():
            app.router.add_post(f"/chat/api/{name}", _acting(self, action))

    # -- reading ------------------------------------------------------------------------------
    def current(self) -> View:
        extra = self.controls.view(self.user.id) if self.controls is not None else {}
        extra["me"] = {"first_name": self.user.first_name, "phone_number": self.phone_number}
        return chat_view(self.tg.state, self.user.chat_id, extra)

    async def _page(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})

    async def _view(self, request: web.Request) -> web.Response:
        """The chat now if it differs from the page's `since`, else as soon as it changes."""
        since = request.query.get("since", "")

        def changed() -> View | None:
            view = self.current()
            return view if view["etag"] != since else None

        view = await self.tg.state.wait_until(changed, POLL_SECONDS) or self.current()
        return web.json_response(view, headers={"Cache-Control": "no-store"})

    async def _file(self, request: web.Request) -> web.StreamResponse:
        stored = self.tg.state.files.get(request.match_info["file_id"])
        if stored is None:
            raise web.HTTPNotFound()
        name = stored.upload.filename.replace('"', "")
        headers = {
            hdrs.CONTENT_TYPE: stored.upload.mime_type or "application/octet-stream",
            hdrs.CONTENT_DISPOSITION: f'attachment; filename="{name}"',
        }
        return web.Response(body=stored.upload.content, headers=headers)

    # -- acting -------------------------------------------------------------------------------
    async def _send(self, request: web.Request) -> Any:
        body = await _json(request)
        text = str(body.get("text") or "").strip()
        if not text or len(text) > MAX_TEXT:
            raise web.HTTPBadRequest(text="text must have 1 to 4096 characters")
        reply_to = body.get("reply_to")
        target = self.tg.state.live_bot_message(self.user.chat_id, reply_to)
        if target is not None:
            return await self.user.reply(target, text)
        return await self.user.send(text)

    async def _press(self, request: web.Request) -> Any:
        body = await _json(request)
        message = self.tg.state.live_bot_message(self.user.chat_id, body.get("message_id"))
        data = body.get("data")
        if message is None or not isinstance(data, str) or not data:
            raise web.HTTPBadRequest(text="no such button")
        if data not in {b.callback_data for row in message.buttons for b in row}:
            raise web.HTTPBadRequest(text="no such button")
        return await self.user.press_data(message, data)

    async def _contact(self, request: web.Request) -> Any:
        body = await _json(request)
        phone = str(body.get("phone_number") or "").strip()
        first_name = str(body.get("first_name") or "").strip()
        if not phone or not first_name:
            raise web.HTTPBadRequest(text="a contact needs a first name and a phone number")
        last_name = str(body.get("last_name") or "").strip() or None
        # The user's own card (a request_contact button) carries their user id, as Telegram's.
        user_id = self.user.id if body.get("mine") is True else None
        return await self.user.share_contact(phone, first_name, last_name, user_id)

    async def _location(self, request: web.Request) -> Any:
        body = await _json(request)
        latitude = _coordinate(body.get("latitude"), 90)
        longitude = _coordinate(body.get("longitude"), 180)
        if latitude is None or longitude is None:
            raise web.HTTPBadRequest(text="latitude -90..90 and longitude -180..180")
        return await self.user.share_location(latitude, longitude)

    async def _upload(self, request: web.Request) -> Any:
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if isinstance(part, BodyPartReader) and part.filename:
                content = bytes(await part.read(decode=True))
                mime = part.headers.get(hdrs.CONTENT_TYPE) or "application/octet-stream"
                return await self.user.send_document(part.filename, content, mime)
        raise web.HTTPBadRequest(text="no file in the request")

    async def _language(self, request: web.Request) -> Any:
        return self.user.language_code  # set from the page's `lang` by every action

    async def _control(self, request: web.Request) -> Any:
        body = await _json(request)
        if self.controls is None:
            raise web.HTTPNotFound()
        return await self.controls.act(self.user.id, str(body.get("action") or ""))


def _acting(
    chat: WebChat, action: Callable[[web.Request], Awaitable[Any]]
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """Every action first takes the page's language (the user's Telegram app language), then
    answers with its result, and wakes the pages waiting for a change."""

    async def handle(request: web.Request) -> web.Response:
        _from_the_page(request)
        language = request.query.get("lang", "")
        if _LANGUAGE.fullmatch(language):
            chat.tg.state.users[chat.user.id]["language_code"] = language
        result = await action(request)
        await chat.tg.state.notify()
        return web.json_response({"ok": True, "result": result})

    return handle


def _from_the_page(request: web.Request) -> None:
    """Only the page itself acts: not another site open in the same browser posting to
    127.0.0.1 (its Origin differs), nor a name rebound to 127.0.0.1 (its Host does)."""
    host = request.host.rpartition(":")[0] or request.host
    origin = request.headers.get(hdrs.ORIGIN)
    if host not in _LOCAL_HOSTS or (origin is not None and origin != f"http://{request.host}"):
        raise web.HTTPForbidden(text="only the playground's own page can act")


async def _json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return body


def _coordinate(value: object, bound: float) -> float | None:
    """A latitude (bound 90) or longitude (bound 180); None if out of range or no number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and -bound <= value <= bound else None
