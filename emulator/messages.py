"""What the fake server records: messages sent by the bot, uploaded files, callback answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .html_check import strip_html


@dataclass(frozen=True)
class InlineButton:
    text: str
    callback_data: str | None = None
    url: str | None = None
    copy_text: str | None = None  # what a CopyTextButton puts on the clipboard


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request (or a file sent by a fake user)."""

    filename: str
    content: bytes
    mime_type: str | None = None
    declared_size: int | None = None  # a size to announce instead of the content's

    @property
    def size(self) -> int:
        """The size Telegram announces for the file."""
        return len(self.content) if self.declared_size is None else self.declared_size


@dataclass
class CallbackAnswer:
    """One answerCallbackQuery call."""

    query_id: str
    user_id: int
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int | None = None

    def get(self, key: str, default: Any = None) -> Any:
        """Dict-style access, with the Bot API names: `answer.get("text")`."""
        if key == "callback_query_id":
            key = "query_id"
        return getattr(self, key, default) if key in self.__dataclass_fields__ else default

    def __getitem__(self, key: str) -> Any:
        if key not in self.__dataclass_fields__ and key != "callback_query_id":
            raise KeyError(key)
        return self.get(key)


@dataclass(eq=False)
class BotMessage:
    """A message sent by the bot; edits and deletion update it in place.

    For a document, `text` is the caption ("" when there is none).
    `visible_text` / `entities` are what Telegram returns (HTML parsed).
    """

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    reply_to_message_id: int | None = None
    document: UploadedFile | None = None
    edits: list[str] = field(default_factory=list)
    deleted: bool = False
    date: int = 0
    edit_date: int | None = None
    disable_notification: bool = False
    link_preview_options: dict[str, Any] | None = None
    visible_text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    file_id: str | None = None

    @property
    def caption(self) -> str | None:
        return self.text if self.document is not None else None

    @property
    def plain_text(self) -> str:
        """The text with HTML tags stripped, entities unescaped, no-break spaces made plain.

        French typography puts no-break spaces in "9 h" and before ":"; tests read text as a
        person does, so they are plain spaces here (the catalogs' own tests check them).
        """
        text = strip_html(self.text) if (self.parse_mode or "").upper() == "HTML" else self.text
        return _plain_spaces(text)

    @property
    def inline_markup(self) -> dict[str, Any] | None:
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            return self.reply_markup
        return None

    @property
    def buttons(self) -> list[list[InlineButton]]:
        markup = self.inline_markup
        if markup is None:
            return []
        return [
            [
                InlineButton(
                    text=str(button.get("text", "")),
                    callback_data=button.get("callback_data"),
                    url=button.get("url"),
                    copy_text=(button.get("copy_text") or {}).get("text"),
                )
                for button in row
            ]
            for row in markup["inline_keyboard"]
        ]

    @property
    def button_texts(self) -> list[str]:
        return [button.text for row in self.buttons for button in row]

    def find_button(self, label: str) -> InlineButton:
        """Exact text match first, then the first case-insensitive substring match."""
        flat = [button for row in self.buttons for button in row]
        for button in flat:
            if button.text == label:
                return button
        for button in flat:
            if _plain_spaces(label).casefold() in _plain_spaces(button.text).casefold():
                return button
        raise AssertionError(
            f"no button {label!r} on message #{self.message_id} {self.plain_text!r}; "
            f"available: {self.button_texts!r}"
        )

    @property
    def reply_keyboard(self) -> list[list[dict[str, Any]]]:
        """Rows of a ReplyKeyboardMarkup, each button as a dict (plain strings normalized)."""
        if self.reply_markup is None or "keyboard" not in self.reply_markup:
            return []
        return [
            [button if isinstance(button, dict) else {"text": str(button)} for button in row]
            for row in self.reply_markup["keyboard"]
        ]

    @property
    def reply_keyboard_texts(self) -> list[str]:
        return [str(button.get("text", "")) for row in self.reply_keyboard for button in row]

    @property
    def removes_keyboard(self) -> bool:
        return bool(self.reply_markup and self.reply_markup.get("remove_keyboard"))

    def describe(self) -> str:
        """One line for assertion messages."""
        parts = [f"#{self.message_id} {self.plain_text!r}"]
        if self.document is not None:
            parts.append(f"document={self.document.filename!r}")
        if self.buttons:
            parts.append(f"buttons={self.button_texts!r}")
        if self.reply_keyboard:
            parts.append(f"keyboard={self.reply_keyboard_texts!r}")
        if self.edits:
            parts.append(f"edited x{len(self.edits)}")
        if self.deleted:
            parts.append("deleted")
        return " ".join(parts)


def _plain_spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")
