"""Second QA pass on the daily loop, end to end (fake Bot API, injected clock; Monday 2 March
2026, 09:00 Paris)."""

from __future__ import annotations

from dataclasses import replace

from bot.callbacks import NudgePause, pack
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import person, seed, stored
from tests.test_nudges import onboarded_with, tick

REMINDER_STARTS = ("⏰ Tu voulais", "⏰ You wanted")


def copies(message: BotMessage) -> list[str]:
    """What the message's 📋 buttons copy."""
    return [b.copy_text for row in message.buttons for b in row if b.copy_text is not None]


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


async def test_pause_on_a_nudge_stops_the_reminders_and_undo_brings_the_nudge_back(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2006, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    await tick(bot)
    nudge = await user.next_message()
    before, copies_before = nudge.plain_text, copies(nudge)
    assert len(copies_before) == 1
    assert all(len(row) <= 3 for row in nudge.buttons)  # readable on a phone
    assert [b.text for b in nudge.buttons[-3]] == ["✅ C'est fait", "⏰ Demain", "⏸ Pause"]
    query = await user.press(nudge, "⏸ Pause")
    assert (await user.callback_answer(query)).text == "⏸ En pause"
    nudge = await user.wait_for(lambda m: m.message_id == nudge.message_id and "⏸ Plus" in m.text)
    assert nudge.plain_text.endswith(
        "\n\n⏸ Plus de rappels pour Léa. Tu pourras les relancer avec /resume ou depuis sa fiche."
    )
    assert nudge.button_texts == ["↩️ Annuler"]
    assert (await stored(bot.repo, 2006, "a1")).paused

    query = await user.press(nudge, "↩️ Annuler")
    assert (await user.callback_answer(query)).text == "▶️ Rappels relancés"
    nudge = await user.wait_for(
        lambda m: m.message_id == nudge.message_id and "⏸ Plus" not in m.text
    )
    assert not (await stored(bot.repo, 2006, "a1")).paused
    assert nudge.plain_text == before
    assert "⏸ Pause" in nudge.button_texts
    assert copies(nudge) == copies_before  # 📋 still copies the idea, as sent
    query = await user.press(nudge, "C'est fait")  # waiting again: ✅ logs
    await user.wait_for(lambda m: "C'est noté" in m.plain_text)


async def test_pause_pressed_twice_or_forged_changes_nothing(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2007, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    other = await onboarded_with(bot, 2008, "Europe/Paris", person("b1", "Tom", last_days_ago=40))
    await tick(bot)
    nudge = await user.next_message()
    theirs = await other.next_message()
    data = nudge.find_button("⏸ Pause").callback_data
    assert data is not None
    await user.callback_answer(await user.press(nudge, "⏸ Pause"))
    late = await user.callback_answer(await user.press_data(nudge, data))  # twice
    assert late.show_alert
    forged = await other.callback_answer(await other.press_data(theirs, data))  # not theirs
    assert forged.show_alert
    await user.callback_answer(await user.press(nudge, "↩️ Annuler"))
    undo = NudgePause("a1", undo=True)
    again = await user.callback_answer(await user.press_data(nudge, pack(undo)))
    assert again.show_alert
    assert not (await stored(bot.repo, 2007, "a1")).paused
    assert not (await stored(bot.repo, 2008, "b1")).paused


async def test_pause_on_a_nudge_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(
        bot, 2009, "Europe/Paris", person("s1", "Sam", last_days_ago=40), language="en"
    )
    await tick(bot)
    nudge = await user.next_message()
    await user.callback_answer(await user.press(nudge, "⏸ Pause"))
    nudge = await user.wait_for(lambda m: "No more" in m.text)
    assert nudge.plain_text.endswith(
        "⏸ No more reminders about Sam. You can turn them back on with /resume or from their card."
    )


async def test_log_without_a_name_offers_the_most_due_and_logs_the_one_pressed(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot,
        2010,
        "Europe/Paris",
        person("a1", "Léa", last_days_ago=10),
        person("b1", "Tom <b>&", last_days_ago=70),
        person("c1", "Zoé", last_days_ago=40),
        person("d1", "Ana", last_days_ago=80, paused=True),
    )
    await user.send("/log")
    asked = await user.next_message()
    assert asked.plain_text.startswith("Avec qui as-tu échangé ?")
    assert "/log Marie" in asked.plain_text
    assert asked.button_texts == ["Tom <b>&", "Zoé", "Léa", "Ana"]  # most due first, paused last
    tom = asked.buttons[0][0].callback_data or ""
    await user.press(asked, "Zoé")
    logged = await user.wait_for(lambda m: "C'est noté" in m.plain_text)
    assert "Zoé" in logged.plain_text
    assert (await stored(bot.repo, 2010, "c1")).last_contact_at is not None
    late = await user.callback_answer(await user.press_data(asked, tom))
    assert late.text  # a second name on the same question does not log again
    assert len(await bot.repo.interactions(2010, "b1")) == 0


async def test_idea_without_a_name_offers_the_most_due_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot,
        2011,
        "Europe/Paris",
        *(person(f"p{i}", f"Person {i}", last_days_ago=30 + 5 * i) for i in range(9)),
        language="en",
    )
    await user.send("/idea")
    asked = await user.next_message()
    assert asked.plain_text.startswith("Who would you like a message idea for?")
    assert asked.button_texts == [f"Person {i}" for i in range(8, 2, -1)]  # six at most
    await user.press(asked, "Person 8")
    idea = await user.wait_for(lambda m: "Person 8" in m.plain_text and "💡" in m.plain_text)
    assert idea.plain_text


async def test_log_without_a_name_and_no_contacts_says_how_to_add_one(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2012, "Europe/Paris")
    await user.send("/log")
    assert "/add" in (await user.next_message()).plain_text


async def test_settings_name_the_place_the_zone_was_chosen_by(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2013, "Europe/Paris", person("a1", "Léa"))
    await user.send("/timezone Montréal")
    assert "Montréal" in (await user.next_message()).plain_text
    await bot.restart()  # the place it was chosen by survives a restart
    await user.send("/settings")
    settings = (await user.next_message()).plain_text
    assert "Fuseau horaire : Montréal (il est" in settings
    assert "Toronto" not in settings
    await user.send("/time 8h")
    assert (
        "tes rappels arriveront à 8 h (heure de Montréal)."
        in (await user.next_message()).plain_text
    )


async def test_settings_without_the_place_chosen_name_the_clock_not_a_city(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2014, "America/Toronto", person("a1", "Sam"), language="en")
    await user.send("/settings")
    settings = (await user.next_message()).plain_text
    assert "Eastern Time (it's" in settings
    assert "Toronto" not in settings
    await user.send("/time 8")
    assert "will arrive at 08:00 (Eastern Time)." in (await user.next_message()).plain_text


async def test_the_delivered_quiet_review_says_nobody_is_due_when_today_is_empty(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 2015, "Europe/Paris", person("a1", "Léa", last_days_ago=10))
    profile = await bot.repo.get_profile(2015)
    assert profile is not None
    await bot.repo.save_profile(replace(profile, review_day=1))  # Monday: today
    await tick(bot)
    (review,) = user.mark_read()
    assert review.plain_text.startswith("🗓 Ta semaine")
    assert "personne à relancer pour l'instant" in review.plain_text
    assert "/today" not in review.plain_text
