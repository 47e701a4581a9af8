"""/add, shared contact cards and /edit, as a user goes through them, in French and English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.model import Birthday, Channel, Contact
from emulator import FakeTelegram
from emulator.user import FakeUser
from tests.harness import RunningBot

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


async def answer(user: FakeUser, text: str, expect: str) -> None:
    """Type an answer and check the next question."""
    await user.send(text)
    reply = await user.next_message()
    assert expect in reply.plain_text, reply.plain_text


async def test_a_full_add_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(6001, language_code="fr")
    await user.send("/add")
    assert "Comment s'appelle" in (await user.next_message()).plain_text
    await answer(user, "Marie Dupont", "Comment et où as-tu rencontré Marie Dupont")
    await answer(user, "stage chez Airbus à Hambourg", "Où habite Marie Dupont")
    await answer(user, "Montréal", "Son domaine")
    await answer(user, "data science chez Ubisoft", "Qu'est-ce qui l'intéresse")
    await answer(user, "jazz, escalade", "Comment joindre Marie Dupont ?")
    await answer(user, "marie@example.org, +33 6 12 34 56 78, @mariedupont", "anniversaire")
    await answer(user, "12/09/1998", "À quel rythme")
    cadence = user.last
    await user.press(cadence, "Toutes les 2 semaines")
    assert "dernière fois" in (await user.next_message()).plain_text
    await user.send("il y a deux mois")
    summary = await user.next_message()
    text = summary.plain_text
    for expected in (
        "Marie Dupont",
        "stage chez Airbus à Hambourg",
        "Montréal, Canada",  # the place as typed, its country from CLDR, no zone id
        "data science chez Ubisoft",
        "jazz, escalade",
        "marie@example.org",
        "12 septembre 1998",
        "Toutes les 2 semaines",
        "2 janvier 2026",
    ):
        assert expected in text, expected
    assert "America/" not in text
    await user.press(summary, "Enregistrer")
    assert "C'est enregistré" in (await user.next_message()).plain_text

    [saved] = await bot.repo.contacts(6001)
    assert saved.name == "Marie Dupont"
    assert saved.met == "stage chez Airbus à Hambourg"
    assert saved.timezone == "America/Toronto"
    assert saved.interests == ("jazz", "escalade")
    assert Channel("email", "marie@example.org") in saved.channels
    assert Channel("phone", "+33612345678") in saved.channels
    assert Channel("telegram", "@mariedupont") in saved.channels
    assert saved.birthday == Birthday(12, 9, 1998)
    assert saved.cadence == "2w"
    assert saved.last_contact_at is not None
    assert saved.last_contact_at.date() == datetime(2026, 1, 2).date()


async def test_an_add_with_every_optional_step_skipped_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(6002, language_code="en")
    await user.send("/add")
    await user.next_message()
    await answer(user, "Sam Lee", "How and where did you meet Sam Lee")
    for _ in range(3):
        await user.send("/skip")
        await user.next_message()
    for _ in range(5):  # the Skip button does the same
        await user.press(user.last, "Skip")
        await user.next_message()
    summary = user.last
    assert "ready to save" in summary.plain_text
    assert "(empty)" in summary.plain_text
    await user.press(summary, "Save")
    assert "Sam Lee is saved" in (await user.next_message()).plain_text
    [saved] = await bot.repo.contacts(6002)
    assert saved == Contact(saved.contact_id, "Sam Lee", NOW)


async def test_add_with_a_name_argument_starts_at_the_second_question(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(6003, language_code="en")
    await user.send("/add Léa <Martin> & co")
    assert "How and where did you meet Léa <Martin> & co" in (await user.next_message()).plain_text
    await user.send("/cancel")
    assert "Nothing was saved" in (await user.next_message()).plain_text
    assert await bot.repo.contacts(6003) == []


async def test_a_name_already_there_is_flagged(bot: RunningBot, tg: FakeTelegram) -> None:
    await bot.repo.add_contacts(6004, [Contact("abc123", "Marie Dupont", NOW)])
    user = tg.user(6004, language_code="fr")
    await user.send("/add marie dupont")
    warning = await user.next_message()
    assert "Tu as déjà Marie Dupont" in warning.plain_text
    await user.press(warning, "Ajouter quand même")
    assert "Comment et où" in (await user.next_message()).plain_text

    await user.send("/add Marie Dupont")  # while the first one is still asked: closed first
    assert "J'ai refermé la question" in (await user.next_message()).plain_text
    warning = await user.next_message()
    await user.press(warning, "Ouvrir sa fiche")
    card = await user.next_message()
    assert card.plain_text.startswith("👤 Marie Dupont")
    await user.send("Lyon")  # the form was closed: not read as an answer
    assert "Comment" not in (await user.next_message()).plain_text
    assert len(await bot.repo.contacts(6004)) == 1


async def test_bad_answers_are_explained_and_asked_again(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(6005, language_code="en")
    await user.send("/add")
    await user.next_message()
    await answer(user, "   ", "can't be empty")
    await answer(user, "x" * 101, "too long")
    await answer(user, "Tom", "How and where")
    await answer(user, "a" * 301, "over 300 characters")
    await user.send("/skip")
    await user.next_message()
    await answer(user, "Atlantis Under The Sea", "as written")
    await user.next_message()  # then the next question
    await user.send("/skip")
    await user.next_message()
    await user.send("/skip")
    await user.next_message()
    await answer(user, "call me maybe, tom@", "couldn't recognise")
    await answer(user, "tom@example.org", "birthday")
    await answer(user, "31/02", "couldn't read a date")
    await answer(user, "29/02", "How often")
    await answer(user, "whenever I feel like it", "didn't understand that rhythm")
    await answer(user, "every 10 days", "When did you last talk")
    await answer(user, "next year", "couldn't place that in the past")
    await user.press(user.last, "A week ago")
    summary = await user.next_message()
    assert "Every 10 days" in summary.plain_text
    await user.press(summary, "Save")
    await user.next_message()
    [saved] = await bot.repo.contacts(6005)
    assert saved.place == "Atlantis Under The Sea"
    assert saved.timezone is None
    assert saved.birthday == Birthday(29, 2, None)
    assert saved.cadence == "10d"
    assert saved.last_contact_at == NOW - timedelta(days=7)


async def test_a_field_can_be_changed_from_the_summary(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(6006, language_code="en")
    await user.send("/add Ana")
    await user.next_message()
    for _ in range(7):
        await user.send("/skip")
        await user.next_message()
    await user.send("/skip")
    summary = await user.next_message()
    await user.press(summary, "Change a field")
    fields = await user.next_message()
    await user.press(fields, "Keep in touch")
    question = await user.next_message()
    await user.press(question, "Every 6 months")
    summary = await user.next_message()
    assert "Every 6 months" in summary.plain_text
    await user.send("hello?")
    assert "Use the buttons" in (await user.next_message()).plain_text
    await user.press(summary, "Save")
    await user.next_message()
    assert (await bot.repo.contacts(6006))[0].cadence == "6m"


async def test_a_shared_contact_card_starts_an_add_and_several_queue(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(6007, language_code="fr")
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Martin;Léa;;;\nEMAIL:lea@example.org\nEND:VCARD"
    await user.share_contact("+33612345678", "Léa", "Martin", user_id=99, vcard=vcard)
    assert "Comment et où as-tu rencontré Léa Martin" in (await user.next_message()).plain_text
    await user.share_contact("+15145550199", "Bob")
    assert "J'ajouterai Bob juste après" in (await user.next_message()).plain_text
    await user.send("/skip")
    await user.next_message()
    await user.send("/skip")
    await user.next_message()
    await user.send("/skip")
    await user.next_message()
    await user.send("/skip")
    channels = await user.next_message()
    assert "Actuellement : +33 6 12 34 56 78, lea@example.org" in channels.plain_text
    for _ in range(4):
        await user.send("/skip")
        await user.next_message()
    await user.press(user.last, "Enregistrer")
    assert "Léa Martin" in (await user.next_message()).plain_text
    assert "rencontré Bob" in (await user.next_message()).plain_text

    [lea] = await bot.repo.contacts(6007)
    assert lea.telegram_user_id == 99
    assert set(lea.channels) == {
        Channel("phone", "+33612345678"),
        Channel("email", "lea@example.org"),
    }


async def test_edit_changes_one_field(bot: RunningBot, tg: FakeTelegram) -> None:
    await bot.repo.add_contacts(6008, [Contact("abc123", "Marie Dupont", NOW, work="Airbus")])
    user = tg.user(6008, language_code="en")
    await user.send("/edit marie")
    fields = await user.next_message()
    assert "What do you want to change for Marie Dupont" in fields.plain_text
    await user.press(fields, "Work")
    question = await user.next_message()
    assert "Now: Airbus" in question.plain_text
    await user.send("Ubisoft, Montréal")
    assert "Updated" in (await user.next_message()).plain_text
    card = await user.next_message()
    assert "Ubisoft, Montréal" in card.plain_text
    assert "✏️ Edit" in card.button_texts
    assert await bot.repo.get_contact(6008, "abc123") == Contact(
        "abc123", "Marie Dupont", NOW, work="Ubisoft, Montréal"
    )
