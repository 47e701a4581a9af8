"""The idea catalogs: the same ideas in both languages, each a short line that renders."""

from __future__ import annotations

import itertools
import re
from typing import get_args

import pytest

from bot.config import LANGUAGES, Language
from bot.i18n import LOCALES_DIR, FluentArg, Translator
from bot.views.ideas import ARG_LIMITS
from core.ideas.choice import TEMPLATES, Template
from core.rules.due import MonthsBand
from tests.catalogs import variables_in

MAX_LENGTH = 200
SAMPLES = {
    "first_name": "Léa",
    "interest": "jazz",
    "work": "data scientist at Ubisoft",
    "city": "Montréal",
    "note": "her thesis defence in March",
    "met": "an Airbus internship in Hamburg",
    "holiday": "Thanksgiving",
}
NUMBERS: dict[str, tuple[FluentArg, ...]] = {
    "days": (0, 1, 6),
    "years": (1, 2, 10),
    "months": (2, 11, 14, 30),
    "band": get_args(MonthsBand),  # how the months round past a year: every variant renders
}
# French elides these before a vowel ("d'Alex"), which a name or free text may start with.
ELIDING = re.compile(
    r"\b(de|que|le|la|je|me|te|se|ne|lorsque|puisque) \{ \$(?!days|years|months|band)"
)


def source(language: Language) -> str:
    return (LOCALES_DIR / language / "ideas.ftl").read_text(encoding="utf-8")


def catalog(language: Language) -> dict[str, set[str]]:
    """Idea id -> the variables it uses."""
    return variables_in([LOCALES_DIR / language / "ideas.ftl"])


def renderings(template: Template, texts: dict[str, str]) -> list[dict[str, FluentArg]]:
    """The template's arguments with every combination of sample numbers."""
    numbers = [name for name in NUMBERS if name in template.arg_names]
    fixed: dict[str, FluentArg] = {
        name: texts[name] for name in template.arg_names if name not in NUMBERS
    }
    return [
        {**fixed, **dict(zip(numbers, values, strict=True))}
        for values in itertools.product(*(NUMBERS[name] for name in numbers))
    ]


@pytest.fixture(scope="module")
def translate() -> Translator:
    return Translator()


def test_both_languages_have_the_same_ideas_as_the_engine() -> None:
    keys = {template.key for template in TEMPLATES}
    assert len(keys) == len(TEMPLATES) >= 40
    for language in LANGUAGES:
        assert set(catalog(language)) == keys, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_idea_uses_exactly_the_facts_it_needs(language: Language) -> None:
    variables = catalog(language)
    for template in TEMPLATES:
        assert variables[template.key] == template.arg_names, template.key


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "texts",
    [SAMPLES, {name: "é" * limit for name, limit in ARG_LIMITS.items()}],
    ids=["samples", "longest"],
)
def test_every_idea_renders_as_one_short_line(
    translate: Translator, language: Language, texts: dict[str, str]
) -> None:
    for template in TEMPLATES:
        for args in renderings(template, texts):
            text = translate(language, template.key, **args)
            assert len(text) <= MAX_LENGTH, (template.key, args, text)
            assert "\n" not in text, text
            assert "{" not in text, text
            assert "  " not in text, text
            assert text == text.strip(), text


def test_french_and_english_are_written_separately(translate: Translator) -> None:
    for template in TEMPLATES:
        args = renderings(template, SAMPLES)[0]
        assert translate("fr", template.key, **args) != translate("en", template.key, **args)


def test_french_ideas_use_no_break_spaces(translate: Translator) -> None:
    for template in TEMPLATES:
        for args in renderings(template, SAMPLES):
            text = translate("fr", template.key, **args)
            for mark in (" :", " ;", " !", " ?", " »", "« "):
                assert mark not in text, f"plain space by {mark.strip()!r} in {template.key}"
            assert text.count("«\u00a0") == text.count("\u00a0»") == text.count("«"), text


def test_french_ideas_never_elide_before_a_name_or_free_text() -> None:
    assert ELIDING.findall(source("fr")) == []
