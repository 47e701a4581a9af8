"""A sweep of bad input over today's commands, in French and English: every one gets an answer
in the user's language, never the generic error, and nothing is logged as an error.

The inputs are the ones a demanding new user tries first: no argument, an unknown name, two
namesakes, a name with `<b>&`, an emoji-only name, 4,000 characters, past and nonsense dates,
a way to reach someone that is no link.
"""

from __future__ import annotations

import logging

import pytest

from core.model import Channel
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_nudges import onboard

LONG = "n" * 4000
SWEEP = (
    "/note",
    "/note Zorglub un truc",
    "/note Léa un truc",
    "/note <b>& Co un truc",
    "/note 🦊🌸 emoji",
    f"/note Tom {LONG}",
    "/remind Tom",
    "/remind Zorglub demain",
    "/remind Tom hier",
    "/remind Tom le 1er janvier 2020",
    "/remind Tom le 31 février",
    "/remind Tom blorp",
    "/remind Léa demain",
    "/remind 🦊🌸 demain",
    f"/remind Tom demain {LONG}",
    "/log",
    "/log Zorglub",
    "/log Tom demain",
    "/log Tom le 32 mars",
    "/log Tom 99/99",
    "/log <b>& Co hier",
    f"/log Tom {LONG}",
    "/rhythm",
    "/rhythm #",
    "/rhythm #nope",
    "/rhythm #airbus blorp",
    "/rhythm #airbus every 0 weeks",
    "/review",
    "/ask",
    "/ask 🦊",
    "/ask <b>&",
    f"/ask {LONG}",
    "/favors",
    "/leaving blorp",
    "/leaving 31/02",
    "/taper maybe",
    "/contact Paul",
    "/today",
    "/cancel",
)
NOTHING_TO_CANCEL = {"fr": "Il n'y a rien à annuler", "en": "There's nothing to cancel"}
GENERIC = {
    "fr": "Désolé, un problème est survenu",
    "en": "Sorry, something went wrong",
}


@pytest.mark.parametrize("language", ["fr", "en"])
async def test_every_bad_input_gets_an_answer_and_no_error(
    bot: RunningBot, tg: FakeTelegram, caplog: pytest.LogCaptureFixture, language: str
) -> None:
    caplog.set_level(logging.ERROR)
    await onboard(bot, 901, "Europe/Paris", language=language)
    await seed(
        bot.repo,
        901,
        person("a1", "Léa Martin", last_days_ago=40),
        person("a2", "Léa Dubois", last_days_ago=10),
        person("b1", "<b>& Co", last_days_ago=20),
        person("e1", "🦊🌸", last_days_ago=20),
        person("t1", "Tom", last_days_ago=5, tags=("airbus",)),
        person("p1", "Paul", last_days_ago=60, channels=(Channel("url", "javascript:alert(1)"),)),
    )
    user = tg.user(901, language_code=language)
    for text in SWEEP:
        await user.send(text)
        answer = await user.next_message()  # each gets at least one answer
        assert GENERIC[language] not in answer.plain_text, text
    await user.wait_for(lambda m: NOTHING_TO_CANCEL[language] in m.plain_text)  # the last
    assert all(GENERIC[language] not in m.plain_text for m in user.messages)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
