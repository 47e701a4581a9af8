"""Telegram "HTML" parse mode: validation with Telegram-like errors, visible text and entities.

Offsets and lengths of the returned entities are in UTF-16 code units, like the Bot API.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

ENTITY_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}

_ATTR = r"[a-zA-Z][a-zA-Z0-9_-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?"
_START_TAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+{_ATTR})*)\s*>")
_TAG_NAME = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*")
_ATTRIBUTE = re.compile(
    r"([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?"
)
_END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ENTITY = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|(lt|gt|amp|quot));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPECIAL = re.compile(r"[<&]")
_ANY_TAG = re.compile(r"<[^<>]*>")


class HtmlParseError(ValueError):
    """The text after "Bad Request: can't parse entities: "."""


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    offset: int
    order: int = 0
    language: str | None = None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _entity_at(text: str, index: int) -> tuple[str, int]:
    match = _ENTITY.match(text, index)
    if match is None:
        raise HtmlParseError(
            f"Character '&' must be escaped as &amp; at byte offset {_byte_offset(text, index)}"
        )
    decimal, hexadecimal, named = match.groups()
    if named:
        return _NAMED[named], match.end()
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise HtmlParseError(
            f"Invalid character reference at byte offset {_byte_offset(text, index)}"
        )
    return chr(code), match.end()


def _decode_attribute(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        if text[index] == "&":
            decoded, index = _entity_at(text, index)
            out.append(decoded)
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def _attributes(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(raw):
        name, double, single, bare = match.groups()
        value = next((v for v in (double, single, bare) if v is not None), "")
        attrs[name.lower()] = _decode_attribute(value)
    return attrs


def _check_tag(tag: str, attrs: dict[str, str], byte_offset: int) -> None:
    if tag == "span" and attrs.get("class") != "tg-spoiler":
        raise HtmlParseError(
            f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset}'
        )
    if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise HtmlParseError(
            f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {byte_offset}'
        )


def _close(
    node: _Open, position: int, stack: list[_Open], entities: list[tuple[int, dict[str, Any]]]
) -> None:
    if node.tag == "code" and stack and stack[-1].tag == "pre":
        language = node.attrs.get("class", "")
        if language.startswith("language-"):
            stack[-1].language = language.removeprefix("language-")
        return
    length = position - node.offset
    if length <= 0 or (node.tag == "a" and not node.attrs.get("href")):
        return
    entity: dict[str, Any] = {
        "type": ENTITY_TYPES[node.tag],
        "offset": node.offset,
        "length": length,
    }
    if node.tag == "a":
        entity["url"] = node.attrs["href"]
    elif node.tag == "pre" and node.language:
        entity["language"] = node.language
    elif node.tag == "blockquote" and "expandable" in node.attrs:
        entity["type"] = "expandable_blockquote"
    elif node.tag == "tg-emoji":
        entity["custom_emoji_id"] = node.attrs["emoji-id"]
    entities.append((node.order, entity))


def _end_tag(text: str, index: int, stack: list[_Open]) -> tuple[_Open, int]:
    byte_offset = _byte_offset(text, index)
    match = _END_TAG.match(text, index)
    if match is None:
        raise HtmlParseError(f"Unclosed end tag at byte offset {byte_offset}")
    name = match.group(1).lower()
    if not stack:
        raise HtmlParseError(f"Unexpected end tag at byte offset {byte_offset}")
    node = stack.pop()
    if name != node.tag:
        raise HtmlParseError(
            f'Unmatched end tag at byte offset {byte_offset}, expected "</{node.tag}>", '
            f'found "</{name}>"'
        )
    return node, match.end()


def _start_tag(text: str, index: int, position: int) -> tuple[_Open, int]:
    byte_offset = _byte_offset(text, index)
    match = _START_TAG.match(text, index)
    if match is None:
        if _TAG_NAME.match(text, index):
            raise HtmlParseError(f"Unclosed start tag at byte offset {byte_offset}")
        raise HtmlParseError(f'Unsupported start tag "" at byte offset {byte_offset}')
    tag = match.group(1).lower()
    if tag not in ENTITY_TYPES:
        raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {byte_offset}')
    try:
        attrs = _attributes(match.group(2))
    except HtmlParseError:
        raise HtmlParseError(
            f'Invalid HTML entity in an attribute of the tag "{tag}" at byte offset {byte_offset}'
        ) from None
    _check_tag(tag, attrs, byte_offset)
    return _Open(tag, attrs, position), match.end()


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return (visible text, entities) or raise HtmlParseError like Telegram would."""
    out: list[str] = []
    position = 0
    stack: list[_Open] = []
    entities: list[tuple[int, dict[str, Any]]] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "&":
            decoded, index = _entity_at(text, index)
            out.append(decoded)
            position += utf16_len(decoded)
        elif char == "<" and text.startswith("</", index):
            node, index = _end_tag(text, index, stack)
            _close(node, position, stack, entities)
        elif char == "<":
            node, index = _start_tag(text, index, position)
            node.order = index
            stack.append(node)
        else:
            special = _SPECIAL.search(text, index)
            end = special.start() if special else len(text)
            out.append(text[index:end])
            position += utf16_len(text[index:end])
            index = end
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda item: (item[1]["offset"], -item[1]["length"], item[0]))
    return "".join(out), [entity for _, entity in entities]


def strip_html(text: str) -> str:
    """Visible text of an HTML message; lenient (never raises) for use in assertions."""
    try:
        return parse_html(text)[0]
    except HtmlParseError:
        return html.unescape(_ANY_TAG.sub("", text))
