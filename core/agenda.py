"""Who is due when: the order /list shows and the filters it takes (no Telegram, no I/O)."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from operator import is_, itemgetter
from typing import Literal
from zoneinfo import ZoneInfo

from core.model import DEFAULT_CADENCE, Contact, UserProfile
from core.rules.cadence import Cadence
from core.rules.due import due_date, local_date
from core.rules.stay import Stay, welcome_back_due
from core.text import fold

FilterKind = Literal["all", "due", "tag", "place"]

MAX_TAG_LENGTH = 30
# What "/list overdue" may be typed as, folded; "due" also lists those due today.
_DUE_WORDS = frozenset({"overdue", "due", "late", "en retard", "retard", "a contacter"})
_WORD = re.compile(r"\w+")


# A user's groups' rhythms, (tag, cadence spec), as the profile keeps them (/rhythm).
TagRhythms = tuple[tuple[str, str], ...]


def has_own_cadence(contact: Contact) -> bool:
    """Whether the contact's rhythm was chosen for them, so a tag's rhythm leaves it alone.

    Records from before the choice was recorded say so by a rhythm other than the default.
    """
    if contact.own_cadence is not None:
        return contact.own_cadence
    return contact.cadence != DEFAULT_CADENCE


def group_rhythm(contact: Contact, rhythms: TagRhythms) -> tuple[str, Cadence] | None:
    """The tag whose rhythm applies to the contact and that rhythm; None if they have their
    own, or none of their tags has one. Of several, the most frequent wins: a group that
    wants news every two weeks is not kept waiting by another's quarterly pace."""
    if not rhythms or not contact.tags or has_own_cadence(contact):
        return None
    found: list[tuple[int, str, Cadence]] = []
    for tag, spec in rhythms:
        if tag in contact.tags:
            try:
                cadence = Cadence.from_spec(spec)
            except ValueError:
                continue
            found.append((cadence.approx_days, tag, cadence))
    if not found:
        return None
    _, tag, cadence = min(found, key=itemgetter(0, 1))
    return tag, cadence


def cadence_of(contact: Contact, rhythms: TagRhythms = ()) -> Cadence:
    """The contact's rhythm: their own, else their group's (`rhythms`), else the default; a
    stored value this version cannot read counts as the default."""
    group = group_rhythm(contact, rhythms)
    if group is not None:
        return group[1]
    try:
        return Cadence.from_spec(contact.cadence)
    except ValueError:
        return Cadence.from_spec(DEFAULT_CADENCE)


def stay_of(profile: UserProfile | None) -> Stay | None:
    """The user's stay abroad, when they told /leaving about one."""
    if profile is None or profile.leaving_on is None or profile.stay_started is None:
        return None
    return Stay(
        profile.stay_started,
        profile.leaving_on,
        taper=profile.taper,
        welcome_from=profile.welcome_from,
    )


def rhythms_of(profile: UserProfile | None) -> TagRhythms:
    """The user's tags' rhythms (none before they have a profile)."""
    return profile.tag_rhythms if profile is not None else ()


def next_due(
    contact: Contact, zone: ZoneInfo, stay: Stay | None, rhythms: TagRhythms = ()
) -> date | None:
    """The day the user should next be in touch, in their own calendar; None while paused.

    After a stay abroad, the welcome-back plan brings those met during it forward; `rhythms`
    are the user's tags' rhythms (/rhythm), for those without a rhythm of their own.
    """
    last = contact.last_contact_at
    added = local_date(contact.created_at, zone)
    last_day = local_date(last, zone) if last is not None else None
    cadence = cadence_of(contact, rhythms)
    own = due_date(
        added=added,
        last_contact=last_day,
        cadence=cadence,
        snoozed_until=contact.snoozed_until,
        paused=contact.paused,
    )
    if own is None or stay is None or not contact.taper:
        return own
    planned = welcome_back_due(
        own,
        added=added,
        last_contact=last_day,
        contact_id=contact.contact_id,
        stay=stay,
        own=cadence,
        chosen=contact.in_stay,
    )
    snoozed = contact.snoozed_until
    return max(planned, snoozed) if snoozed is not None else planned


@dataclass(frozen=True)
class Entry:
    """A contact and its next due date (None: paused)."""

    contact: Contact
    due: date | None


Key = tuple[bool, date, str]
_Keyed = tuple[Key, Entry]

# The last agendas computed, by (first contact's id, zone, stay): /list pages through one
# user's agenda again and again, and after a write only the changed contacts are recomputed.
# Each is checked against the contacts it was computed from, so a hit is always exact.
AGENDAS_KEPT = 64


