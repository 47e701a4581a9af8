"""Shared cards keep their birthday in every vCard form and their phone; numbers are read in
the contact's country, then the user's, and shown in international format."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from core.model import Birthday, Channel, UserProfile
from core.reading.channels import ParsedChannel, parse_channels, shown
from core.reading.vcard import read_bday, read_vcard
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed


@pytest.mark.parametrize(
    ("value", "omit", "expected"),
    [
        ("--0314", None, Birthday(14, 3)),
        ("--03-14", None, Birthday(14, 3)),
        ("19940314", None, Birthday(14, 3, 1994)),
        ("1994-03-14", None, Birthday(14, 3, 1994)),
        ("1994-03-14T00:00:00Z", None, Birthday(14, 3, 1994)),
        ("1994-03-14T00:00:00+01:00", None, Birthday(14, 3, 1994)),
        ("1604-03-14", "1604", Birthday(14, 3)),
        ("2000-03-14", "2000", Birthday(14, 3)),
        ("0000-03-14", None, Birthday(14, 3)),
        ("--02-29", None, Birthday(29, 2)),
        ("1994-02-30", None, None),
        ("--13-01", None, None),
        ("14/03/1994", None, None),
        ("", None, None),
    ],
)
def test_vcard_birthdays_in_every_standard_form(
    value: str, omit: str | None, expected: Birthday | None
) -> None:
    assert read_bday(value, omit) == expected


def test_ios_omitted_year_is_read_from_the_card() -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Léa\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14\nEND:VCARD"
    assert read_vcard(card).born == Birthday(14, 3)
    card = "BEGIN:VCARD\nVERSION:4.0\nFN:Léa\nBDAY:19940314\nEND:VCARD"
    assert read_vcard(card).born == Birthday(14, 3, 1994)


@pytest.mark.parametrize(
    ("typed", "regions", "expected"),
    [
        ("030 1234567", ("DE", "FR"), "+49301234567"),  # a Berlin contact, a Paris user
        ("514 555 0199", ("CA", "FR"), "+15145550199"),  # a Montréal contact
        ("07911 123456", (None, "GB"), "+447911123456"),  # a London user, no place known
        ("06 12 34 56 78", ("CA", "FR"), "+33612345678"),  # not Canadian: the user's France
        ("+33 6 12 34 56 78", (None, None), "+33612345678"),
    ],
)
def test_numbers_are_read_in_the_contacts_country_then_the_users(
    typed: str, regions: tuple[str | None, ...], expected: str
) -> None:
    assert parse_channels(typed, regions) == ([ParsedChannel("phone", expected)], [])


def test_without_any_country_a_national_number_is_refused() -> None:
    assert parse_channels("06 12 34 56 78", (None, None)) == ([], ["06 12 34 56 78"])


def test_phones_are_shown_in_international_format() -> None:
    assert shown("phone", "+33612345678") == "+33 6 12 34 56 78"
    assert shown("phone", "+15145550199") == "+1 514-555-0199"
    assert shown("email", "lea@example.org") == "lea@example.org"


async def test_a_cards_birthday_and_phone_are_kept_when_an_email_is_typed(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(6101, language_code="fr")
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Martin;Léa;;;\nBDAY:--0314\nEND:VCARD"
    await user.share_contact("+33612345678", "Léa", "Martin", vcard=vcard)
    await user.next_message()
    for _ in range(4):  # met, place, work, interests
        await user.send("/skip")
        question = await user.next_message()
    assert "Actuellement : +33 6 12 34 56 78" in question.plain_text
    assert "Ce que tu écris s'ajoute à ces coordonnées" in question.plain_text
    await user.send("lea@example.org")
    birthday = await user.next_message()
    assert "Actuellement : 14 mars" in birthday.plain_text
    # before: "/skip pour laisser vide" on a field filled from the card, which /skip keeps
    assert "/skip pour garder « 14 mars », /cancel pour arrêter." in birthday.plain_text
    assert "laisser vide" not in birthday.plain_text
    for _ in range(3):  # birthday (kept), rhythm, last talk
        await user.send("/skip")
        await user.next_message()
    await user.press(user.last, "Enregistrer")
    await user.next_message()
    [lea] = await bot.repo.contacts(6101)
    assert lea.channels == (Channel("phone", "+33612345678"), Channel("email", "lea@example.org"))
    assert lea.birthday == Birthday(14, 3)


async def test_numbers_typed_for_a_berlin_contact_and_by_a_london_user(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 6102, person("h1", "Hans Becker", country_code="DE", place="Berlin"))
    await seed(bot.repo, 6102, person("t1", "Tom Smith"))
    paris = UserProfile(6102, NOW - timedelta(days=9), language="en", onboarded=True)
    user = tg.user(6102, language_code="en")
    for zone, name, typed, expected in (
        ("Europe/Paris", "Hans", "030 1234567", "+49 30 1234567"),  # in France: +33 3 01...
        ("Europe/London", "Tom", "07911 123456", "+44 7911 123456"),
    ):
        await bot.repo.save_profile(replace(paris, timezone=zone))
        await user.send(f"/edit {name}")
        await user.press(await user.next_message(), "How to reach them")
        await user.next_message()
        await user.send(typed)
        assert "Updated" in (await user.next_message()).plain_text
        assert f"📞 {expected}" in (await user.next_message()).plain_text
    assert [c.channels for c in await bot.repo.contacts(6102)] == [
        (Channel("phone", "+49301234567"),),
        (Channel("phone", "+447911123456"),),
    ]
