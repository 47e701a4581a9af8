"""A nudge as the user reads it: who, how you met, when you last talked, their time, an idea."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from random import Random
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import NudgeAction, NudgeAnswer, NudgePause, button, unpack
from bot.i18n import Html
from bot.views.ideas import idea_for
from bot.views.reach import copy_button, reach_rows
from bot.views.render import Speaker, ago_words, clip, day_words, when_words
from core.agenda import TagRhythms, next_due
from core.model import Contact, Interaction
from core.place_names import city_name, zone_name
from core.reading.clocktime import format_time_of_day
from core.rules.birthdays import age_on, days_until_birthday
from core.rules.local_time import their_time
from core.rules.stay import Stay
from services.nudges import Answer

FIELD_LIMIT = 200
NOTE_LIMIT = 300


def nudge_text(
    speaker: Speaker,
    contact: Contact,
    last: Interaction | None,
    *,
    birthday: bool,
    now: datetime,
    zone: ZoneInfo,
    idea: str,
    title: str | None = None,
) -> str:
    """The whole nudge about one contact, with a conversation idea already written; `title`
    replaces its first line (a dated reminder's)."""
    today = now.astimezone(zone).date()
    name = clip(contact.name, 100)
    if title is None:
        title = (
            _title(speaker, contact, name, today)
            if birthday
            else speaker.text("nudge-title", name=name)
        )
    lines = [title]
    if contact.met:
        lines.append(speaker.text("nudge-met", met=clip(contact.met, FIELD_LIMIT)))
    if contact.last_contact_at is not None:
        talked = contact.last_contact_at.astimezone(zone).date()
        lines.append(speaker.text("nudge-last", when=ago_words(speaker, talked, today)))
        if last is not None and last.note:
            lines.append(speaker.text("nudge-last-note", note=clip(last.note, NOTE_LIMIT)))
    else:
        lines.append(speaker.text("nudge-never"))
    clock = _their_clock(speaker, contact, now, zone)
    if clock:
        lines.append(clock)
    lines.append(idea)
    return "\n".join(lines)


def _title(speaker: Speaker, contact: Contact, name: str, today: date) -> str:
    birthday = contact.birthday
    assert birthday is not None
    days = days_until_birthday(birthday.day, birthday.month, today)
    age = age_on(birthday.day, birthday.month, birthday.year, today)
    if days:
        return speaker.text("nudge-birthday-soon", name=name, count=days)
    if age is not None:
        return speaker.text("nudge-birthday-age", name=name, age=age)
    return speaker.text("nudge-birthday", name=name)


def _their_clock(speaker: Speaker, contact: Contact, now: datetime, zone: ZoneInfo) -> str:
    """Their local time when it is not the user's, and when to write if it is a bad hour."""
    if not contact.timezone:
        return ""
    theirs = their_time(now, zone, ZoneInfo(contact.timezone))
    if not theirs.differs:
        return ""
    # Their city in the reader's language, else the zone's city: never "Canada" nor an IANA id.
    language = speaker.language
    place = clip(city_name(contact, language) or zone_name(contact.timezone, language), 60)
    time = format_time_of_day(theirs.local.time(), speaker.language)
    if theirs.better_at_user is None or theirs.better_moment is None:
        return speaker.text("nudge-their-time", time=time, place=place)
    tomorrow = theirs.better_at_user.date() > now.astimezone(zone).date()
    moment = speaker.text(f"moment-{'tomorrow' if tomorrow else 'today'}-{theirs.better_moment}")
    return speaker.text("nudge-their-time-later", time=time, place=place, moment=moment)


def idea_line(
    speaker: Speaker,
    contact: Contact,
    last: Interaction | None,
    *,
    now: datetime,
    zone: ZoneInfo,
    rng: Random,
    avoid: str = "",
) -> tuple[str, str]:
    """A fresh conversation idea for the contact: its key and its "💡 …" line."""
    key, text = idea_for(
        speaker, contact, last, today=now.astimezone(zone).date(), rng=rng, avoid=avoid or None,
        zone=zone,
    )  # fmt: skip
    return key, speaker.text("nudge-idea", idea=Html(text))


IDEA_MARK = "💡"  # the idea line's mark (nudge-idea), the last line of a nudge


def shown_idea(shown: str) -> str:
    """The idea line of a nudge's text as the chat shows it (plain text, any outcome added
    after a blank line left out), for its 📋 copy button; "" when it has none."""
    before = shown.rpartition("\n\n")[0] or shown
    last = before.rpartition("\n")[2]
    return last if last.startswith(IDEA_MARK) else ""


def nudge_keyboard(speaker: Speaker, contact: Contact, idea: str = "") -> InlineKeyboardMarkup:
    """The ways to write to them, then ✅ ⏰ ⏸ / 📅 ⏭ / 🎲 and 📋 a copy of the idea line
    (⏸ beside the short labels: three long ones in a row are cut on a phone)."""
    key = contact.contact_id

    def answer(label: str, action: NudgeAction) -> InlineKeyboardButton:
        return button(speaker.text(label), NudgeAnswer(action, key))

    last_row = [answer("button-another-idea", "idea")]
    copy = copy_button(speaker.text("button-copy-idea"), idea.removeprefix("💡")) if idea else None
    if copy is not None:
        last_row.append(copy)
    return InlineKeyboardMarkup(
        [
            *reach_rows(speaker, contact),
            [
                answer("button-done", "done"),
                answer("button-tomorrow", "tmrw"),
                button(speaker.text("button-nudge-pause"), NudgePause(key)),
            ],
            [answer("button-next-week", "week"), answer("button-skip-once", "skip")],
            last_row,
        ]
    )


def digest_text(
    speaker: Speaker,
    contacts: Sequence[Contact],
    *,
    now: datetime,
    zone: ZoneInfo,
    stay: Stay | None,
    rhythms: TagRhythms = (),
) -> str:
    """One message listing everyone due today."""
    today = now.astimezone(zone).date()
    lines = [speaker.text("digest-title", count=len(contacts))]
    for contact in contacts:
        due = next_due(contact, zone, stay, rhythms)
        when = when_words(speaker, due, today)
        lines.append(speaker.text("digest-line", name=clip(contact.name, 60), when=when))
    return "\n".join(lines)


def digest_keyboard(contacts: Sequence[Contact]) -> InlineKeyboardMarkup:
    """A Done button per contact of the digest."""
    # Button labels are plain text, not HTML: the name goes in unescaped.
    return InlineKeyboardMarkup(
        [[button(f"✅ {clip(c.name, 30)}", NudgeAnswer("done", c.contact_id))] for c in contacts]
    )


def without_done_of(
    markup: InlineKeyboardMarkup | None, contact_id: str
) -> InlineKeyboardMarkup | None:
    """A digest's buttons once that contact's ✅ was answered; None when none is left."""
    done = NudgeAnswer("done", contact_id)
    rows = [
        row
        for row in (markup.inline_keyboard if markup is not None else ())
        if all(unpack(b.callback_data) != done for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def outcome_text(speaker: Speaker, action: Answer, due: date | None, today: date) -> str:
    """The line added to a nudge once answered."""
    when = when_words(speaker, due, today) if due else ""
    date_text = day_words(speaker, due, today) if due else ""
    return speaker.text(f"nudge-outcome-{action}", when=when, date=date_text)
