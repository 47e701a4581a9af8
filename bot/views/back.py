"""The messages of /leaving told once already back: which day, who belongs to the stay, the
preview of those people, and the plan set."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import BackAgain, BackDay, BackOk, BackWho, StayWay, button, fits
from bot.views.names import names_words
from bot.views.render import Speaker, ago_words, day_words
from core.model import Contact
from core.stay_people import CUT, chosen, met_words, tags_offered

NAMES_SHOWN = 12


def when_keyboard(speaker: Speaker, past: date, ahead: date, today: date) -> InlineKeyboardMarkup:
    """A day-month that could be either: the recent past, or next year's."""
    return InlineKeyboardMarkup(
        [
            [button(speaker.text("button-back-past", date=day_words(speaker, past, today)),
                    BackDay(past.toordinal()))],
            [button(speaker.text("button-back-ahead", date=day_words(speaker, ahead, today)),
                    BackDay(ahead.toordinal()))],
        ]
    )  # fmt: skip


def who_text(speaker: Speaker, leaving: date, today: date) -> str:
    """Welcome back, and the question: who belongs to the stay?"""
    when = ago_words(speaker, leaving, today)
    return speaker.text("back-who", date=day_words(speaker, leaving, today), when=when)


def who_keyboard(
    speaker: Speaker, leaving: date, contacts: Sequence[Contact], *, today: date, zone: ZoneInfo
) -> InlineKeyboardMarkup:
    """Everyone, those added before the return (when some were, not all), the most used tags,
    the words most "how we met" share."""
    day = leaving.toordinal()
    rows = [[button(speaker.text("button-back-all", count=len(contacts)), BackWho(day, "all"))]]
    before = len(chosen(contacts, "before", "", leaving=leaving, zone=zone))
    if 0 < before < len(contacts):
        when = day_words(speaker, leaving + timedelta(days=1), today)
        label = speaker.text("button-back-before", date=when, count=before)
        rows.append([button(label, BackWho(day, "before"))])
    for tag, count in tags_offered(contacts):
        label = speaker.text("button-back-tag", tag=tag, count=count)
        rows.append([button(label, _carried(BackWho(day, "tag", tag)))])
    for word, count in met_words(contacts):
        payload = BackWho(day, "met", word)
        if fits(payload):
            label = speaker.text("button-back-met", word=word.capitalize(), count=count)
            rows.append([button(label, payload)])
    return InlineKeyboardMarkup(rows)


def preview_text(speaker: Speaker, people: Sequence[Contact]) -> str:
    """Who the choice keeps: their names (the first dozen) and how many."""
    if not people:
        return speaker.text("back-preview-empty")
    names, more = names_words(speaker, [c.name for c in people], NAMES_SHOWN)
    return speaker.text("back-preview", count=len(people), names=names, more=more)


def preview_keyboard(
    speaker: Speaker, leaving: date, way: StayWay, value: str, *, anyone: bool
) -> InlineKeyboardMarkup:
    """✅ set the plan for them (when there is anyone), ↩️ choose another way."""
    day = leaving.toordinal()
    again = [button(speaker.text("button-back-again"), BackAgain(day))]
    if not anyone:
        return InlineKeyboardMarkup([again])
    return InlineKeyboardMarkup(
        [[button(speaker.text("button-back-ok"), BackOk(day, way, value))], again]
    )


def _carried(payload: BackWho) -> BackWho:
    """The payload, its tag cut to its beginning and "…" when whole it is too long for a
    button's data (core.stay_people.tag_matches reads it back)."""
    tag = payload.value
    while not fits(payload) and tag:
        tag = tag[:-1]
        payload = BackWho(payload.day, payload.way, tag + CUT)
    return payload
