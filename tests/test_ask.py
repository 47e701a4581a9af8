"""/ask: who in the network can help with a place or a topic, why, and a message to send."""

from __future__ import annotations

from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import note, person, seed

LEA = person(
    "lea1",
    "Léa Martin",
    place="Montréal, Canada",
    city="Montréal",
    country_code="CA",
    timezone="America/Toronto",
    work="Data scientist chez Ubisoft",
    interests=("escalade",),
)
TOM = person(
    "tom1",
    "Tom Roy",
    place="Toronto, Canada",
    city="Toronto",
    country_code="CA",
    timezone="America/Toronto",
    work="Coordinatrice de projets chez Airbus",
)
HANS = person(
    "hans",
    "Hans Müller",
    place="Berlin, Germany",
    city="Berlin",
    country_code="DE",
    timezone="Europe/Berlin",
    work="Data engineer",
)
ANA = person(
    "ana1",
    "Ana Costa",
    place="Berlin, Germany",
    city="Berlin",
    country_code="DE",
    timezone="Europe/Berlin",
    work="Data scientist",
)
JO = person(
    "jo01",
    "Jo Smith",
    place="New York City, United States",
    city="New York City",
    country_code="US",
    timezone="America/New_York",
    work="chef de projet",
)
EVERYONE = (LEA, TOM, HANS, ANA, JO)


async def _answer(user: FakeUser, count: int) -> tuple[BotMessage, list[BotMessage]]:
    """The header of an /ask answer and its `count` cards."""
    header = await user.next_message()
    return header, [await user.next_message() for _ in range(count)]


def _name(card: BotMessage) -> str:
    return card.plain_text.splitlines()[0].removeprefix("👤 ")


async def test_a_city_in_french_with_or_without_its_accent(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8101, *EVERYONE)
    user = tg.user(8101, language_code="fr")
    for typed in ("Montréal", "montreal"):
        await user.send(f"/ask {typed}")
        header, (card,) = await _answer(user, 1)
        assert f"Une personne de ton réseau peut t'aider pour « {typed} »" in header.plain_text
        assert card.plain_text.splitlines()[:3] == [
            "👤 Léa Martin",
            "📍 habite Montréal, Canada",
            "💼 Data scientist chez Ubisoft",
        ]
        assert (
            "Salut Léa ! Je passe bientôt à Montréal : tu aurais deux ou trois bonnes adresses "
            "à me conseiller ?" in card.plain_text
        )
        assert "<code>Salut Léa" in card.text  # one tap copies it
        assert card.button_texts == ["🙋 Je lui ai demandé"]
        assert card.buttons[0][0].callback_data == f"asked:lea1:{typed}"  # the topic rides along
    await user.no_message()


async def test_a_country_and_a_field_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8102, *EVERYONE)
    user = tg.user(8102, language_code="fr")
    await user.send("/ask Canada")
    header, cards = await _answer(user, 2)
    assert "2 personnes de ton réseau peuvent t'aider" in header.plain_text
    assert [_name(card) for card in cards] == ["Léa Martin", "Tom Roy"]
    assert "📍 Toronto, Canada" in cards[1].plain_text
    # Tom lives there: the draft speaks of his corner, not of his own country as a destination.
    assert (
        "Salut Tom ! Je passe bientôt dans ton coin : tu aurais deux ou trois bons plans à me "
        "conseiller ?" in cards[1].plain_text
    )
    assert all("Prochaine destination" not in card.plain_text for card in cards)

    await user.send("/ask coordinateur de projet")
    header, (card,) = await _answer(user, 1)
    assert "💼 Coordinatrice de projets chez Airbus" in card.plain_text
    assert (  # a job title: a lead, drafted as one
        "Salut Tom ! Je cherche un poste de coordinateur de projet. Tu aurais des contacts "
        "dans ce domaine ?" in card.plain_text
    )
    assert header.button_texts == []  # the purpose was plain


async def test_a_country_to_someone_who_lives_there(bot: RunningBot, tg: FakeTelegram) -> None:
    """Issue 11: "Prochaine destination : Allemagne !" was sent to people living in Germany."""
    await seed(bot.repo, 8106, *EVERYONE)
    french = tg.user(8106, language_code="fr")
    await french.send("/ask Allemagne")
    _, cards = await _answer(french, 2)
    assert "📍 Berlin, Allemagne" in cards[0].plain_text
    assert (
        "Salut Hans ! Je passe bientôt dans ton coin : tu aurais deux ou trois bons plans à me "
        "conseiller ?" in cards[0].plain_text
    )
    assert all("destination" not in card.plain_text for card in cards)

    await seed(bot.repo, 8107, *EVERYONE)
    english = tg.user(8107, language_code="en")
    await english.send("/ask Germany")
    _, cards = await _answer(english, 2)
    assert "📍 lives in Berlin, Germany" in cards[0].plain_text
    assert (
        "Hi Hans! I'll be in your part of the world soon. Any tips or places you'd recommend?"
        in cards[0].plain_text
    )
    assert all("trip to Germany" not in card.plain_text for card in cards)


