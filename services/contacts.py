"""Contacts: adding, finding by name, listing, pausing, snoozing, tagging, deleting, logging."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from core.agenda import (
    Entry,
    ListFilter,
    TagRhythms,
    agenda,
    group_rhythm,
    next_due,
    normalize_tag,
    parse_filter,
    select,
)
from core.fields import new_contact_id
from core.matching import could_be, match_name, suggest_similar, typed_start
from core.model import Contact, Interaction, Nudge
from core.namesakes import Detail, namesake_details
from core.places import PlaceLookup, find_place
from core.rules.cadence import Cadence
from core.rules.stay import Stay
from core.text import fold
from services.repository import MAX_CONTACTS_PER_USER, Repository, UnknownContactError


async def new_draft(repo: Repository, user_id: int, now: datetime) -> Contact | None:
    """A new empty contact with a fresh id, or None when the user has the most they can."""
    contacts = await repo.contacts(user_id)
    if len(contacts) >= MAX_CONTACTS_PER_USER:
        return None
    taken = {contact.contact_id for contact in contacts}
    return Contact(new_contact_id(taken), "", now)


async def add(repo: Repository, user_id: int, contact: Contact) -> None:
    """Store a new contact (TooManyContactsError when the user already has the most they can)."""
    await repo.add_contacts(user_id, [contact])


async def update(repo: Repository, user_id: int, contact: Contact) -> None:
    """Store a changed contact in place of the old one (UnknownContactError if it is gone)."""
    await repo.save_contact(user_id, contact)


async def namesakes(repo: Repository, user_id: int, draft: Contact) -> list[Contact]:
    """The other contacts with the same name (case and accents aside), oldest first."""
    key = fold(draft.name)
    return [
        contact
        for contact in await repo.contacts(user_id)
        if contact.contact_id != draft.contact_id and fold(contact.name) == key
    ]


# -- one contact --------------------------------------------------------------------------------


async def owned(repo: Repository, user_id: int, contact_id: str) -> Contact | None:
    """This user's contact with that id, or None (an id from a forged button finds nothing)."""
    return await repo.get_contact(user_id, contact_id)


@dataclass(frozen=True)
class Card:
    """What a contact's card shows: the contact, its exchanges and its next due day."""

    contact: Contact
    history: tuple[Interaction, ...]  # exchanges and notes, oldest first
    due: date | None  # None while paused
    reminders: tuple[Nudge, ...] = ()  # dated reminders still to come, earliest first
    group: tuple[str, Cadence] | None = None  # the tag whose rhythm they follow, and it


async def card(
    repo: Repository,
    user_id: int,
    contact: Contact,
    zone: ZoneInfo,
    stay: Stay | None,
    *,
    rhythms: TagRhythms = (),
) -> Card:
    """A contact's card, read now (`rhythms`: the user's tags' rhythms)."""
    history = await repo.interactions(user_id, contact.contact_id)
    planned = [n for n in await repo.reminders(user_id) if n.contact_id == contact.contact_id]
    due = next_due(contact, zone, stay, rhythms)
    return Card(contact, tuple(history), due, tuple(planned), group_rhythm(contact, rhythms))


async def delete(repo: Repository, user_id: int, contact_id: str) -> Contact | None:
    """Delete a contact and its history; the contact deleted, or None if it was already gone."""
    contact = await repo.get_contact(user_id, contact_id)
    if contact is None:
        return None
    try:
        await repo.delete_contact(user_id, contact_id)
    except UnknownContactError:  # deleted meanwhile, by a second press
        return None
    return contact


@dataclass(frozen=True)
class Paused:
    """A pause or resume: the contact now, whether it changed, and when it is next due."""

    contact: Contact
    changed: bool
    due: date  # today when paused or already due


async def set_paused(
    repo: Repository,
    user_id: int,
    contact: Contact,
    paused: bool,
    *,
    zone: ZoneInfo,
    stay: Stay | None,
    today: date,
    rhythms: TagRhythms = (),
) -> Paused:
    """Pause or resume the reminders about a contact (nothing is written if already so)."""
    changed = contact.paused != paused
    if changed:
        contact = replace(contact, paused=paused)
        await repo.save_contact(user_id, contact)
    return Paused(contact, changed, next_due(contact, zone, stay, rhythms) or today)


SnoozeSpec = Literal["1w", "2w", "1m", "0"]  # "0" ends a snooze
SNOOZES: tuple[SnoozeSpec, ...] = ("1w", "2w", "1m")


async def snooze(
    repo: Repository, user_id: int, contact: Contact, spec: SnoozeSpec, today: date
) -> Contact:
    """No reminder before `spec` ("1w", "2w", "1m") from today; "0" ends the snooze."""
    if spec not in (*SNOOZES, "0"):
        raise ValueError(f"no snooze of {spec!r}")
    until = Cadence.from_spec(spec).after(today) if spec != "0" else None
    contact = replace(contact, snoozed_until=until)
    await repo.save_contact(user_id, contact)
    return contact


