"""Dated reminders as the user reads them: "Remind me on Thursday?", the reminder itself."""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import FutureLog, RemindOffer, UndoLog, button
from bot.views.render import Speaker, clip, day_words
from core.model import Contact, Nudge
from core.reading.clocktime import format_time_of_day

WHAT_LIMIT = 300
WEEK = 7


def remind_when(speaker: Speaker, day: date, today: date) -> str:
    """ "tomorrow", "on Thursday" within the week, else "on 9 January" (for a button)."""
    if (day - today).days == 1:
        return speaker.text("remind-day-tomorrow")
    if 1 < (day - today).days < WEEK:
        weekday = format_date(day, "EEEE", locale=speaker.language)
        return speaker.text("remind-day-weekday", weekday=weekday)
    return speaker.text("remind-day-date", date=format_date(day, "d MMMM", locale=speaker.language))


def remind_on(speaker: Speaker, day: date, today: date) -> str:
    """ "on Thursday (5 March)" within the week, else "on 9 January 2027" (year if not this)."""
    if (day - today).days < WEEK:
        return f"{remind_when(speaker, day, today)} ({day_words(speaker, day, today)})"
    return speaker.text("remind-day-date", date=day_words(speaker, day, today))


def offer_button(speaker: Speaker, contact_id: str, day: date, today: date) -> InlineKeyboardButton:
    """⏰ Remind me on Thursday?"""
    label = speaker.text("button-remind-offer", when=remind_when(speaker, day, today))
    return button(label, RemindOffer(contact_id, day.toordinal()))


def logged_keyboard(
    speaker: Speaker, contact_id: str, key: str, offer: date | None, today: date
) -> InlineKeyboardMarkup:
    """Under a log's confirmation: ↩️ Undo, and the reminder offer when its words named a day."""
    rows = [[button(speaker.text("button-undo"), UndoLog(contact_id, key))]]
    if offer is not None:
        rows.insert(0, [offer_button(speaker, contact_id, offer, today)])
    return InlineKeyboardMarkup(rows)


def planned_text(
    speaker: Speaker, contact: Contact, day: date, today: date, at: time, *, what: str = ""
) -> str:
    """ "Planned: I'll remind you about Tom on Thursday (5 March) at 9:00.", then what it is
    about, so that the user sees it was read right."""
    text = speaker.text(
        "reminder-set",
        name=clip(contact.name, 100),
        when=remind_on(speaker, day, today),
        time=format_time_of_day(at, speaker.language),
    )
    if what:
        return f"{text}\n{speaker.text('reminder-what', what=clip(what, WHAT_LIMIT))}"
    return text


def reminder_title(speaker: Speaker, contact: Contact, reminder: Nudge) -> str:
    """The first lines of a reminder on its day: who, and what the user wrote it for."""
    name = clip(contact.name, 100)
    title = speaker.text("reminder-title", name=name)
    missed = reminder.carried_from
    if missed is not None:  # the bot was down that day: "today" would be wrong
        weekday = format_date(missed, "EEEE", locale=speaker.language)
        when = speaker.text(
            "reminder-missed-day", weekday=weekday, date=day_words(speaker, missed, reminder.day)
        )
        title = speaker.text("reminder-title-missed", name=name, when=when)
    if reminder.note:
        return f"{title}\n{speaker.text('reminder-what', what=clip(reminder.note, WHAT_LIMIT))}"
    return title


def future_log_keyboard(
    speaker: Speaker, contact_id: str, day: date, today: date
) -> InlineKeyboardMarkup:
    """Plan it · It happened today · Cancel, under /log with a day to come."""
    ordinal = day.toordinal()
    when = remind_when(speaker, day, today)
    plan = speaker.text("button-log-future-plan", when=when)
    done = speaker.text("button-log-future-today")
    cancel = speaker.text("button-log-future-cancel")
    return InlineKeyboardMarkup(
        [
            [button(plan, FutureLog("plan", contact_id, ordinal))],
            [button(done, FutureLog("today", contact_id, ordinal))],
            [button(cancel, FutureLog("no", contact_id, ordinal))],
        ]
    )


def reminder_lines(speaker: Speaker, reminders: list[Nudge], today: date) -> list[str]:
    """The card's planned reminders."""
    lines = []
    for reminder in reminders:
        when = remind_on(speaker, reminder.day, today)
        if reminder.note:
            what = clip(reminder.note, 80)
            lines.append(speaker.text("card-reminder-what", when=when, what=what))
        else:
            lines.append(speaker.text("card-reminder", when=when))
    return lines
