"""Nudges and cards name the other clock by a city in the reader's language, only when it
differs from the user's (at 08:00 UTC: 9 h in Paris, 3 h in Toronto, 17 h in Tokyo)."""

from __future__ import annotations

from datetime import UTC, datetime
from random import Random
from zoneinfo import ZoneInfo

from bot.config import Language
from bot.i18n import Translator
from bot.views.ideas import idea_for
from bot.views.nudges import nudge_text
from bot.views.render import card_text
from bot.views.voice import Voice
from core.fields import apply_place
from core.model import Contact
from core.places import find_place

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PARIS, LONDON = ZoneInfo("Europe/Paris"), ZoneInfo("Europe/London")
TRANSLATE = Translator()


def added(typed: str, language: str = "fr") -> Contact:
    best = find_place(typed).best
    assert best is not None, typed
    return apply_place(Contact("c1", "Lena Vogel", NOW), best, language)


def nudge(contact: Contact, language: Language, zone: ZoneInfo = PARIS) -> str:
    voice = Voice(language, TRANSLATE)
    text = nudge_text(voice, contact, None, birthday=False, now=NOW, zone=zone, idea="")
    return text.replace("\u00a0", " ")


def card(contact: Contact, language: Language, zone: ZoneInfo) -> str:
    voice = Voice(language, TRANSLATE)
    return card_text(voice, contact, (), due=None, now=NOW, zone=zone).replace("\u00a0", " ")


def test_a_nudge_shows_their_time_only_on_another_clock() -> None:
    assert "🌍" not in nudge(added("Hambourg"), "fr")  # Hamburg's clock is Paris's
    assert "🌍" not in nudge(added("Hambourg"), "en")
    assert "🌍 Il est 9 h à Hambourg." in nudge(added("Hambourg"), "fr", LONDON)
    assert "🌍 It's 09:00 in Hamburg." in nudge(added("Hambourg"), "en", LONDON)
    toronto = nudge(added("Toronto"), "fr")
    assert "🌍 Il est 3 h à Toronto : écris-lui plutôt cet après-midi." in toronto
    assert "🌍 Il est 17 h à Tokyo." in nudge(added("Japon"), "fr")  # a country: its clock
    assert "🌍 Il est 8 h à Londres :" in nudge(added("London", "en"), "fr")


def test_a_card_shows_the_time_there_only_on_another_clock() -> None:
    assert "📍 Hambourg, Allemagne\n" in card(added("Hambourg"), "fr", PARIS)
    assert "📍 Hambourg, Allemagne (il est 9 h là-bas)" in card(added("Hambourg"), "fr", LONDON)
    assert "📍 Hamburg, Germany (09:00 there now)" in card(added("Hambourg"), "en", LONDON)
    assert "📍 Japon (Tokyo : 17 h)" in card(added("Japon"), "fr", PARIS)
    assert "📍 Japan (Tokyo: 17:00)" in card(added("Japon"), "en", PARIS)
    for language in ("fr", "en"):
        for typed in ("Toronto", "Europe/London", "UTC+5", "Osaka"):
            assert "/" not in card(added(typed), language, PARIS).split("\n")[1], typed


def test_ideas_name_the_city_in_the_readers_language() -> None:
    contact = added("Hambourg")
    seen: dict[str, set[str]] = {"fr": set(), "en": set()}
    for language in ("fr", "en"):
        voice = Voice(language, TRANSLATE)
        for seed in range(200):
            key, text = idea_for(voice, contact, None, today=NOW.date(), rng=Random(seed))
            if key.startswith("idea-tip"):
                seen[language].add(text)
    assert seen["fr"]
    assert seen["en"]
    assert all("Hambourg" in text and "Hamburg" not in text for text in seen["fr"])
    assert all("Hamburg" in text and "Hambourg" not in text for text in seen["en"])
