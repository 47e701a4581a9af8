"""A demanding user's bad input and old buttons on today's commands, end to end (fake Bot API,
injected clock; Monday 2 March 2026, 09:00 Paris): each test pins a fix found by exploring."""

from __future__ import annotations

import logging

import pytest

from core.model import Channel
from core.reach import reaches
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed, stored
from tests.test_nudges import onboard, tick


@pytest.mark.parametrize(
    "when",
    [
        "le 1er janvier 2020",  # was: 1 January 2027, about "2020 appeler"
        "le 31 février",  # was: 31 March, about "février appeler"
        "jeudi dernier",  # was: next Thursday, about "dernier appeler"
    ],
)
async def test_remind_on_a_day_that_is_no_day_to_come_says_so(
    bot: RunningBot, tg: FakeTelegram, when: str
) -> None:
    await onboard(bot, 801, "Europe/Paris")
    await seed(bot.repo, 801, person("t1", "Tom", last_days_ago=5))
    user = tg.user(801, language_code="fr")
    await user.send(f"/remind Tom {when} appeler")
    said = (await user.next_message()).plain_text
    assert "Je n'ai pas trouvé de jour à venir" in said
    assert await bot.repo.reminders(801) == []


async def test_log_without_a_note_tapped_twice_logs_once(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 802, "Europe/Paris", language="en")
    await seed(bot.repo, 802, person("t1", "Tom", last_days_ago=5))
    user = tg.user(802, language_code="en")
    await user.send("/contact Tom")
    card = await user.next_message()
    await user.press(card, "✅ Log")
    asked = await user.wait_for(lambda m: "What did you talk about" in m.plain_text)
    data = asked.find_button("Log without a note").callback_data
    assert data is not None
    first = await user.press_data(asked, data)  # the second before the first's edit shows
    second = await user.press_data(asked, data)
    await user.callback_answer(first)
    answer = await user.callback_answer(second)
    assert answer.text == "Already logged: I won't count it twice."
    assert len(await bot.repo.interactions(802, "t1")) == 1


@pytest.mark.parametrize("label", ["Thanked", "No answer yet", "Drop it"])
async def test_a_favour_button_after_its_contact_was_deleted_says_they_are_gone(
    bot: RunningBot, tg: FakeTelegram, label: str
) -> None:
    await onboard(bot, 803, "Europe/Paris", language="en")
    await seed(bot.repo, 803, person("m1", "Marc", last_days_ago=5, city="Berlin"))
    user = tg.user(803, language_code="en")
    await user.send("/ask Berlin")
    draft = await user.wait_for(lambda m: "🙋 I asked" in m.button_texts)
    await user.press(draft, "I asked")
    await user.wait_for(lambda m: "Logged in your history with Marc" in m.plain_text)
    await user.send("/favors")
    item = await user.wait_for(lambda m: "Thanked" in " ".join(m.button_texts))
    await user.send("/remove Marc")
    await user.press(await user.wait_for(lambda m: "Delete Marc" in m.plain_text), "Delete")
    await user.wait_for(lambda m: "Marc is deleted" in m.plain_text)
    await user.press(item, label)
    gone = "This ask was about someone no longer in your contacts"
    shown = await user.wait_for(lambda m: m.message_id == item.message_id and gone in m.plain_text)
    assert shown.buttons == []


@pytest.mark.parametrize("when", ["le 32 mars", "31/02", "99/99"])
async def test_log_with_a_date_that_is_no_day_says_so(
    bot: RunningBot, tg: FakeTelegram, when: str
) -> None:
    await onboard(bot, 804, "Europe/Paris")
    await seed(bot.repo, 804, person("t1", "Tom", last_days_ago=5))
    before = await stored(bot.repo, 804, "t1")
    user = tg.user(804, language_code="fr")
    await user.send(f"/log Tom {when} café")  # was: logged in 1932, or today with "31/02"
    said = (await user.next_message()).plain_text
    assert said.startswith(f"🤔 Je n'ai pas compris « {when} » comme un jour passé.")
    assert await bot.repo.interactions(804, "t1") == []
    assert await stored(bot.repo, 804, "t1") == before


