"""The fields of a contact as /add and /edit ask for them: parsing and validation, no Telegram.

Each field turns what the user typed (or the button they pressed) into a changed Contact, or
into the id of a catalog message saying what was wrong. Nothing here stores anything.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from core.model import DEFAULT_CADENCE, Birthday, Channel, Contact
from core.places import Place, country_of_zone, find_place
from core.reading.channels import parse_channels, too_short_handle
from core.reading.dates import parse_birthday, parse_past_moment
from core.rules.cadence import Cadence, parse_cadence
from core.rules.due import local_date

FieldName = Literal[
    "name", "met", "place", "work", "interests", "channels", "birthday", "cadence", "last",
    "reminder",
]  # fmt: skip
ADD_ORDER: tuple[FieldName, ...] = (
    "name", "met", "place", "work", "interests", "channels", "birthday", "cadence", "last"
)  # fmt: skip
# The birthday reminder is an extra most people never set: /edit offers it, /add does not ask.
EDITABLE: tuple[FieldName, ...] = (*ADD_ORDER, "reminder")
MAX_REMINDER_DAYS = 60
_REMINDER = re.compile(r"(\d{1,3})")

MAX_NAME = 100
MAX_TEXT = 300
MAX_INTEREST = 50
MAX_INTERESTS = 20
# "Last talked" buttons: days ago; "long" means a year, so the contact is due at once.
LAST_TALKED_CHOICES: tuple[str, ...] = ("0", "7", "30", "91", "long")


@dataclass(frozen=True)
class Outcome:
    """What became of an answer: a changed contact, or why it was refused."""

    contact: Contact | None = None
    error: str | None = None  # catalog message id when refused
    notice: str | None = None  # catalog message id to show beside an accepted answer
    places: tuple[Place, ...] = ()  # when a place was ambiguous: the choices
    args: dict[str, str] = field(default_factory=dict)


FOLLOW_GROUP = "group"  # the rhythm question's answer "follow my group's rhythm"


@dataclass(frozen=True)
class Situation:
    """What parsing needs to know: the time, the user's zone and language."""

    now: datetime
    zone: ZoneInfo
    language: str


def new_contact_id(taken: set[str]) -> str:
    """A short random id, unique among the user's contacts, safe in callback data."""
    while (candidate := secrets.token_hex(4)) in taken:
        continue
    return candidate


def clean_text(text: str) -> str:
    """Trim, fold runs of blanks and drop control characters a user never means to store."""
    kept = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    return " ".join(kept.split())


def clean_name(text: str) -> Outcome:
    """Validate a contact name on its own (used by /add's argument and shared cards too)."""
    name = clean_text(text)
    if not name:
        return Outcome(error="field-name-empty")
    if len(name) > MAX_NAME:
        return Outcome(error="field-name-too-long", args={"limit": str(MAX_NAME)})
    return Outcome(contact=None, args={"name": name})


def apply_text(name: FieldName, contact: Contact, text: str, when: Situation) -> Outcome:
    """Apply what the user typed for a field."""
    if name == "name":
        checked = clean_name(text)
        return checked if checked.error else Outcome(replace(contact, name=checked.args["name"]))
    value = clean_text(text)
    if not value:
        return Outcome(error="field-empty")
    if name in ("met", "work", "place") and len(value) > MAX_TEXT:
        return Outcome(error="field-too-long", args={"limit": str(MAX_TEXT)})
    return _READERS[name](contact, value, text, when)


