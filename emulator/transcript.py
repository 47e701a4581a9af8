"""A private chat's history as JSON, so that a restarted emulator shows and serves it again.

Telegram keeps a chat's messages across the bot's restarts; the playground does the same by
saving this transcript beside the bot's data. Restored messages are live: their buttons can
be pressed, and the bot can edit or delete them. Files are restored under new file ids.
"""

from __future__ import annotations

import base64
from typing import Any

from .messages import BotMessage, UploadedFile
from .state import State

VERSION = 1


def dump(state: State, chat_id: int) -> dict[str, Any]:
    """The chat's messages still shown (the bot's and the user's) and the files they carry."""
    files: dict[str, dict[str, Any]] = {}

    def keep_file(file_id: object) -> None:
        stored = state.files.get(str(file_id))
        if stored is not None:
            files[stored.file_id] = _upload_to_json(stored.upload)

    bot: list[dict[str, Any]] = []
    for message in state.by_chat.get(chat_id, []):
        if message.deleted:
            continue
        keep_file(message.file_id)
        bot.append(_bot_message_to_json(message))
    user: list[dict[str, Any]] = []
    for (chat, message_id), raw in sorted(state.user_messages.items()):
        if chat == chat_id and (chat, message_id) not in state.deleted_user_messages:
            document = raw.get("document")
            if isinstance(document, dict):
                keep_file(document.get("file_id"))
            user.append(raw)
    return {"version": VERSION, "bot": bot, "user": user, "files": files}


def load(state: State, chat_id: int, data: Any) -> int:
    """Put a dumped chat back; return the next free message id. ValueError if `data` is not a
    transcript this version wrote (nothing is restored then)."""
    try:
        if data["version"] != VERSION:
            raise ValueError(f"transcript version {data['version']!r}, expected {VERSION}")
        uploads = {old: _upload_from_json(raw) for old, raw in data["files"].items()}
        bot = [_bot_message_from_json(chat_id, raw, uploads) for raw in data["bot"]]
        user = [dict(raw) for raw in data["user"]]
        if not all(isinstance(raw.get("message_id"), int) for raw in user):
            raise ValueError("a user message without an id")
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"not a chat transcript: {error!r}") from error
    new_ids = {old: state.add_file(upload).file_id for old, upload in uploads.items()}
    for message in bot:
        if message.file_id is not None:
            message.file_id = new_ids.get(message.file_id)
        state.record(message)
    for raw in user:
        document = raw.get("document")
        if isinstance(document, dict) and document.get("file_id") in new_ids:
            raw["document"] = {**document, "file_id": new_ids[document["file_id"]]}
        state.user_messages[chat_id, raw["message_id"]] = raw
    ids = [m.message_id for m in bot] + [int(raw["message_id"]) for raw in user]
    return max(ids, default=0) + 1


def _upload_to_json(upload: UploadedFile) -> dict[str, Any]:
    return {
        "filename": upload.filename,
        "mime_type": upload.mime_type,
        "declared_size": upload.declared_size,
        "content": base64.b64encode(upload.content).decode("ascii"),
    }


def _upload_from_json(raw: dict[str, Any]) -> UploadedFile:
    return UploadedFile(
        filename=str(raw["filename"]),
        content=base64.b64decode(raw["content"], validate=True),
        mime_type=raw.get("mime_type"),
        declared_size=raw.get("declared_size"),
    )


_BOT_FIELDS = (
    "message_id",
    "text",
    "parse_mode",
    "reply_markup",
    "reply_to_message_id",
    "date",
    "edit_date",
    "disable_notification",
    "link_preview_options",
    "visible_text",
    "entities",
    "file_id",
)


def _bot_message_to_json(message: BotMessage) -> dict[str, Any]:
    return {name: getattr(message, name) for name in _BOT_FIELDS}


def _bot_message_from_json(
    chat_id: int, raw: dict[str, Any], uploads: dict[str, UploadedFile]
) -> BotMessage:
    fields = {name: raw[name] for name in _BOT_FIELDS}
    if not isinstance(fields["message_id"], int):
        raise ValueError("a bot message without an id")
    file_id = fields["file_id"]
    document = uploads.get(file_id) if isinstance(file_id, str) else None
    return BotMessage(chat_id=chat_id, document=document, **fields)
