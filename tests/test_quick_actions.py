"""/log, /pause, /resume, /tag, /untag and /remove, typed with a name."""

from __future__ import annotations

from datetime import UTC, timedelta

from bot.handlers.pick import PICK_REST
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, note, person, seed, stored

MARIE = person("m1", "Marie Dupont", last_days_ago=10, cadence="2w")
CURIE = person("m2", "Marie Curie", last_days_ago=3)
LEA = person("l1", "Léa Martin", last_days_ago=40, tags=("lyon",))


async def test_log_with_a_note_and_with_a_past_date(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7001, MARIE, LEA)
    user = tg.user(7001, language_code="fr")
    await user.send("/log Léa café à la gare")
    reply = (await user.next_message()).plain_text
    assert "C'est noté : échange avec Léa Martin aujourd'hui (2 mars)" in reply
    assert "Prochain rappel : dans 4 semaines (2 avril)" in reply
    assert [(i.at, i.note) for i in await bot.repo.interactions(7001, "l1")] == [
        (NOW, "café à la gare")
    ]

    await user.send("/log marie dupont hier déjeuner <chez> Paul & co")
    reply = (await user.next_message()).plain_text
    assert "échange avec Marie Dupont hier (1er mars)" in reply
    assert "Prochain rappel : dans 13 jours (15 mars)" in reply
    logged = (await bot.repo.interactions(7001, "m1"))[-1]
    assert logged.note == "déjeuner <chez> Paul & co"
    assert logged.at.astimezone(UTC).date() == (NOW - timedelta(days=1)).date()

    await user.send("/log Marie Dupont lundi dernier : un appel")
    assert "il y a 7 jours (23 février)" in (await user.next_message()).plain_text
    assert (await bot.repo.interactions(7001, "m1"))[0].note == "un appel"

    await user.send("/log Léa 12/09: dîner")
    reply = (await user.next_message()).plain_text
    assert "(12 septembre 2025)" in reply
    # An older exchange than the last one does not move the next reminder back.
    assert "dans 4 semaines (2 avril)" in reply


async def test_log_in_english_and_its_limits(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7002, MARIE, CURIE, LEA)
    user = tg.user(7002, language_code="en")
    await user.send("/log Lea 3 days ago: call about the job")
    reply = (await user.next_message()).plain_text
    assert "in touch with Léa Martin 3 days ago (27 February)" in reply
    assert "Next reminder: in 4 weeks (27 March)" in reply
    assert (await bot.repo.interactions(7002, "l1"))[0].note == "call about the job"

    await user.send("/log Lea " + "x" * 1001)
    assert (
        "1,001 characters long; please keep it to 1,000 at most"
        in (await user.next_message()).plain_text
    )
    assert len(await bot.repo.interactions(7002, "l1")) == 1
    await user.send("/log")  # the most due as buttons
    assert "Who were you in touch with?" in (await user.next_message()).plain_text

    await user.send("/log Marie drinks")  # two Maries: the note waits for the choice
    choice = await user.next_message()
    assert sorted(choice.button_texts) == ["Marie Curie", "Marie Dupont"]
    await user.press(choice, "Marie Curie")
    reply = (await user.next_message()).plain_text
    assert "Marie Curie today" in reply
    assert [i.note for i in await bot.repo.interactions(7002, "m2")] == ["drinks"]
    assert choice.button_texts == []  # a choice is used once


async def test_pause_and_resume(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7003, MARIE, LEA)
    user = tg.user(7003, language_code="fr")
    await user.send("/pause mari dupon")
    assert "sont en pause" in (await user.next_message()).plain_text
    assert (await stored(bot.repo, 7003, "m1")).paused
    await user.send("/pause Marie")
    assert "déjà en pause" in (await user.next_message()).plain_text
    await user.send("/resume marie")
    reply = (await user.next_message()).plain_text
    assert "Prochain rappel : dans 4 jours (6 mars)" in reply
    assert not (await stored(bot.repo, 7003, "m1")).paused
    await user.send("/resume Léa")
    assert "n'est pas en pause" in (await user.next_message()).plain_text

    english = tg.user(7004, language_code="en")
    await seed(bot.repo, 7004, MARIE)
    await english.send("/pause Marie")
    assert "Reminders about Marie Dupont are paused" in (await english.next_message()).plain_text
    await english.send("/list")
    assert "Marie Dupont — paused" in (await english.next_message()).plain_text