def _met(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    return Outcome(replace(contact, met=value))


def _work(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    return Outcome(replace(contact, work=value))


def _birthday(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    today = local_date(when.now, when.zone)
    parsed = parse_birthday(value, when.language, today=today)
    if parsed is None:
        return Outcome(error="field-birthday-invalid")
    return Outcome(replace(contact, birthday=Birthday(*parsed)))


def _cadence(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    cadence = parse_cadence(value)
    if cadence is None:
        return Outcome(error="field-cadence-invalid")
    # Chosen for them: a tag's rhythm (/rhythm) never overrides it.
    return Outcome(replace(contact, cadence=cadence.spec, own_cadence=True))


def _last(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    moment = parse_past_moment(value, when.now, when.zone, when.language)
    if moment is None:
        return Outcome(error="field-last-invalid")
    return Outcome(replace(contact, last_contact_at=moment))


def apply_choice(name: FieldName, contact: Contact, choice: str, when: Situation) -> Outcome:
    """Apply a button's value for a field; anything unexpected is refused."""
    if name == "cadence" and choice == FOLLOW_GROUP:
        # No rhythm of their own: their tags' (core.agenda.group_rhythm), else the default.
        return Outcome(contact=replace(contact, cadence=DEFAULT_CADENCE, own_cadence=False))
    if name == "cadence":
        try:
            chosen = Cadence.from_spec(choice).spec
            return Outcome(contact=replace(contact, cadence=chosen, own_cadence=True))
        except ValueError:
            return Outcome(error="button-expired")
    if name == "last" and choice in LAST_TALKED_CHOICES:
        days = 365 if choice == "long" else int(choice)
        return Outcome(contact=replace(contact, last_contact_at=when.now - timedelta(days=days)))
    return Outcome(error="button-expired")


def apply_place(contact: Contact, place: Place, language: str) -> Contact:
    """Set where a contact lives from a resolved place typed in `language`.

    A city keeps the user's own words for it ("Hambourg"); other readers get its name from the
    place data, and the country from its code (core.place_names).
    """
    return replace(
        contact,
        place=place.words or place.city or place.label,
        city=place.city,
        country_code=place.country_code,
        timezone=place.timezone,
        place_language=language if place.words else None,
    )


def clear(name: FieldName, contact: Contact) -> Contact:
    """Empty an optional field (the Skip button of /edit)."""
    blank = Contact(contact.contact_id, contact.name, contact.created_at)
    if name == "place":
        return replace(
            contact, place="", city=None, country_code=None, timezone=None, place_language=None
        )
    if name == "last":
        return replace(contact, last_contact_at=None)
    if name == "reminder":
        return replace(contact, birthday_reminder_days=None)
    attribute = {"met": "met", "work": "work", "interests": "interests", "channels": "channels",
                 "birthday": "birthday", "cadence": "cadence"}.get(name)  # fmt: skip
    if attribute is None:
        return contact
    return replace(contact, **{attribute: getattr(blank, attribute)})


def _place(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    lookup = find_place(value)
    if (settled := lookup.settled) is not None:
        return Outcome(contact=apply_place(contact, settled, when.language))
    kept_as_text = replace(
        contact, place=value, city=None, country_code=None, timezone=None, place_language=None
    )
    if lookup.candidates:
        return Outcome(contact=kept_as_text, places=lookup.candidates)
    return Outcome(contact=kept_as_text, notice="field-place-no-timezone", args={"place": value})


def _interests(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    items = [clean_text(item) for item in typed.replace(";", ",").replace("\n", ",").split(",")]
    interests = tuple(dict.fromkeys(item for item in items if item))
    if not interests:
        return Outcome(error="field-empty")
    if len(interests) > MAX_INTERESTS or any(len(item) > MAX_INTEREST for item in interests):
        return Outcome(
            error="field-interests-too-many",
            args={"count": str(MAX_INTERESTS), "limit": str(MAX_INTEREST)},
        )
    return Outcome(contact=replace(contact, interests=interests))


def _channels(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    """New ways to reach them join those already known (a shared card's phone stays)."""
    regions = (contact.country_code, country_of_zone(when.zone.key))
    valid, rejected = parse_channels(typed, regions)
    if rejected:
        shown = ", ".join(clean_text(piece)[:60] for piece in rejected[:5])
        short = next((piece for piece in rejected if too_short_handle(piece)), None)
        if short is not None:  # say why, or "@sam" looks fine to whoever typed it
            args = {"rejected": shown, "handle": short.strip()}
            return Outcome(error="field-channels-short-handle", args=args)
        return Outcome(error="field-channels-invalid", args={"rejected": shown})
    if not valid:
        return Outcome(error="field-empty")
    known = {(c.kind, c.value.casefold()) for c in contact.channels}
    added = [Channel(item.kind, item.value) for item in valid]
    added = [c for c in added if (c.kind, c.value.casefold()) not in known]
    return Outcome(contact=replace(contact, channels=(*contact.channels, *added)))


def _reminder(contact: Contact, value: str, typed: str, when: Situation) -> Outcome:
    """ "3", "3 days", "3 jours before": how many days ahead to remind of the birthday."""
    found = _REMINDER.search(value)
    days = int(found[1]) if found else None
    if days is None or days > MAX_REMINDER_DAYS:
        return Outcome(error="field-reminder-invalid", args={"limit": str(MAX_REMINDER_DAYS)})
    return Outcome(replace(contact, birthday_reminder_days=days))


_READERS: dict[FieldName, Callable[[Contact, str, str, Situation], Outcome]] = {
    "met": _met,
    "place": _place,
    "work": _work,
    "interests": _interests,
    "channels": _channels,
    "birthday": _birthday,
    "cadence": _cadence,
    "last": _last,
    "reminder": _reminder,
}