async def test_words_typed_are_quoted_or_fitted_never_spliced(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    """Issue 11: "/ask berlinn" drafted "je creuse la piste berlinn"; "I'm looking into project
    coordinator"."""
    await seed(bot.repo, 8108, *EVERYONE)
    french = tg.user(8108, language_code="fr")
    await french.send("/ask berlinn")
    header = await french.next_message()
    cards = [await french.next_message() for _ in range(2)]
    assert "📍 habite Berlin, Allemagne" in cards[0].plain_text  # before: "Berlin, Germany"
    assert "Salut Hans ! J'aimerais bien ton avis sur un sujet : « berlinn »." in (
        cards[0].plain_text
    )
    assert all("piste berlinn" not in card.plain_text for card in cards)
    assert "📍 Tu voulais dire Berlin\u00a0?" in header.button_texts

    await seed(bot.repo, 8109, *EVERYONE)
    english = tg.user(8109, language_code="en")
    await english.send("/ask project coordinator")
    _, (card,) = await _answer(english, 1)
    assert (
        "Hi Tom! I'm looking for a project coordinator role. Do you know anyone in that field?"
        in card.plain_text
    )
    assert "looking into" not in card.plain_text


async def test_a_typo_and_two_terms_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8103, *EVERYONE)
    await note(bot.repo, 8103, "hans", 20, "Talked about data science during the internship")
    user = tg.user(8103, language_code="en")
    await user.send("/ask data sciense")
    header, cards = await _answer(user, 3)
    assert "3 people in your network can help with “data sciense”" in header.plain_text
    assert sorted(_name(card) for card in cards[:2]) == ["Ana Costa", "Léa Martin"]
    assert "📝 you noted: “Talked about data science during the internship”" in cards[2].plain_text
    # Words that say no purpose: advice, the words quoted, and the other purposes offered.
    assert "I'd love your advice on something: “data sciense”." in cards[0].plain_text
    assert "These messages ask for advice." in header.plain_text
    assert header.button_texts == ["💼 A job or internship"]  # no place: no trip

    # Matching both the field and the place ranks above matching one.
    await user.send("/ask data science in Berlin")
    header, cards = await _answer(user, 3)
    assert [_name(card) for card in cards] == ["Ana Costa", "Hans Müller", "Léa Martin"]
    assert "📍 lives in Berlin, Germany" in cards[0].plain_text
    assert "💼 Data scientist" in cards[0].plain_text
    assert (
        "Hi Ana! I'd love your advice on something: “data science” in Berlin. Any tips, or "
        "someone I should talk to?" in cards[0].plain_text
    )
    assert "Hi Léa!" in cards[2].plain_text


async def test_no_match_suggests_the_closest(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8104, *EVERYONE)
    user = tg.user(8104, language_code="en")
    await user.send("/ask Boston")
    header, cards = await _answer(user, 3)
    assert "Nobody in your network matches “Boston” yet. These come closest" in header.plain_text
    assert _name(cards[0]) == "Jo Smith"
    assert "📍 same country: New York City, United States" in cards[0].plain_text
    assert "🌍 same part of the world: Montréal, Canada" in cards[1].plain_text
    assert "Hi Jo! I'll be in Boston soon. Do you know anyone there" in cards[0].plain_text

    french = tg.user(8105, language_code="fr")
    await seed(bot.repo, 8105, *EVERYONE)
    await french.send("/ask chef de projet marketing")
    header, cards = await _answer(french, 2)
    assert "Personne dans ton réseau ne correspond à « chef de projet marketing »" in (
        header.plain_text
    )
    assert [_name(card) for card in cards] == ["Jo Smith", "Tom Roy"]
    assert (
        "Salut Jo ! Je cherche un poste de chef de projet marketing. Tu connaîtrais quelqu'un "
        "dans ce domaine, à qui je pourrais en parler ?" in cards[0].plain_text
    )

    await french.send("/ask Tokyo")
    assert "même de loin" in (await french.next_message()).plain_text
    await french.no_message()


async def test_hints_limits_and_escaping(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(8106, language_code="en")
    await user.send("/ask")
    assert "What do you need?" in (await user.next_message()).plain_text
    await user.send("/ask Berlin")
    assert "You have no contacts yet" in (await user.next_message()).plain_text
    await seed(bot.repo, 8106, person("x1", "Zoé <b>", work="<i>R&D</i> & co"))
    await user.send("/ask r&d <i>")
    header, (card,) = await _answer(user, 1)
    assert "“r&d <i>”" in header.plain_text
    assert "💼 <i>R&D</i> & co" in card.plain_text
    assert "Hi Zoé!" in card.plain_text
    await user.send("/ask " + "x" * 101)
    assert "keep it to 100 characters" in (await user.next_message()).plain_text


async def test_a_topic_too_long_for_its_button_waits_in_memory_whole(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8107, *EVERYONE)
    user = tg.user(8107, language_code="en")
    topic = "data science Berlin " + "machine learning " * 3  # over 64 bytes with the id
    await user.send(f"/ask {topic}")
    _, (first, second, _) = await _answer(user, 3)
    assert first.buttons[0][0].callback_data == "asked:ana1"  # no room for the topic
    await user.press(second, "I asked")  # any answer of the ask, in any order
    assert (
        "as an ask: “data science Berlin machine learning" in (await user.next_message()).plain_text
    )
    await user.press(first, "I asked")
    await user.next_message()
    assert {favor.topic for favor in await bot.repo.favors(8107)} == {topic.strip()}  # uncut
    assert len(await bot.repo.favors(8107)) == 2