async def test_remind_with_a_4000_character_note_asks_for_a_shorter_one(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 805, "Europe/Paris", language="en")
    await seed(bot.repo, 805, person("t1", "Tom", last_days_ago=5))
    user = tg.user(805, language_code="en")
    await user.send("/remind Tom tomorrow " + "r" * 4000)  # was: planned, 4,000 characters kept
    said = (await user.next_message()).plain_text
    assert said == "That note is 4,000 characters long; please keep it to 1,000 at most."
    assert await bot.repo.reminders(805) == []


@pytest.mark.parametrize(
    ("command", "done"),
    [
        ("/note Léa a un nouveau poste", "Note added to Léa Martin's card"),
        ("/log Léa yesterday", "Logged: in touch with Léa Martin"),
        ("/remind Léa tomorrow", "Planned: tomorrow"),
    ],
)
async def test_a_namesake_picked_with_a_double_tap_acts_once(
    bot: RunningBot, tg: FakeTelegram, command: str, done: str
) -> None:
    await onboard(bot, 806, "Europe/Paris", language="en")
    await seed(
        bot.repo,
        806,
        person("a1", "Léa Martin", last_days_ago=40),
        person("a2", "Léa Dubois", last_days_ago=10),
    )
    user = tg.user(806, language_code="en")
    await user.send(command)
    choice = await user.wait_for(lambda m: "Several people match" in m.plain_text)
    data = choice.find_button("Léa Martin").callback_data
    assert data is not None
    first = await user.press_data(choice, data)  # the second before the buttons go
    second = await user.press_data(choice, data)
    await user.callback_answer(first)
    assert (await user.callback_answer(second)).text == "Already done."
    await user.wait_for(lambda m: done in m.plain_text)
    await user.no_message(within=0.5)
    assert len([m for m in user.messages if done in m.plain_text]) == 1
    assert len(await bot.repo.interactions(806, "a1")) + len(await bot.repo.reminders(806)) == 1


@pytest.mark.parametrize(
    ("channel", "kept"),
    [
        (Channel("linkedin", "javascript:alert(1)"), False),
        (Channel("url", "not a url"), False),
        (Channel("url", "localhost"), False),
        (Channel("telegram", "@<b>&"), False),
        (Channel("telegram", "🦊"), False),
        (Channel("linkedin", "linkedin.com/in/lea-martin"), True),
        (Channel("telegram", "@lea_martin"), True),
    ],
)
def test_only_links_telegram_opens_become_buttons(channel: Channel, kept: bool) -> None:
    assert bool(reaches((channel,))) is kept


async def test_a_card_and_a_nudge_with_a_broken_link_still_come(
    bot: RunningBot, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(bot, 807, "Europe/Paris")
    broken = (Channel("linkedin", "javascript:alert(1)"), Channel("url", "not a url"))
    await seed(bot.repo, 807, person("p1", "Paul", last_days_ago=60, channels=broken))
    user = tg.user(807, language_code="fr")
    await user.send("/contact Paul")  # was: the generic error, Telegram refusing the button
    card = await user.next_message()
    assert card.plain_text.startswith("👤 Paul")
    assert "✅ Noter" in card.button_texts
    await tick(bot)  # was: the day's nudges "not delivered; trying again later", every minute
    nudge = await user.next_message()
    assert "C'est le moment d'écrire à Paul" in nudge.plain_text
    assert [r for r in caplog.records if r.levelno >= logging.WARNING and "bot" in r.name] == []


async def test_a_rhythm_question_without_buttons_says_how_to_answer(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 808, "Europe/Paris")
    tag = "é" * 30  # 60 bytes: too long for a button's data
    await seed(bot.repo, 808, person("t1", "Tom", last_days_ago=5, tags=(tag,)))
    user = tg.user(808, language_code="fr")
    await user.send(f"/rhythm #{tag}")
    asked = await user.next_message()  # was: the question alone, with no button and no hint
    assert asked.buttons == []
    assert f"Écris-le après l'étiquette, par exemple /rhythm #{tag} toutes les 2 semaines." in (
        asked.plain_text
    )
