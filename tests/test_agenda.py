"""The agenda: next due dates in the user's calendar, the /list order, and its filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.agenda import Entry, ListFilter, agenda, next_due, normalize_tag, parse_filter, select
from core.model import Contact

PARIS = ZoneInfo("Europe/Paris")
AUCKLAND = ZoneInfo("Pacific/Auckland")
TORONTO = ZoneInfo("America/Toronto")
TODAY = date(2026, 3, 2)


def contact(name: str = "Marie", **fields: Any) -> Contact:
    base = Contact("c1", name, datetime(2026, 1, 10, 12, tzinfo=UTC))
    return replace(base, **fields)


@pytest.mark.parametrize(
    ("fields", "zone", "expected"),
    [
        ({}, PARIS, date(2026, 2, 10)),  # one month after it was added
        ({"cadence": "2w"}, PARIS, date(2026, 1, 24)),
        ({"last_contact_at": datetime(2026, 2, 20, 9, tzinfo=UTC)}, PARIS, date(2026, 3, 20)),
        # 23:30 UTC on 20 Feb is 21 Feb in Auckland, still 20 Feb in Toronto: the user's
        # own calendar counts.
        (
            {"last_contact_at": datetime(2026, 2, 20, 23, 30, tzinfo=UTC)},
            AUCKLAND,
            date(2026, 3, 21),
        ),
        (
            {"last_contact_at": datetime(2026, 2, 20, 23, 30, tzinfo=UTC)},
            TORONTO,
            date(2026, 3, 20),
        ),
        ({"snoozed_until": date(2026, 4, 1)}, PARIS, date(2026, 4, 1)),
        ({"snoozed_until": date(2026, 1, 1)}, PARIS, date(2026, 2, 10)),  # an old snooze
        ({"paused": True}, PARIS, None),
        ({"cadence": "every now and then"}, PARIS, date(2026, 2, 10)),  # unreadable: default
        (
            {"cadence": "1y", "created_at": datetime(2024, 2, 29, 12, tzinfo=UTC)},
            PARIS,
            date(2025, 2, 28),
        ),
    ],
)
def test_next_due(fields: dict[str, Any], zone: ZoneInfo, expected: date | None) -> None:
    assert next_due(contact(**fields), zone, None) == expected


def test_order_is_most_overdue_first_then_soonest_then_paused() -> None:
    people = [
        contact("Paused", contact_id="p", paused=True),
        contact("Later", contact_id="l", last_contact_at=datetime(2026, 2, 25, tzinfo=UTC)),
        contact("Bob", contact_id="b"),  # due 10 Feb
        contact("alice", contact_id="a"),  # due 10 Feb too: names break the tie
        contact("Oldest", contact_id="o", cadence="1w"),  # due 17 Jan
        contact("Abel", contact_id="x", paused=True),
    ]
    order = [entry.contact.name for entry in agenda(people, PARIS, None)]
    assert order == ["Oldest", "alice", "Bob", "Later", "Abel", "Paused"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ListFilter()),
        ("  ", ListFilter()),
        ("overdue", ListFilter("due")),
        ("Overdue", ListFilter("due")),
        ("en retard", ListFilter("due")),
        ("retard", ListFilter("due")),
        ("#Airbus", ListFilter("tag", "airbus")),
        ("#", ListFilter("tag", "")),  # no tag typed: /list asks which
        ("#c++", ListFilter("tag", "c++")),  # not a tag: matches nobody
        ("Berlin", ListFilter("place", "berlin")),
        ("Saint-Étienne", ListFilter("place", "saint etienne")),
    ],
)
def test_parse_filter(typed: str, expected: ListFilter) -> None:
    assert parse_filter(typed) == expected


def _names(entries: list[Entry]) -> list[str]:
    return [entry.contact.name for entry in entries]


def test_filters() -> None:
    people = [
        contact("Due", contact_id="1", tags=("airbus",), place="München, Germany", city="München"),
        contact("Today", contact_id="2", created_at=datetime(2026, 2, 2, 12, tzinfo=UTC)),
        contact(
            "Soon",
            contact_id="3",
            last_contact_at=datetime(2026, 2, 25, tzinfo=UTC),
            place="Saint-Étienne, France",
            country_code="FR",
        ),
        contact("Resting", contact_id="4", paused=True, place="Berlin", country_code="DE"),
    ]
    entries = agenda(people, PARIS, None)
    assert _names(select(entries, ListFilter(), TODAY)) == ["Due", "Today", "Soon", "Resting"]
    assert _names(select(entries, ListFilter("due"), TODAY)) == ["Due", "Today"]
    assert _names(select(entries, parse_filter("#AIRBUS"), TODAY)) == ["Due"]
    assert _names(select(entries, parse_filter("munchen"), TODAY)) == ["Due"]
    assert _names(select(entries, parse_filter("germany"), TODAY)) == ["Due"]
    assert _names(select(entries, parse_filter("saint etienne"), TODAY)) == ["Soon"]
    assert _names(select(entries, parse_filter("etienne"), TODAY)) == ["Soon"]
    assert _names(select(entries, parse_filter("étienne saint"), TODAY)) == []
    assert _names(select(entries, parse_filter("fr"), TODAY)) == ["Soon"]
    assert _names(select(entries, parse_filter("Allemagne", "DE"), TODAY)) == ["Resting"]
    assert _names(select(entries, parse_filter("Ber"), TODAY)) == []  # whole words only


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("airbus", "airbus"),
        ("#Lyon", "lyon"),
        ("  #Work-2026_q1 ", "work-2026_q1"),
        ("été", "été"),
        ("#", None),
        ("", None),
        ("a" * 30, "a" * 30),
        ("a" * 31, None),
        ("two words", None),
        ("c++", None),
        ("<b>", None),
    ],
)
def test_normalize_tag(typed: str, expected: str | None) -> None:
    assert normalize_tag(typed) == expected
