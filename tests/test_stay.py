"""The stay's end, pure: the leaving day, the spread of first check-ins, the tapering rhythm."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.rules.cadence import Cadence
from core.rules.stay import (
    Stay,
    checklist_due,
    first_check_in,
    is_personal_channel,
    parse_leaving_day,
    welcome_back_due,
)

TODAY = date(2026, 3, 2)
STAY = Stay(started=date(2026, 1, 5), leaving=date(2026, 3, 31))
MONTHLY = Cadence(1, "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/03", date(2026, 3, 30)),
        ("30 mars", date(2026, 3, 30)),
        ("2026-06-30", date(2026, 6, 30)),
        ("dans 3 semaines", date(2026, 3, 23)),
        ("in 3 weeks", date(2026, 3, 23)),
        ("demain", date(2026, 3, 3)),
        ("hier", None),
        ("banana", None),
        ("", None),
        ("x" * 500, None),
    ],
)
def test_parse_leaving_day(text: str, expected: date | None) -> None:
    assert parse_leaving_day(text, TODAY, "fr") == expected


def test_first_check_ins_are_spread_over_the_two_weeks_after_leaving() -> None:
    days = [first_check_in(STAY, f"{n:08x}") for n in range(200)]
    assert min(days) == STAY.leaving + timedelta(days=1)
    assert max(days) == STAY.leaving + timedelta(days=14)
    assert len(set(days)) == 14


def test_the_rhythm_tapers_weekly_then_monthly_then_their_own() -> None:
    def due(last: date | None, added: date = date(2026, 2, 1), own: Cadence = MONTHLY) -> date:
        own_due = own.after(last or added)
        return welcome_back_due(
            own_due, added=added, last_contact=last, contact_id="c1", stay=STAY, own=own
        )

    assert due(None) == date(2026, 3, 1)  # their own rhythm holds during the stay
    assert due(date(2026, 3, 20)) == first_check_in(STAY, "c1")  # brought forward after it
    assert due(date(2026, 4, 10)) == date(2026, 4, 17)  # first month back: weekly
    assert due(date(2026, 5, 20)) == date(2026, 6, 20)  # then monthly
    yearly = Cadence(1, "year")
    assert due(date(2026, 8, 1), own=yearly) == date(2027, 8, 1)  # then their own rhythm
    assert due(date(2026, 4, 10), own=Cadence(3, "day")) == date(2026, 4, 13)  # never slower
    met_before = date(2025, 12, 1)
    assert due(None, added=met_before) == MONTHLY.after(met_before)  # not met during the stay
    no_taper = Stay(STAY.started, STAY.leaving, taper=False)
    assert welcome_back_due(
        date(2026, 5, 1), added=date(2026, 2, 1), last_contact=None, contact_id="c1",
        stay=no_taper, own=MONTHLY,
    ) == date(2026, 5, 1)  # fmt: skip


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 1, 4), False),  # before the stay
        (date(2026, 3, 3), True),  # 28 days left: weekly
        (date(2026, 3, 4), False),
        (date(2026, 3, 17), True),  # the last two weeks: daily
        (date(2026, 3, 31), True),
        (date(2026, 4, 1), False),
    ],
)
def test_the_checklist_is_weekly_then_daily(today: date, expected: bool) -> None:
    assert checklist_due(STAY, today) is expected


@pytest.mark.parametrize(
    ("kind", "value", "personal"),
    [
        ("email", "lea@gmail.com", True),
        ("email", "lea.martin@airbus.com", False),
        ("phone", "+33612345678", True),
        ("telegram", "@lea", True),
        ("url", "https://lea.dev", False),
    ],
)
def test_personal_channels(kind: str, value: str, personal: bool) -> None:
    assert is_personal_channel(kind, value) is personal
