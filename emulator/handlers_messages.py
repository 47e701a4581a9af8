"""Bot API methods that send, edit or delete messages in a chat."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from .errors import ApiError, bad_request
from .html_check import HtmlParseError, parse_html
from .messages import BotMessage, CallbackAnswer, UploadedFile
from .state import State

Params = dict[str, Any]
Handler = Callable[[State, Params], Awaitable[Any]]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def render(text: str, params: Params, *, caption: bool) -> tuple[str, list[dict[str, Any]]]:
    """Visible text and entities, validated like Telegram does."""
    parse_mode = _optional_str(params.get("parse_mode"))
    entities_key = "caption_entities" if caption else "entities"
    if parse_mode and parse_mode.upper() == "HTML":
        try:
            visible, entities = parse_html(text)
        except HtmlParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    else:
        given = params.get(entities_key)
        visible, entities = text, given if isinstance(given, list) else []
    if caption:
        if len(visible) > MAX_CAPTION:
            raise bad_request("message caption is too long")
    elif not visible.strip():
        raise bad_request("message text is empty")
    elif len(visible) > MAX_TEXT:
        raise bad_request("message is too long")
    return visible, entities


def check_markup(markup: object) -> dict[str, Any] | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard markup JSON object")
    for button in (button for row in rows for button in row):
        if not isinstance(button, dict) or not button.get("text"):
            raise bad_request("can't parse inline keyboard button: Text must be non-empty")
        data = button.get("callback_data")
        if data is not None and not 0 < len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
            raise bad_request("BUTTON_DATA_INVALID")
        _check_url(button.get("url"))
        _check_copy_text(button.get("copy_text"))
        if set(button) <= {"text"}:
            raise bad_request(
                "can't parse inline keyboard button: "
                "Text buttons are unallowed in the inline keyboard"
            )
    return markup


# Telegram opens only these from a button: mailto:, tel: and the rest are refused.
BUTTON_SCHEMES = frozenset({"http", "https", "tg"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?!\d)")  # "host:8080" has no scheme
MAX_COPY_TEXT = 256


def _check_url(url: object) -> None:
    """A button's URL, refused with the Bot API's words for each fault."""
    if url is None:
        return
    text = str(url)
    found = _SCHEME.match(text)
    scheme, rest = (found[1], text[found.end() :]) if found else ("http", text)  # bare: http
    if scheme.lower() not in BUTTON_SCHEMES:
        raise bad_request(
            f"inline keyboard button URL '{text}' is invalid: Unsupported URL protocol"
        )
    host = rest.removeprefix("//").split("/", 1)[0].split("?", 1)[0]
    if scheme.lower() != "tg" and ("." not in host or " " in text):
        raise bad_request(f"inline keyboard button URL '{text}' is invalid: Wrong HTTP URL")


def _check_copy_text(copy: object) -> None:
    """A CopyTextButton: an object whose text has 1 to 256 characters."""
    if copy is None:
        return
    text = copy.get("text") if isinstance(copy, dict) else None
    if not isinstance(text, str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    if not 0 < len(text) <= MAX_COPY_TEXT:
        raise bad_request("BUTTON_COPY_TEXT_INVALID")


def _reply_target(state: State, chat_id: int, params: Params) -> int | None:
    reply = params.get("reply_parameters")
    if isinstance(reply, dict):
        message_id, allow = reply.get("message_id"), reply.get("allow_sending_without_reply")
    else:
        message_id = params.get("reply_to_message_id")
        allow = params.get("allow_sending_without_reply")
    if message_id is None:
        return None
    if isinstance(message_id, int) and state.message_exists(chat_id, message_id):
        return message_id
    if allow:
        return None
    raise bad_request("message to be replied not found")


async def _send(state: State, message: BotMessage) -> dict[str, Any]:
    state.record(message)
    await state.notify()
    return state.message_to_api(message)


async def send_message(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    text = _optional_str(params.get("text")) or ""
    visible, entities = render(text, params, caption=False)
    markup = check_markup(params.get("reply_markup"))
    preview = params.get("link_preview_options")
    reply_to = _reply_target(state, chat_id, params)
    message = BotMessage(
        message_id=state.next_message_id(chat_id),
        chat_id=chat_id,
        text=text,
        parse_mode=_optional_str(params.get("parse_mode")),
        reply_markup=markup,
        reply_to_message_id=reply_to,
        date=state.timestamp(),
        disable_notification=bool(params.get("disable_notification")),
        link_preview_options=preview if isinstance(preview, dict) else None,
        visible_text=visible,
        entities=entities,
    )
    return await _send(state, message)


async def send_document(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    document = params.get("document")
    if isinstance(document, str) and document.startswith("attach://"):
        document = params.get(document.removeprefix("attach://"))
    if isinstance(document, str) and document in state.files:
        document = state.files[document].upload
    if isinstance(document, str):
        raise bad_request("wrong file identifier/HTTP URL specified")
    if not isinstance(document, UploadedFile):
        raise bad_request("there is no document in the request")
    caption = _optional_str(params.get("caption")) or ""
    visible, entities = render(caption, params, caption=True)
    markup = check_markup(params.get("reply_markup"))
    reply_to = _reply_target(state, chat_id, params)
    stored = state.add_file(document)
    message = BotMessage(
        message_id=state.next_message_id(chat_id),
        chat_id=chat_id,
        text=caption,
        parse_mode=_optional_str(params.get("parse_mode")),
        reply_markup=markup,
        reply_to_message_id=reply_to,
        document=document,
        date=state.timestamp(),
        disable_notification=bool(params.get("disable_notification")),
        visible_text=visible,
        entities=entities,
        file_id=stored.file_id,
    )
    return await _send(state, message)


def _edit_target(state: State, params: Params) -> BotMessage:
    if params.get("inline_message_id") is not None:
        raise bad_request("MESSAGE_ID_INVALID")
    chat_id = state.require_chat(params.get("chat_id"))
    message = state.live_bot_message(chat_id, params.get("message_id"))
    if message is None:
        raise bad_request("message to edit not found")
    return message


def _not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly "
        "the same as a current content and reply markup of the message"
    )


def _new_markup(message: BotMessage, markup: dict[str, Any] | None) -> dict[str, Any] | None:
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    if markup is None and message.inline_markup is None:
        return message.reply_markup
    return markup


async def edit_message_text(state: State, params: Params) -> Any:
    message = _edit_target(state, params)
    if message.document is not None:
        raise bad_request("there is no text in the message to edit")
    text = _optional_str(params.get("text")) or ""
    visible, entities = render(text, params, caption=False)
    markup = _new_markup(message, check_markup(params.get("reply_markup")))
    old = (message.visible_text, message.entities, message.inline_markup)
    new_inline = markup if markup is not None and "inline_keyboard" in markup else None
    if old == (visible, entities, new_inline):
        raise _not_modified()
    message.edits.append(message.text)
    message.text, message.visible_text, message.entities = text, visible, entities
    message.parse_mode = _optional_str(params.get("parse_mode"))
    message.reply_markup = markup
    message.edit_date = state.timestamp()
    await state.notify()
    return state.message_to_api(message)


async def edit_message_reply_markup(state: State, params: Params) -> Any:
    message = _edit_target(state, params)
    markup = _new_markup(message, check_markup(params.get("reply_markup")))
    new_inline = markup if markup is not None and "inline_keyboard" in markup else None
    if new_inline == message.inline_markup:
        raise _not_modified()
    message.reply_markup = markup
    message.edit_date = state.timestamp()
    await state.notify()
    return state.message_to_api(message)


def _delete_one(state: State, chat_id: int, message_id: object) -> bool:
    message = state.live_bot_message(chat_id, message_id)
    if message is not None:
        message.deleted = True
        return True
    if isinstance(message_id, int) and state.message_exists(chat_id, message_id):
        state.deleted_user_messages.add((chat_id, message_id))
        return True
    return False


async def delete_message(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    if not _delete_one(state, chat_id, params.get("message_id")):
        raise bad_request("message to delete not found")
    await state.notify()
    return True


async def delete_messages(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    ids = params.get("message_ids")
    if not isinstance(ids, list) or not ids:
        raise bad_request("message identifiers are not specified")
    for message_id in ids:
        _delete_one(state, chat_id, message_id)
    await state.notify()
    return True


async def answer_callback_query(state: State, params: Params) -> Any:
    query_id = _optional_str(params.get("callback_query_id")) or ""
    user_id = state.pending_queries.pop(query_id, None)
    if user_id is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    cache_time = params.get("cache_time")
    state.answers.append(
        CallbackAnswer(
            query_id=query_id,
            user_id=user_id,
            text=_optional_str(params.get("text")),
            show_alert=bool(params.get("show_alert")),
            url=_optional_str(params.get("url")),
            cache_time=cache_time if isinstance(cache_time, int) else None,
        )
    )
    await state.notify()
    return True


async def send_chat_action(state: State, params: Params) -> Any:
    chat_id = state.require_chat(params.get("chat_id"))
    action = _optional_str(params.get("action"))
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    state.chat_actions.append((chat_id, action))
    return True


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "sendDocument": send_document,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "answerCallbackQuery": answer_callback_query,
    "sendChatAction": send_chat_action,
}
