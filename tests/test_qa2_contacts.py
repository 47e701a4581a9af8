"""The address book's second polish round: a card's Delete and History, /note, handles,
namesakes, and the rhythm's default."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.model import Channel
from core.namesakes import Detail, namesake_details
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, note, onboarded, person, seed, stored


async def test_delete_twice_on_a_card_asks_once(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 9701, person("m1", "Marie Dupont"))
    user = tg.user(9701, language_code="fr")
    await user.send("/contact Marie")
    card = await user.next_message()
    await user.press(card, "🗑 Supprimer")
    question = await user.next_message()
    assert "Supprimer Marie Dupont" in question.plain_text
    second = await user.press(card, "🗑 Supprimer")
    answer = await user.callback_answer(second)
    # Was: a second "Supprimer Marie Dupont… ?" under the first.
    assert "juste en dessous" in (answer.text or "")
    await user.no_message()
    # Once answered, the card's Delete asks again.
    await user.press(question, "↩️ Garder")
    await user.wait_for(lambda m: m is question and "reste dans tes contacts" in m.plain_text)
    await user.press(card, "🗑 Supprimer")
    assert "Supprimer" in (await user.next_message()).plain_text


async def test_the_history_question_stays_on_the_card(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboarded(bot.repo, 9702, "fr")
    await seed(bot.repo, 9702, person("a1", "Léa", last_days_ago=60))
    await note(bot.repo, 9702, "a1", 30, "café à Lyon")
    user = tg.user(9702, language_code="fr")
    await user.send("/contact Léa")
    card = await user.next_message()
    await user.press(card, "🗂 Historique")
    # Was only a toast, gone before the user read it, over a card of unexplained buttons.
    await user.wait_for(lambda m: m is card and "Lyon" in str(m.buttons))
    assert card.plain_text.endswith("Quelle ligne de l'historique de Léa veux-tu supprimer ?")
    await user.press(card, "café à Lyon")
    await user.wait_for(lambda m: m is card and "Garder" in str(m.buttons))
    assert card.plain_text.endswith(
        "Supprimer cette ligne de l'historique de Léa ?\n💬 31 janvier · café à Lyon"
    )
    await user.press(card, "↩️ Garder")
    await user.wait_for(lambda m: m is card and "Noter" in str(m.buttons))
    assert "Supprimer cette ligne" not in card.plain_text
    await user.press(card, "🗂 Historique")
    await user.wait_for(lambda m: m is card and "Lyon" in str(m.buttons))
    await user.press(card, "↩️ Retour")
    await user.wait_for(lambda m: m is card and "Noter" in str(m.buttons))
    assert "Quelle ligne" not in card.plain_text


async def test_note_without_text_says_so_before_asking_which_namesake(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 9703, person("a1", "Léa Martin"), person("a2", "Léa Durand"))
    user = tg.user(9703, language_code="fr")
    await user.send("/note Léa")
    # Was: "Laquelle ?" with two buttons, then "Écris la note après le nom" once one was picked.
    reply = await user.next_message()
    assert "Écris la note après le nom" in reply.plain_text
    assert reply.buttons == []
    await user.send("/note Léa appelle-la pour son stage")
    choice = await user.next_message()
    await user.press(choice, "Léa Martin")
    assert "Note ajoutée à la fiche de Léa Martin" in (await user.next_message()).plain_text


async def test_a_too_short_telegram_handle_is_refused_with_the_reason(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 9704, person("s1", "Sam"))
    user = tg.user(9704, language_code="en")
    await user.send("/edit Sam")
    picker = await user.next_message()
    await user.press(picker, "How to reach")
    await user.next_message()
    await user.send("@sam, sam@example.org")
    refused = (await user.next_message()).plain_text
    # Was: "I couldn't recognise: @sam. Type … @handles …", which "@sam" looks like.
    assert "I couldn't recognise: @sam." in refused
    assert "at least 5 characters" in refused
    assert (await stored(bot.repo, 9704, "s1")).channels == ()


async def test_adding_a_third_namesake_names_the_two_already_there(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboarded(bot.repo, 9705, "fr")
    lyon = person("a1", "Léa", work="Airbus")
    nantes = person("a2", "Léa", work="Decathlon")
    await seed(bot.repo, 9705, lyon, nantes)
    user = tg.user(9705, language_code="fr")
    await user.send("/add Léa")
    warning = await user.next_message()
    # Was: "Tu as déjà Léa dans tes contacts" with one "Ouvrir sa fiche", the other Léa unsaid.
    assert "Tu as déjà 2 contacts nommés Léa :\n• Léa · Airbus\n• Léa · Decathlon" in (
        warning.plain_text
    )
    assert warning.button_texts == [
        "📇 Léa · Airbus",
        "📇 Léa · Decathlon",
        "🔗 C'est Léa · Airbus\u00a0: réunir",
        "🔗 C'est Léa · Decathlon\u00a0: réunir",
        "➕ Ajouter quand même",
        "✖️ Annuler",
    ]
    await user.press(warning, "📇 Léa · Decathlon")
    card = await user.wait_for(lambda m: "Decathlon" in m.plain_text and m is not warning)
    assert "Airbus" not in card.plain_text


async def test_the_rhythms_default_reads_as_part_of_the_sentence(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9706, language_code="fr")
    await onboarded(bot.repo, 9706, "fr")
    await user.send("/add Jo")
    asked = await user.next_message()
    while "Rythme" not in asked.plain_text and "rythme" not in asked.plain_text:
        await user.send("/skip")
        asked = await user.next_message()
    # Was: "Par défaut : Chaque mois", a capital after the colon.
    assert "Par défaut : chaque mois" in asked.plain_text
    assert "« Chaque mois »" in asked.plain_text  # the button's label, quoted as it reads


def test_namesakes_added_the_same_day_are_told_apart_by_what_the_user_typed() -> None:
    met = [person("a", "Léa", met="au ski"), person("b", "Léa", met="en prépa")]
    assert namesake_details(met)["b"] == Detail("met", text="en prépa")
    phone = Channel("phone", "+33612345678")
    reach = [person("a", "Léa", channels=(phone,)), person("b", "Léa")]
    assert namesake_details(reach)["a"] == Detail("channel", text="+33 6 12 34 56 78")


async def test_namesakes_with_nothing_else_are_named_by_the_order_they_were_added(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    # Both added today, no detail; the later one is stored first.
    later = replace(person("a2", "Léa", added_days_ago=0), created_at=NOW)
    earlier = replace(later, contact_id="a1", created_at=NOW - timedelta(hours=2))
    await seed(bot.repo, 9707, later, earlier)
    user = tg.user(9707, language_code="fr")
    await user.send("/contact Léa")
    choice = await user.next_message()
    # Was: "Léa · 1" and "Léa · 2", numbers the user had never seen.
    assert choice.button_texts == ["Léa · 2e ajout", "Léa · 1er ajout"]
    await user.press(choice, "Léa · 1er ajout")
    await user.next_message()
    english = tg.user(9708, language_code="en")
    await seed(bot.repo, 9708, later, earlier)
    await english.send("/contact Léa")
    assert (await english.next_message()).button_texts == ["Léa · added 2nd", "Léa · added 1st"]


async def test_remind_without_a_day_says_so_before_asking_which_namesake(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 9710, person("a1", "Léa Martin"), person("a2", "Léa Durand"))
    user = tg.user(9710, language_code="fr")
    await user.send("/remind Léa")
    reply = await user.next_message()  # was: "De laquelle parles-tu ?", then the usage line
    assert "Dis-moi qui et quand" in reply.plain_text
    assert reply.buttons == []
