"""/merge: two contacts named in one line, and the merge itself."""

from __future__ import annotations

import re

from core.merging import merged
from core.model import Contact
from core.text import fold
from services.contacts import find_by_name
from services.repository import Repository, UnknownContactError

_SEPARATOR = re.compile(r"\s*(?:[,+&/;]|\s(?:et|and|with|avec)\s)\s*", re.IGNORECASE)
MAX_WORDS = 12


async def find_pair(repo: Repository, user_id: int, text: str) -> tuple[Contact, Contact] | None:
    """The two different contacts "Marie Dupont, Marie D." or "Léa Zoé" name, if clear; a name
    typed twice ("Léa Martin, Léa Martin") means its two namesakes, the older one kept."""
    parts = [part for part in _SEPARATOR.split(text.strip()) if part]
    if len(parts) == 2:
        return await _both(repo, user_id, parts[0], parts[1])
    words = text.split()
    if len(parts) != 1 or not 2 <= len(words) <= MAX_WORDS:
        return None
    for size in range(len(words) - 1, 0, -1):  # the longest first name that works
        pair = await _both(repo, user_id, " ".join(words[:size]), " ".join(words[size:]))
        if pair is not None:
            return pair
    return None


def two_names(text: str) -> tuple[str, str] | None:
    """The two names of a line cut by a comma (or "et", "and"...), when it is so cut."""
    parts = [part for part in _SEPARATOR.split(text.strip()) if part]
    return (parts[0], parts[1]) if len(parts) == 2 else None


async def _both(
    repo: Repository, user_id: int, first: str, second: str
) -> tuple[Contact, Contact] | None:
    if same_name(first, second):
        twins = [c for c in await repo.contacts(user_id) if same_name(c.name, first)]
        if len(twins) == 2:
            older, newer = sorted(twins, key=lambda contact: contact.created_at)
            return older, newer
    one = (await find_by_name(repo, user_id, first)).contact
    other = (await find_by_name(repo, user_id, second)).contact
    if one is None or other is None or one.contact_id == other.contact_id:
        return None
    return one, other


def same_name(one: str, other: str) -> bool:
    """Names alike but for case, accents and spaces, as namesakes are (core.namesakes)."""
    return fold(" ".join(one.split())) == fold(" ".join(other.split()))


async def merge_draft(
    repo: Repository, user_id: int, kept_id: str, draft: Contact
) -> Contact | None:
    """Add what a contact not saved yet holds to a stored one; None if that one is gone."""
    kept = await repo.get_contact(user_id, kept_id)
    if kept is None:
        return None
    result = merged(kept, draft)
    try:
        await repo.save_contact(user_id, result)
    except UnknownContactError:
        return None
    return result


async def history_count(repo: Repository, user_id: int, contact_id: str) -> int:
    """How many exchanges a merge would move."""
    return len(await repo.interactions(user_id, contact_id))


async def merge(
    repo: Repository, user_id: int, kept_id: str, other_id: str
) -> tuple[Contact, Contact] | None:
    """Make `other_id` part of `kept_id`: (merged, the one merged in), or None if one is gone."""
    kept = await repo.get_contact(user_id, kept_id)
    other = await repo.get_contact(user_id, other_id)
    if kept is None or other is None or kept_id == other_id:
        return None
    result = merged(kept, other)
    try:
        await repo.merge_contacts(user_id, result, other_id)
    except UnknownContactError:
        return None
    return result, other
