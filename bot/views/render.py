"""Contacts written for people: due dates in words, a /list line, the contact card (no Telegram)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.config import Language
from bot.i18n import FluentArg, Html
from core.agenda import Entry, cadence_of
from core.model import NOTE, Contact, Interaction
from core.namesakes import Detail
from core.place_names import clock_differs, place_name, short_place_name, zone_name
from core.reading.channels import shown
from core.reading.clocktime import format_time_of_day
from core.rules.cadence import Cadence
from core.rules.due import due_in, months_band

MAX_MESSAGE = 4096  # what Telegram accepts, counted on the text without its tags
HISTORY_SHOWN = 5
# Field and note lengths tried in turn until the card fits in one message.
_CARD_LIMITS = ((300, 200), (120, 80), (50, 30))
_TAG_OR_ENTITY = re.compile(r"<[^>]*>")
# How an exchange happened (core.reading.medium), shown beside its date on the card.
_MEDIUM_MARKS = {"call": "📞", "message": "💬", "email": "✉️", "video": "🎥", "in_person": "☕"}
_CHANNEL_MARKS = {"phone": "📞", "email": "✉️", "telegram": "✈️", "linkedin": "💼", "url": "🔗"}


class Speaker(Protocol):
    """Who the text is written for: a Context satisfies this."""

    @property
    def language(self) -> Language:
        """The reader's language."""
        ...

    def text(self, message_id: str, /, **args: FluentArg) -> str:
        """A catalog message in the reader's language."""
        ...


def clip(text: str, limit: int) -> str:
    """Cut text to `limit` characters, marking the cut with an ellipsis."""
    text = " ".join(text.split()) if "\n" in text else text
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def visible_length(html_text: str) -> int:
    """Length of an HTML message as Telegram counts it (UTF-16 units, tags removed)."""
    plain = html.unescape(_TAG_OR_ENTITY.sub("", html_text))
    return len(plain.encode("utf-16-le")) // 2


def day_words(speaker: Speaker, day: date, today: date) -> str:
    """A date as "2 March" this year, "2 March 2025" otherwise, in the reader's language."""
    return date_words(speaker, day, with_year=day.year != today.year)


def date_words(speaker: Speaker, day: date, *, with_year: bool) -> str:
    """ "1er octobre 2025" / "1 October 2025": the catalog writes the day (French says "1er"),
    CLDR the month's name."""
    month = format_date(day, "MMMM", locale=speaker.language)
    if with_year:  # the year as text: a number would be grouped ("2 025")
        return speaker.text("date-day-month-year", day=day.day, month=month, year=str(day.year))
    return speaker.text("date-day-month", day=day.day, month=month)


def when_words(speaker: Speaker, due: date | None, today: date) -> str:
    """A due date in words: "overdue by 2 weeks", "today", "in 3 days", or "paused"."""
    if due is None:
        return speaker.text("when-paused")
    span = due_in(due, today)
    band = months_band(span.amount) if span.unit == "month" else "months"
    return speaker.text(f"when-{span.kind}", count=span.amount, unit=span.unit, band=band)


def ago_words(speaker: Speaker, day: date, today: date) -> str:
    """A past day in words: "today", "yesterday", "3 weeks ago"."""
    span = due_in(day, today)
    if span.kind != "overdue":  # today, or a clock that ran backwards
        return speaker.text("when-today")
    band = months_band(span.amount) if span.unit == "month" else "months"
    return speaker.text("when-ago", count=span.amount, unit=span.unit, band=band)


def next_words(speaker: Speaker, due: date, today: date) -> str:
    """The next reminder ("in 3 days, 5 March"), or that it is time to write, and since when."""
    kind = due_in(due, today).kind
    return speaker.text(
        f"next-{kind}", when=when_words(speaker, due, today), date=day_words(speaker, due, today)
    )


def detail_words(speaker: Speaker, detail: Detail, today: date) -> str:
    """What tells a namesake apart, as plain text: "Lyon", "Airbus", "added on 3 March"."""
    if detail.kind == "added" and detail.day is not None:
        return html.unescape(
            speaker.text("namesake-added", date=day_words(speaker, detail.day, today))
        )
    if detail.kind == "number":  # "added 2nd": a bare "2" said nothing the user could check
        return speaker.text("namesake-order", number=detail.number)
    return clip(detail.text, 40)


