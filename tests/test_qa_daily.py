"""The daily loop as a demanding user meets it, in French and English: what a QA sweep of
nudges, "done", /today, /log and /settings found wrong, each pinned here.
"""

from __future__ import annotations

import pytest

from bot.jobs.deliver import deliver_all
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed
from tests.test_nudges import onboard, onboarded_with


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
    assert asked in question.plain_text
    assert first not in question.plain_text
    await user.send("/timezone")  # the open question is closed, then asked again
    before = question.message_id
    question = await user.wait_for(lambda m: bool(m.reply_keyboard) and m.message_id > before)
    assert asked in question.plain_text
    assert first not in question.plain_text


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("fr", "/log Tom le 10 mars", "Tu parles du 10 mars, un jour qui n'est pas encore"),
        ("en", "/log Tom 10 March", "You mention 10 March, a day that hasn't come yet"),
    ],
)
async def test_a_day_and_month_just_ahead_is_not_logged_as_last_year(
    bot: RunningBot, tg: FakeTelegram, language: str, typed: str, said: str
) -> None:
    """Monday 2 March: "le 10 mars" is next week's, not 10 March 2025 logged a year ago."""
    user = await onboarded_with(
        bot, 1103, "Europe/Paris", person("t1", "Tom", last_days_ago=20), language=language
    )
    await user.send(typed)
    asked = await user.next_message()
    assert said in asked.plain_text
    assert await bot.repo.interactions(1103, "t1") == []
    # a day and month well behind stays the past one: last December
    await user.send("/log Tom le 28 décembre" if language == "fr" else "/log Tom 28 December")
    await user.next_message()
    (entry,) = await bot.repo.interactions(1103, "t1")
    assert (entry.at.year, entry.at.month, entry.at.day) == (2025, 12, 28)


@pytest.mark.parametrize(
    ("language", "done", "unknown"),
    [("fr", "fait — super appel", "merci"), ("en", "done", "thanks")],
)
async def test_a_name_typed_to_with_whom_answers_it(
    bot: RunningBot, tg: FakeTelegram, language: str, done: str, unknown: str
) -> None:
    user = await onboarded_with(
        bot,
        1104,
        "Europe/Paris",
        person("z1", "Zoé", last_days_ago=60),
        person("t1", "Tom", last_days_ago=50),
        language=language,
    )
    await deliver_all(bot.app)
    await user.next_message()
    tom = await user.next_message()
    await user.send(done)
    which = await user.next_message()
    assert which.button_texts == ["Zoé", "Tom"]
    await bot.restart()  # the question stays open across a restart
    await user.press(tom, "✅")  # Tom answered on his own nudge: only Zoé's is waiting
    await user.wait_for(lambda m: m.message_id == tom.message_id and "↩️" in m.button_texts[0])
    await user.send(unknown)  # no one's name: not read as a note about the one left
    await user.next_message()
    assert await bot.repo.interactions(1104, "z1") == []
    await user.send("zoe")
    logged = await user.next_message()
    assert "Zoé" in logged.plain_text
    (entry,) = await bot.repo.interactions(1104, "z1")
    assert (entry.at, entry.note) == (NOW, "super appel" if language == "fr" else "")
    await user.wait_for(lambda m: m.message_id == which.message_id and not m.buttons)
    await user.send("Zoé")  # the question is closed: a bare name is no "done" any more
    await user.next_message()
    assert len(await bot.repo.interactions(1104, "z1")) == 1


async def test_today_takes_the_buttons_off_the_copy_it_replaces(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(bot, 1105, "Europe/Paris", person("t1", "Tom", last_days_ago=50))
    await deliver_all(bot.app)
    first = await user.next_message()
    assert "✅ C'est fait" in first.button_texts
    await user.send("/today")
    again = await user.next_message()
    assert "✅ C'est fait" in again.button_texts
    await user.wait_for(lambda m: m.message_id == first.message_id and not m.buttons)
    await user.press(again, "C'est fait")
    await user.wait_for(lambda m: m.message_id == again.message_id and "C'est noté" in m.plain_text)


async def test_a_digest_button_for_someone_logged_in_words_says_so_and_goes(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 1106, "Europe/Paris", digest=True)
    await seed(
        bot.repo,
        1106,
        person("m1", "Max", last_days_ago=100),
        person("t1", "Tom", last_days_ago=50),
    )
    user = tg.user(1106, language_code="fr")
    await deliver_all(bot.app)
    digest = await user.next_message()
    assert digest.button_texts == ["✅ Max", "✅ Tom"]
    await user.send("fait Tom")
    await user.next_message()
    query = await user.press(digest, "✅ Tom")  # still shown: the words could not edit it
    answer = await user.callback_answer(query)
    assert answer.get("text") == "C'est déjà noté\u00a0: j'enlève ce bouton."
    await user.wait_for(
        lambda m: m.message_id == digest.message_id and m.button_texts == ["✅ Max"]
    )
    assert len(await bot.repo.interactions(1106, "t1")) == 1


@pytest.mark.parametrize(("language", "said"), [("fr", "au moins un jour"), ("en", "at least one")])
async def test_unticking_the_last_day_says_why_it_stays(
    bot: RunningBot, tg: FakeTelegram, language: str, said: str
) -> None:
    await onboard(bot, 1107, "Europe/Paris", language=language, nudge_days=(7,))
    user = tg.user(1107, language_code=language)
    await user.send("/settings")
    card = await user.next_message()
    await user.press(card, "📆")
    days = await user.wait_for(lambda m: any(b.startswith("▫️") for b in m.button_texts))
    sunday = days.button_texts[8]
    assert sunday.startswith("✅")
    query = await user.press(days, sunday)
    assert said in str((await user.callback_answer(query)).get("text"))
    profile = await bot.repo.get_profile(1107)
    assert profile is not None
    assert profile.nudge_days == (7,)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("fr", "/remind Léa aujourd'hui", "aujourd'hui, on y est déjà"),
        ("fr", "/remind Léa ce soir appeler", "aujourd'hui, on y est déjà"),
        ("en", "/remind Léa tonight", "today is already here"),
    ],
)
async def test_remind_today_says_a_reminder_is_for_a_day_to_come(
    bot: RunningBot, tg: FakeTelegram, language: str, typed: str, said: str
) -> None:
    user = await onboarded_with(
        bot, 1108, "Europe/Paris", person("l1", "Léa", last_days_ago=20), language=language
    )
    await user.send(typed)
    answer = await user.next_message()
    assert said in answer.plain_text
    assert await bot.repo.reminders(1108) == []


