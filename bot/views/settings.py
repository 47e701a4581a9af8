"""The settings card and its questions: days, daily maximum, language (text and keyboards)."""

from __future__ import annotations

from babel.lists import format_list
from telegram import InlineKeyboardMarkup

from bot.callbacks import (
    DailyMax,
    DaysPreset,
    DayToggle,
    PickLanguage,
    SettingsMenu,
    button,
)
from bot.config import LANGUAGES
from bot.views.places import ChosenZone, zone_words
from bot.views.render import Speaker
from bot.views.review import review_day_words
from core.model import UserProfile
from core.reading.clocktime import format_time_of_day
from core.rules.nudging import MAX_DAILY, MIN_DAILY
from services.settings import WEEK, WEEKDAYS, nudge_days

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
RANGE_FROM = 3  # consecutive days read as a range from this many: "Monday to Wednesday"
_MENU = (
    ("button-timezone", SettingsMenu("tz")),
    ("button-hour", SettingsMenu("hour")),
    ("button-days", SettingsMenu("days")),
    ("button-max", SettingsMenu("max")),
    ("button-mode", SettingsMenu("mode")),
    ("button-review", SettingsMenu("review")),
    ("button-language", SettingsMenu("lang")),
)


def settings_card(
    speaker: Speaker, profile: UserProfile, zone: str, clock: str, chosen: ChosenZone | None
) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting with its value, and a button to change each (`clock`: the time in `zone`,
    `chosen`: the place the user chose their zone by)."""
    text = speaker.text(
        "settings-card",
        zone=zone_words(speaker, zone, chosen),  # "Montréal", never "Europe/Paris"
        now=clock,
        hour=format_time_of_day(profile.nudge_time, speaker.language),
        days=days_words(speaker, profile.nudge_days),
        most=profile.daily_max,
        mode=speaker.text("settings-mode-digest" if profile.digest else "settings-mode-single"),
        language=LANGUAGE_NAMES[speaker.language],
    )
    text += "\n" + speaker.text(
        "settings-review", day=review_day_words(speaker, profile.review_day)
    )
    rows = [[button(speaker.text(label), payload)] for label, payload in _MENU]
    return text, InlineKeyboardMarkup(rows)


def days_words(speaker: Speaker, days: tuple[int, ...]) -> str:
    """ "every day", "weekdays", or the chosen days: "Monday to Saturday", "Monday and Friday"."""
    chosen = set(days)
    if not chosen or chosen == set(WEEK):
        return speaker.text("days-every")
    if chosen == set(WEEKDAYS):
        return speaker.text("days-weekdays")
    parts = []
    for run in _runs(sorted(chosen)):
        if len(run) >= RANGE_FROM:
            parts.append(
                speaker.text(
                    "days-range",
                    first=speaker.text(f"day-name-{run[0]}"),
                    last=speaker.text(f"day-name-{run[-1]}"),
                )
            )
        else:
            parts += [speaker.text(f"day-name-{day}") for day in run]
    return format_list(parts, locale=speaker.language)


def _runs(days: list[int]) -> list[list[int]]:
    """Days split into runs of consecutive ones: [1, 2, 3, 5] -> [[1, 2, 3], [5]]."""
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def days_keyboard(speaker: Speaker, profile: UserProfile) -> InlineKeyboardMarkup:
    """Every day, weekdays, a tick box per day, and done."""
    chosen = nudge_days(profile)
    toggles = [
        button(f"{'✅' if day in chosen else '▫️'} {speaker.text(f'day-{day}')}", DayToggle(day))
        for day in WEEK
    ]
    return InlineKeyboardMarkup(
        [
            [
                button(speaker.text("days-every"), DaysPreset("all")),
                button(speaker.text("days-weekdays"), DaysPreset("weekdays")),
            ],
            toggles[:4],
            toggles[4:],
            [button(speaker.text("button-days-done"), DaysPreset("done"))],
        ]
    )


def max_keyboard() -> InlineKeyboardMarkup:
    """The numbers a daily maximum can be."""
    numbers = [button(str(n), DailyMax(n)) for n in range(MIN_DAILY, MAX_DAILY + 1)]
    return InlineKeyboardMarkup([numbers[:5], numbers[5:]])


def language_keyboard() -> InlineKeyboardMarkup:
    """One button per language, in its own name."""
    return InlineKeyboardMarkup(
        [[button(LANGUAGE_NAMES[code], PickLanguage(code))] for code in LANGUAGES]
    )