async def test_tag_and_untag(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7005, MARIE, CURIE, LEA)
    user = tg.user(7005, language_code="en")
    await user.send("/tag Marie Dupont #Airbus berlin, hamburg")
    assert "Tagged Marie Dupont: #airbus #berlin #hamburg" in (await user.next_message()).plain_text
    await user.send("/tag marie dupont airbus mentor")
    await user.next_message()
    assert (await stored(bot.repo, 7005, "m1")).tags == ("airbus", "berlin", "hamburg", "mentor")

    await user.send("/tag Léa c++ ok")
    assert "Not valid as tags: c++" in (await user.next_message()).plain_text
    assert (await stored(bot.repo, 7005, "l1")).tags == ("lyon",)
    await user.send("/tag Léa")
    assert "Which tags?" in (await user.next_message()).plain_text
    assert "Léa Martin's tags: #lyon" in (await user.next_message()).plain_text

    await user.send("/untag Marie Dupont hamburg #BERLIN nope")
    reply = await user.next_message()
    assert "Marie Dupont's tags now: #airbus #mentor" in reply.plain_text
    assert "can't find #nope" in (await user.next_message()).plain_text
    await user.send("/untag Léa lyon")
    assert "no tags left" in (await user.next_message()).plain_text

    await user.send("/tag Marie vip")  # ambiguous: the tags wait for the choice
    choice = await user.next_message()
    await user.send("/tag Marie old")
    earlier = await user.next_message()
    await user.press(choice, "Marie Curie")
    assert "Tagged Marie Curie: #vip" in (await user.next_message()).plain_text
    assert (await stored(bot.repo, 7005, "m2")).tags == ("vip",)
    assert choice.button_texts == []  # a choice is used once

    # Too long for a button (64 bytes): these words wait in memory only.
    crowd = " ".join(f"tag{i:02d}" for i in range(12))
    await user.send(f"/tag Marie {crowd}")
    crowded = await user.next_message()
    assert {b.callback_data for row in crowded.buttons for b in row} == {"tag:m1", "tag:m2"}
    assert earlier.find_button("Marie Dupont").callback_data == "tag:m1:old"

    await bot.restart()  # words in the button, and words in user_data, outlive a restart
    await user.press(earlier, "Marie Dupont")
    assert "Tagged Marie Dupont: #airbus #mentor #old" in (await user.next_message()).plain_text
    bot.app.user_data[7005].memos.forget(PICK_REST, crowded.message_id)  # as when too many came
    query = await user.press(crowded, "Marie Dupont")
    await user.callback_answer(query)
    assert "send the command again" in (await user.next_message()).plain_text
    assert "tag00" not in (await stored(bot.repo, 7005, "m1")).tags


async def test_words_too_long_for_a_button_wait_for_the_choice(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 7010, MARIE, CURIE)
    user = tg.user(7010, language_code="fr")
    crowd = " ".join(f"tag{i:02d}" for i in range(12))
    await user.send(f"/tag Marie {crowd}")
    choice = await user.next_message()
    assert choice.find_button("Marie Curie").callback_data == "tag:m2"
    await user.send("/tag Marie")  # nothing after the name: kept too, as nothing
    bare = await user.next_message()
    await user.press(choice, "Marie Curie")
    assert "#tag00" in (await user.next_message()).plain_text
    assert (await stored(bot.repo, 7010, "m2")).tags == tuple(crowd.split())
    await user.press(bare, "Marie Dupont")
    assert "Quelles étiquettes" in (await user.next_message()).plain_text


async def test_tags_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7006, LEA)
    user = tg.user(7006, language_code="fr")
    await user.send("/tag lea été-2025")
    assert "Étiquettes de Léa Martin : #lyon #été-2025" in (await user.next_message()).plain_text
    await user.send("/list #été-2025")
    assert "Léa Martin" in (await user.next_message()).plain_text


async def test_remove_asks_first(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7007, MARIE, LEA)
    await note(bot.repo, 7007, "m1", 30, "lunch")
    user = tg.user(7007, language_code="en")
    await user.send("/remove Marie")
    confirm = await user.next_message()
    assert "Delete Marie Dupont and your whole history with them?" in confirm.plain_text
    await user.press(confirm, "Keep")
    await user.wait_for(lambda m: m is confirm and "stays in your contacts" in m.plain_text)
    assert await bot.repo.get_contact(7007, "m1") is not None

    await user.send("/remove Marie")
    confirm = await user.next_message()
    await user.press(confirm, "Delete")
    await user.wait_for(lambda m: m is confirm and "is deleted" in m.plain_text)
    assert await bot.repo.get_contact(7007, "m1") is None
    assert await bot.repo.interactions(7007, "m1") == []
    assert await bot.repo.get_contact(7007, "l1") is not None

    await user.send("/remove Marie")
    assert "Nobody is called “Marie”" in (await user.next_message()).plain_text


async def test_forged_presses_for_another_users_contact(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 7008, MARIE)
    await seed(bot.repo, 7009, LEA)
    owner, intruder = tg.user(7008, language_code="fr"), tg.user(7009, language_code="fr")
    await intruder.send("/tag Léa")
    message = await intruder.next_message()
    await intruder.next_message()
    for data in ("rm:m1", "keep:m1", "pause:m1", "resume:m1", "tag:m1", "untag:m1", "log:m1"):
        query = await intruder.press_data(message, data)
        answer = await intruder.callback_answer(query)
        assert "n'est plus valable" in str(answer.get("text")), data
    await intruder.no_message()
    assert await bot.repo.get_contact(7008, "m1") == MARIE
    assert await bot.repo.interactions(7008, "m1") == []
    await owner.no_message(within=0)
