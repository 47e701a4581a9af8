"""Reading the Fluent catalogs in tests: a reader of one language, the variables of each message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.config import Language
from bot.i18n import LOCALES_DIR, FluentArg, Translator


@dataclass
class Reader:
    """A Speaker over the real catalogs, outside any update (as the daily delivery has one)."""

    language: Language
    translate: Translator

    def text(self, message_id: str, /, **args: FluentArg) -> str:
        return self.translate(self.language, message_id, **args)


class _Variables(Visitor):
    """Collects the names of the variables each message uses."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, set[str]] = {}
        self._current = ""

    def visit_Message(self, node: ast.Message) -> None:
        self._current = node.id.name
        self.names.setdefault(self._current, set())
        self.generic_visit(node)

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names[self._current].add(node.id.name)


def variables_in(paths: list[Path]) -> dict[str, set[str]]:
    """Message id -> the variables it uses, over these catalog files (which must parse)."""
    collector = _Variables()
    for path in paths:
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: syntax errors {[j.content for j in junk]}"
        collector.visit(resource)
    return collector.names


def variables(language: Language) -> dict[str, set[str]]:
    """Message id -> the variables it uses, over a language's whole catalog."""
    return variables_in(sorted((LOCALES_DIR / language).glob("*.ftl")))