def list_line(
    speaker: Speaker, number: int, entry: Entry, today: date, detail: Detail | None = None
) -> str:
    """One /list line: "3. <b>Name</b> — in 3 days · Berlin", and what sets a namesake apart."""
    contact = entry.contact
    when = Html(when_words(speaker, entry.due, today))
    if contact.snoozed_until is not None and contact.snoozed_until > today and entry.due:
        when = Html(f"{when} 😴")
    where = clip(short_place_name(contact, speaker.language), 40)
    if detail is not None and detail.kind != "place":  # the place is shown anyway
        where = " · ".join(filter(None, (where, detail_words(speaker, detail, today))))
    name = clip(contact.name, 100)
    if where:
        return speaker.text("list-line-place", number=number, name=name, when=when, place=where)
    return speaker.text("list-line", number=number, name=name, when=when)


def tags_words(tags: Sequence[str]) -> str:
    """Tags as written in messages: "#airbus #lyon"."""
    return " ".join(f"#{tag}" for tag in tags)


def card_text(
    speaker: Speaker,
    contact: Contact,
    history: Sequence[Interaction],
    *,
    due: date | None,
    now: datetime,
    zone: ZoneInfo,
    planned: Sequence[str] = (),
    group: tuple[str, Cadence] | None = None,
) -> str:
    """The whole card, shortened until it fits in one Telegram message; `planned` are the
    lines of its dated reminders, shown under its rhythm; `group` is the tag whose rhythm the
    contact follows (/rhythm), and that rhythm."""
    today = now.astimezone(zone).date()
    rhythm = _rhythm_lines(speaker, contact, due, today, zone)
    if group is not None:  # the group's rhythm in place of their own
        tag, cadence = group
        rhythm[0] = speaker.text(
            "card-every-group",
            tag=tag,
            rhythm=speaker.text("cadence-every", count=cadence.count, unit=cadence.unit),
        )
    rhythm += planned
    exchanges = [entry for entry in history if entry.kind != NOTE]
    notes = [entry for entry in history if entry.kind == NOTE]
    for field_limit, note_limit in _CARD_LIMITS:
        lines = _detail_lines(speaker, contact, now, zone, field_limit)
        lines += ["", *rhythm, ""]
        lines += _history_lines(speaker, contact, exchanges, zone, today=today, limit=note_limit)
        lines += _note_lines(speaker, notes, zone, today, note_limit)
        text = "\n".join(lines)
        if visible_length(text) <= MAX_MESSAGE:
            break
    return text  # the last limits keep any card far below the maximum


def _detail_lines(
    speaker: Speaker, contact: Contact, now: datetime, zone: ZoneInfo, limit: int
) -> list[str]:
    """Who they are: one line per field that has a value."""
    say = speaker.text
    lines = [say("card-title", name=clip(contact.name, 100))]
    if contact.met:
        lines.append(say("card-met", met=clip(contact.met, limit)))
    if contact.place:
        lines.append(_place_line(speaker, contact, now, zone, limit))
    if contact.work:
        lines.append(say("card-work", work=clip(contact.work, limit)))
    if contact.interests:
        lines.append(say("card-interests", interests=clip(", ".join(contact.interests), limit)))
    if contact.channels:
        reach = " · ".join(
            f"{_CHANNEL_MARKS.get(channel.kind, '🔗')} {shown(channel.kind, channel.value)}"
            for channel in contact.channels
        )
        lines.append(say("card-channels", channels=clip(reach, limit)))
    if contact.birthday is not None:
        birthday = birthday_words(speaker, contact)
        if contact.birthday_reminder_days:
            reminder = say("reminder-days", count=contact.birthday_reminder_days)
            birthday = Html(say("birthday-with-reminder", date=birthday, reminder=reminder))
        lines.append(say("card-birthday", date=birthday))
    if contact.tags:
        lines.append(say("card-tags", tags=clip(tags_words(contact.tags), limit)))
    return lines


