"""What the web chat page shows of one private chat, as plain JSON-ready data.

The page redraws from this view alone: the messages still in the chat in order (the user's and
the bot's, with their current text, entities and inline buttons), the reply keyboard in
effect, the command menu Telegram would show this user, and the last button answer.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from emulator.messages import BotMessage
from emulator.state import State, StoredFile

View = dict[str, Any]
QUOTE_LENGTH = 120


def chat_view(state: State, chat_id: int, extra: View | None = None) -> View:
    """The chat as the page draws it, with what the host adds (`extra`); `etag` changes
    whenever anything visible does."""
    language = str(state.users.get(chat_id, {}).get("language_code") or "")
    view: View = {
        "messages": _messages(state, chat_id),
        "keyboard": reply_keyboard(state, chat_id),
        "commands": commands_for(state, chat_id, language),
        "description": description_for(state, language),
        "toast": _last_answer(state, chat_id),
        # Each answer ends a pressed button's spinner, even one that says nothing.
        "answered": sum(1 for answer in state.answers if answer.user_id == chat_id),
        **(extra or {}),
    }
    view["etag"] = etag(view)
    return view


def etag(view: View) -> str:
    """A short digest of the view, so the page asks "anything newer than this?"."""
    encoded = json.dumps(view, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:16]


def _messages(state: State, chat_id: int) -> list[View]:
    shown: dict[int, View] = {}
    for message in state.by_chat.get(chat_id, []):
        if not message.deleted:
            shown[message.message_id] = _bot_message(state, message)
    for (chat, message_id), raw in state.user_messages.items():
        if chat == chat_id and (chat, message_id) not in state.deleted_user_messages:
            shown[message_id] = _user_message(state, raw)
    return [shown[message_id] for message_id in sorted(shown)]


def _bot_message(state: State, message: BotMessage) -> View:
    view: View = {
        "id": message.message_id,
        "out": False,
        "date": message.date,
        "edited": message.edit_date is not None,
        "text": message.visible_text,
        "entities": message.entities,
        "buttons": [
            [{"text": b.text, "data": b.callback_data, "url": b.url} for b in row]
            for row in message.buttons
        ],
    }
    if message.file_id is not None:
        view["document"] = _document(state.files[message.file_id])
    if message.reply_to_message_id is not None:
        view["reply_to"] = _quote(state, message.chat_id, message.reply_to_message_id)
    return view


def _user_message(state: State, raw: dict[str, Any]) -> View:
    view: View = {
        "id": raw["message_id"],
        "out": True,
        "date": raw["date"],
        "edited": False,
        "text": raw.get("text") or raw.get("caption") or "",
        "entities": [],
        "buttons": [],
    }
    for kind in ("contact", "location"):
        if kind in raw:
            view[kind] = raw[kind]
    document = raw.get("document")
    if isinstance(document, dict) and document.get("file_id") in state.files:
        view["document"] = _document(state.files[document["file_id"]])
    replied = raw.get("reply_to_message")
    if isinstance(replied, dict):
        view["reply_to"] = _quote(state, raw["chat"]["id"], int(replied["message_id"]))
    return view


def _document(stored: StoredFile) -> View:
    return {
        "name": stored.upload.filename,
        "size": stored.upload.size,
        "url": f"/chat/files/{stored.file_id}",
    }


def _quote(state: State, chat_id: int, message_id: int) -> View | None:
    """The first words of the message replied to, as the bubble's quote shows them."""
    bot_message = state.live_bot_message(chat_id, message_id)
    if bot_message is not None:
        return {"id": message_id, "out": False, "text": bot_message.visible_text[:QUOTE_LENGTH]}
    raw = state.user_messages.get((chat_id, message_id))
    if raw is None or (chat_id, message_id) in state.deleted_user_messages:
        return None
    text = str(raw.get("text") or raw.get("caption") or "")
    return {"id": message_id, "out": True, "text": text[:QUOTE_LENGTH]}


def reply_keyboard(state: State, chat_id: int) -> View | None:
    """The reply keyboard in effect: set by the latest bot message that had one, unless a
    later one removed it; a one-time keyboard folds away once the user has answered."""
    current: BotMessage | None = None
    for message in state.by_chat.get(chat_id, []):
        if message.deleted:
            continue
        if message.reply_keyboard:
            current = message
        elif message.removes_keyboard:
            current = None
    if current is None or current.reply_markup is None:
        return None
    markup = current.reply_markup
    answered = any(
        chat == chat_id and message_id > current.message_id
        for chat, message_id in state.user_messages
    )
    return {
        "message_id": current.message_id,
        "rows": [
            [
                {
                    "text": str(button.get("text", "")),
                    "request_contact": bool(button.get("request_contact")),
                    "request_location": bool(button.get("request_location")),
                }
                for button in row
            ]
            for row in current.reply_keyboard
        ],
        "placeholder": str(markup.get("input_field_placeholder") or ""),
        "folded": bool(markup.get("one_time_keyboard")) and answered,
    }


def commands_for(state: State, chat_id: int, language_code: str) -> list[dict[str, str]]:
    """The menu Telegram shows in a private chat: the narrowest scope set, the user's language
    before no language (the order the Bot API documents for setMyCommands)."""
    language = language_code[:2].lower()
    scopes: list[dict[str, Any]] = [
        {"type": "chat", "chat_id": chat_id},
        {"type": "all_private_chats"},
        {"type": "default"},
    ]
    for scope in scopes:
        for code in (language, ""):
            commands = state.commands.get((json.dumps(scope, sort_keys=True), code))
            if commands:
                return commands
    return []


def description_for(state: State, language_code: str) -> str:
    """What an empty chat shows ("What can this bot do?"): setMyDescription's text in the
    user's language, else the one for every language."""
    settings = state.settings
    language = language_code[:2].lower()
    return str(settings.get(f"description:{language}") or settings.get("description:") or "")


def _last_answer(state: State, user_id: int) -> View | None:
    """The newest button answer with a text: the page shows it once as a toast or alert."""
    for answer in reversed(state.answers):
        if answer.user_id == user_id and answer.text:
            return {"id": answer.query_id, "text": answer.text, "alert": answer.show_alert}
    return None
