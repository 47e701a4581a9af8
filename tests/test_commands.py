"""Everyday commands: /help, /settings, /timezone, /time, /language, /cancel and the fallbacks."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from telegram.error import BadRequest

from bot.commands import help_commands
from bot.handlers.common import unless_unchanged
from emulator import FakeTelegram
from tests.harness import FakeClock, RunningBot


async def test_help_lists_every_command_in_the_users_language(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    for language, intro in (("fr", "Ce que je sais faire"), ("en", "What I can do")):
        user = tg.user(2000 + len(language) + ord(language[0]), language_code=language)
        await user.send("/help")
        text = (await user.next_message()).plain_text
        assert intro in text
        for name in help_commands():
            assert f"/{name}" in text


async def test_timezone_and_time_with_arguments(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(2101, language_code="en")
    await user.send("/timezone münchen")
    # The city keeps the words the user typed for it; the country is in the reader's language.
    assert "München, Germany" in (await user.next_message()).plain_text
    await user.send("/time 6.45")
    assert "06:45" in (await user.next_message()).plain_text
    profile = await bot.repo.get_profile(2101)
    assert profile is not None
    assert (profile.timezone, profile.nudge_time) == ("Europe/Berlin", time(6, 45))


async def test_timezone_without_argument_asks_and_cancel_leaves(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(2102, language_code="fr")
    await user.send("/timezone")
    assert "habites-tu" in (await user.next_message()).plain_text
    await user.send("/cancel")
    assert "annulé" in (await user.next_message()).plain_text
    await user.send("Lyon")  # no longer an answer to anything
    assert "Je ne sais pas trop" in (await user.next_message()).plain_text
    await user.send("/cancel")
    assert "rien à annuler" in (await user.next_message()).plain_text


async def test_settings_buttons_change_hour_and_language(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(2103, language_code="fr")
    await user.send("/settings")
    card = await user.next_message()
    assert "Tes réglages" in card.plain_text
    await user.press(card, "Changer l'heure")
    hours = await user.next_message()
    await user.press(hours, "18 h")
    assert "18 h" in (await user.next_message()).plain_text

    await user.press(card, "Changer de langue")
    languages = await user.next_message()
    await user.press(languages, "English")
    assert "I'll speak English" in (await user.next_message()).plain_text
    await user.send("/settings")
    assert "Your settings" in (await user.next_message()).plain_text
    assert "18:00" in user.last.plain_text


async def test_tapping_a_language_twice_is_no_error(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(2107, language_code="en")
    await user.send("/language")
    languages = await user.next_message()
    data = languages.find_button("Français").callback_data
    assert data == "lang:fr"
    first = await user.press_data(languages, data)
    assert "français" in (await user.next_message()).plain_text
    assert languages.button_texts == []
    second = await user.press_data(languages, data)  # its buttons are already gone
    await user.callback_answer(first)
    assert not (await user.callback_answer(second)).show_alert
    assert "français" in (await user.next_message()).plain_text
    await user.no_message()  # nothing went wrong
    profile = await bot.repo.get_profile(2107)
    assert profile is not None
    assert profile.language == "fr"


def test_only_an_unchanged_edit_is_let_pass() -> None:
    with unless_unchanged():
        raise BadRequest("Message is not modified: specified new message content and ...")
    for other in ("Message to edit not found", "Message can't be edited"):
        with pytest.raises(BadRequest, match=other), unless_unchanged():
            raise BadRequest(other)


async def test_unknown_commands_and_stray_messages_get_a_hint(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(2104, language_code="en")
    await user.send("/frobnicate now")
    assert "I don't know the command /frobnicate" in (await user.next_message()).plain_text
    await user.send("hello there")
    assert "/help" in (await user.next_message()).plain_text
    await user.send_document("notes.txt", b"hello", mime_type="text/plain")
    assert "/help" in (await user.next_message()).plain_text


async def test_an_old_or_forged_button_changes_nothing(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(2105, language_code="en")
    await user.send("/time")
    hours = await user.next_message()
    await user.send("/cancel")
    await user.next_message()
    query = await user.press(hours, "08:00")
    answer = await user.callback_answer(query)
    assert "no longer valid" in str(answer.get("text"))
    query = await user.press_data(hours, "lang:de")
    assert "no longer valid" in str((await user.callback_answer(query)).get("text"))
    assert await bot.repo.get_profile(2105) is not None
    profile = await bot.repo.get_profile(2105)
    assert profile is not None
    assert profile.nudge_time == time(9)
    assert profile.language is None


async def test_a_failure_gets_a_kind_message_not_a_traceback(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(2106, language_code="fr")
    # A refusal no retry can fix (a 5xx is retried, and would be answered after all).
    tg.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
    await user.send("/help")
    reply = await user.next_message()
    assert "un problème est survenu" in reply.plain_text
    assert "Traceback" not in reply.text


async def test_a_user_with_an_unreadable_file_is_told_and_others_are_not_affected(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    users = tmp_path / "data" / "users"
    users.mkdir(parents=True)
    (users / "3001.json").write_text("{broken")
    running = RunningBot(tg, tmp_path / "data", clock)
    await running.start()
    try:
        broken, fine = tg.user(3001, language_code="en"), tg.user(3002, language_code="en")
        await broken.send("/start")
        assert "can't read your data" in (await broken.next_message()).plain_text
        await fine.send("/start")
        assert "Hi" in (await fine.next_message()).plain_text
        assert (users / "3001.json").read_text() == "{broken"
    finally:
        await running.stop()


async def test_strangers_are_refused_and_nothing_is_stored(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    running = RunningBot(tg, tmp_path / "data", clock, allowed_user_ids=frozenset({4001}))
    await running.start()
    try:
        stranger, friend = tg.user(4002, language_code="fr"), tg.user(4001, language_code="fr")
        await stranger.send("/start")
        assert "ce bot est privé" in (await stranger.next_message()).plain_text
        await friend.send("/start")
        assert "Salut" in (await friend.next_message()).plain_text
        assert await running.repo.get_profile(4002) is None
        users = {p.name.split(".")[0] for p in (tmp_path / "data" / "users").iterdir()}
        assert users == {"4001"}  # the friend's file (and soon its sidecar), nothing else
    finally:
        await running.stop()


async def test_in_a_group_the_bot_only_points_to_the_private_chat(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(4101, language_code="en")
    await user.send_in_group(-500, "/list")
    await user.send_in_group(-500, "hello everyone")
    await user.send_in_group(-500, "/add Marie")
    await user.send("/help")  # updates are handled in order: once this is answered, all are
    await user.next_message()
    assert [m.plain_text.split(",")[0] for m in tg.messages(-500)] == [
        "I only work in a private chat",
        "I only work in a private chat",
    ]
    assert await bot.repo.get_profile(4101) is None
