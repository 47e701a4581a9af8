"""/ask drafts for what the ask is for: a trip, a job or internship lead, advice; unsure
purposes and typos are offered as buttons, and unknown words are quoted, never spliced."""

from __future__ import annotations

import pytest

from core.ask_purpose import draft_for, guess_place, initial_sound, read_purpose
from core.asking import read_question
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import seed
from tests.test_ask import ANA, EVERYONE, HANS, _answer


@pytest.mark.parametrize(
    ("question", "purpose", "lead", "topic", "kind"),
    [
        ("Montréal", "trip", "job", "", "city"),
        ("voyage au Japon", "trip", "job", "", "country"),
        ("conseils Montréal", "trip", "job", "", "city"),
        ("stage Berlin", "job", "internship", "", "job"),
        ("alternance", "job", "workstudy", "", "job"),
        ("coordinatrice de projet", "job", "job", "coordinatrice de projet", "role"),
        ("un stage en data science", "job", "internship", "data science", "role"),
        ("internship in project management", "job", "internship", "project management", "role"),
        ("job data engineer Berlin", "job", "job", "data engineer", "role"),
        ("apprenticeship", "job", "workstudy", "", "job"),
        ("conseils carrière", "advice", "job", "carrière", "advice"),
        ("data science Berlin", None, "job", "data science", "advice"),
        ("berlinn", None, "job", "berlinn", "advice"),
        # a company: its "chez"/"at" stays, not "une alternance d'Airbus"
        ("une alternance chez Airbus", "job", "workstudy", "chez Airbus", "role"),
        ("internship at Airbus", "job", "internship", "at Airbus", "role"),
        ("stage data chez Airbus", "job", "internship", "data chez Airbus", "role"),
        # "about" is no subject: not "I'd love your advice on something: “about”"
        ("advice about Canada", "trip", "job", "", "country"),
        ("conseils à propos du Canada", "trip", "job", "", "country"),
        ("advice about visas", "advice", "job", "visas", "advice"),
    ],
)
def test_the_purpose_read_from_the_words(
    question: str, purpose: str | None, lead: str, topic: str, kind: str
) -> None:
    reading = read_purpose(read_question(question))
    assert (reading.purpose, reading.lead, reading.topic) == (purpose, lead, topic)
    assert draft_for(reading).kind == kind


@pytest.mark.parametrize(
    ("question", "topic", "company"),
    [
        ("stage data chez Airbus", "data", "chez Airbus"),
        ("data internship at Airbus", "data", "at Airbus"),
        ("une alternance chez Airbus", "chez Airbus", ""),
        ("job data engineer Berlin", "data engineer", ""),
    ],
)
def test_a_role_at_a_company_is_drafted_role_first(question: str, topic: str, company: str) -> None:
    draft = draft_for(read_purpose(read_question(question)))
    assert (draft.topic, draft.company) == (topic, company)


def test_a_chosen_purpose_and_a_guessed_place() -> None:
    reading = read_purpose(read_question("data science Berlin"))
    assert draft_for(reading, "job").kind == "role"
    assert draft_for(reading, "trip").kind == "city"
    assert guess_place(read_purpose(read_question("berlinn"))) == ("berlinn", "Berlin")
    assert guess_place(read_purpose(read_question("data science"))) is None
    words = ("ingénieure", "hotel", "data", "university", "chez Airbus", "at Google", "chez")
    assert [initial_sound(word) for word in words] == [
        "vowel",
        "h",
        "consonant",
        "consonant",
        "at",
        "at",
        "consonant",
    ]


async def test_a_job_lead_and_a_trip_get_different_drafts_in_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8301, *EVERYONE)
    user = tg.user(8301, language_code="fr")
    await user.send("/ask stage data Berlin")
    header, cards = await _answer(user, 2)
    assert header.button_texts == []  # "stage" says it all
    assert (
        "Salut Hans ! Je cherche un stage de data, côté Berlin. Tu aurais des contacts dans ce "
        "domaine ?" in cards[0].plain_text
    )
    await user.send("/ask Berlin")
    _, cards = await _answer(user, 2)
    assert (
        "Salut Hans ! Je passe bientôt à Berlin : tu aurais deux ou trois bonnes adresses à me "
        "conseiller ?" in cards[0].plain_text
    )
    await user.send("/ask alternance ingénieur data")  # nobody for sure: the closest
    header, cards = await _answer(user, 3)
    assert "Voici les plus proches" in header.plain_text
    assert "Je cherche une alternance d'ingénieur data. Tu connaîtrais quelqu'un dans ce " in (
        cards[0].plain_text
    )


async def test_unsure_then_chosen_and_a_typo_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8302, ANA, HANS)
    user = tg.user(8302, language_code="en")
    await user.send("/ask data Berlin")
    header, cards = await _answer(user, 2)
    assert "I'd love your advice on something: “data” in Berlin." in cards[0].plain_text
    assert header.button_texts == ["✈️ A trip", "💼 A job or internship"]
    await user.press(header, "A job or internship")
    again, cards = await _answer(user, 2)
    assert again.button_texts == []  # chosen once
    assert header.button_texts == []
    assert "Hi Ana! I'm looking for a data role in Berlin. Do you know anyone in that field?" in (
        cards[0].plain_text
    )
    assert cards[0].buttons[0][0].callback_data == "asked:ana1:data Berlin"

    await user.send("/ask internship data science")  # "internship" is in nobody's fields
    header, cards = await _answer(user, 1)
    assert "One person in your network can help with “internship data science”" in header.plain_text
    assert "I'm looking for a data science internship." in cards[0].plain_text

    await user.send("/ask berlinn")  # a typo: quoted, never written as if understood
    header, cards = await _answer(user, 2)
    assert "“berlinn”" in cards[0].plain_text
    assert "📍 Did you mean Berlin?" in header.button_texts
    await user.press(header, "Did you mean Berlin?")
    _, cards = await _answer(user, 2)
    assert "Hi Ana! I'll be in Berlin soon. Any favourite places you'd recommend?" in (
        cards[0].plain_text
    )


async def test_a_question_too_long_for_its_purpose_button_waits_in_memory(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8303, ANA, HANS)
    user = tg.user(8303, language_code="fr")
    question = "data Berlin " + "machine learning " * 3  # over 64 bytes with the prefix
    await user.send(f"/ask {question}")
    header, _ = await _answer(user, 2)
    job = header.find_button("Un job, un stage")
    assert job.callback_data == "ask2:job"  # no room for the question
    await bot.restart()  # the memo is kept with the user's data
    await user.press(header, "Un job, un stage")
    _, cards = await _answer(user, 2)
    assert "Je cherche un poste de data machine learning" in cards[0].plain_text

    stranger = tg.user(8304, language_code="fr")  # the same press elsewhere: nothing recalled
    query = await stranger.press_data(header, "ask2:job")
    assert (await stranger.callback_answer(query)).show_alert
