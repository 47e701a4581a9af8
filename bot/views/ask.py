"""/ask's answer: each helper's card (who, why, a message ready to send) and its 🙋 button."""

from __future__ import annotations

import html

from babel import Locale
from telegram import InlineKeyboardMarkup

from bot.callbacks import ask_again, asked, button
from bot.views.render import Speaker, clip
from core.ask_purpose import Draft, Reading, guess_place, offered
from core.asking import Reason, Spot
from core.place_names import place_name
from services.asking import Helper

FIELD_LIMIT = 100
NAME_LIMIT = 40
_WHERE = frozenset({"city", "country", "near", "region"})  # reasons that say where they live
_HOME = frozenset({"city", "country"})  # reasons that say they live in the very place asked about


def helper_card(speaker: Speaker, helper: Helper, draft: Draft, *, closest: bool) -> str:
    """Who, why they match, and the message to send them."""
    contact, match = helper.contact, helper.match
    lines = [speaker.text("ask-card-title", name=clip(contact.name, FIELD_LIMIT))]
    lines += [_reason(speaker, helper, reason) for reason in match.reasons]
    if contact.work and all(reason.kind != "work" for reason in match.reasons):
        lines.append(speaker.text("ask-reason-work", text=clip(contact.work, FIELD_LIMIT)))
    lines.append(speaker.text("ask-draft-title"))
    if draft.kind == "housing":
        lines.append(_housing_draft(speaker, contact.name, draft, closest=closest))
        return "\n".join(lines)
    lines.append(
        speaker.text(
            "ask-draft-intro" if closest else "ask-draft",
            kind=draft.kind,
            name=clip(first_name(contact.name), NAME_LIMIT),
            topic=draft.topic,
            place=_place_name(speaker, draft.spot),
            where="place" if draft.spot is not None else "none",
            home="yes" if any(reason.kind in _HOME for reason in match.reasons) else "no",
            lead=draft.lead,
            sound=draft.sound,
            company=f" {draft.company}" if draft.company else "",
            firm="yes" if draft.company or draft.sound == "at" else "no",  # "there", no "field"
        )
    )
    return "\n".join(lines)


def purpose_keyboard(
    speaker: Speaker, reading: Reading, question: str
) -> InlineKeyboardMarkup | None:
    """When the purpose was a guess: the place a typo may mean, and the other purposes."""
    row = []
    guess = guess_place(reading)
    if guess is not None:
        typed, city = guess
        fixed = " ".join(city if word == typed else word for word in question.split())
        label = html.unescape(speaker.text("button-ask-place", place=city))
        row.append(button(label, ask_again("same", fixed)))
    if reading.purpose is None:
        for purpose in offered(reading):
            row.append(button(speaker.text(f"button-ask-{purpose}"), ask_again(purpose, question)))
    return InlineKeyboardMarkup([row]) if row else None


def asked_keyboard(speaker: Speaker, contact_id: str, topic: str) -> InlineKeyboardMarkup:
    """🙋 I asked: the topic rides in the button when it fits (see callbacks.asked)."""
    return InlineKeyboardMarkup([[button(speaker.text("button-asked"), asked(contact_id, topic))]])


def _reason(speaker: Speaker, helper: Helper, reason: Reason) -> str:
    text = reason.text or _country_name(speaker, helper.contact.country_code or "")
    if reason.kind in _WHERE:  # where they live, in the reader's language: "Hambourg, Allemagne"
        text = place_name(helper.contact, speaker.language) or text
    return speaker.text(f"ask-reason-{reason.kind}", text=clip(text, FIELD_LIMIT))


def first_name(name: str) -> str:
    """How a message greets someone: the first word of their name."""
    words = name.split()
    return words[0] if words else name


def _country_name(speaker: Speaker, code: str) -> str:
    """A country's name in the reader's language: "Allemagne", "Germany"."""
    names = Locale.parse(speaker.language).territories
    return str(names.get(code.upper(), code))


def _housing_draft(speaker: Speaker, name: str, draft: Draft, *, closest: bool) -> str:
    """A place to live sought, said as such ("un logement à Montréal", "une coloc, côté
    Canada": a country without the article French would need), never quoted."""
    return speaker.text(
        "ask-draft-housing-intro" if closest else "ask-draft-housing",
        name=clip(first_name(name), NAME_LIMIT),
        home=draft.home,
        place=_place_name(speaker, draft.spot),
        where="none" if draft.spot is None else "city" if draft.spot.city else "country",
    )


def _place_name(speaker: Speaker, spot: Spot | None) -> str:
    """The place as a message writes it; a country with its article where English needs one."""
    if spot is None:
        return ""
    if spot.city:
        return spot.name
    name = _country_name(speaker, spot.country_code) if spot.country_code else spot.name
    # The catalog escapes its arguments, and the draft will escape this again.
    return html.unescape(speaker.text("ask-country", code=spot.country_code.upper(), name=name))
