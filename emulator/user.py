"""`FakeUser`: the human side of a private chat with the bot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .html_check import utf16_len
from .messages import BotMessage, CallbackAnswer, UploadedFile
from .state import State


class FakeUser:
    """Each action enqueues one Update (and wakes long pollers); reading waits on changes."""

    def __init__(self, state: State, user_id: int) -> None:
        self._state = state
        self.id = user_id
        self.chat_id = user_id
        self._cursor = 0

    @property
    def info(self) -> dict[str, Any]:
        """The Telegram User object of this user."""
        return dict(self._state.users[self.id])

    @property
    def first_name(self) -> str:
        return str(self.info["first_name"])

    @property
    def language_code(self) -> str | None:
        code = self.info.get("language_code")
        return None if code is None else str(code)

    # -- acting -------------------------------------------------------------------------------
    def _new_message(self) -> dict[str, Any]:
        return {
            "message_id": self._state.next_message_id(self.chat_id),
            "from": self.info,
            "chat": self._state.chat(self.chat_id),
            "date": self._state.timestamp(),
        }

    async def _post(self, message: dict[str, Any]) -> int:
        message_id = int(message["message_id"])
        self._state.user_messages[self.chat_id, message_id] = message
        await self._state.push_update("message", message)
        return message_id

    def _text_message(self, text: str) -> dict[str, Any]:
        message = self._new_message()
        message["text"] = text
        command = text.split(maxsplit=1)[0] if text.strip() else ""
        if command.startswith("/") and len(command) > 1:
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        return message

    async def send(self, text: str) -> int:
        """Send a text message; "/cmd ..." gets a bot_command entity. Returns its message id."""
        return await self._post(self._text_message(text))

    async def send_in_group(self, group_id: int, text: str, title: str = "Team") -> int:
        """Send a text in a group chat (negative id) that this user and the bot are in."""
        self._state.groups.setdefault(group_id, title)
        message = self._text_message(text)
        message["message_id"] = self._state.next_message_id(group_id)
        message["chat"] = self._state.chat(group_id)
        self._state.user_messages[group_id, message["message_id"]] = message
        await self._state.push_update("message", message)
        return int(message["message_id"])

    async def reply(self, to: BotMessage, text: str) -> int:
        """Reply to a bot message (reply_to_message is its current state)."""
        if to.chat_id != self.chat_id:
            raise AssertionError(f"message #{to.message_id} is not in chat {self.chat_id}")
        message = self._text_message(text)
        message["reply_to_message"] = self._state.message_to_api(to, nested=False)
        return await self._post(message)

    async def press(self, message: BotMessage, label: str) -> str:
        """Press the inline button found by `find_button(label)`; returns the query id."""
        button = message.find_button(label)
        if button.callback_data is None:
            raise AssertionError(f"button {button.text!r} has no callback_data (url={button.url})")
        return await self.press_data(message, button.callback_data)

    async def press_data(self, message: BotMessage, data: str) -> str:
        """Send a callback query with arbitrary (possibly forged) data for `message`."""
        if message.deleted:
            raise AssertionError(f"message {message.describe()} was deleted, cannot press")
        query_id = f"{self.id}{self._state.next_id():06d}"
        self._state.pending_queries[query_id] = self.id
        query = {
            "id": query_id,
            "from": self.info,
            "chat_instance": f"{-self.chat_id}0042",
            "data": data,
            "message": self._state.message_to_api(message),
        }
        await self._state.push_update("callback_query", query)
        return query_id

    async def share_contact(
        self,
        phone_number: str,
        first_name: str,
        last_name: str | None = None,
        user_id: int | None = None,
        vcard: str | None = None,
    ) -> int:
        contact: dict[str, Any] = {"phone_number": phone_number, "first_name": first_name}
        extra = {"last_name": last_name, "user_id": user_id, "vcard": vcard}
        contact.update({key: value for key, value in extra.items() if value is not None})
        message = self._new_message()
        message["contact"] = contact
        return await self._post(message)

    async def share_location(self, latitude: float, longitude: float) -> int:
        message = self._new_message()
        message["location"] = {"latitude": latitude, "longitude": longitude}
        return await self._post(message)

    async def send_document(
        self,
        filename: str,
        content: bytes,
        mime_type: str = "text/vcard",
        caption: str | None = None,
        file_size: int | None = None,
    ) -> int:
        """Send a file; the bot can download it with getFile + the file URL.

        `file_size` announces another size than the content's (a big file, without its bytes).
        """
        stored = self._state.add_file(UploadedFile(filename, content, mime_type, file_size))
        message = self._new_message()
        message["document"] = stored.document()
        if caption:
            message["caption"] = caption
        return await self._post(message)

    # -- reading ------------------------------------------------------------------------------
    @property
    def messages(self) -> list[BotMessage]:
        """Every bot message of this chat, in order (deleted ones included, flagged)."""
        return list(self._state.by_chat.get(self.chat_id, []))

    @property
    def last(self) -> BotMessage:
        messages = self.messages
        if not messages:
            raise AssertionError(f"the bot sent nothing to chat {self.chat_id}")
        return messages[-1]

    @property
    def unread(self) -> list[BotMessage]:
        """Messages not consumed yet by next_message()/wait_for()."""
        return self.messages[self._cursor :]

    def mark_read(self) -> list[BotMessage]:
        """Consume every message received so far; returns the ones that were unread."""
        unread = self.unread
        self._cursor += len(unread)
        return unread

    @property
    def reply_keyboard(self) -> BotMessage | None:
        """The latest message that set a reply keyboard still in effect (None if removed)."""
        for message in reversed(self.messages):
            if message.reply_keyboard:
                return message
            if message.removes_keyboard:
                return None
        return None

    def _history(self) -> str:
        lines = [f"  {message.describe()}" for message in self.messages]
        return "\n".join(lines) or "  (nothing)"

    async def next_message(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next message of this chat not consumed yet (waits for it)."""

        def check() -> BotMessage | None:
            messages = self._state.by_chat.get(self.chat_id, [])
            return messages[self._cursor] if len(messages) > self._cursor else None

        found = await self._state.wait_until(check, timeout)
        if found is None:
            raise AssertionError(
                f"no new bot message in chat {self.chat_id} within {timeout}s "
                f"({self._cursor} already consumed); received:\n{self._history()}"
            )
        self._cursor += 1
        return found

    async def wait_for(
        self,
        predicate: Callable[[BotMessage], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """The most recent message of this chat matching `predicate` (re-checked on every
        send/edit/delete). Moves the read cursor past it."""

        def check() -> BotMessage | None:
            messages = self._state.by_chat.get(self.chat_id, [])
            return next((m for m in reversed(messages) if predicate(m)), None)

        found = await self._state.wait_until(check, timeout)
        if found is None:
            raise AssertionError(
                f"no bot message in chat {self.chat_id} matched within {timeout}s; "
                f"received:\n{self._history()}"
            )
        self._cursor = max(self._cursor, self.messages.index(found) + 1)
        return found

    async def no_message(self, within: float = 0.3) -> None:
        """Assert the bot sends nothing new to this chat during `within` seconds."""
        start = len(self.messages)

        def check() -> BotMessage | None:
            messages = self._state.by_chat.get(self.chat_id, [])
            return messages[start] if len(messages) > start else None

        found = await self._state.wait_until(check, within)
        if found is not None:
            raise AssertionError(
                f"unexpected bot message in chat {self.chat_id}: {found.describe()}"
            )

    @property
    def answers(self) -> list[CallbackAnswer]:
        """answerCallbackQuery calls for this user's presses."""
        return [answer for answer in self._state.answers if answer.user_id == self.id]

    async def callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        def check() -> CallbackAnswer | None:
            return next((a for a in self._state.answers if a.query_id == query_id), None)

        found = await self._state.wait_until(check, timeout)
        if found is None:
            raise AssertionError(f"callback query {query_id} not answered within {timeout}s")
        return found