# -- tags ---------------------------------------------------------------------------------------

MAX_TAGS = 20
_SEPARATORS = re.compile(r"[\s,;]+")
TagProblem = Literal["", "usage", "invalid", "too-many"]


@dataclass(frozen=True)
class Retagged:
    """What /tag or /untag did: the contact now, or why nothing changed."""

    contact: Contact
    problem: TagProblem = ""  # "usage": no tags typed; "invalid": see rejected
    rejected: tuple[str, ...] = ()  # words that are no tag, as typed
    removed: tuple[str, ...] = ()  # /untag: tags taken off
    missing: tuple[str, ...] = ()  # /untag: tags the contact did not have


def _read_tags(text: str) -> tuple[list[str], list[str]]:
    """The tags in "#Airbus berlin, hamburg", and the words that are not tags."""
    words = [word for word in _SEPARATORS.split(text) if word]
    tags = [normalize_tag(word) for word in words]
    rejected = [word for word, tag in zip(words, tags, strict=True) if tag is None]
    return list(dict.fromkeys(tag for tag in tags if tag)), rejected


async def tag(repo: Repository, user_id: int, contact: Contact, text: str) -> Retagged:
    """Add the tags typed in `text` to a contact."""
    wanted, rejected = _read_tags(text)
    if rejected:
        return Retagged(contact, "invalid", tuple(rejected))
    if not wanted:
        return Retagged(contact, "usage")
    kept = tuple(dict.fromkeys((*contact.tags, *wanted)))
    if len(kept) > MAX_TAGS:
        return Retagged(contact, "too-many")
    contact = replace(contact, tags=kept)
    await repo.save_contact(user_id, contact)
    return Retagged(contact)


async def untag(repo: Repository, user_id: int, contact: Contact, text: str) -> Retagged:
    """Take the tags typed in `text` off a contact; the others are reported missing."""
    wanted, rejected = _read_tags(text)
    if rejected:
        return Retagged(contact, "invalid", tuple(rejected))
    if not wanted:
        return Retagged(contact, "usage")
    removed = tuple(t for t in wanted if t in contact.tags)
    missing = tuple(t for t in wanted if t not in contact.tags)
    if removed:
        contact = replace(contact, tags=tuple(t for t in contact.tags if t not in removed))
        await repo.save_contact(user_id, contact)
    return Retagged(contact, removed=removed, missing=missing)


# -- finding a contact by a typed name ----------------------------------------------------------

SUGGESTIONS = 3


@dataclass(frozen=True)
class Lookup:
    """Who a typed name means: one contact, several to choose from, or suggestions."""

    typed: str  # the words taken as the name
    contact: Contact | None = None  # the one meant, when that is clear
    candidates: tuple[Contact, ...] = ()  # close names to choose from
    similar: tuple[Contact, ...] = ()  # with no candidate: names that look a little alike
    anyone: bool = True  # False when the user has no contact at all
    rest: str = ""  # the words typed after the name
    rest_known: bool = True  # False when where the name ends is only a guess


def _people(contacts: Sequence[Contact]) -> list[tuple[str, str]]:
    return [(contact.contact_id, contact.name) for contact in contacts]


def _suggestions(query: str, contacts: Sequence[Contact]) -> tuple[Contact, ...]:
    by_id = {contact.contact_id: contact for contact in contacts}
    return tuple(by_id[i] for i in suggest_similar(query, _people(contacts), SUGGESTIONS))


async def most_due(
    repo: Repository,
    user_id: int,
    *,
    zone: ZoneInfo,
    stay: Stay | None,
    rhythms: TagRhythms = (),
    limit: int,
) -> list[Contact]:
    """The `limit` contacts most due (the longest overdue first, paused ones last): whom a
    command typed without a name offers as buttons."""
    entries = agenda(await repo.contacts(user_id), zone, stay, rhythms)
    return [entry.contact for entry in entries[:limit]]


async def find_by_name(repo: Repository, user_id: int, query: str) -> Lookup:
    """The contact a whole typed name means, or the ones it might mean."""
    contacts = await repo.contacts(user_id)
    if not contacts:
        return Lookup(query, anyone=False)
    found = match_name(query, _people(contacts))
    by_id = {contact.contact_id: contact for contact in contacts}
    if found.best is not None:
        return Lookup(query, by_id[found.best], (by_id[found.best],))
    candidates = tuple(by_id[i] for i in found.candidates)
    similar = () if candidates else _suggestions(query, contacts)
    return Lookup(query, candidates=candidates, similar=similar)


