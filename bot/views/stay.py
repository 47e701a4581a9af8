"""The messages of a stay's end: /leaving's status card, the daily checklist before leaving,
the welcome back after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import StayButton, button
from bot.views.render import Speaker, clip, day_words, when_words
from core.model import Contact
from core.rules.due import due_in, local_date
from core.rules.stay import Stay, belongs, is_personal_channel

NAMES_SHOWN = 5


def met_during(contacts: Sequence[Contact], stay: Stay, zone: ZoneInfo) -> list[Contact]:
    """The stay's people: those the user chose, else those added during the stay."""
    return [c for c in contacts if belongs(stay, local_date(c.created_at, zone), c.in_stay)]


def without_personal_details(contacts: Sequence[Contact]) -> list[Contact]:
    """Those with no way to reach them that outlives the job (only a work e-mail, or none)."""
    return [
        c for c in contacts if not any(is_personal_channel(ch.kind, ch.value) for ch in c.channels)
    ]


def checklist_text(
    speaker: Speaker, stay: Stay, contacts: Sequence[Contact], today: date, zone: ZoneInfo
) -> str:
    """Before leaving: days left, people added, details missing, your own details."""
    met = met_during(contacts, stay, zone)
    missing = without_personal_details(met)
    left = due_in(stay.leaving, today)  # "3 days left" only for days; "in 3 weeks" beyond
    lines = [
        speaker.text(
            "stay-checklist-title",
            count=left.amount,
            unit=left.unit,
            when=when_words(speaker, stay.leaving, today),
            date=day_words(speaker, stay.leaving, today),
        ),
        speaker.text("stay-checklist-added", count=len(met)),
    ]
    if missing:
        names = ", ".join(clip(c.name, 40) for c in missing[:NAMES_SHOWN])
        more = len(missing) - NAMES_SHOWN
        lines.append(speaker.text("stay-checklist-missing", names=names, more=max(more, 0)))
    lines.append(speaker.text("stay-checklist-yours"))
    return "\n".join(lines)


def welcome_text(speaker: Speaker, stay: Stay, contacts: Sequence[Contact], zone: ZoneInfo) -> str:
    """The day after leaving: what the welcome-back plan will do."""
    met = met_during(contacts, stay, zone)
    key = "stay-welcome" if stay.taper else "stay-welcome-no-taper"
    return speaker.text(key, count=len(met))


def status_text(speaker: Speaker, stay: Stay, today: date) -> str:
    """/leaving's card: the leaving day (or that it has passed) and whether the plan is on."""
    when = when_words(speaker, stay.leaving, today)
    key = "stay-set" if stay.leaving >= today else "stay-past"
    return "\n".join(
        (
            speaker.text(key, date=day_words(speaker, stay.leaving, today), when=when),
            _plan_words(speaker, stay, today),
        )
    )


def _plan_words(speaker: Speaker, stay: Stay, today: date) -> str:
    if not stay.taper:
        return speaker.text("stay-plan-off")
    if stay.welcome_from is not None:  # told once already back: the plan started later
        return speaker.text("stay-plan-back", date=day_words(speaker, stay.welcome_from, today))
    if stay.leaving < today:  # back already: not "from the day after", which reads as to come
        started = stay.leaving + timedelta(days=1)
        return speaker.text("stay-plan-back", date=day_words(speaker, started, today))
    return speaker.text("stay-plan-on")


def status_keyboard(speaker: Speaker, stay: Stay) -> InlineKeyboardMarkup:
    """Turn the welcome-back plan off (or on), or forget the stay."""
    taper = "button-taper-off" if stay.taper else "button-taper-on"
    return InlineKeyboardMarkup(
        [
            [button(speaker.text(taper), StayButton("taper"))],
            [button(speaker.text("button-stay-forget"), StayButton("forget"))],
        ]
    )
