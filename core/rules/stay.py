"""The end of a stay abroad: the checklist before leaving and the welcome-back plan after.

Everyone added during the stay gets a first check-in spread over the two weeks after the
leaving day, then a rhythm that tapers: weekly for the first month back, monthly until the
third, then the contact's own cadence (never less often than their own).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from core.rules.cadence import Cadence

SPREAD_DAYS = 14
CHECKLIST_DAILY_DAYS = 14  # before that, the checklist comes once a week
WEEKLY_UNTIL = 30  # days after leaving
MONTHLY_UNTIL = 90
_WEEKLY = Cadence(1, "week")
_MONTHLY = Cadence(1, "month")
# Personal mailboxes: an address elsewhere is likely a work one, which dies with the job.
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.fr",
        "hotmail.com",
        "hotmail.fr",
        "live.com",
        "live.fr",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "gmx.fr",
        "web.de",
        "free.fr",
        "orange.fr",
        "wanadoo.fr",
        "laposte.net",
        "sfr.fr",
        "yandex.ru",
        "mail.ru",
        "aol.com",
        "zoho.com",
        "tutanota.com",
        "posteo.de",
    }
)


@dataclass(frozen=True)
class Stay:
    """A stay abroad: when it started, the leaving day, and whether the plan tapers."""

    started: date
    leaving: date
    taper: bool = True


def during(stay: Stay, added: date) -> bool:
    """Whether a contact added on that day was met during the stay."""
    return stay.started <= added <= stay.leaving


def first_check_in(stay: Stay, contact_id: str) -> date:
    """The day of the first check-in after the stay, spread over two weeks by contact."""
    spread = zlib.crc32(contact_id.encode()) % SPREAD_DAYS
    return stay.leaving + timedelta(days=1 + spread)


def tapered(last_contact: date, stay: Stay) -> Cadence | None:
    """The welcome-back rhythm in force after that contact, or None once it is over."""
    since = (last_contact - stay.leaving).days
    if since <= WEEKLY_UNTIL:
        return _WEEKLY
    if since <= MONTHLY_UNTIL:
        return _MONTHLY
    return None


def welcome_back_due(
    own_due: date,
    *,
    added: date,
    last_contact: date | None,
    contact_id: str,
    stay: Stay,
    own: Cadence,
) -> date:
    """The due date with the welcome-back plan applied to a contact met during the stay."""
    if not stay.taper or not during(stay, added):
        return own_due
    if last_contact is None or last_contact <= stay.leaving:
        # Before leaving, their own rhythm still holds; the check-in only brings it forward.
        return min(own_due, first_check_in(stay, contact_id))
    rhythm = tapered(last_contact, stay)
    if rhythm is None:
        return own_due
    return min(rhythm.after(last_contact), own.after(last_contact))


def checklist_due(stay: Stay, today: date) -> bool:
    """The checklist comes daily in the last two weeks, weekly before: useful, not nagging."""
    if not stay.started <= today <= stay.leaving:
        return False
    days_left = (stay.leaving - today).days
    return days_left <= CHECKLIST_DAILY_DAYS or days_left % 7 == 0


def is_personal_channel(kind: str, value: str) -> bool:
    """A phone, a handle or a personal mailbox: what still works once the job is over."""
    if kind == "email":
        return value.rpartition("@")[2].casefold() in PERSONAL_MAIL_DOMAINS
    return kind in ("phone", "telegram", "linkedin")


def parse_leaving_day(text: str, today: date, language: str) -> date | None:
    """A day today or later: "30/06", "30 juin", "2026-06-30", "in 3 weeks", "dans 10 jours"."""
    text = " ".join(text.split())
    if not text or len(text) > 60:
        return None
    found: datetime | None = dateparser.parse(
        text,
        languages=["fr", "en"] if language == "fr" else ["en", "fr"],
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": _midday(today),
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["relative-time", "absolute-time", "custom-formats"],
        },
    )
    if found is None:
        return None
    day = found.date()
    if day < today or day > today + timedelta(days=730):
        return None
    return day


def _midday(day: date) -> datetime:
    """Noon of that day, naive, as dateparser's relative base wants it."""
    return datetime(day.year, day.month, day.day, 12)
