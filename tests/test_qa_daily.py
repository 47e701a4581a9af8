"""The daily loop as a demanding user meets it, in French and English: what a QA sweep of
nudges, "done", /today, /log and /settings found wrong, each pinned here.
"""

from __future__ import annotations

import pytest

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.test_nudges import onboard


@pytest.mark.parametrize(
    ("language", "singular", "plural"),
    [
        ("fr", "Au plus 1 rappel par jour", "Au plus 2 rappels par jour"),
        ("en", "At most 1 reminder a day", "At most 2 reminders a day"),
    ],
)
async def test_a_daily_maximum_of_one_reads_in_the_singular(
    bot: RunningBot, tg: FakeTelegram, language: str, singular: str, plural: str
) -> None:
    await onboard(bot, 1101, "Europe/Paris", language=language)
    user = tg.user(1101, language_code=language)
    await user.send("/settings")
    card = await user.next_message()
    await user.press(card, "🔢")
    most = await user.wait_for(lambda m: m.button_texts[:2] == ["1", "2"])
    await user.press(most, "1")
    card = await user.wait_for(lambda m: "🔢" in m.plain_text and "1 " in m.plain_text)
    assert singular in card.plain_text
    await user.press(card, "🔢")
    most = await user.wait_for(lambda m: m.button_texts[:2] == ["1", "2"])
    await user.press(most, "2")
    card = await user.wait_for(lambda m: plural in m.plain_text)


@pytest.mark.parametrize(
    ("language", "first", "asked"),
    [("fr", "Pour commencer", "Où habites-tu maintenant"), ("en", "First,", "live now")],
)
async def test_changing_the_zone_later_is_not_asked_as_a_first_step(
    bot: RunningBot, tg: FakeTelegram, language: str, first: str, asked: str
) -> None:
    await onboard(bot, 1102, "Europe/Paris", language=language)
    user = tg.user(1102, language_code=language)
    await user.send("/settings")
    card = await user.next_message()
    await user.press(card, "🌍")
    question = await user.wait_for(lambda m: bool(m.reply_keyboard))
    assert asked in question.plain_text and first not in question.plain_text
    await user.send("/timezone")  # the open question is closed, then asked again
    before = question.message_id
    question = await user.wait_for(lambda m: bool(m.reply_keyboard) and m.message_id > before)
    assert asked in question.plain_text and first not in question.plain_text
