"""/log's words after the name: a leading date phrase, when there is one, then the note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.reading.logline import split_moment

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # Monday, 09:00 in Paris
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("language", "typed", "day", "note"),
    [
        ("fr", "café à la gare", "2026-03-02", "café à la gare"),
        ("fr", "hier café", "2026-03-01", "café"),
        ("fr", "hier soir : concert", "2026-03-01", "concert"),
        ("fr", "avant-hier déjeuner", "2026-02-28", "déjeuner"),
        ("fr", "lundi dernier un appel", "2026-02-23", "un appel"),
        ("fr", "il y a 3 jours appel", "2026-02-27", "appel"),
        ("fr", "le 12/09 dîner", "2025-09-12", "dîner"),
        ("fr", "12 septembre : verre", "2025-09-12", "verre"),
        ("fr", "un café", "2026-03-02", "un café"),  # "un" alone reads as a date
        ("fr", "mai prochain elle part", "2026-03-02", "mai prochain elle part"),
        ("fr", "hier", "2026-03-01", ""),
        ("fr", "demain : rien", "2026-03-02", "demain : rien"),  # not in the past
        ("en", "yesterday coffee", "2026-03-01", "coffee"),
        ("en", "3 days ago: call about the job", "2026-02-27", "call about the job"),
        ("en", "the day before yesterday walk", "2026-02-28", "walk"),
        ("en", "Sunday: brunch", "2026-03-01", "brunch"),
        ("en", "may 12 lunch", "2025-05-12", "lunch"),
        ("en", "may be moving to Paris", "2026-03-02", "may be moving to Paris"),
        ("en", "sat down for coffee", "2026-03-02", "sat down for coffee"),
        ("en", "a quick call", "2026-03-02", "a quick call"),
        (
            "en",
            "last time we spoke about the job",
            "2026-03-02",
            "last time we spoke about the job",
        ),
        ("en", ": just a note", "2026-03-02", "just a note"),
        ("en", "", "2026-03-02", ""),
    ],
)
def test_split_moment(language: str, typed: str, day: str, note: str) -> None:
    at, rest = split_moment(typed, NOW, PARIS, language)
    assert (at.astimezone(PARIS).date().isoformat(), rest) == (day, note)
    assert at <= NOW


def test_no_date_means_now_and_a_date_keeps_its_time_of_day() -> None:
    assert split_moment("coffee", NOW, PARIS, "en")[0] == NOW
    assert split_moment("yesterday", NOW, PARIS, "en")[0] == NOW - timedelta(days=1)
