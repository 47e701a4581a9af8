"""Old buttons act on nothing: a form button pressed on a message that no longer shows the open
question, or forged, answers "no longer valid", changes nothing, and the next answer goes on."""

from __future__ import annotations

import pytest

from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import person, seed, stored

EXPIRED = {"fr": "Ce bouton n'est plus valable.", "en": "This button is no longer valid."}
LANGUAGES = pytest.mark.parametrize("language", ["fr", "en"])


def said(message: BotMessage) -> str:
    return message.plain_text.replace("\u00a0", " ").replace("\u202f", " ")


async def reply(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_message()


async def expired(user: FakeUser, query_id: str, language: str) -> None:
    answer = await user.callback_answer(query_id)
    assert (answer.text, answer.show_alert) == (EXPIRED[language], True)
    await user.no_message()


async def skip_to_summary(user: FakeUser) -> BotMessage:
    for _ in range(8):
        await user.send("/skip")
        await user.next_message()
    return user.last


@LANGUAGES
async def test_a_refused_name_after_an_edit_leaves_the_add_going(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9301, person("m1", "Marie Dupont"))
    user = tg.user(9301, language_code=language)
    await reply(user, "/edit Marie Dupont")  # the field picker
    await user.send("/add " + "x" * 101)
    await user.next_message()  # the edit's question is closed
    await user.next_message()  # the name is refused
    met = await reply(user, "Bob")
    assert "Bob" in said(met)
    assert "Bob" in said(await reply(user, "at school"))  # where does Bob live?
    await reply(user, "/cancel")
    assert [c.name for c in await bot.repo.contacts(9301)] == ["Marie Dupont"]


@LANGUAGES
async def test_an_old_field_picker_does_not_ask_about_the_new_draft(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9302, person("m1", "Marie Dupont"))
    user = tg.user(9302, language_code=language)
    picker = await reply(user, "/edit Marie")
    await user.send("/add")
    await user.next_message()  # closed
    await user.next_message()  # what's their name?
    reminder = "Rappel d'anniversaire" if language == "fr" else "Birthday reminder"
    await expired(user, await user.press(picker, reminder), language)
    assert "Bob" in said(await reply(user, "Bob"))  # the name question was still open
    assert (await stored(bot.repo, 9302, "m1")).name == "Marie Dupont"


@LANGUAGES
async def test_an_old_field_picker_does_not_change_another_contact(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9303, person("m1", "Marie Dupont"), person("l1", "Léa Martin"))
    user = tg.user(9303, language_code=language)
    old = await reply(user, "/edit Marie")
    await reply(user, "/edit Léa")  # closes the first picker and replays
    new = await user.next_message()
    assert "Léa" in said(new)
    name = "Nom" if language == "fr" else "Name"
    await expired(user, await user.press(old, name), language)
    for data in ("form:field:zzz", "form:field:", "form:save", "form:cad:2w"):
        await expired(user, await user.press_data(new, data), language)  # forged
    await user.press(new, name)  # the open picker still works
    await user.next_message()
    await reply(user, "Léa Marty")
    assert (await stored(bot.repo, 9303, "l1")).name == "Léa Marty"
    assert (await stored(bot.repo, 9303, "m1")).name == "Marie Dupont"


@LANGUAGES
async def test_an_old_summary_does_not_save_the_new_draft(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    user = tg.user(9304, language_code=language)
    await reply(user, "/add Foo Bar")
    old = await skip_to_summary(user)
    assert "Foo Bar" in said(old)
    await user.send("/add")
    await user.next_message()  # closed, nothing saved
    await user.next_message()  # what's their name?
    await expired(user, await user.press(old, "💾"), language)
    assert await bot.repo.contacts(9304) == []

    await reply(user, "Bob")
    new = await skip_to_summary(user)
    await expired(user, await user.press(old, "💾"), language)  # same question, older message
    await expired(user, await user.press(old, "✏️"), language)
    assert await bot.repo.contacts(9304) == []
    await user.press(new, "💾")
    await user.next_message()
    assert [c.name for c in await bot.repo.contacts(9304)] == ["Bob"]


@LANGUAGES
async def test_an_old_quick_answer_does_not_answer_the_new_draft(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    user = tg.user(9305, language_code=language)
    await reply(user, "/add Foo")
    for _ in range(6):
        await reply(user, "/skip")
    old = user.last  # how often? with its buttons
    await reply(user, "/cancel")
    await reply(user, "/add Bob")
    for _ in range(6):
        await reply(user, "/skip")
    new = user.last
    draft = bot.app.user_data[9305].draft
    await expired(user, await user.press_data(old, "form:cad:2w"), language)
    await expired(user, await user.press_data(old, "form:skip"), language)
    assert bot.app.user_data[9305].draft == draft
    await user.press_data(new, "form:cad:2w")  # the open question's own message still works
    await user.next_message()  # when did you last talk?
    await reply(user, "/skip")
    await user.press(user.last, "💾")
    await user.next_message()
    [saved] = await bot.repo.contacts(9305)
    assert (saved.name, saved.cadence) == ("Bob", "2w")


@LANGUAGES
async def test_an_old_duplicate_warning_does_not_act_on_the_new_draft(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await seed(bot.repo, 9306, person("m1", "Marie Dupont"), person("l1", "Léa Martin"))
    user = tg.user(9306, language_code=language)
    old = await reply(user, "/add Marie Dupont")  # you already have Marie Dupont
    await user.send("/add Léa Martin")
    await user.next_message()  # closed
    new = await user.next_message()  # you already have Léa Martin
    for data in ("form:twin", "form:open:m1", "form:cancel"):
        await expired(user, await user.press_data(old, data), language)
    assert bot.app.user_data[9306].draft.name == "Léa Martin"  # type: ignore[union-attr]
    await user.press_data(new, "form:twin")
    assert "Léa Martin" in said(await user.next_message())  # how did you meet?
