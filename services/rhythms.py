"""A tag's rhythm (/rhythm #airbus every 2 weeks): its members follow it unless they have
their own. Kept on the profile, which is returned, not written: the caller saves it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.agenda import has_own_cadence
from core.model import Contact, UserProfile
from core.rules.cadence import Cadence
from services.repository import Repository

MAX_TAG_RHYTHMS = 50  # far more groups than anyone keeps; bounds the profile


class TooManyRhythmsError(Exception):
    """The user already gave a rhythm to the most tags the bot keeps."""


def rhythm_of(profile: UserProfile, tag: str) -> Cadence | None:
    """The rhythm that tag carries, if any (one this version cannot read counts as none)."""
    for known, spec in profile.tag_rhythms:
        if known == tag:
            try:
                return Cadence.from_spec(spec)
            except ValueError:
                return None
    return None


def with_rhythm(profile: UserProfile, tag: str, cadence: Cadence | None) -> UserProfile:
    """The profile with that tag's rhythm set, changed, or removed (None)."""
    others = tuple((t, spec) for t, spec in profile.tag_rhythms if t != tag)
    if cadence is None:
        return replace(profile, tag_rhythms=others)
    if len(others) >= MAX_TAG_RHYTHMS:
        raise TooManyRhythmsError
    return replace(profile, tag_rhythms=tuple(sorted((*others, (tag, cadence.spec)))))


@dataclass(frozen=True)
class Members:
    """The contacts carrying a tag, and those of them who keep a rhythm of their own."""

    everyone: tuple[Contact, ...]
    own: tuple[Contact, ...]


async def members(repo: Repository, user_id: int, tag: str) -> Members:
    """Who carries the tag."""
    tagged = tuple(c for c in await repo.contacts(user_id) if tag in c.tags)
    return Members(tagged, tuple(c for c in tagged if has_own_cadence(c)))


async def overview(repo: Repository, profile: UserProfile) -> list[tuple[str, Cadence, int]]:
    """Every tag rhythm with how many carry the tag, by tag."""
    contacts = await repo.contacts(profile.user_id)
    found = []
    for tag, _ in profile.tag_rhythms:
        cadence = rhythm_of(profile, tag)
        if cadence is not None:
            found.append((tag, cadence, sum(tag in c.tags for c in contacts)))
    return found
