"""Places and time zones as the reader reads them: in their language, with a local time."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from bot.i18n import Html
from bot.views.render import Speaker
from core.place_names import found_place_name, zone_clock_name, zone_name
from core.places import Place, find_place
from core.reading.clocktime import format_time_of_day
from core.text import fold

_VOWELS = frozenset("aeiouy")


# The user's time zone and the place they chose it by ("Montréal"), as bot.context keeps it.
ChosenZone = tuple[str, str]
PLACE_LIMIT = 60


def chosen_place(zone: str, chosen: ChosenZone | None) -> str | None:
    """The place the user chose `zone` by, if that is still their zone."""
    if chosen is None or chosen[0] != zone or not chosen[1]:
        return None
    return chosen[1]


def zone_words(speaker: Speaker, zone: str, chosen: ChosenZone | None) -> str:
    """The user's zone as the settings show it: the place they chose it by ("Montréal"), else
    the clock's own name ("heure de l'Est nord-américain": not "Toronto", which they may not
    have chosen), else the zone's city."""
    language = speaker.language
    return (
        chosen_place(zone, chosen) or zone_clock_name(zone, language) or zone_name(zone, language)
    )


def zone_time(speaker: Speaker, zone: str, chosen: ChosenZone | None = None) -> Html:
    """A zone's time in words: "heure de Montréal", "heure d'Amsterdam", "Paris time" (the
    place the user chose it by), else "heure d'Europe centrale", else the zone's city's."""
    name = chosen_place(zone, chosen)
    if name is None and (clock := zone_clock_name(zone, speaker.language)) is not None:
        return Html(escape(clock))
    name = name or zone_name(zone, speaker.language)
    initial = "vowel" if fold(name)[:1] in _VOWELS else "other"
    return Html(speaker.text("zone-time", zone=name, initial=initial))


def found_place(speaker: Speaker, place: Place) -> str:
    """A place the user just named, in their language: "Londres, Royaume-Uni"."""
    return found_place_name(place, speaker.language)


def place_choice(speaker: Speaker, place: Place, now: datetime) -> str:
    """A button for one of several places: its name and the time there, never a zone id."""
    clock = format_time_of_day(now.astimezone(ZoneInfo(place.timezone)).time(), speaker.language)
    return speaker.text("place-choice", place=found_place(speaker, place), time=clock)


def zone_button(speaker: Speaker, zone: str) -> str:
    """The text of a button that answers "where do you live?" with `zone`: its city's name when
    that name finds the very same zone again ("Paris"), else the zone id, which always does."""
    name = zone_name(zone, speaker.language)
    found = find_place(name).best
    return name if found is not None and found.timezone == zone else zone
