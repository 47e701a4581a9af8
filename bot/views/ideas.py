"""A conversation idea for a contact, as the user reads it: records in, one line out."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, tzinfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import IdeaButton, button, fits
from bot.i18n import FluentArg, Html
from bot.views.render import Speaker, clip
from core.ideas.choice import Facts, pick_idea
from core.ideas.holiday_calendar import NAMED
from core.model import BOOKKEEPING, Contact, Interaction
from core.place_names import city_name
from core.rules.birthdays import is_birthday

HOLIDAY_KEYS = frozenset(NAMED.values())

# How much of each text an idea quotes, so that every idea stays a short line.
ARG_LIMITS = {
    "first_name": 30,
    "interest": 40,
    "work": 50,
    "city": 40,
    "note": 60,
    "met": 60,
    "holiday": 50,
}


def facts_of(
    contact: Contact, last: Interaction | None, *, today: date, zone: tzinfo | None = None
) -> Facts:
    """What the idea engine knows of a contact; dates are taken in `zone` when given.

    Nothing records the day you met, so anniversaries count from the day the contact was
    added, or from the last conversation if it was logged as earlier than that.
    """

    def day(moment: datetime) -> date:
        return moment.astimezone(zone).date() if zone is not None else moment.date()

    met_on = day(contact.created_at)
    if last is not None:
        met_on = min(met_on, day(last.at))
    birthday = contact.birthday
    return Facts(
        first_name=next(iter(contact.name.split()), ""),
        interests=contact.interests,
        work=contact.work,
        city=contact.city,
        country_code=contact.country_code,
        met=contact.met,
        met_on=met_on,
        # An ask's or a thanks' words are about the favour, not a conversation to pick up.
        last_note=last.note if last is not None and last.kind not in BOOKKEEPING else "",
        last_contact=day(contact.last_contact_at) if contact.last_contact_at else None,
        birthday_today=birthday is not None and is_birthday(birthday.day, birthday.month, today),
    )


def idea_for(
    speaker: Speaker,
    contact: Contact,
    last: Interaction | None,
    *,
    today: date,
    rng: random.Random,
    avoid: str | None = None,
    zone: tzinfo | None = None,
) -> tuple[str, str]:
    """(idea key, text) of one idea for the contact, never `avoid` if another one fits.

    `last` is the last conversation logged with them; `today` is the user's date. Keep the key
    to pass it as `avoid` when the user asks for another idea.
    """
    facts = facts_of(contact, last, today=today, zone=zone)
    facts = replace(facts, city=city_name(contact, speaker.language) or None)  # "à Hambourg"
    idea = pick_idea(facts, today, speaker.language, rng, avoid=avoid)
    args: dict[str, FluentArg] = {
        name: clip(value, ARG_LIMITS.get(name, 50)) if isinstance(value, str) else value
        for name, value in idea.args.items()
    }
    if "holiday" in args:
        args["holiday"] = holiday_name(speaker, str(idea.args["holiday"]))
    return idea.key, speaker.text(idea.key, **args)


def holiday_name(speaker: Speaker, holiday: str) -> FluentArg:
    """A holiday (a key of NAMED, or the library's name) as the subject of a sentence: the
    catalog's name with its article ("l'Action de grâce"), else the library's English name for
    an English reader, else "un jour férié"."""
    if holiday in HOLIDAY_KEYS:
        return Html(speaker.text(f"holiday-{holiday}"))
    if speaker.language == "en":
        return clip(holiday, ARG_LIMITS["holiday"])
    return Html(speaker.text("holiday-unnamed"))


def idea_message(
    speaker: Speaker, contact: Contact, key: str, line: str
) -> tuple[str, InlineKeyboardMarkup]:
    """/idea's answer: for whom, the idea's line, and 🎲 for another one.

    The idea's key rides in the button, so that the next idea is a different one.
    """
    text = f"{speaker.text('idea-for', name=contact.name)}\n{line}"
    carried = IdeaButton(contact.contact_id, key)
    payload = carried if fits(carried) else IdeaButton(contact.contact_id)
    return text, InlineKeyboardMarkup([[button(speaker.text("button-another-idea"), payload)]])
