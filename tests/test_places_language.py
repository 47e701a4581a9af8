"""Places as French and English users read them: the city they typed, the country in their
language, and other clocks as a city and a time, never an IANA id (the clock: 08:00 UTC)."""

from __future__ import annotations

import re

from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import person, seed

# What an older version stored: the place data's English label.
JONAS = person(
    "jonas",
    "Jonas Weber",
    place="Hamburg, Germany",
    city="Hamburg",
    country_code="DE",
    timezone="Europe/Berlin",
    work="ingénieur chez Airbus",
)
KENJI = person(
    "kenji",
    "Kenji Sato",
    place="Osaka, Japan",
    city="Osaka",
    country_code="JP",
    timezone="Asia/Tokyo",
)
ZONE_ID = re.compile(r"\b(Europe|America|Asia|Africa|Australia|Pacific|Etc)/")
SKIPPED_AFTER_PLACE = 6  # work, interests, channels, birthday, rhythm, last exchange


async def add(user: FakeUser, name: str, place: str) -> BotMessage:
    """/add someone with only a place, and return the summary before saving."""
    await user.send(f"/add {name}")
    await user.next_message()
    await user.send("/skip")  # how you met
    await user.next_message()
    await user.send(place)
    for _ in range(SKIPPED_AFTER_PLACE):
        await user.next_message()
        await user.send("/skip")
    return await user.next_message()


def names(page: BotMessage) -> list[str]:
    """The contact names of a /list page."""
    return re.findall(r"^\d+\. (.+?) — ", page.plain_text, flags=re.MULTILINE)


async def listed(user: FakeUser, typed: str) -> list[str]:
    await user.send(f"/list {typed}")
    return names(await user.next_message())


async def test_a_french_user_adds_hambourg_and_finds_it_by_both_names(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 9301, JONAS)
    user = tg.user(9301, language_code="fr")
    summary = await add(user, "Lena Vogel", "Hambourg")
    assert "Lieu de vie : Hambourg, Allemagne" in summary.plain_text
    assert not ZONE_ID.search(summary.plain_text)
    await user.press(summary, "Enregistrer")
    await user.next_message()
    summary = await add(user, "Pablo Ruiz", "barcelone")
    assert "Lieu de vie : Barcelone, Espagne" in summary.plain_text
    await user.press(summary, "Enregistrer")
    await user.next_message()

    for typed in ("Hambourg", "Hamburg", "Allemagne", "Germany"):
        assert sorted(await listed(user, typed)) == ["Jonas Weber", "Lena Vogel"], typed
    for typed in ("Barcelone", "Barcelona", "Espagne"):
        assert await listed(user, typed) == ["Pablo Ruiz"], typed
    await user.send("/list")
    page = (await user.next_message()).plain_text
    assert "Lena Vogel — " in page
    assert "· Hambourg" in page
    assert "· Barcelone" in page

    await user.send("/contact Lena")
    card = (await user.next_message()).plain_text
    assert "📍 Hambourg, Allemagne\n" in card  # Hamburg's clock is Paris's: no time shown
    await user.send("/contact Jonas")
    assert "📍 Hamburg, Allemagne\n" in (await user.next_message()).plain_text

    await user.send("/ask Hambourg")
    header = await user.next_message()
    assert "2 personnes de ton réseau peuvent t'aider" in header.plain_text
    cards = [(await user.next_message()).plain_text for _ in range(2)]
    lena = next(card for card in cards if "Lena Vogel" in card)
    assert "📍 habite Hambourg, Allemagne" in lena
    assert "Je passe bientôt à Hambourg :" in lena
    jonas = next(card for card in cards if "Jonas Weber" in card)
    assert "📍 habite Hamburg, Allemagne" in jonas
    assert not any(ZONE_ID.search(card) for card in cards)

    # The same contacts, once the Telegram app speaks English.
    tg.state.users[9301]["language_code"] = "en"
    await user.send("/contact Lena")
    assert "📍 Hamburg, Germany\n" in (await user.next_message()).plain_text
    await user.send("/list Hamburg")
    page = (await user.next_message()).plain_text
    assert "· Hamburg" in page
    assert "Hambourg" not in page
    await user.send("/list Barcelona")
    assert "· Barcelona" in (await user.next_message()).plain_text


async def test_an_english_user_reads_hamburg_germany(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9302, language_code="en")
    summary = await add(user, "Lena Vogel", "Hamburg")
    assert "Hamburg, Germany" in summary.plain_text
    await user.press(summary, "Save")
    await user.next_message()
    for typed in ("Hambourg", "Hamburg", "Germany", "Allemagne"):
        assert await listed(user, typed) == ["Lena Vogel"], typed
    await user.send("/ask Hambourg")
    await user.next_message()
    card = (await user.next_message()).plain_text
    assert "📍 lives in Hamburg, Germany" in card


