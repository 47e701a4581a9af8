"""One TinyDB table held as model rows plus each document's serialized JSON fragment.

A write re-serializes only the documents it changes and joins the cached fragments of the
rest, so its cost grows with the bytes copied, not with json.dumps of the whole file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

R = TypeVar("R")


def fragment(doc_id: int, document: dict[str, Any]) -> bytes:
    """The `"id":{...}` bytes of one document, as TinyDB's JSON file holds it."""
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return f'"{doc_id}":{body}'.encode()


@dataclass
class TableChange(Generic[R]):
    """What one write does to one table: documents put (new or replaced) and removed."""

    puts: dict[int, tuple[R, bytes]] = field(default_factory=dict)
    removes: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.puts or self.removes)


@dataclass
class Table(Generic[R]):
    """The rows of one table by TinyDB document id, in file order, with their fragments."""

    rows: dict[int, R] = field(default_factory=dict)
    fragments: dict[int, bytes] = field(default_factory=dict)
    joined: bytes = b""  # the fragments joined by commas: the table's JSON without braces
    next_id: int = 1

    @classmethod
    def load(cls, raw: dict[str, Any], decode: Callable[[dict[str, Any]], R]) -> Table[R]:
        """Build a table from its JSON object as read from the file."""
        table: Table[R] = cls()
        for key, document in raw.items():
            if not isinstance(document, dict):
                raise TypeError(f"document {key!r} is not an object")
            doc_id = int(key)
            table.rows[doc_id] = decode(document)
            table.fragments[doc_id] = fragment(doc_id, document)
        table.joined = b",".join(table.fragments.values())
        table.next_id = max(table.rows, default=0) + 1
        return table

    def put(
        self, change: TableChange[R], row: R, document: dict[str, Any], doc_id: int | None = None
    ) -> int:
        """Add `row` to `change`, under `doc_id` or a new id; return the id."""
        if doc_id is None:
            doc_id = max(self.next_id, max(change.puts, default=0) + 1)
        change.puts[doc_id] = (row, fragment(doc_id, document))
        return doc_id

    def render(self, change: TableChange[R]) -> bytes:
        """The table's joined fragments once `change` is applied; nothing is modified."""
        if not change:
            return self.joined
        if not change.removes and not any(doc_id in self.rows for doc_id in change.puts):
            # Appends only (a logged exchange): extend the cached bytes, no rejoin.
            added = b",".join(item[1] for item in change.puts.values())
            return self.joined + b"," + added if self.joined else added
        parts = [
            change.puts[doc_id][1] if doc_id in change.puts else part
            for doc_id, part in self.fragments.items()
            if doc_id not in change.removes
        ]
        parts.extend(item[1] for doc_id, item in change.puts.items() if doc_id not in self.rows)
        return b",".join(parts)

    def apply(self, change: TableChange[R], joined: bytes) -> None:
        """Publish `change`, whose rendering `joined` is now on disk."""
        for doc_id in change.removes:
            self.rows.pop(doc_id, None)
            self.fragments.pop(doc_id, None)
        for doc_id, (row, part) in change.puts.items():
            self.rows[doc_id] = row
            self.fragments[doc_id] = part
            self.next_id = max(self.next_id, doc_id + 1)
        self.joined = joined

    def ids_where(self, keep: Callable[[R], bool]) -> Iterable[int]:
        """The ids of the rows `keep` accepts, in file order."""
        return (doc_id for doc_id, row in self.rows.items() if keep(row))
