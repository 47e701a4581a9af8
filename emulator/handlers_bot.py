"""Bot API methods about the bot itself: identity, updates, webhook, commands, chats, files."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from .errors import ApiError, bad_request
from .state import State

Params = dict[str, Any]
Handler = Callable[[State, Params], Awaitable[Any]]

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


def _int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int | float):
        return int(value)
    return default


async def get_me(state: State, params: Params) -> Any:
    return state.bot_user()


async def return_true(state: State, params: Params) -> Any:
    return True


async def delete_webhook(state: State, params: Params) -> Any:
    if params.get("drop_pending_updates"):
        state.updates.clear()
    return True


async def get_webhook_info(state: State, params: Params) -> Any:
    return {"url": "", "has_custom_certificate": False, "pending_update_count": len(state.updates)}


async def get_updates(state: State, params: Params) -> Any:
    """Long polling: confirm `offset`, wait up to `timeout` seconds for an update."""
    state.confirm(_int(params.get("offset"), 0))
    limit = min(max(_int(params.get("limit"), 100), 1), 100)
    timeout = params.get("timeout")
    seconds = float(timeout) if isinstance(timeout, int | float) else 0.0
    generation = await state.new_poll()
    if seconds > 0 and not state.updates:
        await state.wait_updates(generation, seconds)
    if state.poll_generation != generation:
        raise ApiError(409, _CONFLICT)
    return state.updates[:limit]


def _scope_key(params: Params) -> tuple[str, str]:
    scope = params.get("scope")
    if not isinstance(scope, dict):
        scope = {"type": "default"}
    language = params.get("language_code")
    return json.dumps(scope, sort_keys=True), "" if language is None else str(language)


async def set_my_commands(state: State, params: Params) -> Any:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse BotCommand")
        if not _COMMAND.fullmatch(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 0 < len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    state.commands[_scope_key(params)] = [
        {"command": str(c["command"]), "description": str(c["description"])} for c in commands
    ]
    return True


async def get_my_commands(state: State, params: Params) -> Any:
    return state.commands.get(_scope_key(params), [])


async def delete_my_commands(state: State, params: Params) -> Any:
    state.commands.pop(_scope_key(params), None)
    return True


async def set_chat_menu_button(state: State, params: Params) -> Any:
    chat_id = params.get("chat_id")
    if chat_id is not None:
        chat_id = state.require_chat(chat_id)
    button = params.get("menu_button")
    state.menu_buttons[chat_id] = button if isinstance(button, dict) else {"type": "default"}
    return True


async def get_chat_menu_button(state: State, params: Params) -> Any:
    chat_id = params.get("chat_id")
    default = state.menu_buttons.get(None, {"type": "default"})
    return state.menu_buttons.get(chat_id, default) if isinstance(chat_id, int) else default


async def get_chat(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    chat = state.chat(chat_id)
    chat.update(
        accent_color_id=chat_id % 7,
        max_reaction_count=11,
        accepted_gift_types={
            "unlimited_gifts": True,
            "limited_gifts": True,
            "unique_gifts": True,
            "premium_subscription": True,
            "gifts_from_channels": True,
        },
    )
    return chat


async def get_file(state: State, params: Params) -> Any:
    stored = state.files.get(str(params.get("file_id", "")))
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.to_api()


_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def _setting(name: str, key: str, limit: int) -> Handler:
    """setMyName, setMyDescription...: checked against Telegram's length limit for each."""

    async def store(state: State, params: Params) -> Any:
        language = str(params.get("language_code") or "")
        if language and not _LANGUAGE_CODE.fullmatch(language):
            raise bad_request("LANG_CODE_INVALID")
        value = params.get(key) or ""
        if not isinstance(value, str) or len(value) > limit:
            raise bad_request(f"{key} is too long")
        state.settings[f"{name}:{language}"] = value
        return True

    return store


def _getting(name: str, key: str) -> Handler:
    async def read(state: State, params: Params) -> Any:
        language = str(params.get("language_code") or "")
        return {key: state.settings.get(f"{name}:{language}", "")}

    return read


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "logOut": return_true,
    "close": return_true,
    "getUpdates": get_updates,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
    "getChat": get_chat,
    "getFile": get_file,
    "setMyName": _setting("name", "name", 64),
    "getMyName": _getting("name", "name"),
    "setMyDescription": _setting("description", "description", 512),
    "getMyDescription": _getting("description", "description"),
    "setMyShortDescription": _setting("short_description", "short_description", 120),
    "getMyShortDescription": _getting("short_description", "short_description"),
}