async def test_a_command_without_a_name_asks_in_natural_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot,
        1109,
        "Europe/Paris",
        person("l1", "Léa Martin", last_days_ago=20),
        person("l2", "Léa Dubois", last_days_ago=20),
    )
    await user.send("/pause")
    assert (await user.next_message()).plain_text.startswith("De qui parles-tu ?")
    await user.send("/log Léa")
    assert "De laquelle parles-tu ?" in (await user.next_message()).plain_text


async def test_a_reply_to_a_nudge_while_the_note_question_is_open_answers_the_nudge(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot,
        1110,
        "Europe/Paris",
        person("l1", "Léa", last_days_ago=40),
        person("t1", "Tom", last_days_ago=3),
    )
    await deliver_all(bot.app)
    nudge = await user.next_message()
    assert "Léa" in nudge.plain_text
    await user.send("/contact Tom")
    card = await user.next_message()
    await user.press(card, "✅ Noter")
    await user.wait_for(lambda m: "De quoi avez-vous parlé avec Tom" in m.plain_text)
    await user.reply(nudge, "fait, super")  # about Léa, not a note for Tom
    await user.wait_for(lambda m: "échange avec Léa" in m.plain_text)
    assert await bot.repo.interactions(1110, "t1") == []
    (entry,) = await bot.repo.interactions(1110, "l1")
    assert entry.note == "super"
    await user.send("une note")  # the question is closed: no note for Tom
    await user.next_message()
    assert await bot.repo.interactions(1110, "t1") == []
    await user.send("/contact Tom")  # a reply to the card or the question is still the note
    card = await user.next_message()
    await user.press(card, "✅ Noter")
    question = await user.next_message()
    assert "De quoi avez-vous parlé" in question.plain_text
    await user.reply(question, "déjeuner")
    await user.wait_for(lambda m: "échange avec Tom" in m.plain_text)
    assert [e.note for e in await bot.repo.interactions(1110, "t1")] == ["déjeuner"]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("fr", "fait avec Léa", "c'est fait avec Tom : on a parlé du stage"),
        ("en", "done with Léa", "done with Tom: talked about the internship"),
    ],
)
async def test_done_with_a_name_after_with_or_avec(
    bot: RunningBot, tg: FakeTelegram, language: str, first: str, second: str
) -> None:
    user = await onboarded_with(
        bot,
        1111,
        "Europe/Paris",
        person("l1", "Léa Martin", last_days_ago=40),
        person("t1", "Tom", last_days_ago=50),
        language=language,
    )
    await deliver_all(bot.app)
    user.mark_read()
    await user.send(first)
    assert "Léa Martin" in (await user.next_message()).plain_text
    await user.send(second)
    assert "Tom" in (await user.next_message()).plain_text
    assert [e.note for e in await bot.repo.interactions(1111, "l1")] == [""]
    (entry,) = await bot.repo.interactions(1111, "t1")
    assert entry.note.split()[-1] in ("stage", "internship")


async def test_a_digest_button_for_someone_today_showed_again_points_below_and_goes(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 1112, "Europe/Paris", digest=True)
    await seed(
        bot.repo,
        1112,
        person("m1", "Max", last_days_ago=100),
        person("t1", "Tom", last_days_ago=50),
    )
    user = tg.user(1112, language_code="fr")
    await deliver_all(bot.app)
    digest = await user.next_message()
    await user.send("/today")  # Max and Tom again, each with their own buttons
    await user.wait_for(lambda m: "Tom" in m.plain_text and "✅ C'est fait" in m.button_texts)
    query = await user.press(digest, "✅ Max")
    assert "plus bas" in str((await user.callback_answer(query)).get("text"))
    shown = digest.message_id
    await user.wait_for(lambda m: m.message_id == shown and m.button_texts == ["✅ Tom"])
    assert await bot.repo.interactions(1112, "m1") == []
