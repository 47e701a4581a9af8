"""Conversation ideas: which ones fit a contact on a given day, and one picked among them.

Each idea is a catalog message `idea-<slug>-<n>` (bot/locales/*/ideas.ftl) with the facts it
needs; an idea is offered only when every one of them is known. The pick is weighted so that
what only fits today wins (see `pick_idea`), and is otherwise uniform over the categories
available, then over the ideas of the chosen category.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, get_args

from dateutil.relativedelta import relativedelta

from core.ideas.holiday_calendar import holidays_near
from core.rules.birthdays import birthday_in_year
from core.rules.due import months_band

Category = Literal[
    "own_news",
    "their_interests",
    "follow_up",
    "ask_tip",
    "their_work",
    "anniversary",
    "holiday",
    "birthday",
]
CATEGORIES: tuple[Category, ...] = get_args(Category)

# What an idea can need, each filled from one fact (see _options).
Need = Literal[
    "first_name",
    "interest",
    "work",
    "city",
    "note",
    "met",
    "silence",  # months since you last talked, when it is a while
    "years",  # a whole-year anniversary of the day you met, today or in the next days
    "half_year",  # six months since the day you met, today or in the next days
    "holiday",  # a holiday in their country, today or in the next days
    "birthday",  # their birthday is today
]
Args = Mapping[str, str | int]

WINDOW_DAYS = 6  # holidays and anniversaries from today to 6 days ahead
SILENCE_MONTHS = 2  # from this many months without news, the silence is worth mentioning
TIMELY_CHANCE = 0.8  # how often a holiday or anniversary falling today wins the pick

# The arguments each need brings to the message; "days" counts from today (0 = today).
_ARGS: dict[Need, tuple[str, ...]] = {
    "first_name": ("first_name",),
    "interest": ("interest",),
    "work": ("work",),
    "city": ("city",),
    "note": ("note",),
    "met": ("met",),
    "silence": ("months", "band"),  # band: how the months round past a year (months_band)
    "years": ("years", "days"),
    "half_year": ("days",),
    # "holiday" is a key of holiday_calendar.NAMED, or the library's English name if it has none
    "holiday": ("holiday", "days"),
    "birthday": (),
}

_NAME: tuple[Need, ...] = ("first_name",)
_INTEREST: tuple[Need, ...] = ("first_name", "interest")
_NOTE: tuple[Need, ...] = ("first_name", "note")
_CITY: tuple[Need, ...] = ("first_name", "city")
_WORK: tuple[Need, ...] = ("first_name", "work")
_YEARS: tuple[Need, ...] = ("first_name", "years")
_MET_YEARS: tuple[Need, ...] = ("first_name", "met", "years")
_HOLIDAY: tuple[Need, ...] = ("first_name", "holiday")
_BIRTHDAY: tuple[Need, ...] = ("first_name", "birthday")

# The catalog, category by category: idea-<slug>-<n> is the n-th entry (from 1) of its row.
# A few ideas need nothing, so there is always something to offer.
_ROWS: tuple[tuple[Category, str, tuple[tuple[Need, ...], ...]], ...] = (
    (
        "own_news",
        "own_news",
        (
            (),
            (),
            _NAME,
            _NAME,
            _NAME,
            ("first_name", "met"),
            ("first_name", "silence"),
            ("silence",),
        ),
    ),
    ("their_interests", "interests", (_INTEREST,) * 5 + (("interest",),)),
    ("follow_up", "follow_up", (_NOTE,) * 5 + (("note",),)),
    ("ask_tip", "tip", (_CITY,) * 4 + (_WORK,) * 3),
    ("their_work", "work", (_WORK,) * 6),
    (
        "anniversary",
        "anniversary",
        (
            _YEARS,
            _MET_YEARS,
            _MET_YEARS,
            _YEARS,
            ("first_name", "half_year"),
            ("first_name", "met", "half_year"),
        ),
    ),
    ("holiday", "holiday", (_HOLIDAY,) * 3 + (("holiday",),)),
    ("birthday", "birthday", (_BIRTHDAY,) * 3 + (("birthday",),)),
)

# Which ideas take precedence when they fit today, tried in turn, with their chance of winning.
_PRECEDENCE: tuple[tuple[frozenset[Category], float], ...] = (
    (frozenset({"birthday"}), 1.0),
    (frozenset({"holiday", "anniversary"}), TIMELY_CHANCE),
)


@dataclass(frozen=True)
class Facts:
    """What is known of a contact, as plain values.

    `met_on` is the day you met, or the closest known stand-in (the day the contact was added,
    or an earlier logged conversation): anniversaries count from it. `last_note` is the note of
    the last conversation, `last_contact` its day.
    """

    first_name: str
    interests: tuple[str, ...] = ()
    work: str = ""
    city: str | None = None
    country_code: str | None = None
    met: str = ""
    met_on: date | None = None
    last_note: str = ""
    last_contact: date | None = None
    birthday_today: bool = False


@dataclass(frozen=True)
class Template:
    """One idea of the catalog and the facts it needs."""

    key: str
    category: Category
    needs: tuple[Need, ...]

    @property
    def arg_names(self) -> frozenset[str]:
        """The variables its catalog message uses."""
        return frozenset(name for need in self.needs for name in _ARGS[need])


@dataclass(frozen=True)
class Idea:
    """An idea ready to render: the catalog message id and its arguments."""

    key: str
    category: Category
    args: Args = field(default_factory=dict, hash=False)

    @property
    def today(self) -> bool:
        """Whether it is about something happening today (a birthday, a holiday, a date)."""
        return self.category == "birthday" or self.args.get("days") == 0


TEMPLATES: tuple[Template, ...] = tuple(
    Template(f"idea-{slug}-{number}", category, needs)
    for category, slug, rows in _ROWS
    for number, needs in enumerate(rows, 1)
)


def available(facts: Facts, today: date, language: str) -> list[Idea]:
    """Every idea whose facts are known, in catalog order (holiday names in `language`).

    An idea needing a list (interests, holidays this week) comes once per item.
    """
    options = _options(facts, today, language)
    ideas: list[Idea] = []
    for template in TEMPLATES:
        for parts in itertools.product(*(options[need] for need in template.needs)):
            args = {name: value for part in parts for name, value in part.items()}
            ideas.append(Idea(template.key, template.category, args))
    return ideas


def pick_idea(
    facts: Facts, today: date, language: str, rng: random.Random, *, avoid: str | None = None
) -> Idea:
    """One idea for today, never `avoid` (the last one offered) unless it is the only one.

    A birthday today always wins; a holiday or anniversary today wins with TIMELY_CHANCE.
    Otherwise a category is drawn uniformly among those available, then an idea of it, then
    (for ideas that come once per interest or holiday) one of its variants.
    """
    ideas = available(facts, today, language)
    pool = [idea for idea in ideas if idea.key != avoid] or ideas
    for categories, chance in _PRECEDENCE:
        timely = [idea for idea in pool if idea.category in categories and idea.today]
        if timely and rng.random() < chance:
            pool = timely
            break
    category = rng.choice([c for c in CATEGORIES if any(idea.category == c for idea in pool)])
    key = rng.choice(list(dict.fromkeys(idea.key for idea in pool if idea.category == category)))
    return rng.choice([idea for idea in pool if idea.key == key])


def _options(facts: Facts, today: date, language: str) -> dict[Need, list[Args]]:
    """For each need, the argument sets the facts can fill it with (none: not known)."""
    interests = dict.fromkeys(item.strip() for item in facts.interests if item.strip())
    holidays = holidays_near(facts.country_code, today, WINDOW_DAYS, language)
    years, half_year = _anniversaries(facts.met_on, today)
    return {
        "first_name": _text("first_name", facts.first_name),
        "interest": [{"interest": interest} for interest in interests],
        "work": _text("work", facts.work),
        "city": _text("city", facts.city or ""),
        "note": _text("note", facts.last_note),
        "met": _text("met", facts.met),
        "silence": _silence(facts.last_contact, today),
        "years": years,
        "half_year": half_year,
        "holiday": [
            {"holiday": holiday.key or holiday.name, "days": days} for holiday, days in holidays
        ],
        "birthday": [{}] if facts.birthday_today else [],
    }


def _text(name: str, value: str) -> list[Args]:
    return [{name: value.strip()}] if value.strip() else []


def _silence(last_contact: date | None, today: date) -> list[Args]:
    """The whole months since you last talked, when there are SILENCE_MONTHS or more."""
    if last_contact is None:
        return []
    since = relativedelta(today, last_contact)
    months = since.years * 12 + since.months
    return [{"months": months, "band": months_band(months)}] if months >= SILENCE_MONTHS else []


def _anniversaries(met_on: date | None, today: date) -> tuple[list[Args], list[Args]]:
    """Whole-year and six-month anniversaries of the day you met, within the window.

    A 29 February is remembered on the 28th in common years, as birthdays are.
    """
    years: list[Args] = []
    half_year: list[Args] = []
    if met_on is None:
        return years, half_year
    six_months = met_on + relativedelta(months=6)
    for days in range(WINDOW_DAYS + 1):
        day = today + timedelta(days=days)
        count = day.year - met_on.year
        if count >= 1 and birthday_in_year(met_on.day, met_on.month, day.year) == day:
            years.append({"years": count, "days": days})
        if day == six_months:
            half_year.append({"days": days})
    return years, half_year
