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


async def test_log_without_a_note_tapped_twice_logs_once(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 802, "Europe/Paris", language="en")
    await seed(bot.repo, 802, person("t1", "Tom", last_days_ago=5))
    user = tg.user(802, language_code="en")
    await user.send("/contact Tom")
    card = await user.next_message()
    await user.press(card, "✅ Log")
    asked = await user.wait_for(lambda m: "What did you talk about" in m.plain_text)
    data = asked.find_button("Log without a note").callback_data
    assert data is not None
    first = await user.press_data(asked, data)  # the second before the first's edit shows
    second = await user.press_data(asked, data)
    await user.callback_answer(first)
    answer = await user.callback_answer(second)
    assert answer.text == "Already logged: I won't count it twice."
    assert len(await bot.repo.interactions(802, "t1")) == 1
