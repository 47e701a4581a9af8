"""An already-back stay: the leaving day read from words, and the plan that starts late."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.agenda import next_due
from core.model import Contact, UserProfile
from core.rules.stay import SPREAD_DAYS, Stay, StayDay, first_check_in, read_stay_day
from core.stay_people import chosen, met_words, tags_offered
from services.stay import came_back

PARIS = ZoneInfo("Europe/Paris")
# Monday 7 December 2026, 10:00 in Paris: back from Hamburg since 27 November.
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 7)
NOV_27 = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("27/11", "fr", StayDay(NOV_27)),
        ("27/11/2026", "fr", StayDay(NOV_27)),
        ("27 novembre", "fr", StayDay(NOV_27)),
        ("hier", "fr", StayDay(date(2026, 12, 6))),
        ("la semaine dernière", "fr", StayDay(date(2026, 11, 30))),
        ("il y a 10 jours", "fr", StayDay(NOV_27)),
        ("je suis rentré le 27/11", "fr", StayDay(NOV_27)),
        ("je suis rentrée le 27 novembre", "fr", StayDay(NOV_27)),
        ("rentrée depuis hier", "fr", StayDay(date(2026, 12, 6))),
        ("yesterday", "en", StayDay(date(2026, 12, 6))),
        ("back since last week", "en", StayDay(date(2026, 11, 30))),
        ("I got back on Nov 27", "en", StayDay(NOV_27)),
        ("2026-11-27", "en", StayDay(NOV_27)),
        # Ahead, as before.
        ("15/03", "fr", StayDay(date(2027, 3, 15))),
        ("dans 10 jours", "fr", StayDay(date(2026, 12, 17))),
        ("in 3 weeks", "en", StayDay(date(2026, 12, 28))),
        ("tomorrow", "en", StayDay(date(2026, 12, 8))),
        ("27/11/2027", "fr", StayDay(date(2027, 11, 27))),  # a year ahead, when written
        # Either: half a year back or ahead, so ask.
        ("30/06", "fr", StayDay(None, (date(2026, 6, 30), date(2027, 6, 30)))),
        ("1/08", "en", StayDay(None, (date(2026, 8, 1), date(2027, 8, 1)))),
        # Not a leaving day.
        ("in the past yesterday", "en", StayDay(None)),
        ("n'importe quoi", "fr", StayDay(None)),
        ("27/11/2024", "fr", StayDay(None)),  # over a year ago
        ("je suis rentrée le 27/11/2027", "fr", StayDay(None)),  # back in the future
        ("", "fr", StayDay(None)),
        ("x" * 500, "fr", StayDay(None)),
    ],
)
def test_the_leaving_day_is_read_past_or_ahead(text: str, language: str, expected: StayDay) -> None:
    assert read_stay_day(text, NOW, PARIS, language) == expected


def test_a_late_plan_spreads_its_first_check_ins_from_today() -> None:
    stay = Stay(NOV_27, NOV_27, welcome_from=TODAY)
    days = {first_check_in(stay, f"c{i:07d}") for i in range(200)}
    assert min(days) == TODAY
    assert max(days) == TODAY + timedelta(days=SPREAD_DAYS - 1)


def test_only_the_chosen_follow_a_late_plan_whatever_the_day_they_were_added() -> None:
    stay = Stay(NOV_27, NOV_27, welcome_from=TODAY)
    added_today = Contact("c0000001", "Jonas", NOW, in_stay=True)
    left_out = replace(added_today, contact_id="c0000002", in_stay=False)
    unchosen = replace(added_today, contact_id="c0000003", in_stay=None)
    check_in = first_check_in(stay, "c0000001")
    assert next_due(added_today, PARIS, stay) == check_in
    assert check_in < TODAY + timedelta(days=SPREAD_DAYS)
    a_month = date(2027, 1, 7)
    assert next_due(left_out, PARIS, stay) == a_month
    assert next_due(unchosen, PARIS, stay) == a_month  # added after the return: not met then


def test_after_the_first_check_in_a_late_plan_tapers_weekly() -> None:
    stay = Stay(NOV_27, NOV_27, welcome_from=TODAY)
    talked = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
    contact = Contact("c0000001", "Jonas", NOW, in_stay=True, last_contact_at=talked)
    assert next_due(contact, PARIS, stay) == date(2026, 12, 17)


def people() -> list[Contact]:
    return [
        Contact("c1", "Léa", NOW, met="Stage chez Airbus à Hambourg", tags=("airbus",)),
        Contact("c2", "Jonas", NOW, met="Airbus Hambourg, équipe A350", tags=("airbus",)),
        Contact("c3", "Ana", NOW, met="coloc à Hambourg"),
        Contact("c4", "Paul", NOW, met="lycée", tags=("lyon",)),
    ]


def test_the_stays_people_are_chosen_by_tag_or_by_how_they_were_met() -> None:
    everyone = people()
    by: dict[str, Any] = {"leaving": NOV_27, "zone": PARIS}
    assert [c.name for c in chosen(everyone, "tag", "airbus", **by)] == ["Léa", "Jonas"]
    assert [c.name for c in chosen(everyone, "met", "hambourg", **by)] == ["Léa", "Jonas", "Ana"]
    assert [c.name for c in chosen(everyone, "met", "Hambourg", **by)] == ["Léa", "Jonas", "Ana"]
    assert len(chosen(everyone, "all", "", **by)) == 4
    early = [replace(everyone[0], created_at=datetime(2026, 11, 27, 22, 30, tzinfo=UTC))]
    assert chosen([*early, *everyone[1:]], "before", "", **by) == early  # 23:30 in Paris
    assert met_words(everyone) == [("hambourg", 3), ("airbus", 2)]
    assert tags_offered(everyone) == [("airbus", 2), ("lyon", 1)]


def test_choosing_the_same_stays_people_again_keeps_the_plan_going() -> None:
    first = came_back(UserProfile(1, NOW), NOV_27, today=TODAY, zone=PARIS)
    later = came_back(first, NOV_27, today=TODAY + timedelta(days=5), zone=PARIS)
    assert later.welcome_from == TODAY
    other = came_back(first, date(2026, 11, 20), today=TODAY + timedelta(days=5), zone=PARIS)
    assert other.welcome_from == TODAY + timedelta(days=5)
