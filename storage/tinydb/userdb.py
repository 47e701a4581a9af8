"""One user's database file: a TinyDB over an atomic storage, with its schema version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from storage.tinydb.atomic import AtomicJSONStorage, UnreadableFileError

SCHEMA_VERSION = 1

# MIGRATIONS[n] upgrades a file from schema n to n + 1, inside one atomic batch.
MIGRATIONS: dict[int, Callable[[TinyDB], None]] = {}

META_ID = 1
PROFILE_ID = 1


def schema_version(path: Path, data: dict[str, Any]) -> int:
    """The schema version of a file's parsed JSON; UnreadableFileError if it is not ours."""
    meta = data.get("meta")
    if not isinstance(meta, dict) or str(META_ID) not in meta:
        # A file we wrote always has meta; anything else is not ours to touch.
        raise UnreadableFileError(path, "no schema version in the file")
    stamp = meta[str(META_ID)]
    version = stamp.get("schema_version") if isinstance(stamp, dict) else None
    if not isinstance(version, int):
        raise UnreadableFileError(path, "malformed schema version")
    if version > SCHEMA_VERSION:
        raise UnreadableFileError(
            path, f"schema {version} is newer than this bot's {SCHEMA_VERSION}"
        )
    return version


class UserDatabase:
    """The tables of one user's file: meta, profile, contacts, interactions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = TinyDB(path, storage=AtomicJSONStorage)
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        self._storage = storage

    def open(self) -> None:
        """Read the file, check its schema and run any pending migration."""
        data = self._storage.read()
        if data is None:
            return
        version = schema_version(self.path, data)
        if version < SCHEMA_VERSION:
            with self.batch():
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](self._db)
                self._stamp_schema()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one atomic file write; the first write also stamps the schema."""
        with self._storage.batch():
            if not self._db.table("meta").contains(doc_id=META_ID):
                self._stamp_schema()
            yield

    def table(self, name: str) -> Table:
        """Return one of this file's tables."""
        return self._db.table(name)

    def get_single(self, table: str, doc_id: int) -> dict[str, Any] | None:
        """Return the document with that id, or None."""
        document = self._db.table(table).get(doc_id=doc_id)
        return dict(document) if isinstance(document, Document) else None

    def put_single(self, table: str, doc_id: int, document: dict[str, Any]) -> None:
        """Insert or replace the document with that id."""
        with self.batch():
            self._db.table(table).upsert(Document(document, doc_id=doc_id))

    def close(self) -> None:
        """Release the TinyDB handle."""
        self._db.close()

    def _stamp_schema(self) -> None:
        self._db.table("meta").upsert(Document({"schema_version": SCHEMA_VERSION}, doc_id=META_ID))
