"""The chunked table renders exactly the JSON TinyDB would write, whatever the writes were."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.tinydb import atomic
from storage.tinydb.atomic import write_atomic
from storage.tinydb.tables import Table, TableChange, body

# One write: documents to add, ids to replace, ids to remove (indexes into the table).
writes = st.tuples(
    st.integers(0, 150),  # documents added
    st.lists(st.integers(0, 10**6), max_size=4),  # documents replaced
    st.lists(st.integers(0, 10**6), max_size=4),  # documents removed
)


def as_json(table: Table[dict[str, Any]]) -> Any:
    return json.loads(b"{" + b"".join(body(table.chunks)) + b"}")


@given(st.integers(0, 200), st.lists(writes, max_size=12))
@settings(max_examples=150, deadline=None)
def test_chunks_render_the_table_as_plain_json(initial: int, steps: list[Any]) -> None:
    expected = {str(n + 1): {"n": n} for n in range(initial)}
    table = Table.load(json.loads(json.dumps(expected)), lambda document: document)
    serial = initial
    for added, replaced, removed in steps:
        change: TableChange[dict[str, Any]] = TableChange()
        ids = list(table.rows)
        for pick in replaced:
            if ids:
                doc_id = ids[pick % len(ids)]
                document = {"n": serial, "replaced": True}
                serial += 1
                table.put(change, document, document, doc_id)
        for pick in removed:
            if ids:
                doc_id = ids[pick % len(ids)]
                change.removes.add(doc_id)
                change.puts.pop(doc_id, None)
        for _ in range(added):
            document = {"n": serial}
            serial += 1
            table.put(change, document, document)
        before = as_json(table)
        chunks = table.render(change)
        assert as_json(table) == before  # rendering changes nothing
        for doc_id in change.removes:
            expected.pop(str(doc_id))
        for doc_id, (document, _) in change.puts.items():
            expected[str(doc_id)] = document
        table.apply(change, chunks)
        assert as_json(table) == expected
        assert list(as_json(table)) == list(expected)  # file order kept
        assert all(table.chunk_of[i] == n for n, c in enumerate(table.chunks) for i in c.ids)
        assert set(table.chunk_of) == set(table.rows)


@pytest.mark.parametrize("limit", [1, 2, 3, 1024])
def test_pieces_land_in_order_however_writev_splits_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    real_write = os.write

    def short_writev(fd: int, buffers: list[memoryview]) -> int:
        # The kernel may stop anywhere: here after 7 bytes, across pieces.
        assert 1 <= len(buffers) <= limit
        return real_write(fd, b"".join(bytes(buffer) for buffer in buffers)[:7])

    monkeypatch.setattr(atomic, "_IOV_MAX", limit)
    monkeypatch.setattr(os, "writev", short_writev)
    pieces = [b"{", b'"a":', b"", b"[1,2,3]", b",", b'"b":"' + b"x" * 40 + b'"', b"}"]
    target = tmp_path / "file.json"
    write_atomic(target, pieces)
    assert target.read_bytes() == b"".join(pieces)
    write_atomic(target, b"plain bytes")
    assert target.read_bytes() == b"plain bytes"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left
