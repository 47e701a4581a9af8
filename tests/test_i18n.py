"""The catalogs: both languages carry the same messages, and every message renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import LANGUAGES, Language
from bot.i18n import LOCALES_DIR, Html, Translator, pick_language
from tests.catalogs import variables


def test_both_languages_have_the_same_messages() -> None:
    translate = Translator()
    french, english = translate.message_ids("fr"), translate.message_ids("en")
    assert sorted(french - english) == [], "messages missing in English"
    assert sorted(english - french) == [], "messages missing in French"


def test_both_languages_use_the_same_variables() -> None:
    assert variables("fr") == variables("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_and_escapes_its_arguments(language: Language) -> None:
    translate = Translator()
    for message_id, names in variables(language).items():
        text = translate(language, message_id, **dict.fromkeys(names, "<x&"))
        assert text.strip(), message_id
        assert "<x&" not in text, f"{message_id} does not escape its arguments"
        assert "\u2068" not in text, "Fluent isolation marks must be off"


def test_french_typography_uses_no_break_spaces() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (LOCALES_DIR / "fr").glob("*.ftl"))
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        value = line.partition("=")[2] if not line.startswith(" ") else line
        for mark in (" :", " ;", " !", " ?", " »"):
            assert mark not in value, f"plain space before {mark.strip()!r} in: {line}"


def test_a_text_formatted_again_is_the_same_and_kept_apart_by_argument_type() -> None:
    """Formatted texts are kept for reuse: the same arguments give the same text, and a value
    equal but of another type (Html against plain text) is formatted anew."""
    translate = Translator()
    plain = translate("en", "list-line", number=1, name="<b>Léa</b>", when="today")
    assert "&lt;b&gt;Léa&lt;/b&gt;" in plain
    assert translate("en", "list-line", number=1, name="<b>Léa</b>", when="today") == plain
    html = translate("en", "list-line", number=1, name=Html("<b>Léa</b>"), when="today")
    assert "<b><b>Léa</b></b>" in html
    assert translate("en", "list-line", number=1, name="<b>Léa</b>", when="today") == plain


def test_an_unknown_message_is_an_error() -> None:
    with pytest.raises(KeyError):
        Translator()("fr", "no-such-message")


def test_a_catalog_with_syntax_errors_is_refused(tmp_path: Path) -> None:
    for language in LANGUAGES:
        (tmp_path / language).mkdir()
        (tmp_path / language / "main.ftl").write_text("broken = { $\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"main\.ftl"):
        Translator(tmp_path)


@pytest.mark.parametrize(
    ("chosen", "telegram_code", "default", "expected"),
    [
        (None, "fr", "en", "fr"),
        (None, "fr-CA", "en", "fr"),
        (None, "en-GB", "fr", "en"),
        (None, "de", "en", "en"),
        (None, "de", "fr", "fr"),
        (None, None, "fr", "fr"),
        ("en", "fr", "fr", "en"),
        ("fr", "en", "en", "fr"),
        ("xx", "en", "fr", "en"),
    ],
)
def test_pick_language(
    chosen: str | None, telegram_code: str | None, default: Language, expected: Language
) -> None:
    assert pick_language(chosen, telegram_code, default) == expected
