"""Favours: 🙋 I asked logs the ask, /favors lists it, ✅ closes it; the follow-up nudge's API."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bot.handlers.ask import ASK_TOPIC
from bot.jobs.deliver import deliver_all
from bot.views.favors import favor_keyboard, favor_nudge_text
from core.model import Favor, Interaction
from emulator import FakeTelegram
from services.favors import due_favors
from storage.tinydb.repository import TinyDBRepository
from tests.catalogs import Reader
from tests.harness import RunningBot
from tests.seeding import NOW, onboarded, person, seed
from tests.test_ask import EVERYONE, LEA

MARCH_2 = date(2026, 3, 2)


async def test_i_asked_then_favors_then_closed_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8201, *EVERYONE)
    user = tg.user(8201, language_code="fr")
    await user.send("/ask Montréal")
    await user.next_message()
    card = await user.next_message()
    pressed = card.find_button("Je lui ai demandé").callback_data
    assert pressed == "asked:lea1:Montréal"
    await user.press_data(card, pressed)
    done = (await user.next_message()).plain_text
    assert (
        "C'est noté dans ton historique avec Léa Martin, comme une demande : « Montréal »." in done
    )
    assert "Le 9 mars, je te rappellerai de lui raconter la suite" in done
    assert card.button_texts == []  # asked once
    (favor,) = await bot.repo.favors(8201)
    assert (favor.contact_id, favor.topic, favor.closed) == ("lea1", "Montréal", False)
    assert (favor.asked_on, favor.follow_up_on) == (MARCH_2, date(2026, 3, 9))
    (ask,) = await bot.repo.interactions(8201, "lea1")
    assert (ask.kind, ask.about, ask.note) == ("ask", "Montréal", "")  # an ask, not an exchange

    query = await user.press_data(card, pressed)  # a double tap: the button was still there
    answer = await user.callback_answer(query)
    assert (answer.text or "").startswith("Déjà noté")
    assert len(await bot.repo.favors(8201)) == 1

    bot.clock.advance(days=3)
    await user.send("/favors")
    assert "Tes demandes en cours (1)" in (await user.next_message()).plain_text
    item = await user.next_message()
    assert item.plain_text.splitlines() == [
        "🙋 Léa Martin : « Montréal »",
        "🕰 Demandé il y a 3 jours (2 mars)",
        "📅 Relance : 9 mars",
    ]
    assert item.button_texts == [
        "✅ J'ai dit merci",
        "⏳ Pas encore de réponse",
        "🗑 Laisser tomber",
    ]
    await user.press(item, "J'ai dit merci")
    await user.wait_for(lambda m: m is item and "Bouclé : tu as remercié" in m.plain_text)
    assert "Bouclé : tu as remercié Léa Martin pour son aide (« Montréal »)" in item.plain_text
    assert item.button_texts == []
    assert (await bot.repo.favors(8201))[0].closed
    kinds = [(i.kind, i.about) for i in await bot.repo.interactions(8201, "lea1")]
    assert kinds == [("ask", "Montréal"), ("thanks", "Montréal")]
    await user.send("/favors")
    assert "Aucune demande en cours" in (await user.next_message()).plain_text


async def test_i_asked_in_english_and_after_a_restart(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8202, *EVERYONE)
    user = tg.user(8202, language_code="en")
    await user.send("/ask data science Berlin")
    await user.next_message()
    first, second, _ = [await user.next_message() for _ in range(3)]
    await user.press(first, "I asked")
    done = (await user.next_message()).plain_text
    assert "Logged in your history with Ana Costa, as an ask: “data science Berlin”." in done
    assert "On 9 March I'll remind you" in done
    assert [i.kind for i in await bot.repo.interactions(8202, "ana1")] == ["ask"]

    await bot.restart()  # a short topic travels in the button itself
    await user.press(second, "I asked")
    assert "as an ask" in (await user.next_message()).plain_text
    assert len(await bot.repo.favors(8202)) == 2

    long_topic = "data science Berlin " + "machine learning " * 3
    await user.send(f"/ask {long_topic}")
    await user.next_message()
    long_answer = await user.next_message()
    await bot.restart()  # too long for a button: kept in user_data, which survives a restart
    memos = bot.app.user_data[8202].memos
    assert memos.recall(ASK_TOPIC, long_answer.message_id) == long_topic.strip()
    memos.forget(ASK_TOPIC, long_answer.message_id)  # as when too many answers came since
    query = await user.press(long_answer, "I asked")
    answer = await user.callback_answer(query)
    assert answer.show_alert
    assert "Please send /ask again" in (answer.text or "")
    assert len(await bot.repo.favors(8202)) == 2

    user.mark_read()  # the other answers to the long ask
    await user.send("/favours")
    assert "Your open asks (2)" in (await user.next_message()).plain_text
    item = await user.next_message()
    assert "🙋 Ana Costa: “data science Berlin”" in item.plain_text
    assert "Asked today (2 March)" in item.plain_text
    await user.press(item, "Thanked")
    await user.wait_for(lambda m: m is item and "Nice one!" in m.plain_text)
    last = (await bot.repo.interactions(8202, "ana1"))[-1]
    assert (last.kind, last.about) == ("thanks", "data science Berlin")


async def test_forged_ids_change_nothing(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8203, *EVERYONE)
    owner = tg.user(8203, language_code="en")
    await owner.send("/ask Montréal")
    await owner.next_message()
    await owner.press(await owner.next_message(), "I asked")
    await owner.next_message()
    (favor,) = await bot.repo.favors(8203)

    stranger = tg.user(8204, language_code="en")
    await seed(bot.repo, 8204, person("s1", "Sam"))
    await stranger.send("/favors")
    message = await stranger.next_message()
    assert "No open asks" in message.plain_text
    for data in (
        "asked:lea1",  # the owner's contact
        f"favor:done:{favor.favor_id}",  # the owner's favour
        f"favor:wait:{favor.favor_id}",
        f"favor:drop:{favor.favor_id}",
        f"favor:undo:{favor.favor_id}",
        "favor:done:",
        "favor:done:" + "f" * 60,
        "asked:s1",  # their own contact, on a message that was no /ask answer
    ):
        answer = await stranger.callback_answer(await stranger.press_data(message, data))
        assert answer.show_alert, data
    assert await bot.repo.favors(8204) == []
    assert await bot.repo.interactions(8204, "s1") == []
    assert not (await bot.repo.favors(8203))[0].closed
    assert (await bot.repo.favors(8203))[0] == favor
    assert [i.kind for i in await bot.repo.interactions(8203, "lea1")] == ["ask"]


async def test_follow_up_nudge_api(bot: RunningBot, tg: FakeTelegram) -> None:
    """What the daily delivery uses: which favours are due, their text, and their button."""
    await seed(bot.repo, 8205, LEA)
    favor = Favor("f0000001", "lea1", "Montréal", NOW, MARCH_2, date(2026, 3, 9))
    await bot.repo.save_favor(8205, favor, Interaction("lea1", NOW, "Asked about: Montréal"))
    assert await due_favors(bot.app.bot_data.repo, 8205, date(2026, 3, 8)) == []
    assert await due_favors(bot.app.bot_data.repo, 8205, date(2026, 3, 9)) == [favor]
    assert await due_favors(bot.app.bot_data.repo, 8205, date(2026, 3, 20)) == [favor]

    reader = Reader("fr", bot.app.bot_data.translate)
    text = favor_nudge_text(reader, favor, LEA)
    plain = text.replace("\u00a0", " ")
    assert "Le 2 mars, tu as demandé un coup de main à <b>Léa Martin</b> : « Montréal »." in plain
    assert "<code>Salut Léa ! Encore merci pour ton aide, ça m'a été super utile !" in plain
    markup = favor_keyboard(reader, favor)
    assert markup.inline_keyboard[0][0].callback_data == "favor:done:f0000001"

    user = tg.user(8205, language_code="fr")
    bot.clock.advance(days=7)
    sent = await bot.app.bot.send_message(8205, text, parse_mode="HTML", reply_markup=markup)
    nudge = next(m for m in user.messages if m.message_id == sent.message_id)
    await user.press(nudge, "J'ai dit merci")
    await user.wait_for(lambda m: m is nudge and "Bien joué" in m.plain_text)
    assert await due_favors(bot.app.bot_data.repo, 8205, date(2026, 3, 20)) == []
    assert (await bot.repo.favors(8205))[0].closed_at == NOW + timedelta(days=7)


async def test_favours_are_kept_per_user_and_deleted_contacts_drop_out(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await seed(repo, 1, LEA)
    favor = Favor("f1", "lea1", "Lyon", NOW, MARCH_2, MARCH_2 + timedelta(days=7))
    await repo.save_favor(1, favor)
    assert await TinyDBRepository(tmp_path).favors(1) == [favor]  # on disk, read back the same
    assert await repo.favors(2) == []
    await repo.delete_contact(1, "lea1")
    assert await due_favors(repo, 1, date(2026, 4, 1)) == []
    await repo.close()


async def test_the_follow_up_nudge_comes_a_week_later_and_done_closes_it(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboarded(bot.repo, 8301, "en", joined=NOW - timedelta(days=30))
    await seed(bot.repo, 8301, *EVERYONE)
    user = tg.user(8301, language_code="en")
    bot.clock.advance(hours=-2)  # 07:00 in Paris: before the day's nudges
    await user.send("/ask Montréal")
    await user.next_message()
    card = await user.next_message()
    await user.press(card, "I asked")
    await user.next_message()

    bot.clock.advance(days=7, hours=2)  # 9 March, 09:00
    await deliver_all(bot.app)
    follow_up = await user.wait_for(lambda m: "How did it go" in m.plain_text)
    assert "Léa Martin" in follow_up.plain_text
    await user.reply(follow_up, "done!")
    await user.wait_for(lambda m: "Closed: you thanked Léa Martin" in m.plain_text)
    (favor,) = await bot.repo.favors(8301)
    assert favor.closed
    last = (await bot.repo.interactions(8301, "lea1"))[-1]
    assert (last.kind, last.about, last.note) == ("thanks", "Montréal", "done!")  # words kept

    bot.clock.advance(days=7)
    await deliver_all(bot.app)
    assert not any(
        "How did it go" in m.plain_text for m in user.messages[-3:] if m is not follow_up
    )
