"""A QA sweep over the network and the account, in French and English: /ask and its favours,
/leaving, importing a file, /help, and a group chat. Each test pins one defect a new user met."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.model import Favor
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed
from tests.test_nudges import onboard

CAN_READ = {"fr": "Je sais lire :", "en": "I can read:"}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("notes.txt", "text/plain"),
        ("Contacts.xlsx", "application/vnd.ms-excel"),
        ("me.jpg", "image/jpeg"),
    ],
)
async def test_a_file_that_holds_no_contacts_is_told_which_files_are_read(
    bot: RunningBot, tg: FakeTelegram, language: str, name: str, mime: str
) -> None:
    await onboard(bot, 9301, "Europe/Paris", language=language)
    user = tg.user(9301, language_code=language)
    await user.send_document(name, b"\x00hello", mime)
    answer = await user.next_message()
    # Not "I'm not sure what to do with that": the formats it can import, and the file's name.
    assert CAN_READ[language] in answer.plain_text
    assert name in answer.plain_text
    assert ".vcf" in answer.plain_text


async def test_no_answer_yet_from_a_name_with_a_vowel_reads_as_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 9302, "Europe/Paris")
    await seed(bot.repo, 9302, person("a1", "Ana Costa"))
    asked = NOW - timedelta(days=2)
    await bot.repo.save_favor(
        9302, Favor("f1", "a1", "un stage", asked, asked.date(), asked.date() + timedelta(days=7))
    )
    user = tg.user(9302, language_code="fr")
    await user.send("/favors")
    await user.next_message()  # the title
    item = await user.next_message()
    await user.press(item, "Pas encore de réponse")
    await user.wait_for(lambda m: m is item and "reparle" in m.plain_text)
    # Before: "Pas encore de réponse de Ana Costa" (French says "d'Ana", and "de Hans").
    assert "de Ana" not in item.plain_text
    assert item.plain_text.startswith("⏳ Ana Costa n'a pas encore répondu pour « un stage ».")


@pytest.mark.parametrize(
    ("language", "how"),
    [
        ("fr", "les importer (envoie-moi le fichier .vcf de ton téléphone, ton export LinkedIn"),
        ("en", "bring it in (send me your phone's .vcf file, your LinkedIn export"),
    ],
)
async def test_help_says_a_contacts_file_or_a_backup_can_be_sent(
    bot: RunningBot, tg: FakeTelegram, language: str, how: str
) -> None:
    # Before: importing had no command and no word anywhere, /help included: a new user with
    # 300 contacts in their phone would type them one by one with /add.
    user = tg.user(9303, language_code=language)
    await user.send("/help")
    assert how in (await user.next_message()).plain_text


@pytest.mark.parametrize(
    ("language", "none", "forgotten"),
    [
        ("fr", "Tu n'as pas de date de séjour enregistrée", "j'ai oublié la date de ton séjour"),
        ("en", "You have no stay date on record", "I've forgotten the date of your stay"),
    ],
)
async def test_leaving_off_without_a_stay_does_not_claim_to_forget_one(
    bot: RunningBot, tg: FakeTelegram, language: str, none: str, forgotten: str
) -> None:
    await onboard(bot, 9304, "Europe/Paris", language=language)
    user = tg.user(9304, language_code=language)
    await user.send("/leaving off")  # before: "OK, I've forgotten the date of your stay."
    answer = (await user.next_message()).plain_text
    assert none in answer
    assert forgotten not in answer
    await user.send("/leaving 30/06")
    await user.next_message()
    await user.send("/leaving off")
    assert forgotten in (await user.next_message()).plain_text
    await user.send("/leaving off")  # and a second time, there is nothing left
    assert none in (await user.next_message()).plain_text


@pytest.mark.parametrize(
    ("language", "hint"),
    [("fr", "Je ne fonctionne qu'en discussion privée"), ("en", "I only work in a private chat")],
)
async def test_in_a_group_a_command_for_another_bot_is_left_to_it(
    bot: RunningBot, tg: FakeTelegram, language: str, hint: str
) -> None:
    user = tg.user(9305, language_code=language)
    await user.send_in_group(-930, "/start@weather_bot")  # before: answered as if it were ours
    await user.send_in_group(-930, "/help@WEATHER_bot Paris")
    await user.send_in_group(-930, f"/list@{tg.bot_username.upper()}")  # ours, whatever the case
    await user.send("/help")  # one user's updates are handled in order: once answered, all are
    await user.next_message()
    assert [m.plain_text.split(",")[0].split(".")[0] for m in tg.messages(-930)] == [hint]


@pytest.mark.parametrize(
    ("language", "question", "draft"),
    [
        (
            "fr",
            "/ask une alternance chez Airbus",
            "Salut Tom ! Je cherche une alternance chez Airbus. Tu aurais des contacts là-bas ?",
        ),
        ("en", "/ask an internship at Airbus", "Hi Tom! I'm looking for an internship at Airbus."),
        ("en", "/ask an apprenticeship at Airbus", "Hi Tom! I'm looking for an apprenticeship at"),
        ("fr", "/ask un poste chez Airbus", "Salut Tom ! Je cherche un poste chez Airbus."),
        # before: "I'm looking for a data at Airbus internship"
        (
            "en",
            "/ask data internship at Airbus",
            "Hi Tom! I'm looking for a data internship at Airbus. Do you know anyone there",
        ),
        (
            "fr",
            "/ask stage data chez Airbus",
            "Salut Tom ! Je cherche un stage de data chez Airbus.",
        ),
    ],
)
async def test_a_lead_at_a_company_is_drafted_with_its_company(
    bot: RunningBot, tg: FakeTelegram, language: str, question: str, draft: str
) -> None:
    # Before: "Je cherche une alternance d'Airbus", as if Airbus were a field.
    await onboard(bot, 9306, "Europe/Paris", language=language)
    await seed(bot.repo, 9306, person("t1", "Tom Roy", work="Coordinateur chez Airbus"))
    user = tg.user(9306, language_code=language)
    await user.send(question)
    await user.next_message()  # who can help
    assert draft in (await user.next_message()).plain_text


async def test_advice_about_a_country_quotes_no_about(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 9307, "Europe/Paris", language="en")
    montreal = person("l1", "Léa", place="Montréal, Canada", city="Montréal", country_code="CA")
    await seed(bot.repo, 9307, montreal)
    user = tg.user(9307, language_code="en")
    await user.send("/ask advice about Canada")
    await user.next_message()
    card = (await user.next_message()).plain_text
    assert "“about”" not in card  # before: "I'd love your advice on something: “about” in Canada"
    assert "Hi Léa! " in card


@pytest.mark.parametrize("language", ["fr", "en"])
async def test_after_deleteme_an_old_stay_button_stores_nothing(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    await onboard(bot, 9308, "Europe/Paris", language=language)
    await seed(bot.repo, 9308, person("s1", "Sam", added_days_ago=5), person("s2", "Samia"))
    user = tg.user(9308, language_code=language)
    await user.send("/leaving 30/06")
    card = await user.next_message()
    await user.send("/taper sa off")  # two close names: a button each
    names = await user.next_message()
    await user.send("/deleteme")
    erase = await user.next_message()
    await user.press(erase, erase.button_texts[0])
    await user.wait_for(lambda m: m is erase and not m.buttons)
    assert await bot.repo.get_profile(9308) is None

    for message in (card, names):
        query = await user.press(message, message.button_texts[0])
        answer = await user.callback_answer(query)
        assert "valid" in str(answer.get("text")) or "valable" in str(answer.get("text"))
    # Before: each press stored a new profile for the user who had just erased everything.
    assert await bot.repo.get_profile(9308) is None


@pytest.mark.parametrize(
    ("language", "nothing"),
    [("fr", "Je ne garde rien sur toi"), ("en", "I hold nothing about you")],
)
async def test_deleteme_with_nothing_held_does_not_ask_to_erase_zeros(
    bot: RunningBot, tg: FakeTelegram, language: str, nothing: str
) -> None:
    user = tg.user(9309, language_code=language)
    await user.send("/deleteme")  # before: "Erase everything? your contacts: 0..." and buttons
    answer = await user.next_message()
    assert nothing in answer.plain_text
    assert answer.buttons == []

    await onboard(bot, 9309, "Europe/Paris", language=language)
    await user.send("/deleteme")  # settings held: the question, then the erasing
    confirm = await user.next_message()
    await user.press(confirm, confirm.button_texts[0])
    await user.wait_for(lambda m: m is confirm and not m.buttons)
    await user.send("/deleteme")
    assert nothing in (await user.next_message()).plain_text
    assert await bot.repo.get_profile(9309) is None


SINCE = {
    "fr": ("/leaving 6 mars", "Plan de retour activé depuis le 7 mars", "dès le lendemain"),
    "en": ("/leaving 6 March", "Welcome-back plan on since 7 March", "from the day after"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
async def test_leaving_once_back_says_since_when_the_plan_runs(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    leaving, since, ahead = SINCE[language]
    await onboard(bot, 9310, "Europe/Paris", language=language)
    user = tg.user(9310, language_code=language)
    await user.send(leaving)
    assert ahead in (await user.next_message()).plain_text  # before leaving: to come
    bot.clock.advance(days=10)
    await user.send("/leaving")
    status = (await user.next_message()).plain_text
    # Before: "Your stay ended on 6 March. Welcome-back plan on: from the day after, a first..."
    assert since in status
    assert ahead not in status


@pytest.mark.parametrize(
    ("language", "typed", "switched"),
    [
        ("fr", "/language English", "I'll speak English from now on"),
        ("fr", "/language en", "I'll speak English from now on"),
        ("en", "/language français", "je te parle en français"),
        ("en", "/language FR", "je te parle en français"),
    ],
)
async def test_language_followed_by_a_language_switches_at_once(
    bot: RunningBot, tg: FakeTelegram, language: str, typed: str, switched: str
) -> None:
    await onboard(bot, 9311, "Europe/Paris", language=language)
    user = tg.user(9311, language_code=language)
    await user.send(typed)  # before: the question and its two buttons, the word ignored
    answer = await user.next_message()
    assert switched in answer.plain_text
    profile = await bot.repo.get_profile(9311)
    assert profile is not None
    assert profile.language == ("en" if language == "fr" else "fr")
    await user.send("/language klingon")  # anything else: the buttons, as before
    assert (await user.next_message()).button_texts == ["Français", "English"]


@pytest.mark.parametrize(
    ("language", "words", "outcome"),
    [
        ("fr", "pas encore de réponse", "Ana Costa n'a pas encore répondu pour « un stage »"),
        ("en", "no answer yet", "No answer yet from Ana Costa about “un stage”"),
        ("fr", "laisse tomber", "Laissé tomber : « un stage »"),
    ],
)
async def test_a_reply_in_words_to_a_favors_item_reads_as_to_its_follow_up(
    bot: RunningBot, tg: FakeTelegram, language: str, words: str, outcome: str
) -> None:
    await onboard(bot, 9312, "Europe/Paris", language=language)
    await seed(bot.repo, 9312, person("a1", "Ana Costa"))
    asked = NOW - timedelta(days=2)
    await bot.repo.save_favor(
        9312, Favor("f1", "a1", "un stage", asked, asked.date(), asked.date() + timedelta(days=7))
    )
    user = tg.user(9312, language_code=language)
    await user.send("/favors")
    await user.next_message()  # the title
    item = await user.next_message()
    await user.reply(item, words)  # before: "I'm not sure what to do with that."
    assert outcome in (await user.next_message()).plain_text
    await user.wait_for(lambda m: m is item and not m.buttons)  # answered: its buttons go
    (favor,) = await bot.repo.favors(9312)
    assert favor.reply == words or favor.closed


@pytest.mark.parametrize(
    ("language", "hint"),
    [
        ("fr", "« Léa Martin » est dans tes contacts. /ask cherche qui, dans ton réseau,"),
        ("en", "“Léa Martin” is one of your contacts. /ask finds who in your network"),
    ],
)
async def test_ask_followed_by_a_contacts_name_says_what_ask_is_for(
    bot: RunningBot, tg: FakeTelegram, language: str, hint: str
) -> None:
    await onboard(bot, 9313, "Europe/Paris", language=language)
    hans = person("h1", "Hans", place="Berlin, Germany", city="Berlin", country_code="DE")
    await seed(bot.repo, 9313, person("l1", "Léa Martin"), hans)
    user = tg.user(9313, language_code=language)
    # Before: "Martin" read as a town in Slovakia, the closest contacts drafted a message on
    # "« Léa », côté Martin".
    await user.send("/ask léa martin")
    answer = await user.next_message()
    assert hint in answer.plain_text
    assert "/idea Léa Martin" in answer.plain_text
    await user.send("/ask Berlin")  # a real question is answered as before
    assert "Berlin" in (await user.next_message()).plain_text
    assert "Hans" in (await user.next_message()).plain_text


async def test_a_command_for_another_bot_is_not_called_unknown_by_its_name(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9314, language_code="en")
    await user.send("/help@weather_bot")  # before: "I don't know the command /help."
    assert "I don't know the command /help@weather_bot." in (await user.next_message()).plain_text
    await user.send(f"/frobnicate@{tg.bot_username}")  # ours: the name without the address
    assert "I don't know the command /frobnicate." in (await user.next_message()).plain_text
