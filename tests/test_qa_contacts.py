"""The address book as a new user first meets it: /add, a shared card, places, the card."""

from __future__ import annotations

import pytest

from core.places import find_place
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, onboarded, person, seed


async def test_a_card_shared_when_add_asks_the_name_is_the_answer(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(7101, language_code="en")
    await user.send("/add")
    assert "What's their name?" in (await user.next_message()).plain_text
    await user.share_contact("+33612345678", "<b>Jo", "& Co</b>")
    # Not "I'll add Jo & Co right after this one" with the name still asked for.
    assert "How and where did you meet <b>Jo & Co</b>?" in (await user.next_message()).plain_text
    for _ in range(8):
        await user.send("/skip")
        await user.next_message()
    await user.press(user.last, "Save")
    await user.next_message()
    [saved] = await bot.repo.contacts(7101)
    assert saved.name == "<b>Jo & Co</b>"
    assert [channel.value for channel in saved.channels] == ["+33612345678"]


@pytest.mark.parametrize(
    ("typed", "settled"),
    [
        ("Paris", "Paris, France"),  # one Paris big enough to count
        ("Espagne", "Spain"),  # a country: its main clock, the Canaries offered aside
        ("Los Angles", "Los Angeles, United States"),  # a typo with one guess
        ("Brest", None),  # Belarus's is bigger, Finistère's is the one a French user means
        ("Saint-Denis", None),  # Réunion or by Paris
        ("Springfield", None),  # three US clocks
    ],
)
def test_a_city_that_rivals_on_another_clock_is_not_settled(
    typed: str, settled: str | None
) -> None:
    lookup = find_place(typed)
    assert (lookup.settled.label if lookup.settled else None) == settled


async def test_an_ambiguous_city_at_start_is_a_choice_named_as_chosen(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(7102, language_code="fr")
    await user.send("/start")
    await user.next_message()
    await user.next_message()
    await user.send("Brest")
    offer = await user.next_message()
    # Was: "C'est noté : Brest, Biélorussie, où il est 11 h", nudges two hours late.
    assert "Lequel veux-tu dire ?" in offer.plain_text
    assert [label.split(" (")[0] for label in offer.button_texts] == [
        "Brest, Biélorussie",
        "Brest, France",
    ]
    await user.press(offer, "Brest, France")
    # Not "C'est noté : Paris": the place chosen, named as the button named it.
    assert "C'est noté : Brest, France" in (await user.next_message()).plain_text
    profile = await bot.repo.get_profile(7102)
    assert profile is not None
    assert profile.timezone == "Europe/Paris"


async def test_an_ambiguous_city_in_add_is_a_choice(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(7103, language_code="en")
    await user.send("/add Jo")
    await user.next_message()
    await user.send("/skip")
    await user.next_message()
    await user.send("Saint-Denis")
    offer = await user.next_message()
    assert "Which one do you mean?" in offer.plain_text
    await user.press(offer, "Saint-Denis, France")
    assert "field, role or company" in (await user.next_message()).plain_text
    for _ in range(6):
        await user.send("/skip")
        await user.next_message()
    assert "Where they live: Saint-Denis, France" in user.last.plain_text
    await user.press(user.last, "Save")
    await user.next_message()
    [saved] = await bot.repo.contacts(7103)
    assert saved.timezone == "Europe/Paris"


async def test_the_card_log_button_reads_as_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboarded(bot.repo, 7104, "fr")
    await seed(bot.repo, 7104, person("a1", "Hugo Bernard", last_days_ago=40))
    user = tg.user(7104, language_code="fr")
    await user.send("/contact Hugo")
    card = await user.next_message()
    await user.press(card, "✅ Noter")
    question = await user.next_message()
    # Was "✅ Noter sans note", the verb and the noun clashing; the question says "enregistrer".
    assert question.button_texts == ["✅ Enregistrer sans note"]
    await user.press(question, "✅ Enregistrer sans note")
    await user.wait_for(lambda message: "C'est noté" in message.plain_text)
    [hugo] = await bot.repo.contacts(7104)
    assert hugo.last_contact_at is not None
    assert hugo.last_contact_at.date() == NOW.date()


async def test_the_field_picker_of_the_summary_leads_back_to_it(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboarded(bot.repo, 7105, "en")
    user = tg.user(7105, language_code="en")
    await user.send("/add Sam")
    await user.next_message()
    for _ in range(8):
        await user.send("/skip")
        await user.next_message()
    summary = user.last
    await user.press(summary, "Change a field")
    picker = await user.next_message()
    assert summary.buttons == []  # was: Save still shown, then "This button is no longer valid"
    # Was: no way back but /cancel, which drops the whole new contact.
    await user.press(picker, "↩️ Back")
    again = await user.next_message()
    assert "Sam, ready to save" in again.plain_text
    await user.press(again, "Save")
    assert "is saved" in (await user.next_message()).plain_text
    assert [contact.name for contact in await bot.repo.contacts(7105)] == ["Sam"]


async def test_merge_two_namesakes_by_typing_the_name_twice(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboarded(bot.repo, 7106, "fr")
    await seed(
        bot.repo,
        7106,
        person("a1", "Léa Martin", added_days_ago=90, work="Airbus"),
        person("a2", "Léa  martin", added_days_ago=3, work="SAP", tags=("lyon",)),
        person("a3", "Léa M"),
    )
    user = tg.user(7106, language_code="fr")
    # Was the usage line "Écris les deux noms, séparés par une virgule", whatever was typed.
    await user.send("/merge Léa Martin, Zorglub")
    unknown = (await user.next_message()).plain_text
    assert "Je ne trouve pas deux fiches distinctes pour « Léa Martin » et « Zorglub »" in unknown
    await user.send("/merge Léa Martin, Léa Martin")
    question = await user.next_message()
    # Each named by what tells them apart, the older one kept.
    assert "Réunir Léa martin · SAP dans Léa Martin · Airbus ?" in question.plain_text
    await user.press(question, "🔗 Réunir")
    done = await user.wait_for(lambda message: "C'est fait" in message.plain_text)
    assert "Léa martin · SAP fait maintenant partie de Léa Martin · Airbus" in done.plain_text
    kept = await bot.repo.get_contact(7106, "a1")
    assert kept is not None
    assert kept.tags == ("lyon",)
    assert await bot.repo.get_contact(7106, "a2") is None


@pytest.mark.parametrize(
    ("language", "asked", "first"),
    [
        ("fr", "Où habites-tu maintenant ?", "Pour commencer"),
        ("en", "Where do you live now?", "First"),
    ],
)
async def test_timezone_later_is_not_asked_as_the_first_step(
    bot: RunningBot, tg: FakeTelegram, language: str, asked: str, first: str
) -> None:
    await onboarded(bot.repo, 7107, language)
    user = tg.user(7107, language_code=language)
    await user.send("/timezone")
    question = (await user.next_message()).plain_text
    # Was /start's "Pour commencer, où habites-tu ?" weeks after the start.
    assert asked in question
    assert first not in question
    await user.send("Lyon")
    assert "Lyon" in (await user.next_message()).plain_text