async def find_with_rest(repo: Repository, user_id: int, words: Sequence[str]) -> Lookup:
    """Split "Marie Dupont airbus lyon" into a contact and the words after its name.

    The longest run of leading words that names one contact wins. When only several contacts
    fit, they are the candidates and the rest is known; with nobody fitting, where the name
    ends is a guess (the first word), and the rest is only known when there is none.
    """
    words = list(words)
    contacts = await repo.contacts(user_id)
    if not contacts:
        return Lookup(" ".join(words), anyone=False)
    people = _people(contacts)
    by_id = {contact.contact_id: contact for contact in contacts}
    choices: tuple[int, list[Contact]] | None = None
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        found = match_name(prefix, people)
        fitting = [by_id[i] for i in found.candidates if could_be(prefix, by_id[i].name)]
        if found.best is not None and fitting:
            return Lookup(prefix, by_id[found.best], (by_id[found.best],), rest=_after(words, size))
        if choices is None and fitting and typed_start(prefix, [c.name for c in fitting]):
            choices = size, fitting
    if choices is not None:
        size, fitting = choices
        return Lookup(" ".join(words[:size]), candidates=tuple(fitting), rest=_after(words, size))
    typed = " ".join(words[:1])
    return Lookup(
        typed,
        similar=_suggestions(typed, contacts),
        rest=_after(words, 1),
        rest_known=len(words) <= 1,
    )


def _after(words: Sequence[str], size: int) -> str:
    return " ".join(words[size:])


# -- /list --------------------------------------------------------------------------------------

PAGE_SIZE = 10
MAX_FILTER = 100


@dataclass(frozen=True)
class ContactPage:
    """One page of a user's contacts, who is due first, within what the filter keeps."""

    chosen: ListFilter
    typed: str  # the filter as typed
    entries: tuple[Entry, ...] = ()  # this page's contacts
    start: int = 0  # how many come before this page
    page: int = 0
    pages: int = 0
    total: int = 0  # how many the filter keeps, on all pages
    anyone: bool = True  # False when the user has no contact at all
    namesakes: Mapping[str, Detail] = field(default_factory=dict)  # how to tell them apart
    tags: tuple[str, ...] = ()  # for a bare "#": the tags in use
    rhythm: Cadence | None = None  # the rhythm of the tag listed (/rhythm), if it has one


async def list_page(
    repo: Repository,
    user_id: int,
    typed: str,
    page: int,
    *,
    zone: ZoneInfo,
    stay: Stay | None,
    today: date,
    size: int = PAGE_SIZE,
    rhythms: TagRhythms = (),
) -> ContactPage:
    """Page `page` (the last one if past it) of the list `typed` asks for: "", "#tag", "Berlin"."""
    typed = typed[:MAX_FILTER]
    contacts = await repo.contacts(user_id)
    chosen = parse_filter(typed)
    if not contacts:
        return ContactPage(chosen, typed, anyone=False)
    if chosen.kind == "place":
        chosen = place_filter(typed)
    if chosen.kind == "tag" and not chosen.value:  # "/list #": which tag?
        tags = tuple(sorted({t for contact in contacts for t in contact.tags}))
        return ContactPage(chosen, typed, tags=tags)
    entries = select(agenda(contacts, zone, stay, rhythms), chosen, today)
    if not entries:
        return ContactPage(chosen, typed)
    pages = (len(entries) + size - 1) // size
    page = min(max(page, 0), pages - 1)
    start = page * size
    rhythm = _tag_rhythm(chosen, rhythms)
    return ContactPage(
        chosen,
        typed,
        tuple(entries[start : start + size]),
        start,
        page,
        pages,
        len(entries),
        namesakes=namesake_details(contacts),
        rhythm=rhythm,
    )


def _tag_rhythm(chosen: ListFilter, rhythms: TagRhythms) -> Cadence | None:
    """The rhythm of the tag a list shows, if it has one."""
    if chosen.kind != "tag":
        return None
    for tag, spec in rhythms:
        if tag == chosen.value:
            try:
                return Cadence.from_spec(spec)
            except ValueError:
                return None
    return None


def place_filter(typed: str) -> ListFilter:
    """/list's filter for a place: its words, the country they name ("Allemagne", "Canada"),
    and the cities they name by one of their names ("Hambourg" is Hamburg, DE)."""
    text = typed.strip()
    if not text or text.startswith("#"):
        return parse_filter(typed)
    lookup = find_place(text)
    return parse_filter(typed, _country_code(text, lookup), _cities(lookup))


def _cities(lookup: PlaceLookup) -> tuple[tuple[str, str], ...]:
    # Only names the user typed exactly: a typo's guess could be anywhere.
    found = (lookup.best, *lookup.candidates) if lookup.best else lookup.candidates
    named = ((p.city, (p.country_code or "").upper()) for p in found if p.words and p.city)
    return tuple(dict.fromkeys(named))


def _country_code(text: str, lookup: PlaceLookup) -> str | None:
    if lookup.best is not None:
        # A country, not a city, comes back without a city of its own.
        return lookup.best.country_code if lookup.best.city is None else None
    codes = {place.country_code for place in lookup.candidates}
    cities = {fold(place.city or "") for place in lookup.candidates}
    # Countries with several clocks (Canada) come back as a choice of their cities.
    if len(lookup.candidates) > 1 and len(codes) == 1 and fold(text) not in cities:
        return codes.pop()
    return None
