"""Shared state of the fake Bot API: users, chats, messages, files and the update queue."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import bad_request
from .messages import BotMessage, CallbackAnswer, UploadedFile

_T = TypeVar("_T")


@dataclass(frozen=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    upload: UploadedFile

    def to_api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.upload.size,
            "file_path": self.file_path,
        }

    def document(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_name": self.upload.filename,
            "file_size": self.upload.size,
        }
        if self.upload.mime_type:
            result["mime_type"] = self.upload.mime_type
        return result


class State:
    def __init__(self, token: str, bot_username: str) -> None:
        self.token = token
        self.bot_id = int(token.split(":", maxsplit=1)[0])
        self.bot_username = bot_username
        # Where message dates come from: the playground points it at the bot's moved clock.
        self.clock: Callable[[], float] = time.time
        self.users: dict[int, dict[str, Any]] = {}
        self.groups: dict[int, str] = {}  # group chat id -> title
        self.sent: list[BotMessage] = []
        self.by_chat: dict[int, list[BotMessage]] = {}
        self.bot_messages: dict[tuple[int, int], BotMessage] = {}
        self.user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.deleted_user_messages: set[tuple[int, int]] = set()
        self.answers: list[CallbackAnswer] = []
        self.pending_queries: dict[str, int] = {}
        self.files: dict[str, StoredFile] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.settings: dict[str, Any] = {}
        self.updates: list[dict[str, Any]] = []
        self.changed = asyncio.Condition()
        self.updates_changed = asyncio.Condition()
        self.closed = asyncio.Event()
        self.poll_generation = 0
        self._update_ids = itertools.count(1)
        self._ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}

    def timestamp(self) -> int:
        """Now, as the Unix time Telegram stamps messages with."""
        return int(self.clock())

    # -- identities ---------------------------------------------------------------------------
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Garder Contact",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id in self.groups:
            return {"id": chat_id, "type": "group", "title": self.groups[chat_id]}
        user = self.users[chat_id]
        chat: dict[str, Any] = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if user.get(key):
                chat[key] = user[key]
        return chat

    def require_chat(self, chat_id: object) -> int:
        if isinstance(chat_id, int) and (chat_id in self.users or chat_id in self.groups):
            return chat_id
        raise bad_request("chat not found")

    def next_id(self) -> int:
        return next(self._ids)

    def next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def number_messages_from(self, chat_id: int, first: int) -> None:
        """Number this chat's next messages from `first`: a restarted playground must not
        reuse the ids its bot still remembers (nudges, buttons' memos)."""
        self._message_ids[chat_id] = itertools.count(first)

    # -- messages -----------------------------------------------------------------------------
    def record(self, message: BotMessage) -> None:
        self.sent.append(message)
        self.by_chat.setdefault(message.chat_id, []).append(message)
        self.bot_messages[message.chat_id, message.message_id] = message

    def live_bot_message(self, chat_id: int, message_id: object) -> BotMessage | None:
        if not isinstance(message_id, int):
            return None
        message = self.bot_messages.get((chat_id, message_id))
        return None if message is None or message.deleted else message

    def message_exists(self, chat_id: int, message_id: int) -> bool:
        key = (chat_id, message_id)
        user_message = key in self.user_messages and key not in self.deleted_user_messages
        return user_message or self.live_bot_message(chat_id, message_id) is not None

    def any_message_api(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        bot_message = self.bot_messages.get((chat_id, message_id))
        if bot_message is not None:
            return self.message_to_api(bot_message, nested=False)
        user_message = self.user_messages.get((chat_id, message_id))
        if user_message is None:
            return None
        return {key: value for key, value in user_message.items() if key != "reply_to_message"}

    def message_to_api(self, message: BotMessage, *, nested: bool = True) -> dict[str, Any]:
        """The Message object Telegram would return for this bot message (current state)."""
        result: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user(),
            "chat": self.chat(message.chat_id),
            "date": message.date,
        }
        if message.edit_date is not None:
            result["edit_date"] = message.edit_date
        if message.document is not None and message.file_id is not None:
            result["document"] = self.files[message.file_id].document()
            if message.visible_text:
                result["caption"] = message.visible_text
            if message.entities:
                result["caption_entities"] = message.entities
        else:
            result["text"] = message.visible_text
            if message.entities:
                result["entities"] = message.entities
        if message.inline_markup is not None:
            result["reply_markup"] = message.inline_markup
        if message.link_preview_options:
            result["link_preview_options"] = message.link_preview_options
        if nested and message.reply_to_message_id is not None:
            replied = self.any_message_api(message.chat_id, message.reply_to_message_id)
            if replied is not None:
                result["reply_to_message"] = replied
        return result

    # -- files --------------------------------------------------------------------------------
    def add_file(self, upload: UploadedFile) -> StoredFile:
        number = self.next_id()
        extension = upload.filename.rpartition(".")[2] if "." in upload.filename else ""
        if not extension and upload.mime_type:
            extension = (mimetypes.guess_extension(upload.mime_type) or "").lstrip(".")
        suffix = f".{extension}" if extension else ""
        stored = StoredFile(
            file_id=f"BQACAgQAAxkBAAI{number:06d}",
            file_unique_id=f"AgAD{number:04d}",
            file_path=f"documents/file_{number}{suffix}",
            upload=upload,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, file_path: str) -> StoredFile | None:
        return next((f for f in self.files.values() if f.file_path == file_path), None)

    # -- notification and waiting -------------------------------------------------------------
    async def notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def wait_until(self, check: Callable[[], _T | None], seconds: float) -> _T | None:
        """Re-run `check` after every change until it returns something, or time out."""
        found: list[_T] = []

        def ready() -> bool:
            value = check()
            if value is None:
                return False
            found.append(value)
            return True

        async with self.changed:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    await self.changed.wait_for(ready)
        return found[-1] if found else None

    async def push_update(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        async with self.updates_changed:
            self.updates.append({"update_id": update_id, kind: payload})
            self.updates_changed.notify_all()
        return update_id

    def confirm(self, offset: int) -> None:
        if offset < 0:
            del self.updates[: max(len(self.updates) + offset, 0)]
        elif offset:
            self.updates[:] = [u for u in self.updates if u["update_id"] >= offset]

    async def wait_updates(self, generation: int, seconds: float) -> None:
        def ready() -> bool:
            superseded = self.poll_generation != generation
            return bool(self.updates) or superseded or self.closed.is_set()

        async with self.updates_changed:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    await self.updates_changed.wait_for(ready)

    async def new_poll(self) -> int:
        async with self.updates_changed:
            self.poll_generation += 1
            self.updates_changed.notify_all()
            return self.poll_generation

    async def sleep(self, seconds: float) -> None:
        """Sleep, but wake up at once when the server stops."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self.closed.wait()

    async def close(self) -> None:
        self.closed.set()
        async with self.updates_changed:
            self.updates_changed.notify_all()
        await self.notify()
