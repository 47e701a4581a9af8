"""Contacts as vCard 3.0, the version Android's stock Contacts app imports (4.0 it often refuses).

One card per contact: the name, phones, e-mails, links, the birthday (`--MM-DD` without a
year, as Android writes it), the work as TITLE, tags as CATEGORIES, and how you met in NOTE.
"""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from core.model import Birthday, Contact
from core.place_names import city_name, country_name, place_name

_CRLF = "\r\n"


def birthday_text(birthday: Birthday) -> str:
    """A vCard BDAY value: `1994-03-14`, or `--03-14` when the year is unknown."""
    if birthday.year is None:
        return f"--{birthday.month:02d}-{birthday.day:02d}"
    return f"{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}"


def _name_parts(name: str) -> vobject.vcard.Name:
    given, _, family = name.strip().partition(" ")
    return vobject.vcard.Name(family=family.strip(), given=given)


def _address(contact: Contact, language: str) -> vobject.vcard.Address:
    """The city and the country apart, in `language`; a place never resolved is the city."""
    if not contact.country_code:
        return vobject.vcard.Address(city=place_name(contact, language))
    country = country_name(contact.country_code, language)
    return vobject.vcard.Address(city=city_name(contact, language), country=country)


def _card(contact: Contact, language: str) -> str:
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("fn").value = contact.name
    card.add("n").value = _name_parts(contact.name)
    for channel in contact.channels:
        if channel.kind == "phone":
            line = card.add("tel")
            line.value = channel.value
            line.type_param = "CELL"
        elif channel.kind == "email":
            line = card.add("email")
            line.value = channel.value
            line.type_param = "INTERNET"
        elif channel.kind in ("linkedin", "url"):
            card.add("url").value = channel.value
        elif channel.kind == "telegram":
            card.add("x-telegram").value = channel.value
    if contact.birthday is not None:
        card.add("bday").value = birthday_text(contact.birthday)
    if contact.work:
        card.add("title").value = contact.work
    if contact.place:
        card.add("adr").value = _address(contact, language)
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    note = "\n".join(part for part in (contact.met, ", ".join(contact.interests)) if part)
    if note:
        card.add("note").value = note
    return str(card.serialize())


def write_cards(contacts: Iterable[Contact], language: str = "en") -> bytes:
    """Every contact as one vCard 3.0 file, UTF-8, CRLF line ends, places in `language`."""
    return "".join(_card(contact, language) for contact in contacts).encode()
