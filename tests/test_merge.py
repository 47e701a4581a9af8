"""/merge: two records of the same person become one, after a confirmation."""

from __future__ import annotations

from datetime import timedelta

from core.merging import merged
from core.model import Birthday, Channel, Favor
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, note, person, seed

DUPONT = person(
    "a1",
    "Marie Dupont",
    last_days_ago=40,
    tags=("airbus",),
    met="stage chez Airbus",
    channels=(Channel("phone", "+33612345678"),),
    birthday=Birthday(14, 3),
)
MARIE_D = person(
    "b1",
    "Marie D",
    last_days_ago=3,
    added_days_ago=200,
    tags=("lyon", "airbus"),
    met="Stage chez Airbus",
    work="data scientist",
    interests=("jazz",),
    channels=(Channel("email", "marie@example.fr"), Channel("phone", "+33612345678")),
    birthday=Birthday(14, 3, 1994),
)


def test_the_kept_contact_gains_the_union_of_both() -> None:
    result = merged(DUPONT, MARIE_D)
    assert result.contact_id == "a1"
    assert result.name == "Marie Dupont"
    assert result.tags == ("airbus", "lyon")
    assert result.channels == (
        Channel("phone", "+33612345678"),
        Channel("email", "marie@example.fr"),
    )
    assert result.met == "stage chez Airbus"  # the same words are not repeated
    assert result.work == "data scientist"
    assert result.interests == ("jazz",)
    assert result.birthday == Birthday(14, 3, 1994)  # the year the other one knew
    assert result.last_contact_at == MARIE_D.last_contact_at
    assert result.created_at == MARIE_D.created_at
    assert merged(DUPONT, DUPONT.__class__("x", "X", NOW, met="gala")).met == (
        "stage chez Airbus · gala"
    )


async def test_merge_in_french_keeps_the_union_and_the_history(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8101, DUPONT, MARIE_D, person("l1", "Léa Martin"))
    await note(bot.repo, 8101, "b1", 3, "café")
    at = NOW - timedelta(days=1)
    await bot.repo.save_favor(8101, Favor("f1", "b1", "Lyon", at, at.date(), at.date()))
    user = tg.user(8101, language_code="fr")
    await user.send("/merge Marie Dupont, Marie D")
    confirm = await user.next_message()
    assert "Réunir Marie D dans Marie Dupont ?" in confirm.plain_text
    assert "son échange noté" in confirm.plain_text
    await user.press(confirm, "🔗 Réunir")
    await user.wait_for(lambda m: m is confirm and "fait maintenant partie" in m.plain_text)
    assert [c.contact_id for c in await bot.repo.contacts(8101)] == ["a1", "l1"]
    assert await bot.repo.get_contact(8101, "a1") == merged(DUPONT, MARIE_D)
    # (Compared without `previous`, the outside date each exchange keeps: see core.history.)
    assert [(i.contact_id, i.at, i.note) for i in await bot.repo.interactions(8101, "a1")] == [
        ("a1", NOW - timedelta(days=3), "café")
    ]
    assert [f.contact_id for f in await bot.repo.favors(8101)] == ["a1"]
    assert confirm.button_texts == []  # asked once, answered once
    await user.send("/contact Marie")
    card = (await user.next_message()).plain_text
    assert "#airbus #lyon" in card
    assert "café" in card


async def test_merge_in_english_without_a_comma_and_called_off(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8102, person("l1", "Léa Martin"), person("l2", "Lea M"))
    user = tg.user(8102, language_code="en")
    await user.send("/merge")
    assert "Type both names" in (await user.next_message()).plain_text
    await user.send("/merge Lea Martin Lea M")
    confirm = await user.next_message()
    assert "Merge Lea M into Léa Martin?" in confirm.plain_text
    assert "their history (empty)" in confirm.plain_text
    await user.press(confirm, "↩️ Cancel")
    await user.wait_for(lambda m: m is confirm and "both records stay" in m.plain_text)
    assert len(await bot.repo.contacts(8102)) == 2
    await user.send("/merge Léa Martin, Léa Martin")  # one record: nothing to merge it with
    assert "doesn't name exactly two records" in (await user.next_message()).plain_text


async def test_a_card_of_someone_already_there_merges_into_them(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    lea = person("l1", "Léa Martin", tags=("lyon",), channels=(Channel("phone", "+33612345678"),))
    await seed(bot.repo, 8103, lea)
    await note(bot.repo, 8103, "l1", 5, "café")
    user = tg.user(8103, language_code="fr")
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Martin;Léa;;;\nEMAIL:lea@example.org\nBDAY:--0314\n"
    vcard += "END:VCARD"
    await user.share_contact("+33612345678", "Léa", "Martin", vcard=vcard)
    warning = await user.next_message()
    assert "Tu as déjà Léa Martin" in warning.plain_text
    await user.press(warning, "🔗 C'est la même personne : réunir")
    assert "C'est réuni" in (await user.next_message()).plain_text
    card = (await user.next_message()).plain_text
    assert "lea@example.org" in card
    assert "14 mars" in card
    [kept] = await bot.repo.contacts(8103)
    assert kept.channels == (
        Channel("phone", "+33612345678"),
        Channel("email", "lea@example.org"),
    )
    assert (kept.tags, kept.birthday) == (("lyon",), Birthday(14, 3))
    assert [i.note for i in await bot.repo.interactions(8103, "l1")] == ["café"]
    await user.send("Lyon")  # the form is closed: not read as an answer
    assert "Comment" not in (await user.next_message()).plain_text


async def test_merge_is_offered_to_a_new_contact_only(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 8104, person("t1", "Tom Smith"), person("t2", "Tim Smith"))
    user = tg.user(8104, language_code="en")
    await user.send("/add tom smith")
    warning = await user.next_message()
    assert "🔗 Same person: merge" in warning.button_texts
    await user.send("/cancel")
    await user.next_message()
    await user.send("/edit Tim")
    await user.press(await user.next_message(), "Name")
    await user.next_message()
    await user.send("Tom Smith")
    warning = await user.next_message()
    assert "You already have Tom Smith" in warning.plain_text
    assert "🔗 Same person: merge" not in warning.button_texts
