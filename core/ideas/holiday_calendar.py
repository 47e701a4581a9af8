"""Holidays and festivals in a country around a date, named in the reader's language.

The calendar comes from the `holidays` library. A country's holidays are its national public
holidays and festivals (the "public" and "unofficial" categories: Halloween in the United
States...), plus the regional public holidays kept in at least half of its subdivisions: in
Canada, Thanksgiving is provincial but kept almost everywhere. Holidays moved to a weekday
("observed") are left out: the day itself is what people celebrate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import holidays
from holidays.holiday_base import HolidayBase

_CATEGORIES = ("public", "unofficial")
_REGIONAL_CATEGORIES = ("public",)


def holidays_near(
    country_code: str | None, today: date, window_days: int, language: str
) -> list[tuple[str, int]]:
    """(name, days from today) of each holiday from today to `window_days` ahead.

    A holiday lasting several days is given once, at its first day in the window. An unknown
    or missing country has none.
    """
    if not country_code:
        return []
    found: dict[str, int] = {}
    for days in range(window_days + 1):
        day = today + timedelta(days=days)
        for name in _calendar(country_code.upper(), day.year, language).get(day, ()):
            found.setdefault(name, days)
    return list(found.items())


def holiday_language(supported: Iterable[str], default: str | None, language: str) -> str | None:
    """The library's language for the reader's, else English, else None (its own default)."""
    codes = tuple(supported)
    own = [language] if language in codes else [c for c in codes if c.startswith(f"{language}_")]
    english = [c for c in (default or "", "en_US", "en_GB", *codes) if c.startswith("en")]
    return next((code for code in [*own, *english] if code in codes), None)


@lru_cache(maxsize=512)
def _calendar(country_code: str, year: int, language: str) -> dict[date, tuple[str, ...]]:
    """Every holiday of a country in a year, by day."""
    try:
        country = holidays.country_holidays(country_code)
    except NotImplementedError:  # a country the library does not cover
        return {}
    spoken = holiday_language(country.supported_languages, country.default_language, language)
    options: dict[str, Any] = (
        {"islamic_show_estimated": False}
        if "islamic_show_estimated" in country.get_supported_options()
        else {}
    )

    def load(subdivision: str | None, categories: Iterable[str]) -> HolidayBase:
        kept = [category for category in categories if category in country.supported_categories]
        return holidays.country_holidays(
            country_code,
            subdiv=subdivision,
            years=year,
            language=spoken,
            observed=False,
            categories=kept,
            **options,
        )

    national = load(None, _CATEGORIES)
    calendar = {day: tuple(national.get_list(day)) for day in national}
    national_days = frozenset(calendar)
    regions = country.subdivisions
    counts: Counter[tuple[date, str]] = Counter()
    for region in regions:
        regional = load(region, _REGIONAL_CATEGORIES)
        counts.update((day, name) for day in regional for name in regional.get_list(day))
    for (day, name), kept_in in sorted(counts.items()):
        # Only days with no national holiday, so a name spelt another way is not given twice.
        if day not in national_days and kept_in * 2 >= len(regions):
            calendar[day] = (*calendar.get(day, ()), name)
    return calendar
