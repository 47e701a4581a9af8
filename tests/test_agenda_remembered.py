"""The fast agenda gives exactly what the plain definition gives, cached or not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

import core.agenda
from core.agenda import Entry, agenda, cadence_of, order
from core.model import Contact
from core.rules.cadence import Cadence, Unit
from core.rules.stay import Stay, welcome_back_due

ZONES = [ZoneInfo(key) for key in ("Europe/Paris", "Pacific/Auckland", "America/Toronto", "UTC")]
START = datetime(2024, 1, 1, tzinfo=UTC)


def plain_after(cadence: Cadence, day: date) -> date:
    """Calendar arithmetic as dateutil does it: the reference for Cadence.after."""
    units = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
    return day + relativedelta(**{units[cadence.unit]: cadence.count})  # type: ignore[arg-type]


def plain_due(contact: Contact, zone: ZoneInfo, stay: Stay | None) -> date | None:
    """next_due written out with dateutil, as it read before it was made faster."""
    if contact.paused:
        return None
    added = contact.created_at.astimezone(zone).date()
    last = contact.last_contact_at
    last_day = last.astimezone(zone).date() if last is not None else None
    cadence = cadence_of(contact)
    own = max(plain_after(cadence, last_day or added), added)  # never before it was added
    snoozed = contact.snoozed_until
    if snoozed is not None and snoozed > own:
        own = snoozed
    if stay is None or not contact.taper:
        return own
    planned = welcome_back_due(
        own,
        added=added,
        last_contact=last_day,
        contact_id=contact.contact_id,
        stay=stay,
        own=cadence,
    )
    return max(planned, snoozed) if snoozed is not None else planned


def plain_agenda(contacts: list[Contact], zone: ZoneInfo, stay: Stay | None) -> list[Entry]:
    """The definition: every contact with its due date, sorted by `order`."""
    return sorted((Entry(c, plain_due(c, zone, stay)) for c in contacts), key=order)


moments = st.integers(0, 3 * 365 * 24).map(lambda hours: START + timedelta(hours=hours))
days = st.integers(0, 3 * 365).map(lambda n: START.date() + timedelta(days=n))
specs = st.sampled_from(["1d", "10d", "1w", "2w", "1m", "3m", "6m", "1y", "2y", "junk"])


@st.composite
def contacts(draw: st.DrawFn, contact_id: str) -> Contact:
    return Contact(
        contact_id=contact_id,
        name=draw(st.sampled_from(["Ana", "ana", "Bob", "Éric", "eric", "Zoé"])),
        created_at=draw(moments),
        cadence=draw(specs),
        last_contact_at=draw(st.none() | moments),
        paused=draw(st.booleans()),
        snoozed_until=draw(st.none() | days),
        taper=draw(st.booleans()),
    )


@st.composite
def address_books(draw: st.DrawFn) -> list[Contact]:
    count = draw(st.integers(1, 40))
    return [draw(contacts(f"c{n}")) for n in range(count)]


stays = st.none() | st.builds(
    lambda start, length, taper: Stay(start, start + timedelta(days=length), taper),
    days,
    st.integers(0, 300),
    st.booleans(),
)


@given(address_books(), st.sampled_from(ZONES), stays)
@settings(max_examples=200, deadline=None)
def test_agenda_is_the_plain_sorted_definition(
    book: list[Contact], zone: ZoneInfo, stay: Stay | None
) -> None:
    core.agenda._recent.clear()
    expected = plain_agenda(book, zone, stay)
    assert agenda(book, zone, stay) == expected
    assert agenda(book, zone, stay) == expected  # remembered


changes = st.tuples(
    st.lists(st.tuples(st.integers(0, 39), moments), max_size=5),  # exchanges logged
    st.integers(0, 3),  # contacts added
    st.integers(0, 3),  # contacts deleted
)


@given(address_books(), st.sampled_from(ZONES), stays, changes)
@settings(max_examples=200, deadline=None)
def test_agenda_after_changes_is_the_plain_definition(
    book: list[Contact],
    zone: ZoneInfo,
    stay: Stay | None,
    change: tuple[list[tuple[int, datetime]], int, int],
) -> None:
    logs, added, removed = change
    core.agenda._recent.clear()
    agenda(book, zone, stay)
    changed = list(book)
    for index, at in logs:  # logged exchanges replace contacts in place
        position = index % len(changed)
        changed[position] = replace(changed[position], last_contact_at=at, snoozed_until=None)
    changed += [replace(book[n % len(book)], contact_id=f"new{n}") for n in range(added)]
    del changed[len(changed) - removed : len(changed) - 1]  # never the first: same slot
    assert agenda(changed, zone, stay) == plain_agenda(changed, zone, stay)


units = st.sampled_from(["day", "week", "month", "year"])
limits = {"day": 730, "week": 104, "month": 24, "year": 2}


@given(days | st.dates(date(1900, 1, 1), date(9000, 12, 31)), units, st.integers(1, 730))
@settings(max_examples=500)
def test_after_is_dateutil_calendar_arithmetic(day: date, unit: Unit, count: int) -> None:
    cadence = Cadence(min(count, limits[unit]), unit)
    assert cadence.after(day) == plain_after(cadence, day)


def test_many_users_keep_their_own_agendas() -> None:
    zone = ZONES[0]
    books = [
        [Contact(f"{user}-{n}", f"N{n}", START + timedelta(days=n * user)) for n in range(5)]
        for user in range(1, core.agenda.AGENDAS_KEPT + 10)
    ]
    for _ in range(2):
        for book in books:
            assert agenda(book, zone, None) == plain_agenda(book, zone, None)
    assert len(core.agenda._recent) == core.agenda.AGENDAS_KEPT
