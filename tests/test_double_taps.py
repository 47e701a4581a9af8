"""A double tap asks for the same edit twice: Telegram refuses the second ("message is not
modified"), and that is success, answered, with no "something went wrong".

/language and /settings' "Reminders per day" twice are in test_commands and test_nudge_settings.
"""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import person, seed, stored


def data_of(message: BotMessage, label: str) -> str:
    data = message.find_button(label).callback_data
    assert data is not None
    return data


async def tap_twice(user: FakeUser, message: BotMessage, data: str) -> None:
    """Two presses of the same button, the second before the first's edit shows."""
    first = await user.press_data(message, data)
    second = await user.press_data(message, data)
    await user.callback_answer(first)
    assert not (await user.callback_answer(second)).show_alert


def no_error(caplog: pytest.LogCaptureFixture) -> None:
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_the_same_list_page_twice(
    bot: RunningBot, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    crowd = [person(f"p{i:02d}", f"Person {i:02d}", last_days_ago=99 - i) for i in range(25)]
    await seed(bot.repo, 9401, *crowd)
    user = tg.user(9401, language_code="en")
    await user.send("/list")
    page = await user.next_message()
    await tap_twice(user, page, data_of(page, "▶"))
    await user.wait_for(lambda m: m is page and "page 2/3" in m.plain_text)
    await user.no_message()
    assert len(page.edits) == 1
    no_error(caplog)


async def test_a_cards_snooze_back_and_pause_twice(
    bot: RunningBot, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    await seed(bot.repo, 9402, person("m1", "Marie Dupont", last_days_ago=10))
    user = tg.user(9402, language_code="en")
    await user.send("/contact Marie")
    card = await user.next_message()
    snooze, pause = data_of(card, "Snooze"), data_of(card, "Pause")

    await tap_twice(user, card, snooze)
    await user.wait_for(lambda m: m is card and "↩️ Back" in m.button_texts)
    await tap_twice(user, card, data_of(card, "Back"))
    await user.wait_for(lambda m: m is card and "✅ Log" in m.button_texts)
    await tap_twice(user, card, pause)
    await user.wait_for(lambda m: m is card and "▶️ Resume" in m.button_texts)
    await user.no_message()
    assert (await stored(bot.repo, 9402, "m1")).paused
    no_error(caplog)


async def test_keep_twice_at_a_removal(
    bot: RunningBot, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    await seed(bot.repo, 9403, person("m1", "Marie Dupont"))
    user = tg.user(9403, language_code="en")
    await user.send("/remove Marie")
    confirm = await user.next_message()
    await tap_twice(user, confirm, data_of(confirm, "Keep"))
    await user.wait_for(lambda m: m is confirm and "stays in your contacts" in m.plain_text)
    await user.no_message()
    assert await bot.repo.get_contact(9403, "m1") is not None
    no_error(caplog)


_EDITS = {"edit_text", "edit_reply_markup", "edit_message_text", "edit_message_reply_markup"}
_GUARDS = {"unless_unchanged", "suppress"}  # suppress(BadRequest): any refusal is fine there
HANDLERS = sorted((Path(__file__).parent.parent / "bot" / "handlers").glob("*.py"))


def _unguarded_edits(tree: ast.AST, guarded: bool = False) -> list[int]:
    """Lines of edit calls outside a `with unless_unchanged()` (or `suppress`) block."""
    found: list[int] = []
    for child in ast.iter_child_nodes(tree):
        inner = guarded
        if isinstance(child, ast.With | ast.AsyncWith):
            names = {
                item.context_expr.func.id
                for item in child.items
                if isinstance(item.context_expr, ast.Call)
                and isinstance(item.context_expr.func, ast.Name)
            }
            inner = guarded or bool(names & _GUARDS)
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and child.func.attr in _EDITS
            and not guarded
        ):
            found.append(child.lineno)
        found += _unguarded_edits(child, inner)
    return found


@pytest.mark.parametrize("path", HANDLERS, ids=lambda path: path.name)
def test_every_edit_lets_an_unchanged_message_pass(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert [f"{path.name}:{line}" for line in _unguarded_edits(tree)] == []
