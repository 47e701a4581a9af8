"""What a feature remembers about one of its messages until a button of that message is pressed.

Button data holds 64 bytes: what does not fit there (the words typed after a name, the words
of a filtered /list) waits here, by the id of the message carrying the buttons. Each feature
declares a typed `MemoKey`; each user's `Memos` (in their UserState) keeps, per key, only the
latest few messages, so the memory of a user who never presses anything stays bounded. It is
persisted with the rest of user_data (bot.persistence), so it outlives a restart; a value
forgotten since (too many messages) makes `recall` find nothing, and the feature says so.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class MemoKey(Generic[T]):
    """One feature's memory: its name, the type of its values, how many messages it keeps."""

    name: str
    kind: type[T]
    size: int = 20

    def __post_init__(self) -> None:
        if self.size < 1:
            raise ValueError(f"a memo keeps at least one message, not {self.size}")


class Memos:
    """One user's memos, by key and message id; the oldest message goes first when full."""

    def __init__(self) -> None:
        self._kept: dict[str, OrderedDict[int, object]] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Memos) and self._kept == other._kept

    __hash__ = None  # type: ignore[assignment]  # mutable: not hashable, like a dict

    def __repr__(self) -> str:
        return f"Memos({self._kept!r})"

    def keep(self, key: MemoKey[T], message_id: int, value: T) -> None:
        """Remember a value for a message, forgetting the key's oldest beyond its size."""
        if not isinstance(value, key.kind):
            raise TypeError(f"{key.name} keeps {key.kind.__name__}, not {type(value).__name__}")
        kept = self._kept.setdefault(key.name, OrderedDict())
        kept[message_id] = value
        kept.move_to_end(message_id)
        while len(kept) > key.size:
            kept.popitem(last=False)

    def recall(self, key: MemoKey[T], message_id: int | None) -> T | None:
        """The value kept for that message, or None if it was never kept or is forgotten."""
        if message_id is None:
            return None
        kept = self._kept.get(key.name)
        value = kept.get(message_id) if kept is not None else None
        return value if isinstance(value, key.kind) else None

    def forget(self, key: MemoKey[T], message_id: int) -> None:
        """Drop what was kept for that message, if anything."""
        kept = self._kept.get(key.name)
        if kept is not None:
            kept.pop(message_id, None)
