"""Long values are clipped for display, never refused by the catalogs: the stored value stays
whole, and every message stays under Telegram's 4,096 characters."""

from __future__ import annotations

import pytest

from bot.i18n import Html, Translator
from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import person, seed, stored

LANGUAGES = pytest.mark.parametrize("language", ["fr", "en"])
# 3,628 characters of valid addresses: one answer to "how to reach them?".
EMAILS = ", ".join(f"someone.with.a.long.address{i:03d}@example.org" for i in range(85))[:3628]
EMAILS = EMAILS[: EMAILS.rindex(",")]


async def reply(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_message()


def short_enough(message: BotMessage) -> None:
    assert len(message.plain_text.encode("utf-16-le")) // 2 <= 4096


@LANGUAGES
async def test_a_long_channels_answer_is_saved_whole(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    assert len(EMAILS) > 3500
    user = tg.user(9601, language_code=language)
    await reply(user, "/add Foo")
    for _ in range(4):
        await reply(user, "/skip")
    birthday = await reply(user, EMAILS)
    assert "🎂" in birthday.plain_text
    for _ in range(3):
        short_enough(await reply(user, "/skip"))
    summary = user.last
    assert "…" in summary.plain_text
    await user.press(summary, "💾")
    short_enough(await user.next_message())
    [saved] = await bot.repo.contacts(9601)
    assert ", ".join(c.value for c in saved.channels) == EMAILS

    await user.send("/edit Foo")
    picker = await user.next_message()
    await user.press(picker, "Coordonnées" if language == "fr" else "reach")
    short_enough(await user.next_message())  # the question shows the current value, clipped
    await user.send("/contact Foo")
    short_enough(await user.next_message())


@LANGUAGES
async def test_a_long_note_and_a_long_name_show_clipped(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9602, person("m1", "Marie Dupont"))
    user = tg.user(9602, language_code=language)
    note = "blah " * 800  # 4,000 characters: more than a note takes
    answer = await reply(user, f"/log Marie {note}")
    short_enough(answer)
    assert (await stored(bot.repo, 9602, "m1")).last_contact_at is None
    long_name = "Marie " + "x" * 3994
    short_enough(await reply(user, f"/contact {long_name}"))
    short_enough(await reply(user, f"/add {long_name}"))
    short_enough(await reply(user, "/cancel"))


def test_the_translator_clips_plain_arguments_and_leaves_html_alone() -> None:
    translate = Translator()
    long = "a&b<" * 1000
    text = translate("en", "form-current", value=long)
    assert text.endswith("…")
    assert len(text) < 2600
    assert "a&amp;b&lt;" in text
    short = "<b>x</b>" * 10
    assert short in translate("en", "form-current", value=Html(short))
