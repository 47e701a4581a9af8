"""/list: who is due first, a page at a time, filtered by lateness, tag or place."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date

from core.model import Contact
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import person, seed


def _names(message: BotMessage) -> list[str]:
    """The contact names of a list page, in order."""
    return re.findall(r"^\d+\. (.+?) — ", message.plain_text, flags=re.MULTILINE)


def _crowd(count: int) -> list[Contact]:
    # Person 00 is the most overdue (last in touch 99 days ago), person 59 the least.
    return [person(f"p{i:02d}", f"Person {i:02d}", last_days_ago=99 - i) for i in range(count)]


async def test_pages_of_ten_edit_the_same_message(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 5001, *_crowd(60))
    user = tg.user(5001, language_code="fr")
    await user.send("/list")
    page = await user.next_message()
    assert "Tes contacts (60)" in page.plain_text
    assert "page 1/6" in page.plain_text
    first = _names(page)
    assert first == [f"Person {i:02d}" for i in range(10)]
    assert "en retard de" in page.plain_text
    assert page.button_texts[:10] == [str(n) for n in range(1, 11)]
    assert page.button_texts[10:] == ["◀", "1/6", "▶"]

    await user.press(page, "▶")
    await user.wait_for(lambda m: m is page and "page 2/6" in m.plain_text)
    assert len(page.edits) == 1
    second = _names(page)
    assert second == [f"Person {i:02d}" for i in range(10, 20)]
    assert not set(first) & set(second)
    assert page.plain_text.startswith("📇 Tes contacts (60) · page 2/6")
    assert "11. Person 10" in page.plain_text
    assert page.button_texts[:10] == [str(n) for n in range(11, 21)]

    await user.press(page, "◀")
    await user.wait_for(lambda m: m is page and "page 1/6" in m.plain_text)
    await user.press(page, "◀")  # the arrows wrap around: no dead end
    await user.wait_for(lambda m: m is page and "page 6/6" in m.plain_text)
    assert _names(page)[-1] == "Person 59"
    query = await user.press(page, "6/6")  # the page number itself only refreshes
    await user.callback_answer(query)
    assert len(page.edits) == 3
    await user.no_message()


async def test_order_and_words_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(
        bot.repo,
        5002,
        person("a", "Resting", paused=True),
        person("b", "Soon", last_days_ago=27, city="Berlin", place="Berlin, Germany"),
        person("c", "Late", last_days_ago=45),
        person("d", "Now", added_days_ago=28, cadence="4w"),
        person("e", "Snoozy", last_days_ago=60, snoozed_until=date(2026, 3, 5)),
    )
    user = tg.user(5002, language_code="en")
    await user.send("/list")
    text = (await user.next_message()).plain_text
    lines = [line for line in text.splitlines() if re.match(r"\d+\. ", line)]
    assert lines == [
        "1. Late — overdue by 2 weeks",
        "2. Now — today",
        "3. Soon — tomorrow · Berlin",
        "4. Snoozy — in 3 days 😴",
        "5. Resting — paused",
    ]
    assert "Tap a number" in text


async def test_a_number_opens_the_card(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 5003, *_crowd(12))
    user = tg.user(5003, language_code="en")
    await user.send("/list")
    page = await user.next_message()
    await user.press(page, "▶")
    await user.wait_for(lambda m: m is page and "page 2/2" in m.plain_text)
    await user.press(page, "11")
    card = await user.next_message()
    assert card.plain_text.startswith("👤 Person 10")


async def test_filters(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(
        bot.repo,
        5004,
        person(
            "a",
            "Anna",
            last_days_ago=40,
            tags=("airbus",),
            city="Berlin",
            place="Berlin, Germany",
            country_code="DE",
        ),
        person(
            "b",
            "Bruno",
            last_days_ago=3,
            tags=("airbus", "lyon"),
            place="Lyon, France",
            city="Lyon",
            country_code="FR",
        ),
        person(
            "c",
            "Chloé",
            last_days_ago=50,
            place="München, Germany",
            city="München",
            country_code="DE",
        ),
        person("d", "Dmitri", last_days_ago=2, place="somewhere near the lake"),
    )
    fr = tg.user(5004, language_code="fr")
    cases = {
        "/list en retard": ["Chloé", "Anna"],
        "/list retard": ["Chloé", "Anna"],
        "/list overdue": ["Chloé", "Anna"],
        "/list #Airbus": ["Anna", "Bruno"],
        "/list #lyon": ["Bruno"],
        "/list berlin": ["Anna"],
        "/list MUNCHEN": ["Chloé"],
        "/list Allemagne": ["Chloé", "Anna"],
        "/list germany": ["Chloé", "Anna"],
        "/list de": ["Chloé", "Anna"],
        "/list lake": ["Dmitri"],
    }
    for command, expected in cases.items():
        await fr.send(command)
        assert _names(await fr.next_message()) == expected, command

    await fr.send("/list #nobody")
    assert "Personne n'a l'étiquette #nobody" in (await fr.next_message()).plain_text
    await fr.send("/list #c++")
    assert "Personne n'a l'étiquette #c++." in (await fr.next_message()).plain_text
    await fr.send("/list #")
    reply = (await fr.next_message()).plain_text
    assert "Quelle étiquette" in reply
    assert "Tes étiquettes : #airbus #lyon" in reply.replace("\u00a0", " ")
    assert "##" not in reply
    await fr.send("/list Tokyo")
    assert "ne correspond au lieu « Tokyo »" in (await fr.next_message()).plain_text


async def test_nobody_due_and_no_contacts_at_all(bot: RunningBot, tg: FakeTelegram) -> None:
    newcomer = tg.user(5005, language_code="en")
    await newcomer.send("/list")
    reply = await newcomer.next_message()
    assert "no contacts yet" in reply.plain_text
    assert "/add" in reply.plain_text

    await seed(bot.repo, 5006, person("a", "Fresh", last_days_ago=1))
    user = tg.user(5006, language_code="fr")
    await user.send("/list en retard")
    assert "Personne à recontacter" in (await user.next_message()).plain_text


async def test_a_filtered_list_pages_within_its_filter(bot: RunningBot, tg: FakeTelegram) -> None:
    tagged = [replace(c, tags=("team",)) for c in _crowd(25)]
    await seed(bot.repo, 5007, *tagged, person("x", "Outsider", last_days_ago=200))
    user = tg.user(5007, language_code="en")
    await user.send("/list #team")
    page = await user.next_message()
    assert "#team (25)" in page.plain_text
    await user.press(page, "▶")
    await user.wait_for(lambda m: m is page and "page 2/3" in m.plain_text)
    assert "Outsider" not in page.plain_text

    await user.send("/list")  # a newer list: the old filtered one can't page any more
    await user.next_message()
    query = await user.press(page, "▶")
    assert "out of date" in str((await user.callback_answer(query)).get("text"))
    assert "page 2/3" in page.plain_text


async def test_five_hundred_long_names_stay_fast_and_short(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    crowd = [
        person(f"n{i:03d}", f"{i:03d}" + "<&" * 48 + "é", last_days_ago=i % 90) for i in range(500)
    ]
    crowd = [replace(c, place="<b>" * 30) for c in crowd]
    await seed(bot.repo, 5008, *crowd)
    user = tg.user(5008, language_code="fr")
    started = time.perf_counter()
    await user.send("/list")
    page = await user.next_message()
    await user.press(page, "◀")
    await user.wait_for(lambda m: m is page and "page 50/50" in m.plain_text)
    assert time.perf_counter() - started < 2
    assert len(page.visible_text) <= 4096
    assert "<&<&" in page.plain_text  # shown as typed, not as markup
    assert len(_names(page)) == 10


async def test_namesakes_are_told_apart_in_the_list(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(
        bot.repo,
        5009,
        person("h1", "Hugo Bernard", last_days_ago=40, city="Lyon", work="Airbus"),
        person("h2", "Hugo Bernard", last_days_ago=50, city="Lyon", work="SNCF"),
        person("h3", "Hugo Bernard", last_days_ago=60, city="Nantes"),
        person("a1", "Anna", last_days_ago=70, work="Airbus"),
        person("t1", "Tom", last_days_ago=80, added_days_ago=100),
        person("t2", "Tom", last_days_ago=90, added_days_ago=95),
    )
    user = tg.user(5009, language_code="en")
    await user.send("/list")
    lines = (await user.next_message()).plain_text.splitlines()
    assert lines[2:8] == [
        "1. Tom — overdue by 8 weeks · added 27 November 2025",
        "2. Tom — overdue by 7 weeks · added 22 November 2025",
        "3. Anna — overdue by 6 weeks",
        "4. Hugo Bernard — overdue by 4 weeks · Nantes",
        "5. Hugo Bernard — overdue by 3 weeks · Lyon · SNCF",
        "6. Hugo Bernard — overdue by 9 days · Lyon · Airbus",
    ]
