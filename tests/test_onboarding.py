"""A new user meets the bot: greeting, time zone, nudge hour, in French and in English."""

from __future__ import annotations

from datetime import time

from emulator import FakeTelegram
from tests.harness import RunningBot


async def test_onboarding_in_french_with_a_typed_city(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(1001, first_name="Léa", language_code="fr")
    await user.send("/start")
    welcome = await user.next_message()
    assert "Salut Léa" in welcome.plain_text
    assert len(welcome.plain_text.splitlines()) == 4  # a greeting and three short lines
    ask = await user.next_message()
    assert "où habites-tu" in ask.plain_text
    assert "📍 Partager ma position" in ask.reply_keyboard_texts

    await user.send("montréal")
    confirmed = await user.next_message()
    # The fake clock says 08:00 UTC, which is 3 a.m. in Montréal.
    assert "Montréal" in confirmed.plain_text
    assert "3 h" in confirmed.plain_text
    hours = await user.next_message()
    assert "À quelle heure" in hours.plain_text
    await user.press(hours, "8 h")
    done = await user.next_message()
    assert "Tout est prêt" in done.plain_text
    assert "8 h" in done.plain_text

    profile = await bot.repo.get_profile(1001)
    assert profile is not None
    assert (profile.timezone, profile.nudge_time, profile.onboarded) == (
        "America/Toronto",
        time(8),
        True,
    )


async def test_onboarding_in_english_with_a_shared_location(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(1002, first_name="Sam", language_code="en-GB")
    await user.send("/start")
    assert "Hi Sam" in (await user.next_message()).plain_text
    ask = await user.next_message()
    assert "Share my location" in " ".join(ask.reply_keyboard_texts)

    await user.share_location(45.764, 4.8357)  # Lyon
    confirmed = await user.next_message()
    assert "Lyon" in confirmed.plain_text
    assert "09:00" in confirmed.plain_text  # 08:00 UTC is 09:00 in Lyon in March
    await user.next_message()  # the hour question
    await user.send("7:30pm")
    done = await user.next_message()
    assert "all set" in done.plain_text
    assert "19:30" in done.plain_text

    profile = await bot.repo.get_profile(1002)
    assert profile is not None
    assert (profile.timezone, profile.nudge_time) == ("Europe/Paris", time(19, 30))


async def test_bad_answers_get_clear_replies_and_a_second_chance(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(1003, first_name="Tom", language_code="en")
    await user.send("/start")
    await user.next_message()
    await user.next_message()

    await user.send("xyzzy <b>&")
    not_found = await user.next_message()
    assert "couldn't find “xyzzy <b>&”" in not_found.plain_text

    await user.send("Canada")
    choices = await user.next_message()
    assert len(choices.button_texts) > 1
    await user.press(choices, "Vancouver")
    assert "Got it: Vancouver," in (await user.next_message()).plain_text  # not America/...
    hours = await user.next_message()
    assert "what time" in hours.plain_text.lower()

    await user.send("25:00")
    invalid = await user.next_message()
    assert "doesn't look like a time" in invalid.plain_text
    await user.send("/skip")
    done = await user.next_message()
    assert "09:00" in done.plain_text

    profile = await bot.repo.get_profile(1003)
    assert profile is not None
    assert profile.timezone == "America/Vancouver"
    assert profile.nudge_time == time(9)


async def test_settings_survive_a_restart(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(1004, first_name="Inès", language_code="fr")
    await user.send("/start")
    await user.next_message()
    await user.next_message()
    await user.send("Lyon")
    await user.next_message()
    await user.next_message()
    await user.send("7h15")
    await user.next_message()

    await bot.restart()

    await user.send("/start")
    back = await user.next_message()
    assert "Re-bonjour Inès" in back.plain_text
    assert "7 h 15" in back.plain_text
    await user.send("/settings")
    card = await user.next_message()
    assert "Fuseau horaire\xa0: Lyon (il est" in card.text  # as typed, never "Europe/Paris"
    assert "7 h 15" in card.plain_text
    assert "Français" in card.plain_text


async def test_the_command_menu_is_set_in_both_languages(bot: RunningBot, tg: FakeTelegram) -> None:
    french = tg.commands(language_code="fr")
    english = tg.commands(language_code="en")
    assert [c["command"] for c in french] == [c["command"] for c in english]
    assert "help" in [c["command"] for c in french]
    assert french != english
