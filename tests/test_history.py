"""Notes, Undo and the card's history end to end (fake Bot API, injected clock)."""

from __future__ import annotations

from datetime import timedelta

from core.model import NOTE
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, note, person, seed, stored
from tests.test_nudges import onboard, onboarded_with, tick


async def test_note_keeps_a_note_without_logging(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 501, "Europe/Paris", person("j1", "Jonas", last_days_ago=90))
    await user.send("/note Jonas m'a parlé d'un poste chez Airbus Toulouse")
    said = await user.next_message()
    assert "Note ajoutée à la fiche de Jonas" in said.plain_text
    assert said.buttons == []  # no day to come in it: no reminder offered
    contact = await stored(bot.repo, 501, "j1")
    assert contact.last_contact_at == NOW - timedelta(days=90)  # the due date does not move
    (entry,) = await bot.repo.interactions(501, "j1")
    assert (entry.kind, entry.note) == (NOTE, "m'a parlé d'un poste chez Airbus Toulouse")

    await user.send("/contact Jonas")
    card = (await user.next_message()).plain_text
    assert "🕰 Dernier échange : il y a 3 mois" in card
    assert "Pas encore d'historique" in card  # the note is no exchange...
    assert "🗒 Notes\n• 2 mars : m'a parlé d'un poste chez Airbus Toulouse" in card  # ...but a note

    await user.send("/note Jonas il vient à Toulouse le 9 janvier")
    offered = await user.next_message()
    assert offered.button_texts == ["⏰ Me le rappeler le 9 janvier\u00a0?"]
    await user.send("/note Jonas")
    assert "Écris la note après le nom" in (await user.next_message()).plain_text


async def test_note_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(
        bot, 502, "Europe/London", person("j1", "Jonas", last_days_ago=10), language="en"
    )
    await user.send("/note Jonas mentioned an opening at Airbus Toulouse")
    assert "Note added to Jonas's card" in (await user.next_message()).plain_text
    await user.send("/contact Jonas")
    card = (await user.next_message()).plain_text
    assert "🗒 Notes\n• 2 March: mentioned an opening at Airbus Toulouse" in card
    assert "Latest exchanges" not in card