@dataclass(frozen=True)
class _Computed:
    contacts: list[Contact]  # as given: their identities are what the next call is checked by
    ordered: list[_Keyed]
    entries: list[Entry]


_recent: OrderedDict[Hashable, _Computed] = OrderedDict()


def agenda(
    contacts: Iterable[Contact], zone: ZoneInfo, stay: Stay | None, rhythms: TagRhythms = ()
) -> list[Entry]:
    """Every contact, the longest overdue first, then the soonest due, paused ones last.

    The same as
    `sorted((Entry(c, next_due(c, zone, stay, rhythms)) for c in contacts), key=order)`,
    remembered: the same contacts again cost a list comparison and a copy.
    """
    given = list(contacts)
    if not given:
        return []
    slot = (given[0].contact_id, zone, stay, rhythms)
    previous = _recent.get(slot)
    if previous is not None and _same(previous.contacts, given):
        _recent.move_to_end(slot)
        return list(previous.entries)
    known: dict[int, _Keyed] = {}
    if previous is not None:  # the entries of contacts unchanged since are kept
        known = {id(item[1].contact): item for item in previous.ordered}
    keyed: list[_Keyed] = []
    for contact in given:
        item = known.get(id(contact))
        if item is None or item[1].contact is not contact:
            entry = Entry(contact, next_due(contact, zone, stay, rhythms))
            item = (order(entry), entry)
        keyed.append(item)
    keyed.sort(key=itemgetter(0))  # stable: ties keep the contacts' order, as sorted() does
    computed = _Computed(given, keyed, [entry for _, entry in keyed])
    _recent[slot] = computed
    _recent.move_to_end(slot)
    while len(_recent) > AGENDAS_KEPT:
        _recent.popitem(last=False)
    return list(computed.entries)


def _same(before: list[Contact], now: list[Contact]) -> bool:
    """Whether `now` holds the very objects `before` holds, in the same order."""
    return len(before) == len(now) and all(map(is_, before, now))


def order(entry: Entry) -> Key:
    """The agenda's sort key: due ones first, the earliest first, then by name; paused last."""
    return (entry.due is None, entry.due or date.max, fold(entry.contact.name))


def normalize_tag(text: str) -> str | None:
    """A tag as stored ("#Airbus" is "airbus"); None unless 1-30 letters, digits, - or _."""
    tag = text.strip().removeprefix("#").lower()
    if not tag or len(tag) > MAX_TAG_LENGTH or not all(c.isalnum() or c in "-_" for c in tag):
        return None
    return tag


@dataclass(frozen=True)
class ListFilter:
    """What /list shows: everyone, who is due, one tag, or one place."""

    kind: FilterKind = "all"
    value: str = ""  # the tag, or the folded place words
    country_code: str | None = None  # set when the place text names a country
    # (the place data's city name, ISO code) for each city the text names by one of its names,
    # in any language: "Hambourg" is ("Hamburg", "DE"), so it finds who was added as Hamburg.
    cities: tuple[tuple[str, str], ...] = ()

    @property
    def place_words(self) -> str:
        """The place as words separated by single spaces, padded for whole-word search."""
        return f" {self.value} "


def parse_filter(
    text: str, country_code: str | None = None, cities: tuple[tuple[str, str], ...] = ()
) -> ListFilter:
    """Read the argument of /list; `country_code` and `cities`: what a place lookup made of it."""
    key = fold(text)
    if not key:
        return ListFilter()
    if key in _DUE_WORDS:
        return ListFilter("due")
    if text.strip().startswith("#"):
        tag = normalize_tag(text)
        # Not a valid tag ("#c++", a bare "#"): kept as typed, without its "#".
        return ListFilter("tag", tag or text.strip().lstrip("#"))
    return ListFilter("place", " ".join(_WORD.findall(key)), country_code, cities)


def select(entries: Iterable[Entry], chosen: ListFilter, today: date) -> list[Entry]:
    """The entries a filter keeps, in their order."""
    if chosen.kind == "all":
        return list(entries)
    if chosen.kind == "due":
        return [entry for entry in entries if entry.due is not None and entry.due <= today]
    if chosen.kind == "tag":
        return [entry for entry in entries if chosen.value in entry.contact.tags]
    return [entry for entry in entries if _lives_in(entry.contact, chosen)]


def _lives_in(contact: Contact, chosen: ListFilter) -> bool:
    code = (contact.country_code or "").upper()
    if code and code in {chosen.value.upper(), (chosen.country_code or "").upper()}:
        return True
    if contact.city and (contact.city, code) in chosen.cities:
        return True
    if not chosen.value:
        return False
    return any(
        chosen.place_words in f" {' '.join(_WORD.findall(fold(text)))} "
        for text in (contact.city or "", contact.place)
        if text
    )
