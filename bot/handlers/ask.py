"""/ask <topic or place>: who in the network can help, why, and a message ready to send them."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context
from bot.handlers.common import Turn, answer_button, drop_buttons
from bot.handlers.favors import open_favor
from bot.handlers.pick import button_contact
from bot.render import clip, day_words
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
from storage import UnknownContactError

NOTES_READ = 10  # the latest notes of each contact that a question is matched against
FIELD_LIMIT = 100
NAME_LIMIT = 40
_KEPT_TOPICS = 50  # /ask answers whose 🙋 I asked button still knows its topic


async def ask_command(update: Update, context: Context) -> None:
    """/ask Montréal, /ask data science Berlin: the contacts who can help, best first."""
    turn = Turn.of(update, context)
    text = " ".join(" ".join(context.args or ()).split())
    if len(text) > MAX_QUESTION:
        await turn.say("ask-too-long", limit=MAX_QUESTION)
        return
    terms = read_question(text)
    if not terms:
        await turn.say("ask-empty")
        return
    store = turn.services.store
    contacts = store.contacts(turn.user.id)
    if not contacts:
        await turn.say("pick-no-contacts")
        return
    matches, closest = rank(terms, _people(turn, contacts))
    if not matches:
        await turn.say("ask-nobody", query=text)
        return
    await turn.say("ask-closest" if closest else "ask-found", count=len(matches), query=text)
    by_id = {contact.contact_id: contact for contact in contacts}
    for match in matches:
        contact = by_id[match.key]
        button = InlineKeyboardButton(
            turn.text("button-asked"), callback_data=_asked_data(contact.contact_id, text)
        )
        card = _card(turn, contact, match, terms, closest=closest)
        message = await turn.send(card, markup=InlineKeyboardMarkup([[button]]))
        _remember(turn, message.message_id, text)


def _people(turn: Turn, contacts: Sequence[Contact]) -> list[Person]:
    """Each contact's fields and latest notes, as the ranking reads them."""
    notes: defaultdict[str, list[str]] = defaultdict(list)
    history = turn.services.store.all_interactions(turn.user.id)
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
    turn: Turn, contact: Contact, match: Match, terms: Sequence[Term], *, closest: bool
) -> str:
    """Who, why they match, and the message to send them."""
    lines = [turn.text("ask-card-title", name=clip(contact.name, FIELD_LIMIT))]
    lines += [_reason(turn, contact, reason) for reason in match.reasons]
    if contact.work and all(reason.kind != "work" for reason in match.reasons):
        lines.append(turn.text("ask-reason-work", text=clip(contact.work, FIELD_LIMIT)))
    lines.append(turn.text("ask-draft-title"))
    kind, topic, spot = draft_kind(terms)
    lines.append(
        turn.text(
            "ask-draft-intro" if closest else "ask-draft",
            kind=kind,
            name=clip(first_name(contact.name), NAME_LIMIT),
            topic=topic,
            place=_place_name(turn, spot),
        )
    )
    return "\n".join(lines)


def _reason(turn: Turn, contact: Contact, reason: Reason) -> str:
    text = reason.text or _country_name(turn, contact.country_code or "")
    return turn.text(f"ask-reason-{reason.kind}", text=clip(text, FIELD_LIMIT))


def first_name(name: str) -> str:
    """How a message greets someone: the first word of their name."""
    words = name.split()
    return words[0] if words else name


def _country_name(turn: Turn, code: str) -> str:
    """A country's name in the user's language: "Allemagne", "Germany"."""
    names = Locale.parse(turn.language).territories
    return str(names.get(code.upper(), code))


def _place_name(turn: Turn, spot: Spot | None) -> str:
    """The place as a message writes it; a country with its article where English needs one."""
    if spot is None:
        return ""
    if spot.city:
        return spot.name
    name = _country_name(turn, spot.country_code) if spot.country_code else spot.name
    # The catalog escapes its arguments, and the draft will escape this again.
    return html.unescape(turn.text("ask-country", code=spot.country_code.upper(), name=name))


def _asked_data(contact_id: str, topic: str) -> str:
    """ "asked:<id>:<topic>" when the topic fits Telegram's 64 bytes, so the button still
    works after a restart; a longer topic waits in memory (see _remember)."""
    with_topic = f"asked:{contact_id}:{topic}"
    return with_topic if len(with_topic.encode()) <= 64 else f"asked:{contact_id}"


def _remember(turn: Turn, message_id: int, topic: str) -> None:
    kept = turn.state.ask_topics
    kept[message_id] = topic
    for old in sorted(kept)[:-_KEPT_TOPICS]:
        del kept[old]


async def asked_button(update: Update, context: Context) -> None:
    """🙋 I asked: log the ask with that contact and open a favour to follow up on."""
    turn = Turn.of(update, context)
    contact = await button_contact(turn, "asked")  # the presser's own contact, or an alert
    query = update.callback_query
    if contact is None or query is None:
        return
    remembered = turn.state.ask_topics.get(query.message.message_id) if query.message else None
    # The contact was checked against the presser's own above; the topic is their own words.
    carried = (query.data or "").partition(":")[2].partition(":")[2]
    topic = remembered or carried
    if not topic:
        await query.answer(turn.text("asked-lost"), show_alert=True)
        return
    try:
        favor = open_favor(turn, contact, topic)
    except UnknownContactError:
        await turn.say("log-contact-gone")
        return
    if favor is None:
        await query.answer(turn.text("asked-already"))
        return
    await answer_button(update)
    await drop_buttons(update)
    zone_today = turn.local_now(turn.zone_of(turn.profile)).date()
    await turn.say(
        "asked-done",
        name=clip(contact.name, FIELD_LIMIT),
        topic=topic,
        date=day_words(turn, favor.follow_up_on, zone_today),
    )
