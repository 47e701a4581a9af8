"""A demanding user's bad input and old buttons on today's commands, end to end (fake Bot API,
injected clock; Monday 2 March 2026, 09:00 Paris): each test pins a fix found by exploring."""

from __future__ import annotations

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_nudges import onboard


async def test_remind_on_a_past_year_says_so_rather_than_planning_next_year(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 801, "Europe/Paris")
    await seed(bot.repo, 801, person("t1", "Tom", last_days_ago=5))
    user = tg.user(801, language_code="fr")
    await user.send("/remind Tom le 1er janvier 2020 appeler")
    said = (await user.next_message()).plain_text
    assert "Je n'ai pas trouvé de jour à venir" in said
    assert await bot.repo.reminders(801) == []
