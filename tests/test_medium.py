"""How an exchange happened, read from its note, and shown on the card."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.reading.medium import Medium, guess_medium
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("appel rapide", "call"),
        ("un coup de fil pour son anniversaire", "call"),
        ("called her after the interview", "call"),
        ("on s'est écrit sur WhatsApp", "message"),
        ("SMS", "message"),
        ("mail envoyé avec mon CV", "email"),
        ("visio dimanche", "video"),
        ("coffee in Lyon", "in_person"),
        ("Déjeuner près du bureau", "in_person"),
        ("elle a eu le poste", None),
        ("tel quel, vu que rien n'a changé", None),  # everyday words, not a medium
        ("", None),
    ],
)
def test_guess_medium(note: str, expected: Medium | None) -> None:
    assert guess_medium(note) == expected


@given(st.text())
def test_never_raises(note: str) -> None:
    assert guess_medium(note) in (None, "call", "message", "email", "video", "in_person")


async def test_a_logged_coffee_shows_on_the_card(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 1201, person("a1", "Marie Dupont"))
    user = tg.user(1201, language_code="fr")
    await user.send("/log Marie café à Lyon")
    await user.next_message()
    [logged] = await bot.repo.interactions(1201, "a1")
    assert (logged.note, logged.channel) == ("café à Lyon", "in_person")
    await user.send("/contact Marie")
    card = await user.next_message()
    assert "☕ : café à Lyon" in card.plain_text
