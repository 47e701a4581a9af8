"""One TinyDB table held as model rows plus each document's serialized JSON fragment.

The fragments are kept joined in chunks of consecutive documents. A write re-serializes only
the documents it changes and re-joins only the chunks holding them, and the file is written
from the list of chunks: its cost grows with the documents changed, not with the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

R = TypeVar("R")

CHUNK_DOCUMENTS = 64  # documents joined into one chunk: small to re-join, few to write


def fragment(doc_id: int, document: dict[str, Any]) -> bytes:
    """The `"id":{...}` bytes of one document, as TinyDB's JSON file holds it."""
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return f'"{doc_id}":{body}'.encode()


@dataclass(frozen=True)
class Chunk:
    """Consecutive documents of a table: their ids and their fragments joined by commas."""

    ids: tuple[int, ...]
    joined: bytes


@dataclass
class TableChange(Generic[R]):
    """What one write does to one table: documents put (new or replaced) and removed."""

    puts: dict[int, tuple[R, bytes]] = field(default_factory=dict)
    removes: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.puts or self.removes)


def body(chunks: list[Chunk]) -> list[bytes]:
    """A table's JSON between its braces, as pieces to write one after the other."""
    parts: list[bytes] = []
    for chunk in chunks:
        parts += [chunk.joined, b","]
    return parts[:-1]


@dataclass
class Table(Generic[R]):
    """The rows of one table by TinyDB document id, in file order, with their fragments."""

    rows: dict[int, R] = field(default_factory=dict)
    fragments: dict[int, bytes] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    chunk_of: dict[int, int] = field(default_factory=dict)  # document id -> index in chunks
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
        table.apply(TableChange(), table._appended([], list(table.fragments)))
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

    def render(self, change: TableChange[R]) -> list[Chunk]:
        """The table's chunks once `change` is applied; nothing is modified."""
        if not change:
            return self.chunks
        chunks = list(self.chunks)
        replaced = [doc_id for doc_id in change.puts if doc_id in self.rows]
        where = self.chunk_of
        for index in {where[doc_id] for doc_id in [*change.removes, *replaced] if doc_id in where}:
            ids = tuple(doc_id for doc_id in chunks[index].ids if doc_id not in change.removes)
            parts = [change.puts[i][1] if i in change.puts else self.fragments[i] for i in ids]
            chunks[index] = Chunk(ids, b",".join(parts))
        chunks = [chunk for chunk in chunks if chunk.ids]
        added = [doc_id for doc_id in change.puts if doc_id not in self.rows]
        return self._appended(chunks, added, change) if added else chunks

    def _appended(
        self, chunks: list[Chunk], added: list[int], change: TableChange[R] | None = None
    ) -> list[Chunk]:
        """`chunks` with the documents `added` after the last, filling its chunk first."""

        def part(doc_id: int) -> bytes:
            return change.puts[doc_id][1] if change is not None else self.fragments[doc_id]

        if chunks and len(chunks[-1].ids) < CHUNK_DOCUMENTS:
            last = chunks.pop()
            room = CHUNK_DOCUMENTS - len(last.ids)
            first, added = added[:room], added[room:]
            joined = b",".join([last.joined, *map(part, first)])
            chunks.append(Chunk(last.ids + tuple(first), joined))
        for start in range(0, len(added), CHUNK_DOCUMENTS):
            ids = tuple(added[start : start + CHUNK_DOCUMENTS])
            chunks.append(Chunk(ids, b",".join(map(part, ids))))
        return chunks

    def apply(self, change: TableChange[R], chunks: list[Chunk]) -> None:
        """Publish `change`, whose rendering `chunks` is now on disk."""
        for doc_id in change.removes:
            self.rows.pop(doc_id, None)
            self.fragments.pop(doc_id, None)
            self.chunk_of.pop(doc_id, None)
        for doc_id, (row, part) in change.puts.items():
            self.rows[doc_id] = row
            self.fragments[doc_id] = part
            self.next_id = max(self.next_id, doc_id + 1)
        old = self.chunks
        for index, chunk in enumerate(chunks):
            # Chunks are new objects where they changed; a removed chunk moves those after it.
            if index >= len(old) or old[index] is not chunk:
                self.chunk_of.update(dict.fromkeys(chunk.ids, index))
        self.chunks = chunks

    def ids_where(self, keep: Callable[[R], bool]) -> Iterable[int]:
        """The ids of the rows `keep` accepts, in file order."""
        return (doc_id for doc_id, row in self.rows.items() if keep(row))
