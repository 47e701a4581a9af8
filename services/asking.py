"""/ask's use case: who in the user's network can help with a question, best placed first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from core.asking import Match, Person, Term, rank
from core.model import Contact, Interaction
from core.text import fold
from services.repository import Repository

NOTES_READ = 10  # the latest notes of each contact that a question is matched against


@dataclass(frozen=True)
class Helper:
    """One contact who can help, and why (`match.reasons`)."""

    contact: Contact
    match: Match


@dataclass(frozen=True)
class Answer:
    """Who can help; `closest` when nobody matches and these come nearest."""

    helpers: tuple[Helper, ...]
    closest: bool


async def who_can_help(repo: Repository, user_id: int, terms: Sequence[Term]) -> Answer | None:
    """The contacts best placed to help with the question's terms; None with no contacts."""
    contacts = await repo.contacts(user_id)
    if not contacts:
        return None
    people = people_of(contacts, await repo.all_interactions(user_id))
    matches, closest = rank(terms, people)
    by_id = {contact.contact_id: contact for contact in contacts}
    return Answer(tuple(Helper(by_id[match.key], match) for match in matches), closest)


async def contact_named(repo: Repository, user_id: int, question: str) -> Contact | None:
    """The contact whose whole name the question is ("/ask Léa Martin"), or None: /ask is for
    a place or a topic, so such a question most likely means "ask Léa something"."""
    key = fold(question)
    if not key:
        return None
    return next((c for c in await repo.contacts(user_id) if fold(c.name) == key), None)


def people_of(contacts: Sequence[Contact], history: Sequence[Interaction]) -> list[Person]:
    """Each contact's fields and latest NOTES_READ notes, as the ranking reads them."""
    notes: defaultdict[str, list[str]] = defaultdict(list)
    for interaction in sorted(history, key=lambda interaction: interaction.at, reverse=True):
        kept = notes[interaction.contact_id]
        if interaction.note and len(kept) < NOTES_READ:
            kept.append(interaction.note)
    return [
        Person(
            contact.contact_id,
            city=contact.city or "",
            place=contact.place,
            country_code=contact.country_code or "",
            timezone=contact.timezone or "",
            work=contact.work,
            interests=contact.interests,
            tags=contact.tags,
            met=contact.met,
            notes=tuple(notes[contact.contact_id]),
        )
        for contact in contacts
    ]
