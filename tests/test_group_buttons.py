"""A button pressed in a group is answered: its spinner stops with the private-chat hint."""

from __future__ import annotations

import pytest

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed

HINT = {
    "en": "I only work in a private chat, so that your network stays yours. Write to me directly.",
    "fr": "Je ne fonctionne qu'en discussion privée, pour que ton réseau reste à toi. "
    "Écris-moi directement.",
}


@pytest.mark.parametrize("language", ["fr", "en"])
async def test_a_press_in_a_group_gets_the_private_chat_hint(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9501, person("m1", "Marie Dupont"))
    user = tg.user(9501, language_code=language)
    await user.send_in_group(-501, "/contact Marie")
    await user.send("/help")  # updates are handled in order: once this is answered, all are
    await user.next_message()
    [pointer] = tg.messages(-501)
    for data in ("list:1", "card:m1", "cpause:m1", "lang:fr", "form:save", "nonsense"):
        answer = await user.callback_answer(await user.press_data(pointer, data))
        assert (answer.text, answer.show_alert) == (HINT[language], True), data
    assert len(tg.messages(-501)) == 1  # nothing else said in the group
    await user.no_message()
    assert not (await bot.repo.get_contact(9501, "m1")).paused  # type: ignore[union-attr]
    assert await bot.repo.get_profile(9501) is None
