"""/contact and the card: fuzzy names, every field, and the card's own buttons."""

from __future__ import annotations

from datetime import date

from bot.handlers import log_note
from bot.handlers.dialog import dialog
from core.model import Birthday, Channel
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import note, person, seed, stored

MARIE = person(
    "m1",
    "Marie Dupont",
    last_days_ago=10,
    met="Internship at Airbus in Hamburg",
    place="Berlin, Germany",
    city="Berlin",
    country_code="DE",
    timezone="Europe/Berlin",
    work="Flight test engineer",
    interests=("climbing", "jazz"),
    channels=(Channel("email", "marie@example.org"), Channel("phone", "+49 30 1234567")),
    birthday=Birthday(12, 9, 1998),
    cadence="2w",
    tags=("airbus", "berlin"),
)
LEA = person("l1", "Léa Martin", last_days_ago=40)
CURIE = person("m2", "Marie Curie", last_days_ago=5)


async def test_fuzzy_names_open_the_card_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6001, MARIE, LEA, CURIE)
    user = tg.user(6001, language_code="fr")
    await user.send("/contact mari dupon")
    card = await user.next_message()
    text = card.plain_text
    assert text.startswith("👤 Marie Dupont")
    for expected in (
        "Rencontre : Internship at Airbus in Hamburg",
        "📍 Berlin, Allemagne\n",  # an older record's English label; Berlin's clock is Paris's
        "💼 Flight test engineer",
        "Centres d'intérêt : climbing, jazz",
        "marie@example.org",
        "+49 30 1234567",
        "Anniversaire : 12 septembre 1998",
        "#airbus #berlin",
        "🔁 Toutes les 2 semaines",
        "Dernier échange : il y a 10 jours (20 février)",
        "Prochain rappel : dans 4 jours (6 mars)",
        # The last talk told in /add is no exchange logged: no "Aucun échange" under it.
        "Pas encore d'historique : les échanges que tu noteras",
    ):
        assert expected in text, expected
    assert card.button_texts == [
        "📋 +49 30 1234567",  # copies: Telegram opens neither tel: nor mailto:
        "📋 marie@example.org",
        "✅ Noter",
        "✏️ Modifier",
        "⏰ Reporter",
        "⏸ Pause",
        "🗂 Historique",
        "🗑 Supprimer",
    ]

    await user.send("/contact lea")
    card = await user.next_message()
    assert card.plain_text.startswith("👤 Léa Martin")
    assert "À recontacter : en retard de 9 jours (depuis le 21 février)" in card.plain_text
    await user.send("/contact Marie D")
    assert (await user.next_message()).plain_text.startswith("👤 Marie Dupont")


async def test_an_ambiguous_name_offers_buttons(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6002, MARIE, LEA, CURIE)
    user = tg.user(6002, language_code="en")
    await user.send("/contact marie")
    choice = await user.next_message()
    assert "Several people match “marie”" in choice.plain_text
    assert sorted(choice.button_texts) == ["Marie Curie", "Marie Dupont"]
    await user.press(choice, "Marie Curie")
    card = await user.next_message()
    assert card.plain_text.startswith("👤 Marie Curie")
    assert "Overdue" not in card.plain_text
    assert "Next reminder: in 3 weeks (25 March)" in card.plain_text


async def test_nobody_matches_suggestions_and_hints(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6003, MARIE, LEA)
    user = tg.user(6003, language_code="en")
    await user.send("/contact Leo Martins")
    reply = await user.next_message()
    assert "Nobody is called “Leo Martins”. Did you mean Léa Martin?" in reply.plain_text
    assert "/add Leo Martins" in reply.plain_text
    await user.press(reply, "Léa Martin")
    assert (await user.next_message()).plain_text.startswith("👤 Léa Martin")

    await user.send("/contact Qqqq")
    reply = await user.next_message()
    assert "Nobody" in reply.plain_text
    assert reply.button_texts == []
    await user.send("/contact")
    assert "Who do you mean?" in (await user.next_message()).plain_text
    await user.send("/contact " + "x" * 101)
    assert "longer than any name" in (await user.next_message()).plain_text

    stranger = tg.user(6004, language_code="fr")
    await stranger.send("/contact Marie")
    assert "aucun contact" in (await stranger.next_message()).plain_text


