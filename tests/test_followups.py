"""Follow-ups from words end to end: "on s'appelle jeudi" → a reminder on Thursday, /remind,
and /log with a day to come (fake Bot API, injected clock; Monday 2 March 2026, 09:00 Paris)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.model import REMINDER
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed, stored
from tests.test_nudges import onboard, onboarded_with, tick

THURSDAY_9 = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)  # 09:00 in Paris


def reminders_in(tg: FakeTelegram, chat_id: int) -> list[str]:
    """The dated reminders a chat received."""
    return [m.plain_text for m in tg.messages(chat_id) if m.plain_text.startswith("⏰ Tu voulais")]


async def test_done_with_on_s_appelle_jeudi_offers_a_reminder_on_thursday(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    # Nudges on Mondays and Fridays only: Thursday is a day the bot would not wake for.
    await onboard(bot, 401, "Europe/Paris", nudge_days=(1, 5))
    await seed(bot.repo, 401, person("a1", "Léa", last_days_ago=40))
    user = tg.user(401, language_code="fr")
    await tick(bot)
    nudge = await user.next_message()
    await user.reply(nudge, "fait, on s'appelle jeudi")
    logged = await user.wait_for(lambda m: "C'est noté" in m.plain_text)
    assert logged.button_texts == ["⏰ Me le rappeler jeudi\u00a0?", "↩️ Annuler"]
    assert (await stored(bot.repo, 401, "a1")).last_contact_at == NOW

    await user.press(logged, "Me le rappeler jeudi")
    planned = await user.wait_for(lambda m: "C'est prévu" in m.plain_text)
    assert (
        "C'est prévu : jeudi (5 mars) à 9 h, je te rappellerai de reprendre contact avec Léa."
        in (planned.plain_text)
    )
    assert planned.button_texts == ["↩️ Annuler"]  # the offer is taken; Undo stays
    assert bot.app.bot_data.due.when(401) == THURSDAY_9  # not Friday: the index moved
    await bot.restart()  # rebuilt from the profile sidecars at start-up...
    await tick(bot)  # ...today's delivery resumed (nothing left), then: still Thursday
    assert bot.app.bot_data.due.when(401) == THURSDAY_9

    await tick(bot, days=1)  # Tuesday: nothing
    assert reminders_in(tg, 401) == []
    bot.clock.current = THURSDAY_9
    await tick(bot)
    reminder = await user.wait_for(lambda m: m.plain_text.startswith("⏰ Tu voulais"))
    assert "reprendre contact avec Léa aujourd'hui" in reminder.plain_text
    assert "📌 « on s'appelle jeudi »" in reminder.plain_text
    assert "✅ C'est fait" in reminder.button_texts

    await bot.restart()  # the start-up catch-up must not send it again
    await tick(bot, minutes=5)
    await user.no_message(within=0.5)
    assert len(reminders_in(tg, 401)) == 1
    profile = await bot.repo.get_profile(401)
    assert profile is not None
    assert profile.reminder_days == ()
    friday = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
    assert bot.app.bot_data.due.when(401) == friday  # back to the user's own days

    await user.press(reminder, "C'est fait")  # a reminder is answered like any nudge
    await user.wait_for(
        lambda m: m.message_id == reminder.message_id and "C'est noté" in m.plain_text
    )
    assert (await stored(bot.repo, 401, "a1")).last_contact_at == bot.clock.now()


async def test_a_log_naming_thursday_in_english_offers_it(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 402, "Europe/London", person("s1", "Sam", last_days_ago=5), language="en"
    )
    await user.send("/log Sam great chat, call on Thursday")
    asked = await user.next_message()  # a day to come: not logged as today unasked
    assert asked.button_texts == ["⏰ Remind me on Thursday", "✅ It happened today", "✖️ Cancel"]
    await user.press(asked, "It happened today")
    logged = await user.wait_for(lambda m: "today" in m.plain_text and bool(m.buttons))
    assert logged.button_texts == ["⏰ Remind me on Thursday?", "↩️ Undo"]
    (entry,) = await bot.repo.interactions(402, "s1")
    assert entry.note == "great chat, call on Thursday"
    await user.press(logged, "Remind me on Thursday?")
    planned = await user.wait_for(lambda m: "Planned" in m.plain_text)
    assert (
        "on Thursday (5 March) at 09:00, I'll remind you to get back to Sam." in planned.plain_text
    )
    (reminder,) = await bot.repo.reminders(402)
    assert (reminder.day, reminder.kind, reminder.note) == (
        date(2026, 3, 5),
        REMINDER,
        "great chat, call on Thursday",
    )
    assert planned.button_texts == ["↩️ Undo"]
    await user.press(planned, "Undo")  # the log was a mistake: its reminder goes with it
    undone = await user.wait_for(lambda m: m is planned and "Undone" in m.plain_text)
    assert "Cancelled: no reminder about Sam on Thursday (5 March)." in undone.plain_text
    assert await bot.repo.reminders(402) == []
    profile = await bot.repo.get_profile(402)
    assert profile is not None
    assert profile.reminder_days == ()  # the index does not wake for it


async def test_a_past_day_offers_nothing(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 403, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    await user.send("done Léa on s'est appelé jeudi")
    logged = await user.next_message()
    assert logged.button_texts == ["↩️ Annuler"]


async def test_remind_sets_a_dated_reminder_shown_on_the_card(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 404, "Europe/Paris", person("a1", "Léa Martin", last_days_ago=3)
    )
    await user.send("/remind lea le 9 janvier appeler pour le stage")
    said = (await user.next_message()).plain_text
    assert "le 9 janvier 2027 à 9 h, je te rappellerai de reprendre contact avec Léa Martin" in said
    await user.send("/contact lea")
    card = (await user.next_message()).plain_text
    assert "⏰ Rappel prévu le 9 janvier 2027 : appeler pour le stage" in card

    await user.send("/remind lea hier")
    assert "Je n'ai pas trouvé de jour à venir" in (await user.next_message()).plain_text
    await user.send("/remind lea")
    assert "Dis-moi qui et quand" in (await user.next_message()).plain_text
    await user.send("/remind")  # alone, with one planned: the list to come
    assert "• Léa Martin — le 9 janvier 2027" in (await user.next_message()).plain_text


async def test_remind_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(
        bot, 405, "Europe/London", person("s1", "Sam", last_days_ago=3), language="en"
    )
    await user.send("/remind Sam in two weeks: ask about the job")
    said = (await user.next_message()).plain_text
    assert "Planned: on 16 March at 09:00, I'll remind you to get back to Sam." in said
    (reminder,) = await bot.repo.reminders(405)
    assert (reminder.day, reminder.note) == (date(2026, 3, 16), "ask about the job")


async def test_log_with_a_day_to_come_asks_instead_of_logging_today(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 406, "Europe/London", person("t1", "Tom", last_days_ago=20), language="en"
    )
    before = (await stored(bot.repo, 406, "t1")).last_contact_at
    await user.send("/log Tom tomorrow: lunch planned")
    asked = await user.next_message()
    assert "a day that hasn't come yet" in asked.plain_text
    assert asked.button_texts == ["⏰ Remind me tomorrow", "✅ It happened today", "✖️ Cancel"]
    assert (await stored(bot.repo, 406, "t1")).last_contact_at == before
    await user.press(asked, "Remind me tomorrow")
    await user.wait_for(lambda m: m.message_id == asked.message_id and "Planned" in m.plain_text)
    (reminder,) = await bot.repo.reminders(406)
    assert (reminder.day, reminder.note) == (date(2026, 3, 3), "lunch planned")
    assert await bot.repo.interactions(406, "t1") == []


async def test_log_demain_in_french_cancel_or_log_today(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 407, "Europe/Paris", person("t1", "Tom", last_days_ago=20))
    await user.send("/log Tom demain : déjeuner prévu")
    asked = await user.next_message()
    assert "un jour qui n'est pas encore arrivé" in asked.plain_text
    await user.press(asked, "Annuler")
    await user.wait_for(lambda m: m.message_id == asked.message_id and "rien noté" in m.plain_text)
    assert await bot.repo.interactions(407, "t1") == []
    assert await bot.repo.reminders(407) == []

    await user.send("/log Tom demain : déjeuner prévu")
    asked = await user.next_message()
    plan_data = asked.find_button("Me le rappeler").callback_data
    assert plan_data is not None
    await user.press(asked, "C'est fait aujourd'hui")
    logged = await user.wait_for(lambda m: "C'est noté" in m.plain_text)
    assert "aujourd'hui" in logged.plain_text
    (entry,) = await bot.repo.interactions(407, "t1")
    assert (entry.at, entry.note) == (NOW, "déjeuner prévu")
    bot.clock.advance(days=1)  # a later press of the spent question does nothing more
    await user.callback_answer(await user.press_data(asked, plan_data))
    assert len(await bot.repo.interactions(407, "t1")) == 1
    assert await bot.repo.reminders(407) == []


async def test_a_reminder_missed_while_down_comes_the_next_day_once(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 408, "Europe/Paris", person("a1", "Léa", last_days_ago=2))
    await user.send("/remind Léa demain")
    await user.next_message()
    await bot.stop()
    bot.clock.advance(days=2)  # down all of Tuesday
    await bot.start()
    reminder = await user.wait_for(lambda m: m.plain_text.startswith("⏰ Tu voulais"))
    assert "Léa" in reminder.plain_text
    await tick(bot, days=1)
    assert len(reminders_in(tg, 408)) == 1
    tuesday = date(2026, 3, 3)
    assert [n.status for n in await bot.repo.nudges_on(408, tuesday)] == ["skipped"]


async def test_remind_and_note_pick_among_namesakes(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 409, "Europe/Paris")
    await seed(
        bot.repo,
        409,
        person("h1", "Hugo Bernard", city="Lyon", place="Lyon, France"),
        person("h2", "Hugo Bernard", place="Nantes, France"),
    )
    user = tg.user(409, language_code="fr")
    await user.send("/remind Hugo Bernard vendredi parler du stage <b>&")
    choice = await user.next_message()
    assert choice.button_texts == ["Hugo Bernard · Lyon", "Hugo Bernard · Nantes, France"]
    await user.press(choice, "Nantes")
    said = await user.wait_for(lambda m: "C'est prévu" in m.plain_text)
    assert "vendredi (6 mars) à 9 h" in said.plain_text
    (reminder,) = await bot.repo.reminders(409)
    assert (reminder.contact_id, reminder.note) == ("h2", "parler du stage <b>&")

    await user.send("/note Hugo Bernard " + "x" * 1001)
    choice = await user.next_message()
    await user.press(choice, "Lyon")
    refused = await user.wait_for(lambda m: "Cette note fait" in m.plain_text)
    assert "caractères" in refused.plain_text
    assert "au plus" in refused.plain_text
    assert await bot.repo.interactions(409, "h1") == []


async def test_done_call_on_thursday_in_english_comes_on_thursday_once(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 410, "Europe/Paris", person("s1", "Sam", last_days_ago=40), language="en"
    )
    await tick(bot)
    nudge = await user.next_message()
    await user.reply(nudge, "done - call on Thursday")
    logged = await user.wait_for(lambda m: "⏰ Remind me on Thursday?" in m.button_texts)
    await user.press(logged, "Remind me on Thursday?")
    await user.wait_for(lambda m: "Planned: on Thursday (5 March)" in m.plain_text)
    bot.clock.current = THURSDAY_9
    await tick(bot)
    reminder = await user.wait_for(lambda m: m.plain_text.startswith("⏰ You wanted"))
    assert "You wanted to get back to Sam today." in reminder.plain_text
    assert "📌 “call on Thursday”" in reminder.plain_text
    await bot.restart()
    await tick(bot, minutes=1)
    await user.no_message(within=0.5)
    sent = [m for m in tg.messages(410) if m.plain_text.startswith("⏰ You wanted")]
    assert len(sent) == 1