async def test_timezone_and_other_clocks_as_places_and_times(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 9303, KENJI)
    user = tg.user(9303, language_code="fr")
    await user.send("/timezone Londres")
    set_to = (await user.next_message()).plain_text
    assert set_to.startswith("🌍 C'est noté : Londres, Royaume-Uni, où il est 8 h")

    summary = await add(user, "Tom Roy", "Toronto")
    assert "Lieu de vie : Toronto, Canada" in summary.plain_text
    await user.press(summary, "Enregistrer")
    await user.next_message()
    summary = await add(user, "Amy Clark", "Londres")
    await user.press(summary, "Enregistrer")
    await user.next_message()

    await user.send("/contact Tom")
    assert "📍 Toronto, Canada (il est 3 h là-bas)" in (await user.next_message()).plain_text
    await user.send("/contact Amy")
    amy = (await user.next_message()).plain_text
    assert "📍 Londres, Royaume-Uni\n" in amy  # the user's own clock: no time
    await user.send("/contact Kenji")
    assert "📍 Osaka, Japon (il est 17 h là-bas)" in (await user.next_message()).plain_text

    await user.send("/settings")
    settings = (await user.next_message()).plain_text
    assert "Fuseau horaire : Londres (il est 8 h)" in settings
    await user.send("/time 8h")
    hour_set = (await user.next_message()).plain_text
    assert "tes rappels arriveront à 8 h (heure de Londres)." in hour_set

    await user.send("/ask Tokyo")  # nobody there: the closest, in the same country
    await user.next_message()
    assert "📍 même pays : Osaka, Japon" in (await user.next_message()).plain_text

    tg.state.users[9303]["language_code"] = "en"
    await user.send("/contact Tom")
    assert "📍 Toronto, Canada (03:00 there now)" in (await user.next_message()).plain_text
    await user.send("/contact Amy")
    assert "📍 London, United Kingdom\n" in (await user.next_message()).plain_text
    await user.send("/timezone Paris")
    assert "Got it: Paris, France, where it's 09:00" in (await user.next_message()).plain_text
    await user.send("/time 8")
    assert "will arrive at 08:00 (Paris time)." in (await user.next_message()).plain_text
    tg.state.users[9303]["language_code"] = "fr"
    await user.send("/timezone Amsterdam")
    await user.next_message()
    await user.send("/time 8h")
    assert "à 8 h (heure d'Amsterdam)." in (await user.next_message()).plain_text


async def test_a_country_shows_which_clock_it_means(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9304, language_code="fr")
    summary = await add(user, "Yuki Mori", "Japon")
    assert "Lieu de vie : Japon" in summary.plain_text
    await user.press(summary, "Enregistrer")
    await user.next_message()
    await user.send("/contact Yuki")
    assert "📍 Japon (Tokyo : 17 h)" in (await user.next_message()).plain_text

    await user.send("/timezone Canada")
    choices = await user.next_message()
    toronto = "Toronto, Canada (il est 3\xa0h)"
    assert toronto in choices.button_texts
    assert "Vancouver, Canada (il est 0\xa0h)" in choices.button_texts
    assert not any(ZONE_ID.search(label) for label in choices.button_texts)
    await user.press(choices, toronto)
    # Named as the button named it (a Brest in France must not come back as "Paris").
    assert "C'est noté : Toronto, Canada, où il est 3 h" in (await user.next_message()).plain_text


async def test_the_form_offers_places_with_their_time(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9305, language_code="fr")
    await user.send("/add Chloé Tremblay")
    await user.next_message()
    await user.send("/skip")
    await user.next_message()
    await user.send("Canada")  # several clocks: which one?
    choices = await user.next_message()
    vancouver = "Vancouver, Canada (il est 0\xa0h)"
    assert vancouver in choices.button_texts
    assert not any(ZONE_ID.search(label) for label in choices.button_texts)
    await user.press(choices, vancouver)
    for _ in range(SKIPPED_AFTER_PLACE):
        await user.next_message()
        await user.send("/skip")
    summary = await user.next_message()
    assert "Lieu de vie : Vancouver, Canada" in summary.plain_text
    await user.press(summary, "Enregistrer")
    await user.next_message()
    [saved] = await bot.repo.contacts(9305)
    assert (saved.city, saved.country_code, saved.timezone) == (
        "Vancouver",
        "CA",
        "America/Vancouver",
    )


async def test_the_zone_button_names_a_city_that_answers_the_question(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9306, language_code="fr")
    await user.send("/timezone")
    asked = await user.next_message()
    assert asked.reply_keyboard_texts == ["📍 Partager ma position", "Paris"]
    await user.send("Paris")  # what tapping the button sends
    assert "C'est noté : Paris, France" in (await user.next_message()).plain_text
    await user.send("/timezone Londres")
    await user.next_message()
    await user.send("/timezone")
    assert (await user.next_message()).reply_keyboard_texts[1] == "Londres"
    await user.send("/cancel")
    await user.next_message()
    await user.send("/timezone UTC+3")
    await user.next_message()
    await user.send("/timezone")
    assert (await user.next_message()).reply_keyboard_texts[1] == "UTC+3"
