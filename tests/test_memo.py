"""Per-message memos: typed, bounded, per key, forgotten on purpose or when full."""

from __future__ import annotations

import pytest

from bot.memo import MemoKey, Memos

WORDS = MemoKey("words", str, size=3)
COUNTS = MemoKey("counts", int)


def test_a_value_is_recalled_by_its_key_and_message() -> None:
    memos = Memos()
    memos.keep(WORDS, 10, "airbus lyon")
    memos.keep(COUNTS, 10, 4)
    assert memos.recall(WORDS, 10) == "airbus lyon"
    assert memos.recall(COUNTS, 10) == 4
    assert memos.recall(WORDS, 11) is None
    assert memos.recall(WORDS, None) is None
    assert memos.recall(MemoKey("other", str), 10) is None


def test_only_the_latest_messages_are_kept_per_key() -> None:
    memos = Memos()
    for message_id in (1, 2, 3):
        memos.keep(WORDS, message_id, f"m{message_id}")
        memos.keep(COUNTS, message_id, message_id)
    memos.keep(WORDS, 1, "again")  # kept anew: now the latest
    memos.keep(WORDS, 4, "m4")
    assert [memos.recall(WORDS, i) for i in (1, 2, 3, 4)] == ["again", None, "m3", "m4"]
    assert [memos.recall(COUNTS, i) for i in (1, 2, 3)] == [1, 2, 3]  # another key's room


def test_forget_and_types() -> None:
    memos = Memos()
    memos.keep(WORDS, 1, "")  # nothing typed is still something known
    assert memos.recall(WORDS, 1) == ""
    memos.forget(WORDS, 1)
    memos.forget(WORDS, 99)
    memos.forget(COUNTS, 1)
    assert memos.recall(WORDS, 1) is None
    with pytest.raises(TypeError, match="words keeps str"):
        memos.keep(WORDS, 2, 5)  # type: ignore[misc]
    with pytest.raises(ValueError, match="at least one"):
        MemoKey("none", str, size=0)
