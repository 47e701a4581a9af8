"""Second QA pass on the daily loop, end to end (fake Bot API, injected clock; Monday 2 March
2026, 09:00 Paris)."""

from __future__ import annotations

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_nudges import onboarded_with

REMINDER_STARTS = ("⏰ Tu voulais", "⏰ You wanted")


async def test_a_reminder_for_a_day_the_bot_missed_names_that_day(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2001, "Europe/Paris", person("a1", "Léa", last_days_ago=2))
    await user.send("/remind Léa demain le stage")
    await user.next_message()
    await bot.stop()
    bot.clock.advance(days=2)  # down all of Tuesday
    await bot.start()
    reminder = await user.wait_for(lambda m: m.plain_text.startswith(REMINDER_STARTS))
    assert reminder.plain_text.startswith(
        "⏰ Tu voulais reprendre contact avec Léa le mardi 3 mars : "
        "je n'ai pas pu te le rappeler ce jour-là."
    )
    assert "mars\u00a0: je" in reminder.text
    assert "📌 « le stage »" in reminder.plain_text


async def test_a_missed_reminder_in_english_names_its_day(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 2002, "Europe/Paris", person("s1", "Sam", last_days_ago=2), language="en"
    )
    await user.send("/remind Sam tomorrow")
    await user.next_message()
    await bot.stop()
    bot.clock.advance(days=2)
    await bot.start()
    reminder = await user.wait_for(lambda m: m.plain_text.startswith(REMINDER_STARTS))
    assert reminder.plain_text.startswith(
        "⏰ You wanted to get back to Sam on Tuesday, 3 March: I couldn't remind you that day."
    )


async def test_remind_repeats_what_it_is_about_clipped(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 2003, "Europe/Paris", person("a1", "Léa", last_days_ago=2))
    await user.send("/remind Léa jeudi appeler pour le stage <b>&")
    said = await user.next_message()
    assert said.plain_text.endswith("\n📌 « appeler pour le stage <b>& »")
    await user.send("/remind Léa vendredi " + "x" * 900)
    said = await user.next_message()
    assert said.plain_text.endswith("x… »")
    assert len(said.plain_text) < 500
    await user.send("/remind Léa samedi")  # nothing to repeat
    said = await user.next_message()
    assert "📌" not in said.plain_text


async def test_a_quiet_review_points_to_today_only_when_today_has_someone(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2004, "Europe/Paris", person("a1", "Léa", last_days_ago=10))
    await user.send("/review")
    quiet = await user.next_message()
    assert "/today" not in quiet.plain_text
    assert "personne à relancer pour l'instant" in quiet.plain_text
    await user.send("/today")
    assert "Personne à relancer" in (await user.next_message()).plain_text

    # Due today exactly: not slipping (nothing in the review), but /today shows her.
    await seed(bot.repo, 2004, person("b1", "Tom", last_days_ago=28))
    await user.send("/review")
    quiet = await user.next_message()
    assert "Une semaine calme. /today te dit à qui écrire." in quiet.plain_text
    await user.send("/today")
    assert "Tom" in (await user.next_message()).plain_text


async def test_a_quiet_review_in_english_says_nobody_is_due(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 2005, "Europe/Paris", person("s1", "Sam", last_days_ago=10), language="en"
    )
    await user.send("/review")
    quiet = await user.next_message()
    assert "A quiet week, and nobody to get back to for now" in quiet.plain_text
