"""Holidays and festivals in a country around a date, each with the key of its curated name.

The calendar comes from the `holidays` library, always read in English (en_US): those names are
stable across countries and versions, so they key a short curated table (`NAMED`) of the
holidays that matter most where students go; the catalogs give each key its name in French and
English, article included ("l'Action de grâce"). The library has no French names for most
countries, so a French reader never sees the library's own names: a public holiday without a
key is "un jour férié", and a festival without one (Groundhog Day...) is not offered.

A country's holidays are its national public holidays and festivals (the "public" and
"unofficial" categories: Halloween in the United States...), plus the regional public holidays
kept in at least half of its subdivisions: in Canada, Thanksgiving is provincial but kept almost
everywhere. Holidays moved to a weekday ("observed") are left out: the day itself is what people
celebrate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import holidays
from holidays.holiday_base import HolidayBase

_CATEGORIES = ("public", "unofficial")
_REGIONAL_CATEGORIES = ("public",)
_LIBRARY_LANGUAGE = "en_US"

# The library's English name -> the key of its catalog message `holiday-<key>`, in both
# languages. Small on purpose: the holidays people talk about in the countries students go to
# (DE, IT, ES, GB, US, CA, JP, CH, BE, NL, IE, PT, the rest of Europe and East Asia).
NAMED: dict[str, str] = {
    "New Year's Day": "new-year",
    "New Year's Eve": "new-year-eve",
    "Epiphany": "epiphany",
    "Valentine's Day": "valentine",
    "Saint Patrick's Day": "saint-patrick",
    "Good Friday": "good-friday",
    "Easter Sunday": "easter",
    "Easter Monday": "easter-monday",
    "Labor Day": "labour-day",
    "Labour Day": "labour-day",
    "Ascension Day": "ascension",
    "Pentecost": "pentecost",
    "Pentecost Monday": "pentecost-monday",
    "Corpus Christi": "corpus-christi",
    "Mother's Day": "mothers-day",
    "Father's Day": "fathers-day",
    "Assumption Day": "assumption",
    "Assumption Of Mary Day": "assumption",
    "All Saints' Day": "all-saints",
    "Halloween": "halloween",
    "Christmas Eve": "christmas-eve",
    "Christmas Day": "christmas",
    "Second Day of Christmas": "boxing-day",
    "Saint Stephen's Day": "boxing-day",
    "Boxing Day": "boxing-day",
    "National Day": "national-day",
    "Independence Day": "independence-day",
    "Constitution Day": "constitution-day",
    "Republic Day": "republic-day",
    "Liberation Day": "liberation-day",
    "German Unity Day": "german-unity",
    "Saint Francis of Assisi, Patron Saint of Italy": "saint-francis",
    "King's Day": "kings-day",
    "Canada Day": "canada-day",
    "Thanksgiving Day": "thanksgiving",
    "Thanksgiving": "thanksgiving",
    "Chinese New Year (Spring Festival)": "lunar-new-year",
    "Korean New Year": "lunar-new-year",
    "Mid-Autumn Festival": "mid-autumn",
    "Children's Day": "childrens-day",
    "Coming of Age Day": "coming-of-age",
    "Emperor's Birthday": "emperors-birthday",
    "Culture Day": "culture-day",
}


@dataclass(frozen=True)
class Holiday:
    """A holiday in a country: its library name (English) and its curated key, if any."""

    name: str
    key: str | None
    public: bool


def holidays_near(
    country_code: str | None, today: date, window_days: int, language: str
) -> list[tuple[Holiday, int]]:
    """Each holiday from today to `window_days` ahead that a `language` reader can be told of,
    with its days from today.

    A holiday lasting several days is given once, at its first day in the window. An English
    reader is told of every one, by its library name when it has no key. Anyone else is told
    only of what can be said in their language: the keyed holidays, and the first public
    holiday without a key ("a public holiday there", not the same words twice). An unknown or
    missing country has none.
    """
    if not country_code:
        return []
    found: dict[str, tuple[Holiday, int]] = {}
    for days in range(window_days + 1):
        day = today + timedelta(days=days)
        for holiday in _calendar(country_code.upper(), day.year).get(day, ()):
            found.setdefault(holiday.key or holiday.name, (holiday, days))
    if language == "en":
        return list(found.values())
    named = [(holiday, days) for holiday, days in found.values() if holiday.key]
    unnamed = [(holiday, days) for holiday, days in found.values() if not holiday.key]
    told = named + [pair for pair in unnamed if pair[0].public][:1]
    return sorted(told, key=lambda pair: pair[1])


@lru_cache(maxsize=512)
def _calendar(country_code: str, year: int) -> dict[date, tuple[Holiday, ...]]:
    """Every holiday of a country in a year, by day."""
    try:
        country = holidays.country_holidays(country_code)
    except NotImplementedError:  # a country the library does not cover
        return {}
    spoken = _LIBRARY_LANGUAGE if _LIBRARY_LANGUAGE in country.supported_languages else None
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

    public = load(None, _REGIONAL_CATEGORIES)
    public_names = {(day, name) for day in public for name in public.get_list(day)}
    national = load(None, _CATEGORIES)
    calendar = {
        day: tuple(_holiday(name, (day, name) in public_names) for name in national.get_list(day))
        for day in national
    }
    national_days = frozenset(calendar)
    regions = country.subdivisions
    counts: Counter[tuple[date, str]] = Counter()
    for region in regions:
        regional = load(region, _REGIONAL_CATEGORIES)
        counts.update((day, name) for day in regional for name in regional.get_list(day))
    for (day, name), kept_in in sorted(counts.items()):
        # Only days with no national holiday, so a name spelt another way is not given twice.
        if day not in national_days and kept_in * 2 >= len(regions):
            calendar[day] = (*calendar.get(day, ()), _holiday(name, public=True))
    return calendar


def _holiday(name: str, public: bool) -> Holiday:
    return Holiday(name, NAMED.get(name), public)
