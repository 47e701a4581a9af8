"""/ask <topic or place>: who in the network can help, why, and a message ready to send them."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons
from bot.handlers.favors import open_favor
from bot.handlers.pick import button_contact
from bot.views.render import clip, day_words
from core.asking import (
    MAX_QUESTION,
    Match,
    Person,
    Reason,
    Spot,
    Term,
    draft_kind,
    rank,
    read_question,
)
from core.model import Contact
from services.repository import UnknownContactError

NOTES_READ = 10  # the latest notes of each contact that a question is matched against
FIELD_LIMIT = 100
NAME_LIMIT = 40
_KEPT_TOPICS = 50  # /ask answers whose 🙋 I asked button still knows its topic


async def ask_command(update: Update, context: Context) -> None:
    """/ask Montréal, /ask data science Berlin: the contacts who can help, best first."""
    text = " ".join(" ".join(context.args or ()).split())
    if len(text) > MAX_QUESTION:
        await context.say("ask-too-long", limit=MAX_QUESTION)
        return
    terms = read_question(text)
    if not terms:
        await context.say("ask-empty")
        return
    repo = context.repo
    contacts = await repo.contacts(context.user.id)
    if not contacts:
        await context.say("pick-no-contacts")
        return
    matches, closest = rank(terms, await _people(context, contacts))
    if not matches:
        await context.say("ask-nobody", query=text)
        return
    await context.say("ask-closest" if closest else "ask-found", count=len(matches), query=text)
    by_id = {contact.contact_id: contact for contact in contacts}
    for match in matches:
        contact = by_id[match.key]
        button = InlineKeyboardButton(
            context.text("button-asked"), callback_data=_asked_data(contact.contact_id, text)
        )
        card = _card(context, contact, match, terms, closest=closest)
        message = await context.send(card, markup=InlineKeyboardMarkup([[button]]))
        _remember(context, message.message_id, text)


async def _people(context: Context, contacts: Sequence[Contact]) -> list[Person]:
    """Each contact's fields and latest notes, as the ranking reads them."""
    notes: defaultdict[str, list[str]] = defaultdict(list)
    history = await context.repo.all_interactions(context.user.id)
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


def _card(
    context: Context, contact: Contact, match: Match, terms: Sequence[Term], *, closest: bool
) -> str:
    """Who, why they match, and the message to send them."""
    lines = [context.text("ask-card-title", name=clip(contact.name, FIELD_LIMIT))]
    lines += [_reason(context, contact, reason) for reason in match.reasons]
    if contact.work and all(reason.kind != "work" for reason in match.reasons):
        lines.append(context.text("ask-reason-work", text=clip(contact.work, FIELD_LIMIT)))
    lines.append(context.text("ask-draft-title"))
    kind, topic, spot = draft_kind(terms)
    lines.append(
        context.text(
            "ask-draft-intro" if closest else "ask-draft",
            kind=kind,
            name=clip(first_name(contact.name), NAME_LIMIT),
            topic=topic,
            place=_place_name(context, spot),
        )
    )
    return "\n".join(lines)


def _reason(context: Context, contact: Contact, reason: Reason) -> str:
    text = reason.text or _country_name(context, contact.country_code or "")
    return context.text(f"ask-reason-{reason.kind}", text=clip(text, FIELD_LIMIT))


def first_name(name: str) -> str:
    """How a message greets someone: the first word of their name."""
    words = name.split()
    return words[0] if words else name


def _country_name(context: Context, code: str) -> str:
    """A country's name in the user's language: "Allemagne", "Germany"."""
    names = Locale.parse(context.language).territories
    return str(names.get(code.upper(), code))


def _place_name(context: Context, spot: Spot | None) -> str:
    """The place as a message writes it; a country with its article where English needs one."""
    if spot is None:
        return ""
    if spot.city:
        return spot.name
    name = _country_name(context, spot.country_code) if spot.country_code else spot.name
    # The catalog escapes its arguments, and the draft will escape this again.
    return html.unescape(context.text("ask-country", code=spot.country_code.upper(), name=name))


def _asked_data(contact_id: str, topic: str) -> str:
    """ "asked:<id>:<topic>" when the topic fits Telegram's 64 bytes, so the button still
    works after a restart; a longer topic waits in memory (see _remember)."""
    with_topic = f"asked:{contact_id}:{topic}"
    return with_topic if len(with_topic.encode()) <= 64 else f"asked:{contact_id}"


def _remember(context: Context, message_id: int, topic: str) -> None:
    kept = context.state.ask_topics
    kept[message_id] = topic
    for old in sorted(kept)[:-_KEPT_TOPICS]:
        del kept[old]


async def asked_button(update: Update, context: Context) -> None:
    """🙋 I asked: log the ask with that contact and open a favour to follow up on."""
    contact = await button_contact(context, "asked")  # the presser's own contact, or an alert
    query = update.callback_query
    if contact is None or query is None:
        return
    remembered = context.state.ask_topics.get(query.message.message_id) if query.message else None
    # The contact was checked against the presser's own above; the topic is their own words.
    carried = (query.data or "").partition(":")[2].partition(":")[2]
    topic = remembered or carried
    if not topic:
        await query.answer(context.text("asked-lost"), show_alert=True)
        return
    try:
        favor = await open_favor(context, contact, topic)
    except UnknownContactError:
        await context.say("log-contact-gone")
        return
    if favor is None:
        await query.answer(context.text("asked-already"))
        return
    await answer_button(update)
    await drop_buttons(update)
    zone_today = context.local_now(context.zone_of(context.profile)).date()
    await context.say(
        "asked-done",
        name=clip(contact.name, FIELD_LIMIT),
        topic=topic,
        date=day_words(context, favor.follow_up_on, zone_today),
    )
