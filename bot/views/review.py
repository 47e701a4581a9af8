"""The weekly review as one message with one-tap actions, and its settings question."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import IdeaButton, ReviewDay, ReviewFavor, ReviewLog, button, unpack
from bot.views.followups import remind_on
from bot.views.names import names_words
from bot.views.render import Speaker, ago_words, clip, day_words, when_words
from core.model import Contact, Nudge
from core.review import Review

NAMES_SHOWN = 8
NAME_LIMIT = 40
BUTTON_NAME = 24


def review_text(speaker: Speaker, review: Review, *, anyone_today: bool) -> str:
    """Who you kept in touch with, the streak, who is slipping, open favours, birthdays, and
    the dated reminders of the week ahead; a quiet week points to /today only when /today has
    someone to show (`anyone_today`), not to its "nobody is due"."""
    say, today = speaker.text, review.today
    lines = [say("review-title")]
    if review.kept:
        names, more = names_words(speaker, [c.name for c in review.kept], NAMES_SHOWN)
        lines.append(say("review-kept", count=len(review.kept), names=names, more=more))
    else:
        lines.append(say("review-kept-none"))
    if review.streak:
        lines.append(say("review-streak", count=review.streak))
    if review.slipping:
        lines += ["", say("review-slipping-title", count=review.overdue)]
        lines += [
            say("review-line", name=clip(c.name, NAME_LIMIT), when=when_words(speaker, due, today))
            for c, due in review.slipping
        ]
    if review.favors:
        lines += ["", say("review-favors-title", count=len(review.favors))]
        lines += [
            say(
                "review-favor-line",
                name=clip(c.name, NAME_LIMIT),
                topic=clip(f.topic, 60),
                when=ago_words(speaker, f.asked_on, today),
            )
            for f, c in review.favors[:NAMES_SHOWN]
        ]
    if review.birthdays:
        lines += ["", say("review-birthdays-title")]
        lines += [
            say("review-line", name=clip(c.name, NAME_LIMIT), when=day_words(speaker, day, today))
            for c, day in review.birthdays[:NAMES_SHOWN]
        ]
    if review.reminders:
        lines += ["", say("review-reminders-title")]
        lines += [reminder_line(speaker, n, c, today) for n, c in review.reminders[:NAMES_SHOWN]]
    if review.empty:
        lines += ["", say("review-quiet" if anyone_today else "review-quiet-nobody")]
    return "\n".join(lines)


def reminder_line(speaker: Speaker, reminder: Nudge, contact: Contact, today: date) -> str:
    """ "• Tom — on Thursday (10 December): call about the internship" """
    name = clip(contact.name, NAME_LIMIT)
    when = remind_on(speaker, reminder.day, today)
    if reminder.note:
        what = clip(reminder.note, 60)
        return speaker.text("review-reminder-line-what", name=name, when=when, what=what)
    return speaker.text("review-line", name=name, when=when)


def review_keyboard(review: Review) -> InlineKeyboardMarkup | None:
    """✅ log and 💡 idea for each slipping contact; 🙏 to open each open favour."""
    rows: list[list[InlineKeyboardButton]] = []
    for contact, _ in review.slipping:
        # Labels are plain text, not HTML: the name goes in unescaped.
        name = clip(contact.name, BUTTON_NAME)
        rows.append(
            [
                button(f"✅ {name}", ReviewLog(contact.contact_id)),
                button(f"💡 {name}", IdeaButton(contact.contact_id)),
            ]
        )
    for favor, contact in review.favors[:NAMES_SHOWN]:
        name = clip(contact.name, BUTTON_NAME)
        rows.append([button(f"🙏 {name}", ReviewFavor(favor.favor_id))])
    return InlineKeyboardMarkup(rows) if rows else None


def review_day_words(speaker: Speaker, day: int | None) -> str:
    """ "Sunday" / "le dimanche", or "off"."""
    return speaker.text(f"review-on-{day}") if day else speaker.text("review-off")


def review_day_keyboard(speaker: Speaker, current: int | None) -> InlineKeyboardMarkup:
    """One button per weekday (the current one ticked), and Off."""
    days = [
        button(f"{'✅ ' if day == current else ''}{speaker.text(f'day-{day}')}", ReviewDay(day))
        for day in range(1, 8)
    ]
    off = f"{'✅ ' if current is None else ''}{speaker.text('button-review-off')}"
    return InlineKeyboardMarkup([days[:4], days[4:], [button(off, ReviewDay(0))]])


def without_row(
    markup: InlineKeyboardMarkup | None, pressed: ReviewLog | ReviewFavor
) -> InlineKeyboardMarkup:
    """The review's buttons less the row of the one pressed: a contact just logged (its ✅
    and 💡), or a favour now shown with its own buttons (its 🙏)."""
    rows = (markup.inline_keyboard if markup is not None else ()) or ()
    kept = [row for row in rows if not any(unpack(b.callback_data) == pressed for b in row)]
    return InlineKeyboardMarkup(kept)
