"""Nudges end to end: each user at their hour, answered by button or in words, exactly once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.jobs.deliver import deliver_all
from core.model import Birthday, Contact, UserProfile
from emulator import FakeTelegram, FakeUser
from tests.harness import RunningBot
from tests.seeding import NOW, note, person, seed, stored


async def onboard(bot: RunningBot, user_id: int, zone: str, **fields: object) -> None:
    """A user who finished /start in a French app: their zone, 09:00 nudges unless told."""
    profile = UserProfile(
        user_id,
        NOW - timedelta(days=100),
        timezone=zone,
        onboarded=True,
        telegram_language="fr",
    )
    await bot.repo.save_profile(UserProfile(**{**profile.__dict__, **fields}))


async def onboarded_with(
    bot: RunningBot, user_id: int, zone: str, *people: Contact, language: str = "fr"
) -> FakeUser:
    """`onboard` in `zone`, these contacts stored, and the user's Telegram in `language`
    (which is the profile's own too when not French)."""
    await onboard(bot, user_id, zone, **({"language": language} if language != "fr" else {}))
    await seed(bot.repo, user_id, *people)
    return bot.tg.user(user_id, language_code=language)


def nudges_in(tg: FakeTelegram, chat_id: int) -> list[str]:
    """The nudges a chat received, answered or not."""
    return [m.plain_text for m in tg.messages(chat_id) if m.plain_text[:1] in ("🔔", "🎂")]


async def tick(bot: RunningBot, **advance: float) -> None:
    """Move the clock, then run what the daily jobs run (every user's delivery)."""
    bot.clock.advance(**advance)
    await deliver_all(bot.app)


async def test_each_user_is_nudged_at_nine_in_their_own_zone(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 101, "Europe/Paris")
    await onboard(bot, 102, "America/Toronto", language="en")
    await seed(bot.repo, 101, person("a1", "Léa", last_days_ago=40, met="stage chez Airbus"))
    await seed(bot.repo, 102, person("b1", "Sam", last_days_ago=40))
    paris, montreal = tg.user(101, language_code="fr"), tg.user(102, language_code="en")

    await tick(bot)  # 08:00 UTC: 09:00 in Paris, 03:00 in Montréal
    nudge = await paris.next_message()
    assert "C'est le moment d'écrire à Léa" in nudge.plain_text
    assert "stage chez Airbus" in nudge.plain_text
    assert nudges_in(tg, 102) == []

    await tick(bot, hours=6)  # 14:00 UTC: 09:00 in Montréal
    assert "Time to write to Sam" in (await montreal.next_message()).plain_text
    assert len(nudges_in(tg, 101)) == 1

    await bot.restart()  # the index is rebuilt from storage: each user's next 09:00
    await deliver_all(bot.app)  # ...and nothing is sent again
    assert (len(nudges_in(tg, 101)), len(nudges_in(tg, 102))) == (1, 1)
    due = bot.app.bot_data.due
    assert due.when(101) == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert due.when(102) == datetime(2026, 3, 3, 14, 0, tzinfo=UTC)  # 09:00 EST


async def test_done_by_button_logs_and_closes_the_nudge(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 201, "Europe/Paris")
    await seed(bot.repo, 201, person("a1", "Léa", last_days_ago=40, cadence="2w"))
    user = tg.user(201, language_code="fr")
    await tick(bot)
    nudge = await user.next_message()
    await user.press(nudge, "C'est fait")
    closed = await user.wait_for(lambda m: m.message_id == nudge.message_id and bool(m.edits))
    assert "C'est noté" in closed.plain_text
    assert "16 mars" in closed.plain_text
    assert closed.button_texts == ["↩️ Annuler"]  # the answer buttons go; Undo comes
    assert (await stored(bot.repo, 201, "a1")).last_contact_at == NOW


async def test_done_by_reply_with_a_note(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 202, "Europe/Paris")
    await seed(bot.repo, 202, person("a1", "Léa", last_days_ago=40))
    user = tg.user(202, language_code="fr")
    await tick(bot)
    nudge = await user.next_message()
    await user.reply(nudge, "Fait ! — elle a eu le poste")
    answer = await user.next_message()
    assert "Léa" in answer.plain_text
    [logged] = (await bot.repo.interactions(202, "a1"))[-1:]
    assert logged.note == "elle a eu le poste"
    assert (await stored(bot.repo, 202, "a1")).last_contact_at == NOW


async def test_done_with_a_name_and_a_bare_done(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 203, "Europe/Paris", language="en")
    await seed(
        bot.repo,
        203,
        person("a1", "Marie Dupont", last_days_ago=40),
        person("b1", "Tom", last_days_ago=50),
    )
    user = tg.user(203, language_code="en")
    await tick(bot)
    await user.next_message()
    await user.next_message()
    await user.send("done Marie great chat about Lyon")
    assert "Marie Dupont" in (await user.next_message()).plain_text
    assert (await bot.repo.interactions(203, "a1"))[-1].note == "great chat about Lyon"

    await user.send("done!")  # only Tom's nudge is still waiting
    assert "Tom" in (await user.next_message()).plain_text
    await user.send("done")
    assert "No reminder is waiting" in (await user.next_message()).plain_text


async def test_a_bare_done_with_several_nudges_asks_which(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 204, "Europe/Paris", language="en")
    await seed(
        bot.repo, 204, person("a1", "Ana", last_days_ago=40), person("b1", "Bo", last_days_ago=41)
    )
    user = tg.user(204, language_code="en")
    await tick(bot)
    await user.next_message()
    await user.next_message()
    await user.send("✅ — lovely call")
    which = await user.next_message()
    assert "Who did you get in touch with" in which.plain_text
    await user.press(which, "Bo")
    await user.next_message()
    assert (await bot.repo.interactions(204, "b1"))[-1].note == "lovely call"
    assert await bot.repo.interactions(204, "a1") == []


async def test_tomorrow_and_next_week_snooze(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 205, "Europe/Paris", language="en")
    await seed(
        bot.repo, 205, person("a1", "Ana", last_days_ago=40), person("b1", "Bo", last_days_ago=41)
    )
    user = tg.user(205, language_code="en")
    await tick(bot)
    first, second = await user.next_message(), await user.next_message()
    await user.press(first, "Tomorrow")
    await user.wait_for(lambda m: m.message_id == first.message_id and "tomorrow" in m.plain_text)
    await user.press(second, "Next week")
    await user.wait_for(lambda m: m.message_id == second.message_id and "next week" in m.plain_text)
    snoozed = {c.contact_id: c.snoozed_until for c in await bot.repo.contacts(205)}
    assert snoozed == {"b1": date(2026, 3, 3), "a1": date(2026, 3, 9)}

    await tick(bot, days=1)
    assert nudges_in(tg, 205)[-1].startswith("🔔 Time to write to Bo")
    assert len(nudges_in(tg, 205)) == 3


async def test_the_daily_maximum_rolls_the_rest_over(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 206, "Europe/Paris", language="en", daily_max=2)
    names = ["Ana", "Bo", "Cy", "Di"]
    await seed(
        bot.repo, 206, *(person(f"c{i}", n, last_days_ago=60 - i) for i, n in enumerate(names))
    )
    tg.user(206, language_code="en")
    await tick(bot)
    assert [text.split("\n")[0] for text in nudges_in(tg, 206)] == [
        "🔔 Time to write to Ana!",
        "🔔 Time to write to Bo!",
    ]
    await tick(bot, days=1)  # Ana and Bo went unanswered: Cy and Di get their turn first
    assert [text.split("\n")[0] for text in nudges_in(tg, 206)][2:] == [
        "🔔 Time to write to Cy!",
        "🔔 Time to write to Di!",
    ]


async def test_the_digest_lists_everyone_in_one_message(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 207, "Europe/Paris", language="fr", digest=True)
    await seed(
        bot.repo, 207, *(person(f"c{i}", f"Ami {i}", last_days_ago=40 + i) for i in range(5))
    )
    user = tg.user(207, language_code="fr")
    await tick(bot)
    digest = await user.next_message()
    assert "5 personnes à qui écrire" in digest.plain_text
    assert len(digest.buttons) == 5
    await user.press(digest, "Ami 2")
    edited = await user.wait_for(lambda m: m.message_id == digest.message_id and bool(m.edits))
    # Ami 2's ✅ gives way to an Undo for Ami 2; the four others stay.
    assert edited.button_texts == [*(f"✅ Ami {i}" for i in (4, 3, 1, 0)), "↩️ Annuler · Ami 2"]
    assert "Ami 2" in edited.plain_text.split("\n\n")[-1]
    assert (await stored(bot.repo, 207, "c2")).last_contact_at == NOW
    await user.no_message()


async def test_nothing_due_means_no_message(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 208, "Europe/Paris")
    await seed(bot.repo, 208, person("a1", "Léa", last_days_ago=3))
    user = tg.user(208, language_code="fr")
    await tick(bot)
    await user.no_message()


async def test_a_restart_after_delivery_sends_nothing_again(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 301, "Europe/Paris")
    await seed(bot.repo, 301, person("a1", "Léa", last_days_ago=40))
    user = tg.user(301, language_code="fr")
    await tick(bot)
    await user.next_message()
    await bot.restart()  # the start-up catch-up runs: it must find nothing to send
    await tick(bot, minutes=5)
    await user.no_message(within=0.5)
    assert len(nudges_in(tg, 301)) == 1


async def test_a_downtime_across_the_nudge_hour_is_caught_up_once(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 302, "Europe/Paris")
    await seed(bot.repo, 302, person("a1", "Léa", last_days_ago=40))
    user = tg.user(302, language_code="fr")
    bot.clock.advance(hours=-2)  # 07:00 in Paris: nothing yet
    await tick(bot)
    await bot.stop()
    bot.clock.advance(hours=4)  # down from 07:00 to 11:00 Paris time
    await bot.start()
    assert "Léa" in (await user.next_message()).plain_text  # sent by the start-up catch-up
    await bot.restart()
    await tick(bot, minutes=1)
    await user.no_message(within=0.5)
    assert len(nudges_in(tg, 302)) == 1


async def test_yesterdays_missed_nudges_are_not_replayed(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 303, "Europe/Paris", nudge_time=time(9), last_delivery_day=date(2026, 2, 27))
    await seed(bot.repo, 303, person("a1", "Léa", last_days_ago=40))
    user = tg.user(303, language_code="fr")
    bot.clock.advance(hours=-3)  # 06:00 Paris: today's hour has not come
    await tick(bot)
    await user.no_message()


async def test_a_429_storm_and_500s_still_deliver_each_nudge_once(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    bot.app.bot_data.retry_delays = (0.01, 0.02, 0.04, 0.08, 0.16)
    for user_id in (401, 402, 403):
        await onboard(bot, user_id, "Europe/Paris")
        await seed(bot.repo, user_id, person("a1", "Léa", last_days_ago=40))
        tg.user(user_id, language_code="fr")
    tg.fail_next("sendMessage", status=429, retry_after=1, times=2)
    tg.fail_next("sendMessage", status=500, times=3)
    await tick(bot)
    for user_id in (401, 402, 403):
        assert len(nudges_in(tg, user_id)) == 1


async def test_a_blocked_user_is_left_alone_and_others_are_not_affected(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    for user_id in (501, 502):
        await onboard(bot, user_id, "Europe/Paris")
        await seed(bot.repo, user_id, person("a1", "Léa", last_days_ago=40))
        tg.user(user_id, language_code="fr")
    tg.block(501)
    await tick(bot)
    assert len(nudges_in(tg, 502)) == 1
    profile = await bot.repo.get_profile(501)
    assert profile is not None
    assert not profile.active
    # The day's delivery stays recorded: marking them inactive does not roll it back.
    assert profile.last_delivery_day == date(2026, 3, 2)
    assert bot.app.bot_data.due.when(501) is None
    tg.unblock(501)
    await tick(bot, days=1)
    assert nudges_in(tg, 501) == []

    user = tg.user(501)
    await user.send("/start")  # coming back reactivates them
    await user.next_message()
    active = await bot.repo.get_profile(501)
    assert active is not None
    assert active.active


async def test_today_shows_who_is_due_with_the_same_buttons(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    bot.clock.advance(hours=-2)  # 07:00 in Paris, before the daily nudges
    await onboard(bot, 601, "Europe/Paris", language="en", daily_max=1)
    await seed(
        bot.repo, 601, person("a1", "Ana", last_days_ago=40), person("b1", "Bo", last_days_ago=41)
    )
    user = tg.user(601, language_code="en")
    await user.send("/today")
    first = await user.next_message()
    assert "Time to write to Bo" in first.plain_text
    assert "…and one more" in (await user.next_message()).plain_text
    await user.press(first, "Done")
    await user.wait_for(lambda m: m.message_id == first.message_id and bool(m.edits))
    await tick(bot, hours=2)  # the 09:00 delivery does not repeat Bo, and Ana is still due
    assert [t.split("\n")[0] for t in nudges_in(tg, 601)] == [
        "🔔 Time to write to Bo!",
        "🔔 Time to write to Ana!",
    ]


async def test_a_contact_abroad_shows_their_local_time(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 701, "Europe/Paris")
    await seed(
        bot.repo,
        701,
        person("a1", "Léa", last_days_ago=40, city="Montréal", timezone="America/Toronto"),
    )
    await note(bot.repo, 701, "a1", 40, "sa soutenance de thèse")
    user = tg.user(701, language_code="fr")
    await tick(bot)
    text = (await user.next_message()).plain_text
    assert "Il est 3 h à Montréal : écris-lui plutôt cet après-midi" in text
    assert "sa soutenance de thèse" in text


async def test_a_birthday_gets_its_own_nudge(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 702, "Europe/Paris", language="en")
    await seed(bot.repo, 702, person("a1", "Ana", last_days_ago=2, birthday=Birthday(2, 3, 1998)))
    user = tg.user(702, language_code="en")
    await tick(bot)
    text = (await user.next_message()).plain_text
    assert "Ana turns 28 today" in text


async def test_a_birthday_reminder_set_with_edit_comes_days_before(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    bot.clock.advance(hours=-2)  # 07:00 in Paris: before the nudges
    await onboard(bot, 703, "Europe/Paris", language="en")
    await seed(bot.repo, 703, person("a1", "Ana", last_days_ago=2, birthday=Birthday(5, 3, None)))
    user = tg.user(703, language_code="en")
    await user.send("/edit Ana")
    fields = await user.next_message()
    await user.press(fields, "Birthday reminder")
    await user.next_message()
    await user.send("3 days")
    assert "Updated" in (await user.next_message()).plain_text
    assert "🔔 3 days before" in (await user.next_message()).plain_text
    assert (await stored(bot.repo, 703, "a1")).birthday_reminder_days == 3

    await tick(bot, hours=2)
    assert "Ana's birthday is in 3 days" in (await user.next_message()).plain_text


async def test_forged_or_stale_nudge_buttons_change_nothing(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 220, "Europe/Paris", language="en")
    await onboard(bot, 221, "Europe/Paris", language="en")
    await seed(bot.repo, 220, person("m1", "Marie", last_days_ago=40))
    await seed(bot.repo, 221, person("l1", "Léa", last_days_ago=40))
    owner, intruder = tg.user(220, language_code="en"), tg.user(221, language_code="en")
    await tick(bot)
    await owner.next_message()
    theirs = await intruder.next_message()
    for data in (
        *(f"n:{action}:m1" for action in ("done", "tmrw", "week", "skip", "idea")),
        "n:which:m1",
        "idea:m1",
        "idea:m1:idea-news-1",
        "n:done:",
        "n:later:l1",
        "n:done:l1:x",
    ):
        query = await intruder.press_data(theirs, data)
        answer = await intruder.callback_answer(query)
        assert "no longer valid" in str(answer.get("text")), data
    await intruder.no_message()
    await owner.no_message(within=0)
    assert (await stored(bot.repo, 220, "m1")).snoozed_until is None
    assert await bot.repo.interactions(220, "m1") == []
    assert [n.status for n in await bot.repo.nudges_on(220, date(2026, 3, 2))] == ["sent"]
    # Their own button works once; pressed again, it is refused.
    await intruder.press(theirs, "Tomorrow")
    await intruder.wait_for(lambda m: m.message_id == theirs.message_id and bool(m.edits))
    again = await intruder.press_data(theirs, "n:week:l1")
    assert "no longer valid" in str((await intruder.callback_answer(again)).get("text"))
    assert (await stored(bot.repo, 221, "l1")).snoozed_until == date(2026, 3, 3)