def _rhythm_lines(
    speaker: Speaker, contact: Contact, due: date | None, today: date, zone: ZoneInfo
) -> list[str]:
    """How often, when last, when next, and whether paused or snoozed."""
    say = speaker.text
    lines = [say("card-every", count=cadence_of(contact).count, unit=cadence_of(contact).unit)]
    if contact.last_contact_at is None:
        lines.append(say("card-last-never"))
    else:
        last = contact.last_contact_at.astimezone(zone).date()
        when, day = ago_words(speaker, last, today), day_words(speaker, last, today)
        lines.append(say("card-last", when=when, date=day))
    if contact.paused or due is None:
        lines.append(say("card-paused"))
        return lines
    lines.append(next_words(speaker, due, today))
    if contact.snoozed_until is not None and contact.snoozed_until > today:
        lines.append(say("card-snoozed", date=day_words(speaker, contact.snoozed_until, today)))
    return lines


def _place_line(
    speaker: Speaker, contact: Contact, now: datetime, zone: ZoneInfo, limit: int
) -> str:
    """Where they live, and the time there only when their clock is not the user's."""
    place = clip(place_name(contact, speaker.language), limit)
    if not contact.timezone or not clock_differs(now, zone.key, contact.timezone):
        return speaker.text("card-place", place=place)
    clock = format_time_of_day(now.astimezone(ZoneInfo(contact.timezone)).time(), speaker.language)
    if contact.city:  # the place itself says where that clock is
        return speaker.text("card-place-time", place=place, time=clock)
    where = zone_name(contact.timezone, speaker.language)  # a country with several clocks
    return speaker.text("card-place-time-zone", place=place, zone=where, time=clock)


def birthday_words(speaker: Speaker, contact: Contact) -> str:
    """ "12 September 1998", or "12 September" when the year is unknown."""
    birthday = contact.birthday
    if birthday is None:
        return ""
    try:  # 2000 is a leap year, so 29 February can be written too
        day = date(birthday.year or 2000, birthday.month, birthday.day)
    except ValueError:
        return f"{birthday.day}/{birthday.month}"
    return date_words(speaker, day, with_year=bool(birthday.year))


def _note_lines(
    speaker: Speaker, notes: Sequence[Interaction], zone: ZoneInfo, today: date, limit: int
) -> list[str]:
    """The latest notes, newest first, apart from the exchanges."""
    if not notes:
        return []
    lines = ["", speaker.text("card-notes-title")]
    for note in reversed(notes[-HISTORY_SHOWN:]):
        day = day_words(speaker, note.at.astimezone(zone).date(), today)
        lines.append(speaker.text("card-note-line", date=day, note=clip(note.note, limit)))
    return lines


# An ask or a thanks in the history: its favour's topic, and the words the user said about it.
_FAVOR_LINES = {"ask": "card-history-ask", "thanks": "card-history-thanks"}


def _favor_line(speaker: Speaker, interaction: Interaction, day: str, limit: int) -> str:
    about = clip(interaction.about, limit)
    if interaction.kind == "thanks" and interaction.note:
        note = clip(interaction.note, limit)
        return speaker.text("card-history-thanks-words", date=day, about=about, note=note)
    return speaker.text(_FAVOR_LINES[interaction.kind], date=day, about=about)


def _history_lines(
    speaker: Speaker,
    contact: Contact,
    history: Sequence[Interaction],
    zone: ZoneInfo,
    *,
    today: date,
    limit: int,
) -> list[str]:
    if not history:
        # A last talk the user told about (in /add) is not an exchange logged here.
        known = contact.last_contact_at is not None
        return [speaker.text("card-history-none-logged" if known else "card-history-empty")]
    lines = [speaker.text("card-history-title")]
    for interaction in reversed(history[-HISTORY_SHOWN:]):
        day = day_words(speaker, interaction.at.astimezone(zone).date(), today)
        mark = _MEDIUM_MARKS.get(interaction.channel)
        if mark:
            day = f"{day} {mark}"
        if interaction.kind in _FAVOR_LINES and interaction.about:
            lines.append(_favor_line(speaker, interaction, day, limit))
        elif interaction.note:
            lines.append(
                speaker.text("card-history-line", date=day, note=clip(interaction.note, limit))
            )
        else:
            lines.append(speaker.text("card-history-bare", date=day))
    return lines
