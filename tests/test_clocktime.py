"""Tests for reading and writing times of day."""

from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.clocktime import format_time_of_day, parse_time_of_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("09", time(9)),
        ("0", time(0)),
        ("23", time(23)),
        ("9:00", time(9)),
        ("09:30", time(9, 30)),
        ("00:00", time(0)),
        ("23:59", time(23, 59)),
        ("9.30", time(9, 30)),
        ("9 : 30", time(9, 30)),
        ("9h", time(9)),
        ("9H", time(9)),
        ("9h30", time(9, 30)),
        ("9 h 30", time(9, 30)),
        ("9 h", time(9)),
        ("21h15", time(21, 15)),
        ("21 h 05", time(21, 5)),
        ("9am", time(9)),
        ("9 am", time(9)),
        ("9 AM", time(9)),
        ("9 a.m.", time(9)),
        ("9pm", time(21)),
        ("9:30pm", time(21, 30)),
        ("9:30 PM", time(21, 30)),
        ("12pm", time(12)),
        ("12:15pm", time(12, 15)),
        ("12am", time(0)),
        ("12:45 am", time(0, 45)),
        ("1am", time(1)),
        ("midi", time(12)),
        ("Midi", time(12)),
        ("noon", time(12)),
        ("minuit", time(0)),
        ("MIDNIGHT", time(0)),
        ("  9:30  ", time(9, 30)),
        ("\t21h\n", time(21)),
    ],
)
def test_parse_time_of_day(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "25:00",
        "24:00",
        "24h",
        "9:75",
        "9:60",
        "13pm",
        "0am",
        "00pm",
        "9:5",
        "9:",
        "9.",
        ":30",
        "h30",
        "930",
        "9 30",
        "9:30:00",
        "-9",
        "+9",
        "9.5",
        "9,30",
        "nine",
        "midi et demi",
        "٩:٣٠",  # Arabic-Indic digits: int() would take them, we do not
        "𝟗",
        "9h30h",
        "9pmpm",
        "<b>9</b>",
    ],
)
def test_parse_time_of_day_rejects(text: str) -> None:
    assert parse_time_of_day(text) is None


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (time(9), "en", "09:00"),
        (time(9, 30), "en", "09:30"),
        (time(21, 15), "en", "21:15"),
        (time(0), "en", "00:00"),
        (time(9), "fr", "9\u00a0h"),
        (time(9, 30), "fr", "9\u00a0h\u00a030"),
        (time(9, 5), "fr", "9\u00a0h\u00a005"),
        (time(21, 15), "fr", "21\u00a0h\u00a015"),
        (time(0), "fr", "0\u00a0h"),
        (time(12), "fr-CA", "12\u00a0h"),
        (time(12), "fr_FR", "12\u00a0h"),
        (time(12), "FR", "12\u00a0h"),
        (time(9, 30, 59), "en", "09:30"),  # seconds never show
        (time(9), "de", "09:00"),  # unknown languages fall back to English
        (time(9), "", "09:00"),
        (time(9), "french", "09:00"),
    ],
)
def test_format_time_of_day(value: time, language: str, expected: str) -> None:
    assert format_time_of_day(value, language) == expected


@settings(database=None)
@given(st.text(max_size=20))
def test_parse_time_of_day_never_raises(text: str) -> None:
    parsed = parse_time_of_day(text)
    assert parsed is None or (parsed.second, parsed.microsecond, parsed.tzinfo) == (0, 0, None)


@settings(database=None)
@given(st.times(), st.sampled_from(["en", "fr"]))
def test_formatted_times_parse_back(value: time, language: str) -> None:
    minute = value.replace(second=0, microsecond=0, tzinfo=None, fold=0)
    assert parse_time_of_day(format_time_of_day(value, language)) == minute
