"""The short command menu, the grouped /help, the chat's menu after /language, the descriptions."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler

from bot.commands import HELP_SECTIONS, MENU_COMMANDS, UNLISTED_COMMANDS, help_commands
from bot.i18n import Translator
from bot.menu import DESCRIPTION_LIMIT, MENU_DESCRIPTION_LIMIT, SHORT_DESCRIPTION_LIMIT
from core.model import UserProfile
from emulator import FakeTelegram
from storage.tinydb.repository import TinyDBRepository
from tests.harness import FakeClock, RunningBot
from tests.seeding import NOW


def _commands_of(handlers: list[BaseHandler[Any, Any, Any]]) -> set[str]:
    found: set[str] = set()
    for handler in handlers:
        if isinstance(handler, CommandHandler):
            found |= set(handler.commands)
        elif isinstance(handler, ConversationHandler):
            found |= _commands_of(list(handler.entry_points))
            found |= _commands_of(list(handler.fallbacks))
            for state in handler.states.values():
                found |= _commands_of(list(state))
    return found


def test_the_menu_is_short_and_help_lists_each_command_once() -> None:
    assert 6 <= len(MENU_COMMANDS) <= 8
    assert set(MENU_COMMANDS) <= set(help_commands())
    assert len(help_commands()) == len(set(help_commands()))
    assert len({section.key for section in HELP_SECTIONS}) == len(HELP_SECTIONS)


def test_every_command_the_bot_handles_is_in_help(bot: RunningBot) -> None:
    handled: set[str] = set()
    for group in bot.app.handlers.values():
        handled |= _commands_of(group)
    assert handled - UNLISTED_COMMANDS == set(help_commands())


async def test_the_menu_has_only_the_weekly_commands_in_both_languages(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    translate = Translator()
    for language in ("fr", "en"):
        menu = tg.commands(language_code=language)
        assert [c["command"] for c in menu] == list(MENU_COMMANDS)
        assert menu[0]["description"] == translate(language, "cmd-today")
    assert tg.commands() == tg.commands(language_code="en")  # DEFAULT_LANGUAGE


@pytest.mark.parametrize("language", ["fr", "en"])
def test_menu_descriptions_fit_a_phone(language: str) -> None:
    # before: "qui peut t'aider pour un lieu ou un sujet, ex. /ask Montréal, /ask data science
    # Berlin", cut after about forty characters in the phone's command menu
    translate = Translator()
    for name in help_commands():  # any of them may join the menu
        description = translate(language, f"cmd-{name}")  # type: ignore[arg-type]
        assert 0 < len(description) <= MENU_DESCRIPTION_LIMIT, (name, description)
        assert "/" not in description, name  # examples belong to /help


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("fr", ["Chaque semaine", "Une personne", "Réglages", "Tes données", "À tout moment"]),
        ("en", ["Every week", "One person", "Settings", "Your data", "Anytime"]),
    ],
)
async def test_help_is_grouped_in_short_sections(
    bot: RunningBot, tg: FakeTelegram, language: str, titles: list[str]
) -> None:
    user = tg.user(6101, language_code=language)
    await user.send("/help")
    text = (await user.next_message()).plain_text
    for title in titles:
        assert title in text
    translate = Translator()
    weekly = next(section for section in HELP_SECTIONS if section.detailed)
    for name in weekly.commands:
        line = translate(language, f"help-cmd-{name}")  # type: ignore[arg-type]
        assert f"/{name} — {line}" in text
    assert "/merge" in text
    assert "/deleteme" in text
    assert len([line for line in text.splitlines() if line.strip()]) <= 20  # it was 28


async def test_language_republishes_the_chats_menu(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(6201, language_code="en")
    chat = {"type": "chat", "chat_id": 6201}
    assert tg.commands(chat) == []  # until a choice, the phone's language decides
    await user.send("/language")
    await user.press(await user.next_message(), "Français")
    assert "français" in (await user.next_message()).plain_text
    assert tg.commands(chat) == tg.commands(language_code="fr")
    await user.send("/settings")
    card = await user.next_message()
    await user.press(card, "Changer de langue")
    await user.press(await user.next_message(), "English")
    assert "English" in (await user.next_message()).plain_text
    assert tg.commands(chat) == tg.commands(language_code="en")
    assert tg.commands({"type": "chat", "chat_id": 6202}) == []  # nobody else's menu changed


async def test_a_menu_that_cannot_be_published_does_not_undo_the_switch(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(6203, language_code="en")
    await user.send("/language")
    languages = await user.next_message()
    tg.fail_next("setMyCommands", status=400, description="Bad Request: chat not found")
    await user.press(languages, "Français")
    assert "français" in (await user.next_message()).plain_text
    await user.no_message()
    profile = await bot.repo.get_profile(6203)
    assert profile is not None
    assert profile.language == "fr"


async def test_the_empty_chat_explains_the_bot_in_both_languages(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    settings = tg.state.settings
    assert settings["description:fr"].startswith("👋 Je fais vivre ton réseau")
    assert settings["description:en"].startswith("👋 I keep your network alive")
    assert settings["description:"] == settings["description:en"]  # DEFAULT_LANGUAGE
    assert "Fait vivre ton réseau" in settings["short_description:fr"]
    assert settings["short_description:"] == settings["short_description:en"]
    for key, value in settings.items():
        limit = SHORT_DESCRIPTION_LIMIT if key.startswith("short") else DESCRIPTION_LIMIT
        assert 0 < len(value) <= limit, key
        assert "<" not in value, "descriptions are plain text"
    sets = tg.count("setMyDescription"), tg.count("setMyShortDescription")
    assert sets == (3, 3)
    await bot.restart()
    assert (tg.count("setMyDescription"), tg.count("setMyShortDescription")) == sets


async def test_the_fake_server_keeps_telegrams_limits(bot: RunningBot) -> None:
    api = bot.app.bot
    assert await api.set_my_description("x" * DESCRIPTION_LIMIT, language_code="de")
    with pytest.raises(BadRequest, match="too long"):
        await api.set_my_description("x" * (DESCRIPTION_LIMIT + 1))
    with pytest.raises(BadRequest, match="too long"):
        await api.set_my_short_description("x" * (SHORT_DESCRIPTION_LIMIT + 1))
    with pytest.raises(BadRequest, match="Lang_code_invalid"):
        await api.set_my_short_description("x", language_code="french")


async def _chat_menus_done(running: RunningBot) -> None:
    """Wait for the start-up job that brings the chats' menus up to date."""
    assert running.app.job_queue is not None
    for _ in range(200):
        if not running.app.job_queue.get_jobs_by_name("chat-menus"):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the chat menus job did not finish")