async def test_undo_after_done_reopens_the_nudge(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 503, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    await tick(bot)
    nudge = await user.next_message()
    before = nudge.plain_text
    copy_before = [b.copy_text for row in nudge.buttons for b in row if b.copy_text is not None]
    await user.press(nudge, "C'est fait")
    await user.wait_for(lambda m: m.message_id == nudge.message_id and "C'est noté" in m.plain_text)
    undo = nudge.find_button("Annuler").callback_data
    assert undo is not None
    await user.press(nudge, "Annuler")
    await user.wait_for(
        lambda m: m.message_id == nudge.message_id and "C'est noté" not in m.plain_text
    )
    assert nudge.plain_text == before  # the nudge as it was, its buttons back
    assert "✅ C'est fait" in nudge.button_texts
    copied = [b.copy_text for row in nudge.buttons for b in row if b.copy_text is not None]
    assert copy_before
    assert copied == copy_before  # 📋 copies the idea as shown, not its key
    assert (await stored(bot.repo, 503, "a1")).last_contact_at == NOW - timedelta(days=40)
    assert await bot.repo.interactions(503, "a1") == []

    again = await user.press_data(nudge, undo)  # the spent Undo, pressed again
    assert (await user.callback_answer(again)).text == "C'est déjà annulé."
    assert await bot.repo.interactions(503, "a1") == []

    await user.press(nudge, "C'est fait")  # the nudge takes ✅ again
    await user.wait_for(lambda m: m.message_id == nudge.message_id and "C'est noté" in m.plain_text)
    assert (await stored(bot.repo, 503, "a1")).last_contact_at == NOW


async def test_undo_after_log_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(
        bot, 504, "Europe/London", person("s1", "Sam", last_days_ago=20), language="en"
    )
    await user.send("/log Sam coffee in Lyon")
    logged = await user.next_message()
    undo = logged.find_button("Undo").callback_data
    assert undo is not None
    assert (await stored(bot.repo, 504, "s1")).last_contact_at == NOW
    await user.press(logged, "Undo")
    undone = await user.wait_for(lambda m: m.message_id == logged.message_id and bool(m.edits))
    assert "Undone: the exchange with Sam is no longer logged." in undone.plain_text
    assert undone.buttons == []
    assert (await stored(bot.repo, 504, "s1")).last_contact_at == NOW - timedelta(days=20)
    assert await bot.repo.interactions(504, "s1") == []
    again = await user.press_data(logged, undo)
    assert (await user.callback_answer(again)).text == "Already undone."


async def test_undo_only_reaches_the_pressers_own_records(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 505, "Europe/Paris")
    await onboard(bot, 506, "Europe/Paris")
    await seed(bot.repo, 505, person("a1", "Léa", last_days_ago=20))
    await seed(bot.repo, 506, person("b1", "Max", last_days_ago=20))
    owner, other = tg.user(505, language_code="fr"), tg.user(506, language_code="fr")
    await owner.send("/log Léa café")
    logged = await owner.next_message()
    data = logged.find_button("Annuler").callback_data
    assert data is not None
    await other.send("/help")
    theirs = await other.next_message()
    answer = await other.callback_answer(await other.press_data(theirs, data))
    assert answer.show_alert  # "this button is no longer valid"
    assert len(await bot.repo.interactions(505, "a1")) == 1


async def test_deleting_a_history_entry_recomputes_the_due_date(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 507, "Europe/Paris")
    await seed(bot.repo, 507, person("a1", "Léa", last_days_ago=60, cadence="1m"))
    await note(bot.repo, 507, "a1", 30, "café à Lyon")
    await note(bot.repo, 507, "a1", 2, "appel raté, en fait")
    user = tg.user(507, language_code="fr")
    await user.send("/contact Léa")
    card = await user.next_message()
    assert "Dernier échange : il y a 2 jours" in card.plain_text
    await user.press(card, "Historique")
    await user.wait_for(lambda m: m.message_id == card.message_id and "Lyon" in str(m.buttons))
    assert card.button_texts[:2] == [
        "💬 28 février · appel raté, en fait",
        "💬 31 janvier · café à Lyon",
    ]
    await user.press(card, "appel raté")
    await user.wait_for(lambda m: m.message_id == card.message_id and "Garder" in str(m.buttons))
    assert card.button_texts == ["🗑 Supprimer · 💬 28 février · appel raté, en fait", "↩️ Garder"]
    await user.press(card, "Supprimer")
    await user.wait_for(lambda m: m.message_id == card.message_id and "Noter" in str(m.buttons))
    assert "Dernier échange : il y a 4 semaines (31 janvier)" in card.plain_text
    assert "appel raté" not in card.plain_text
    contact = await stored(bot.repo, 507, "a1")
    assert contact.last_contact_at == NOW - timedelta(days=30)
    assert [e.note for e in await bot.repo.interactions(507, "a1")] == ["café à Lyon"]

    await user.press(card, "Historique")  # keep: nothing changes
    await user.wait_for(lambda m: m.message_id == card.message_id and "Lyon" in str(m.buttons))
    await user.press(card, "café à Lyon")
    await user.wait_for(lambda m: m.message_id == card.message_id and "Garder" in str(m.buttons))
    await user.press(card, "Garder")
    await user.wait_for(lambda m: m.message_id == card.message_id and "Noter" in str(m.buttons))
    assert len(await bot.repo.interactions(507, "a1")) == 1


async def test_two_live_nudges_for_one_contact_log_once(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 508, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    await tick(bot)
    monday = await user.next_message()
    await tick(bot, days=1)  # left unanswered: Léa is nudged again on Tuesday
    tuesday = await user.next_message()
    assert "Léa" in tuesday.plain_text
    await user.press(tuesday, "C'est fait")
    await user.wait_for(
        lambda m: m.message_id == tuesday.message_id and "C'est noté" in m.plain_text
    )
    await user.press(monday, "C'est fait")
    closed = await user.wait_for(lambda m: m.message_id == monday.message_id and bool(m.edits))
    assert "C'est déjà noté : tu as échangé avec Léa aujourd'hui (3 mars)" in closed.plain_text
    assert closed.buttons == []
    assert len(await bot.repo.interactions(508, "a1")) == 1

    await tick(bot, days=1)
    wednesday = [m for m in user.mark_read() if "Léa" in m.plain_text]
    assert wednesday == []  # logged once, due again in a month


async def test_a_done_reply_to_an_older_nudge_logs_nothing_twice(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await onboarded_with(
        bot, 509, "Europe/London", person("s1", "Sam", last_days_ago=40), language="en"
    )
    await tick(bot, hours=1)  # 09:00 in London
    nudge = await user.next_message()
    await user.send("/log Sam lunch")
    await user.next_message()
    await user.reply(nudge, "done")
    said = await user.next_message()
    assert "Already logged: you were in touch with Sam today (2 March)" in said.plain_text
    assert len(await bot.repo.interactions(509, "s1")) == 1


async def test_undo_after_a_done_reply_reopens_the_nudge(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(bot, 510, "Europe/Paris", person("a1", "Léa", last_days_ago=40))
    await tick(bot)
    nudge = await user.next_message()
    await user.reply(nudge, "fait ! super discussion")
    logged = await user.wait_for(lambda m: "C'est noté" in m.plain_text)
    assert nudge.buttons == []
    await user.press(logged, "Annuler")
    undone = await user.wait_for(lambda m: m.message_id == logged.message_id and bool(m.edits))
    assert "C'est annulé : l'échange avec Léa n'est plus noté." in undone.plain_text
    await user.wait_for(lambda m: m.message_id == nudge.message_id and bool(m.buttons))
    assert "✅ C'est fait" in nudge.button_texts
    assert await bot.repo.interactions(510, "a1") == []
    await user.press(nudge, "C'est fait")  # the nudge takes its answer again
    await user.wait_for(lambda m: m.message_id == nudge.message_id and "C'est noté" in m.plain_text)
    assert len(await bot.repo.interactions(510, "a1")) == 1


async def test_a_note_naming_a_day_offers_a_reminder(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await onboarded_with(
        bot, 511, "Europe/London", person("j1", "Jonas", last_days_ago=10), language="en"
    )
    await user.send("/note Jonas is in Toulouse on 9 January")
    said = await user.next_message()
    assert said.button_texts == ["⏰ Remind me on 9 January?"]
    await user.press(said, "Remind me")
    done = await user.wait_for(
        lambda m: m.message_id == said.message_id and "Planned" in m.plain_text
    )
    assert done.buttons == []
    (reminder,) = await bot.repo.reminders(511)
    assert reminder.note == "is in Toulouse on 9 January"
    assert (await stored(bot.repo, 511, "j1")).last_contact_at == NOW - timedelta(days=10)