async def test_history_with_long_notes_fits_in_one_message(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    long_name = "Zoé " + "<&" * 48
    await seed(bot.repo, 6005, person("z", long_name, met="<i>" * 100, work="&" * 300))
    for day in range(8):
        await note(bot.repo, 6005, "z", 8 - day, f"note {day} " + "<b>&" * 250)
    user = tg.user(6005, language_code="en")
    await user.send("/contact zoe")
    card = await user.next_message()
    assert card.plain_text.startswith("👤 " + long_name)
    assert len(card.visible_text) <= 4096
    notes = [line for line in card.plain_text.splitlines() if line.startswith("• ")]
    assert len(notes) == 5
    assert notes[0].startswith("• 1 March: note 7 <b>&")
    assert notes[-1].startswith("• 25 February: note 3")
    assert all(line.endswith("…") for line in notes)


async def test_pause_resume_and_snooze_edit_the_card(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6006, MARIE)
    user = tg.user(6006, language_code="en")
    await user.send("/contact Marie")
    card = await user.next_message()

    await user.press(card, "Pause")
    await user.wait_for(lambda m: m is card and "Paused" in m.plain_text)
    assert "▶️ Resume" in card.button_texts
    assert (await stored(bot.repo, 6006, "m1")).paused

    await user.press(card, "Resume")
    await user.wait_for(lambda m: m is card and "Next reminder: in 4 days" in m.plain_text)
    assert not (await stored(bot.repo, 6006, "m1")).paused

    await user.press(card, "Snooze")
    await user.wait_for(lambda m: m is card and "1 month" in m.button_texts)
    assert card.button_texts == ["1 week", "2 weeks", "1 month", "↩️ Back"]
    query = await user.press(card, "2 weeks")
    assert "Snoozed until 16 March" in str((await user.callback_answer(query)).get("text"))
    await user.wait_for(lambda m: m is card and "Snoozed until 16 March" in m.plain_text)
    assert (await stored(bot.repo, 6006, "m1")).snoozed_until == date(2026, 3, 16)
    assert "Next reminder: in 2 weeks (16 March)" in card.plain_text

    await user.press(card, "Snooze")
    await user.wait_for(lambda m: m is card and "⏰ End the snooze" in m.button_texts)
    await user.press(card, "End the snooze")
    await user.wait_for(lambda m: m is card and "Snoozed" not in m.plain_text)
    assert (await stored(bot.repo, 6006, "m1")).snoozed_until is None

    await user.press(card, "Snooze")
    await user.wait_for(lambda m: m is card and "↩️ Back" in m.button_texts)
    await user.press(card, "Back")
    await user.wait_for(lambda m: m is card and "✅ Log" in m.button_texts)
    await user.no_message()


async def test_delete_asks_first(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6007, MARIE, LEA)
    user = tg.user(6007, language_code="fr")
    await user.send("/contact Marie")
    card = await user.next_message()
    await user.press(card, "Supprimer")
    confirm = await user.next_message()
    assert "Supprimer Marie Dupont et tout son historique ?" in confirm.plain_text
    await user.press(confirm, "Garder")
    await user.wait_for(lambda m: m is confirm and "reste dans tes contacts" in m.plain_text)
    assert confirm.button_texts == []
    assert await bot.repo.get_contact(6007, "m1") is not None

    await user.press(card, "Supprimer")
    confirm = await user.next_message()
    await user.press(confirm, "Supprimer")
    await user.wait_for(lambda m: m is confirm and "sont supprimés" in m.plain_text)
    assert await bot.repo.get_contact(6007, "m1") is None
    assert await bot.repo.count_contacts(6007) == 1

    query = await user.press(card, "Pause")  # the old card of a deleted contact
    assert "n'est plus valable" in str((await user.callback_answer(query)).get("text"))
    assert await bot.repo.get_contact(6007, "m1") is None


async def test_log_button_asks_for_a_note(bot: RunningBot, tg: FakeTelegram) -> None:
    assert log_note.LOG_NOTE in dialog().states, "dialog() must take log_note's question in"
    await seed(bot.repo, 6008, MARIE, LEA)
    user = tg.user(6008, language_code="en")
    await user.send("/contact Marie")
    card = await user.next_message()
    await user.press(card, "Log")
    ask = await user.next_message()
    assert "What did you talk about with Marie Dupont?" in ask.plain_text
    await user.send("Coffee <near> the Spree")
    done = await user.next_message()
    assert "Logged: in touch with Marie Dupont today (2 March)" in done.plain_text
    assert "Next reminder: in 2 weeks (16 March)" in done.plain_text
    history = await bot.repo.interactions(6008, "m1")
    assert [(i.note, i.at) for i in history] == [("Coffee <near> the Spree", bot.clock.now())]
    await user.wait_for(lambda m: m is card and "Coffee <near> the Spree" in m.plain_text)
    assert "Last in touch: today" in card.plain_text

    await user.send("hello")  # the question is closed: this is no note
    assert "/help" in (await user.next_message()).plain_text

    await user.send("/contact Léa")
    card = await user.next_message()
    await user.press(card, "Log")
    ask = await user.next_message()
    await user.press(ask, "Log without a note")
    done = await user.next_message()
    assert "Léa Martin today" in done.plain_text
    assert [i.note for i in await bot.repo.interactions(6008, "l1")] == [""]
    await user.wait_for(lambda m: m is card and "Last in touch: today" in m.plain_text)

    await user.press(card, "Log")
    ask = await user.next_message()
    await user.send("/cancel")
    await user.next_message()
    await user.wait_for(lambda m: m is ask and not m.button_texts)  # cancelled: no button left
    await user.send("forgotten")
    await user.next_message()
    assert len(await bot.repo.interactions(6008, "l1")) == 1


async def test_forged_buttons_change_nothing(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6009, MARIE)
    await seed(bot.repo, 6010, LEA)
    owner, intruder = tg.user(6009, language_code="en"), tg.user(6010, language_code="en")
    await intruder.send("/contact Léa")
    their_card = await intruder.next_message()
    for data in (
        "card:m1",
        "cpause:m1",
        "csnooze:m1",
        "snooze:m1:1m",
        "cback:m1",
        "remove:m1",
        "rm:m1",
        "clog:m1",
        "lognow:m1",
        "card:",
        "card:" + "x" * 50,
        "snooze:l1:99y",
    ):
        query = await intruder.press_data(their_card, data)
        answer = await intruder.callback_answer(query)
        assert "no longer valid" in str(answer.get("text")), data
    await intruder.no_message()
    assert await bot.repo.get_contact(6009, "m1") == MARIE
    assert await bot.repo.interactions(6009, "m1") == []
    assert await bot.repo.get_contact(6010, "l1") == LEA
    await owner.no_message(within=0)


async def test_namesakes_get_buttons_that_tell_them_apart(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(
        bot.repo,
        6011,
        person("h1", "Hugo Bernard", city="Lyon", place="Lyon, France"),
        person("h2", "Hugo Bernard", place="Nantes, France"),
        person("b1", "Hugo Bertin"),
        person("t1", "Tom Petit", added_days_ago=3),
        person("t2", "Tom Petit", added_days_ago=400),
    )
    user = tg.user(6011, language_code="fr")
    await user.send("/contact hugo")
    choice = await user.next_message()
    assert choice.button_texts == [
        "Hugo Bernard · Lyon",
        "Hugo Bernard · Nantes, France",
        "Hugo Bertin",
    ]
    await user.press(choice, "Nantes")
    assert "📍 Nantes, France" in (await user.next_message()).plain_text
    await user.send("/remove tom petit")
    choice = await user.next_message()
    assert choice.button_texts == [
        "Tom Petit · ajout du 27 février",
        "Tom Petit · ajout du 26 janvier 2025",
    ]
    english = tg.user(6012, language_code="en")
    await seed(bot.repo, 6012, person("t1", "Tom", added_days_ago=3), person("t2", "Tom"))
    await english.send("/log Tom")
    choice = await english.next_message()
    assert choice.button_texts == ["Tom · added 27 February", "Tom · added 2 December 2025"]


async def test_an_emoji_name_opens_its_card(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 6013, person("f1", "🦊"), person("h1", "❤️ Mamie"), LEA)
    user = tg.user(6013, language_code="fr")
    await user.send("/contact 🦊")
    assert (await user.next_message()).plain_text.startswith("👤 🦊")
    await user.send("/contact ❤ mamie")  # without the emoji variant selector
    assert (await user.next_message()).plain_text.startswith("👤 ❤️ Mamie")
