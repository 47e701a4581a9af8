"""The weekly review end to end: its content on a seeded account, once through a restart,
its buttons, /review on demand, and its day in /settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.jobs.deliver import deliver_all
from core.model import REMINDER, Birthday, Favor, Nudge
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import NOW, note, onboarded, person, seed

MONDAY = date(2026, 3, 2)


async def seeded(bot: RunningBot, user_id: int, language: str) -> None:
    """Léa written to this week, Tom two weeks ago, three slipping, an open ask, a birthday."""
    await onboarded(bot.repo, user_id, language, joined=NOW - timedelta(days=300), daily_max=10)
    await seed(
        bot.repo,
        user_id,
        person("aa000001", "Léa", added_days_ago=200),
        person("aa000002", "Tom", added_days_ago=200),
        person("aa000003", "Ana", added_days_ago=200, last_days_ago=100),
        person("aa000004", "Paul", added_days_ago=200, last_days_ago=45),
        person("aa000005", "Zoé", added_days_ago=200, last_days_ago=40, birthday=Birthday(12, 3)),
    )
    await note(bot.repo, user_id, "aa000002", 12)  # Wednesday 18 February
    await note(bot.repo, user_id, "aa000001", 3)  # Friday 27 February
    await note(bot.repo, user_id, "aa000001", -2, "café")  # Wednesday 4 March
    await bot.repo.save_favor(
        user_id,
        Favor("f0000001", "aa000004", "Montréal", NOW - timedelta(days=5), MONDAY - timedelta(5),
              MONDAY + timedelta(days=30)),
    )  # fmt: skip


def reviews(messages: list[BotMessage]) -> list[BotMessage]:
    return [m for m in messages if m.plain_text.startswith("🗓")]


async def test_the_sunday_review_in_french_comes_once_through_a_restart(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seeded(bot, 931, "fr")
    await bot.repo.plan_reminder(
        931, Nudge(date(2026, 3, 10), "aa000002", REMINDER, note="appeler pour le stage")
    )
    await bot.repo.plan_reminder(931, Nudge(date(2026, 3, 20), "aa000001", REMINDER))
    user = tg.user(931, language_code="fr")
    bot.clock.advance(days=6, minutes=5)  # Sunday 8 March, 09:05 in Paris
    await deliver_all(bot.app)
    (review,) = reviews(user.mark_read())
    text = review.plain_text
    assert text.startswith("🗓 Ta semaine")
    assert "✅ Tu as échangé avec Léa." in text
    assert "🔥 3 semaines d'affilée avec au moins un échange !" in text
    assert "⏳ À recontacter (3 en retard, les plus anciens d'abord) :" in text
    slipping = text.split("⏳")[1].split("\n\n")[0]
    assert [line.split(" — ")[0] for line in slipping.splitlines()[1:]] == [
        "• Ana",
        "• Paul",
        "• Zoé",
    ]
    assert "🙋 Une demande en cours :\n• Paul : « Montréal » (il y a 11 jours)" in text
    assert "🎂 Anniversaires des 7 prochains jours :\n• Zoé — 12 mars" in text
    assert (
        "⏰ Rappels des 7 prochains jours :\n• Tom — mardi (10 mars) : appeler pour le stage"
    ) in text
    assert "20 mars" not in text  # beyond the week ahead
    assert review.button_texts == [
        "✅ Ana", "💡 Ana", "✅ Paul", "💡 Paul", "✅ Zoé", "💡 Zoé", "🙏 Paul",
    ]  # fmt: skip

    await bot.restart()
    await deliver_all(bot.app)
    bot.clock.advance(hours=6)
    await deliver_all(bot.app)
    assert reviews(user.mark_read()) == []

    ana = review.find_button("✅ Ana").callback_data
    assert ana is not None
    await user.press_data(review, ana)
    await user.press_data(review, ana)  # tapped twice before the buttons changed
    logged = await user.next_message()
    assert "C'est noté : échange avec Ana aujourd'hui" in logged.plain_text
    assert "C'est déjà noté pour Ana" in (await user.next_message()).plain_text
    await user.wait_for(lambda m: m is review and "✅ Ana" not in m.button_texts)
    assert review.button_texts == ["✅ Paul", "💡 Paul", "✅ Zoé", "💡 Zoé", "🙏 Paul"]
    history = [i.contact_id for i in await bot.repo.all_interactions(931)]
    assert history.count("aa000003") == 1
    await user.press(review, "💡 Paul")
    assert "💡" in (await user.next_message()).plain_text
    thanks = review.find_button("🙏 Paul").callback_data
    assert thanks is not None
    await user.press_data(review, thanks)
    await user.wait_for(lambda m: m is review and "🙏 Paul" not in m.button_texts)
    favor = await user.next_message()
    assert "tu as demandé un coup de main à Paul : « Montréal »" in favor.plain_text
    assert favor.button_texts
    second_tap = await user.press_data(review, thanks)  # tapped before the button went
    await user.callback_answer(second_tap)
    await user.no_message()  # the favour is not shown twice

    bot.clock.advance(days=7)  # the next Sunday: a new review, Ana no longer slipping
    await deliver_all(bot.app)
    (second,) = reviews(user.mark_read())
    assert "Ana" not in second.plain_text.split("⏳")[1]
    # Ana's exchange came after last week's review, on its last day: that week's.
    assert "💤 Aucun échange noté cette semaine." in second.plain_text
    assert "🔥" not in second.plain_text


async def test_review_on_demand_and_turned_off_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seeded(bot, 932, "en")
    await bot.repo.plan_reminder(932, Nudge(date(2026, 3, 9), "aa000002", REMINDER))
    user = tg.user(932, language_code="en")
    bot.clock.advance(days=3)  # Thursday 5 March
    await user.send("/review")
    review = (await user.next_message()).plain_text
    assert review.startswith("🗓 Your week")
    assert "You were in touch with Léa." in review
    assert "🔥 One week with at least one exchange: keep it up!" in review  # Tom: 2 weeks ago
    assert "Paul: “Montréal”" in review
    assert "Zoé — 12 March" in review
    assert "⏰ Reminders in the next 7 days:\n• Tom — on Monday (9 March)" in review

    await user.send("/settings")
    card = await user.next_message()
    assert "🗓 Weekly review: on Sundays" in card.plain_text
    await user.press(card, "Weekly review")
    await user.wait_for(lambda m: m is card and "Which day" in m.plain_text)
    await user.press(card, "No review")
    await user.wait_for(lambda m: m is card and "Weekly review: off" in m.plain_text)
    profile = await bot.repo.get_profile(932)
    assert profile is not None
    assert profile.review_day is None

    bot.clock.advance(days=3, hours=1)  # Sunday 8 March, 10:00 in Paris
    await deliver_all(bot.app)
    assert reviews(user.mark_read()) == []


async def test_no_contacts_no_review(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboarded(bot.repo, 933)
    user = tg.user(933, language_code="fr")
    await user.send("/review")
    assert "ajoute d'abord quelqu'un avec /add" in (await user.next_message()).plain_text
    bot.clock.advance(days=6, minutes=5)
    await deliver_all(bot.app)
    assert reviews(user.mark_read()) == []


async def test_review_buttons_act_only_on_the_pressers_own(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seeded(bot, 934, "en")
    await onboarded(bot.repo, 935)
    stranger = tg.user(935, language_code="en")
    await stranger.send("/help")
    message = await stranger.next_message()
    for data in ("review:log:aa000003", "review:favor:f0000001", "review:day:9"):
        answer = await stranger.callback_answer(await stranger.press_data(message, data))
        assert answer.show_alert, data
    assert [i.contact_id for i in await bot.repo.all_interactions(934)].count("aa000003") == 0


async def test_a_review_day_that_is_no_nudge_day_brings_the_review_alone(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seeded(bot, 936, "en")
    profile = await bot.repo.get_profile(936)
    assert profile is not None
    await bot.repo.save_profile(replace(profile, nudge_days=(1, 2, 3, 4, 5)))
    user = tg.user(936, language_code="en")
    bot.clock.advance(days=5, minutes=5)  # Saturday 7 March: nothing
    await deliver_all(bot.app)
    assert user.mark_read() == []
    bot.clock.advance(days=1)  # Sunday: the review, and no nudge
    await deliver_all(bot.app)
    (review,) = user.mark_read()
    assert review.plain_text.startswith("🗓 Your week")
