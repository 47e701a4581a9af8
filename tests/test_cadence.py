"""Tests for keep-in-touch cadences: storage notation, calendar arithmetic and parsing."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.rules.cadence import CHOICES, Cadence, Unit, parse_cadence


@pytest.mark.parametrize(
    ("cadence", "spec"),
    [
        (Cadence(10, "day"), "10d"),
        (Cadence(2, "week"), "2w"),
        (Cadence(1, "month"), "1m"),
        (Cadence(3, "month"), "3m"),
        (Cadence(6, "month"), "6m"),
        (Cadence(1, "year"), "1y"),
        (Cadence(730, "day"), "730d"),
    ],
)
def test_spec_round_trip(cadence: Cadence, spec: str) -> None:
    assert cadence.spec == spec
    assert Cadence.from_spec(spec) == cadence


@pytest.mark.parametrize(
    "spec", ["", "d", "0d", "01d", "-1d", "1x", "1 d", "1D", " 1d", "1d ", "3y", "731d", "1.5m"]
)
def test_from_spec_rejects(spec: str) -> None:
    with pytest.raises(ValueError, match="cadence"):
        Cadence.from_spec(spec)


@pytest.mark.parametrize(("count", "unit"), [(0, "day"), (-1, "week"), (105, "week"), (1, "hour")])
def test_constructor_rejects(count: int, unit: Unit) -> None:
    with pytest.raises(ValueError, match="cadence"):
        Cadence(count, unit)


@pytest.mark.parametrize(
    ("cadence", "start", "expected"),
    [
        (Cadence(10, "day"), date(2026, 2, 25), date(2026, 3, 7)),
        (Cadence(2, "week"), date(2026, 12, 25), date(2027, 1, 8)),
        (Cadence(1, "month"), date(2026, 1, 31), date(2026, 2, 28)),
        (Cadence(1, "month"), date(2024, 1, 31), date(2024, 2, 29)),
        (Cadence(1, "month"), date(2026, 3, 31), date(2026, 4, 30)),
        (Cadence(3, "month"), date(2025, 11, 30), date(2026, 2, 28)),
        (Cadence(1, "year"), date(2024, 2, 29), date(2025, 2, 28)),
        (Cadence(2, "year"), date(2024, 2, 29), date(2026, 2, 28)),
        (Cadence(6, "month"), date(2025, 8, 31), date(2026, 2, 28)),
    ],
)
def test_after_uses_the_calendar(cadence: Cadence, start: date, expected: date) -> None:
    assert cadence.after(start) == expected


@pytest.mark.parametrize(
    ("cadence", "days"),
    [
        (Cadence(1, "day"), 1),
        (Cadence(1, "week"), 7),
        (Cadence(2, "week"), 14),
        (Cadence(1, "month"), 30),
        (Cadence(3, "month"), 91),
        (Cadence(6, "month"), 183),
        (Cadence(1, "year"), 365),
        (Cadence(2, "year"), 731),
    ],
)
def test_approx_days(cadence: Cadence, days: int) -> None:
    assert cadence.approx_days == days


def test_choices_are_the_buttons_in_order() -> None:
    assert [choice.spec for choice in CHOICES] == ["1w", "2w", "1m", "3m", "6m", "1y"]
    assert sorted(CHOICES, key=lambda cadence: cadence.approx_days) == list(CHOICES)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("every week", "1w"),
        ("weekly", "1w"),
        ("Weekly", "1w"),
        ("toutes les semaines", "1w"),
        ("chaque semaine", "1w"),
        ("hebdomadaire", "1w"),
        ("once a week", "1w"),
        ("une fois par semaine", "1w"),
        ("par semaine", "1w"),
        ("week", "1w"),
        ("every 2 weeks", "2w"),
        ("every other week", "2w"),
        ("fortnightly", "2w"),
        ("tous les 15 jours", "2w"),
        ("tous les quinze jours", "2w"),
        ("toutes les deux semaines", "2w"),
        ("une semaine sur deux", "2w"),
        ("twice a month", "2w"),
        ("deux fois par mois", "2w"),
        ("2x par mois", "2w"),
        ("bimensuel", "2w"),
        ("14 days", "2w"),
        ("every 10 days", "10d"),
        ("10 days", "10d"),
        ("10 jours", "10d"),
        ("10d", "10d"),
        ("10 d", "10d"),
        ("10j", "10d"),
        ("3 times a month", "10d"),
        ("3 fois par mois", "10d"),
        ("2w", "2w"),
        ("3 mois", "3m"),
        ("tous les 3 mois", "3m"),
        ("TOUS LES 3 MOIS !", "3m"),
        ("trimestriel", "3m"),
        ("quarterly", "3m"),
        ("every quarter", "3m"),
        ("4 fois par an", "3m"),
        ("four times a year", "3m"),
        ("monthly", "1m"),
        ("tous les mois", "1m"),
        ("mensuel", "1m"),
        ("chaque mois", "1m"),
        ("every month", "1m"),
        ("once a month", "1m"),
        ("une fois par mois", "1m"),
        ("1 fois/mois", "1m"),
        ("tous les deux mois", "2m"),
        ("bimestriel", "2m"),
        ("twice a year", "6m"),
        ("deux fois par an", "6m"),
        ("every 6 months", "6m"),
        ("tous les six mois", "6m"),
        ("semestriel", "6m"),
        ("yearly", "1y"),
        ("annually", "1y"),
        ("every year", "1y"),
        ("une fois par an", "1y"),
        ("tous les ans", "1y"),
        ("annuel", "1y"),
        ("chaque année", "1y"),
        ("Chaque Annee", "1y"),
        ("12 months", "1y"),
        ("every two years", "2y"),
        ("24 mois", "2y"),
        ("daily", "1d"),
        ("tous les jours", "1d"),
        ("every day", "1d"),
        ("once a day", "1d"),
        ("3 times a week", "2d"),
        ("every twelve weeks", "12w"),
        ("douze semaines", "12w"),
        ("730 days", "730d"),
    ],
)
def test_parse_cadence(text: str, spec: str) -> None:
    cadence = parse_cadence(text)
    assert cadence is not None
    assert cadence.spec == spec


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "3",
        "weeks ago",
        "every",
        "twice a day",
        "10 times a week",
        "0 days",
        "0d",
        "731 days",
        "105 weeks",
        "25 months",
        "every 3 years",
        "as",
        "a",
        "hello",
        "9999999999 days",
        "every 2-3 weeks",
        "🎉",
        "x" * 5000,
    ],
)
def test_parse_cadence_rejects(text: str) -> None:
    assert parse_cadence(text) is None


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789 dwmyjsa", max_size=12),
        st.from_regex(r"(every|tous les|[0-9]{1,4}) ?[a-z ]{0,15}", fullmatch=True),
    )
)
def test_parse_cadence_never_raises(text: str) -> None:
    cadence = parse_cadence(text)
    if cadence is not None:
        assert 1 <= cadence.approx_days <= 731
        assert Cadence.from_spec(cadence.spec) == cadence
