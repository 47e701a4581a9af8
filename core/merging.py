"""Two records of the same person made one: the kept contact gains what the other adds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from core.model import Birthday, Contact

T = TypeVar("T")
MAX_TEXT = 300  # the longest a merged free-text field grows to
MAX_ITEMS = 20  # the most interests, or tags, a merged contact keeps


def _union(*groups: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(item for group in groups for item in group))


def _text(kept: str, other: str) -> str:
    if not other or other.casefold() in kept.casefold():
        return kept
    if not kept:
        return other
    return f"{kept} · {other}"[:MAX_TEXT]


def _birthday(kept: Birthday | None, other: Birthday | None) -> Birthday | None:
    if kept is None:
        return other
    same_day = other is not None and (other.day, other.month) == (kept.day, kept.month)
    if kept.year is None and same_day and other is not None:
        return other  # the same day, with the year the other one knew
    return kept


def merged(kept: Contact, other: Contact) -> Contact:
    """`kept` with the union of both records: its own values first, the other's added."""
    place = kept if kept.place else other
    last = [at for at in (kept.last_contact_at, other.last_contact_at) if at is not None]
    seen = {(c.kind, c.value.casefold()) for c in kept.channels}
    channels = [c for c in other.channels if (c.kind, c.value.casefold()) not in seen]
    return replace(
        kept,
        created_at=min(kept.created_at, other.created_at),
        met=_text(kept.met, other.met),
        place=place.place,
        city=place.city,
        country_code=place.country_code,
        timezone=place.timezone,
        place_language=place.place_language,
        work=_text(kept.work, other.work),
        interests=_union(kept.interests, other.interests)[:MAX_ITEMS],
        channels=(*kept.channels, *channels),
        birthday=_birthday(kept.birthday, other.birthday),
        last_contact_at=max(last) if last else None,
        tags=_union(kept.tags, other.tags)[:MAX_ITEMS],
        telegram_user_id=kept.telegram_user_id or other.telegram_user_id,
        birthday_reminder_days=(
            kept.birthday_reminder_days
            if kept.birthday_reminder_days is not None
            else other.birthday_reminder_days
        ),
    )