async def test_chats_that_chose_a_language_get_a_changed_menu_once(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = TinyDBRepository(tmp_path / "data")
    for user_id, language in ((6301, "fr"), (6302, "en"), (6303, None)):
        await repo.save_profile(UserProfile(user_id, NOW, language=language, onboarded=True))
    await repo.close()
    running = RunningBot(tg, tmp_path / "data", clock)
    await running.start()
    try:
        await _chat_menus_done(running)
        french, english = tg.commands(language_code="fr"), tg.commands(language_code="en")
        assert tg.commands({"type": "chat", "chat_id": 6301}) == french
        assert tg.commands({"type": "chat", "chat_id": 6302}) == english
        assert tg.commands({"type": "chat", "chat_id": 6303}) == []  # follows the phone
        calls = tg.count("setMyCommands")

        await running.restart()  # the same menus: no chat is touched
        await _chat_menus_done(running)
        assert tg.count("setMyCommands") == calls + 3  # the three language-wide menus only

        monkeypatch.setattr("bot.menu.MENU_COMMANDS", ("today", "add", "list", "help"))
        await running.restart()  # a new version with another menu
        await _chat_menus_done(running)
        chat = tg.commands({"type": "chat", "chat_id": 6301})
        assert [c["command"] for c in chat] == ["today", "add", "list", "help"]
        assert chat == tg.commands(language_code="fr")
    finally:
        await running.stop()
