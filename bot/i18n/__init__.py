"""User-facing text: Fluent catalogs in French and English, one per language folder."""

from __future__ import annotations

import functools
import html
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast

from bot.config import LANGUAGES, Language

LOCALES_DIR = Path(__file__).parent / "locales"

FluentArg = str | int | float

# A plain string argument is shown at most this long (UTF-16 units, as Telegram counts): the
# contact form's summary, the longest message built from such values, stays under Telegram's
# 4,096 with every field at its limit, even written in emoji (two units each). Escaped, it also
# stays under Fluent's 2,500 characters per placeable, which Fluent refuses outright (and the
# message with it). The stored value is never touched.
MAX_SHOWN = 800
# Formatted texts kept for reuse, the least recently used forgotten first.
FORMATTED_KEPT = 4096
_MAX_PLACEABLE = 2500


class Html(str):
    """Text already written as Telegram HTML from catalog messages: not escaped again."""

    __slots__ = ()


class Translator:
    """Formats catalog messages; every string argument is HTML-escaped on the way in."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._bundles: dict[Language, FluentBundle] = {}
        self._ids: dict[Language, frozenset[str]] = {}
        for language in LANGUAGES:
            # Isolation marks (U+2068/U+2069) would end up inside commands and HTML.
            bundle = FluentBundle([language], use_isolating=False)
            ids: set[str] = set()
            for path in sorted((locales_dir / language).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                junk = [entry.content for entry in resource.body if isinstance(entry, ast.Junk)]
                if junk:
                    raise ValueError(f"{path}: syntax errors in {junk}")
                bundle.add_resource(resource)
                ids.update(
                    entry.id.name for entry in resource.body if isinstance(entry, ast.Message)
                )
            self._bundles[language] = bundle
            self._ids[language] = frozenset(ids)
        self._formatted = functools.lru_cache(maxsize=FORMATTED_KEPT)(self._formatted)  # type: ignore[method-assign]

    def __call__(self, language: Language, message_id: str, /, **args: FluentArg) -> str:
        """Return message `message_id` in `language`, filled with `args`."""
        # The same texts come back all the time (a list's lines, a card's labels), and
        # formatting is pure: each is formatted once. The key keeps each argument's type, as
        # Html("x") == "x" and 1 == 1.0 == True are written differently.
        key = tuple((name, type(value), value) for name, value in args.items())
        try:
            return self._formatted(language, message_id, key)
        except TypeError:  # an argument that cannot be a key (none of ours so far)
            return self._format(language, message_id, args)

    def _formatted(
        self, language: Language, message_id: str, key: tuple[tuple[str, type, FluentArg], ...]
    ) -> str:
        return self._format(language, message_id, {name: value for name, _, value in key})

    def _format(self, language: Language, message_id: str, args: dict[str, FluentArg]) -> str:
        bundle = self._bundles[language]
        if not bundle.has_message(message_id):
            raise KeyError(f"no message {message_id!r} in the {language} catalog")
        message = bundle.get_message(message_id)
        if message.value is None:
            raise KeyError(f"message {message_id!r} has no value in the {language} catalog")
        safe = {key: _escaped(value) for key, value in args.items()}
        text, errors = bundle.format_pattern(message.value, safe)
        if errors:
            raise ValueError(f"{language}/{message_id}: {errors}")
        return str(text)

    def message_ids(self, language: Language) -> frozenset[str]:
        """The ids of every message in a language's catalog."""
        return self._ids[language]


def pick_language(chosen: str | None, telegram_code: str | None, default: Language) -> Language:
    """The user's explicit choice, else French for fr*, English for en*, else the default."""
    for language in LANGUAGES:
        if chosen == language:
            return language
    code = (telegram_code or "").lower()
    if code.startswith("fr"):
        return "fr"
    if code.startswith("en"):
        return "en"
    return default


def _escaped(value: FluentArg) -> FluentArg:
    if not isinstance(value, str) or isinstance(value, Html):
        return value
    escaped = html.escape(value, quote=False)
    if len(value) <= MAX_SHOWN // 2 and len(escaped) < _MAX_PLACEABLE:
        return escaped  # the usual case: short, however it is counted
    return _clipped(value)


def _clipped(value: str) -> str:
    """Escape `value`, cut with an ellipsis once it would show more than MAX_SHOWN."""
    if _units(value) <= MAX_SHOWN and len(html.escape(value, quote=False)) < _MAX_PLACEABLE:
        return html.escape(value, quote=False)
    kept: list[str] = []
    shown = size = 0
    for char in value:
        piece = html.escape(char, quote=False)
        shown += _units(char)
        size += len(piece)
        if shown > MAX_SHOWN - 1 or size > _MAX_PLACEABLE - 1:
            break
        kept.append(piece)
    return "".join(kept).rstrip() + "…"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
