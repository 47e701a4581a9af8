"""Second QA round on the network and account: housing asks, a reply to a favour dropped
already, exporting nothing, empty contacts files, and an import over the limit."""

from __future__ import annotations

import pytest

from core.ask_purpose import draft_for, read_purpose
from core.asking import read_question
from core.model import Contact
from emulator import FakeTelegram
from services.repository import MAX_CONTACTS_PER_USER
from tests.harness import RunningBot
from tests.seeding import NOW, seed
from tests.test_ask import ANA, HANS, _answer
from tests.test_favor_outcomes import _asked, _follow_up
from tests.test_import import fixture


def _spaced(text: str) -> str:
    """The text with its no-break spaces as plain ones (the French catalogs use both kinds)."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("question", "home"),
    [
        ("un logement à Montréal", "home"),
        ("logement Berlin", "home"),
        ("une coloc à Lyon", "flatshare"),
        ("une colocation", "flatshare"),
        ("un appart à Berlin", "home"),
        ("une chambre à Paris", "room"),
        ("a flat in Berlin", "home"),
        ("housing in Montreal", "home"),
        ("a room in London", "room"),
        ("a flatshare", "flatshare"),
        ("un logement pour mon stage à Berlin", "home"),  # the ask is the housing
    ],
)
def test_housing_is_read_as_such_never_quoted(question: str, home: str) -> None:
    reading = read_purpose(read_question(question))
    assert (reading.purpose, reading.home) == ("housing", home)
    draft = draft_for(reading)
    assert (draft.kind, draft.home, draft.topic) == ("housing", home, "")


@pytest.mark.parametrize("question", ["Montréal", "stage data Berlin", "conseils carrière"])
def test_other_asks_are_no_housing(question: str) -> None:
    assert read_purpose(read_question(question)).purpose != "housing"


async def test_a_housing_ask_gets_a_natural_draft_in_french_and_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8401, ANA, HANS)
    await seed(bot.repo, 8402, ANA, HANS)
    fr = tg.user(8401, language_code="fr")
    await fr.send("/ask un logement à Berlin")
    header, cards = await _answer(fr, 2)
    assert header.button_texts == []  # the purpose is clear: nothing to choose
    assert (
        "Salut Ana\u00a0! Je cherche un logement à Berlin. Tu aurais des pistes, ou "
        "quelqu'un qui loue quelque chose\u00a0?" in cards[0].text
    )
    assert "«" not in cards[0].plain_text
    await fr.send("/ask une coloc à Berlin")
    _, cards = await _answer(fr, 2)
    assert "Je cherche une coloc à Berlin. Tu aurais des pistes, ou quelqu'un qui " in (
        cards[0].plain_text
    )
    en = tg.user(8402, language_code="en")
    await en.send("/ask a flat in Berlin")
    _, cards = await _answer(en, 2)
    assert (
        "Hi Ana! I'm looking for a place to live in Berlin. Any leads, or anyone you know "
        "who's renting something?" in cards[0].plain_text
    )
    await en.send("/ask a room in Berlin")
    _, cards = await _answer(en, 2)
    room = "I'm looking for a room in Berlin. Any leads, or anyone you know who's renting out a "
    assert room in cards[0].plain_text


async def test_an_empty_vcf_is_answered_like_an_empty_csv_and_unreadable_cards_say_what_next(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(8403, language_code="fr")
    await user.send_document("vide.vcf", b"")
    vcf = (await user.next_message()).plain_text
    await user.send_document("vide.csv", b"")
    csv = (await user.next_message()).plain_text
    assert vcf.startswith("🤔 Je ne trouve aucun contact dans « vide.vcf ».\nJe sais lire")
    assert vcf.replace("vide.vcf", "vide.csv") == csv
    await user.send_document("broken.vcf", fixture("broken.vcf"))
    broken = (await user.next_message()).plain_text
    assert broken.replace("\u202f", " ").replace("\u00a0", " ").splitlines() == [
        "🤔 Je n'ai trouvé personne de lisible dans « broken.vcf ». Illisibles : fiche 1.",
        "Exporte-le à nouveau depuis l'appli Contacts de ton téléphone ou depuis LinkedIn, puis "
        "renvoie-le-moi ; ou ajoute ces personnes une à une avec /add.",
    ]


async def test_an_import_over_the_limit_offers_the_first_that_fit_and_undo(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    others = [Contact(f"c{i}", f"Person {i}", NOW) for i in range(MAX_CONTACTS_PER_USER - 2)]
    await bot.repo.add_contacts(8404, others)
    user = tg.user(8404, language_code="fr")
    await user.send_document("android_21.vcf", fixture("android_21.vcf"))
    preview = await user.next_message()
    assert (
        "⚠️ Tu peux garder 2 000 contacts : il n'en rentre plus que 2. Importe les 2 premiers du "
        "fichier, choisis qui importer, ou retire d'abord quelques contacts avec /remove."
        in _spaced(preview.plain_text)
    )
    assert preview.button_texts == ["📥 Importer les 2 premiers", "☑️ Choisir", "✖️ Annuler"]
    await user.press(preview, "Importer les 2 premiers")
    done = await user.wait_for(lambda m: m is preview and "importé" in m.plain_text)
    assert _spaced(done.plain_text).startswith(
        "✅ C'est importé : les 2 premiers du fichier. Le dernier n'a pas été importé : tu as "
        "atteint 2 000 contacts."
    )
    names = {c.name for c in await bot.repo.contacts(8404)} - {c.name for c in others}
    assert names == {"Éloïse Lefèvre (Airbus)", "Jörg Müller"}  # the file's first two
    await user.press(done, "Annuler l'import")
    await user.wait_for(lambda m: m is preview and "Import annulé" in m.plain_text)
    assert await bot.repo.count_contacts(8404) == MAX_CONTACTS_PER_USER - 2


async def test_with_no_room_at_all_the_way_forward_is_said(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    others = [Contact(f"c{i}", f"Person {i}", NOW) for i in range(MAX_CONTACTS_PER_USER)]
    await bot.repo.add_contacts(8405, others)
    user = tg.user(8405, language_code="en")
    await user.send_document("card_40.vcf", fixture("card_40.vcf"))
    preview = await user.next_message()
    assert (
        "⚠️ You can keep 2,000 contacts: you're there already. Remove some first with /remove, "
        "or send a smaller file." in preview.plain_text
    )
    assert preview.button_texts == ["✖️ Cancel"]


async def test_a_reply_to_a_favour_dropped_already_says_so_and_keeps_the_words(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await _asked(bot, 8406, "fr", "Montréal")
    follow_up = await _follow_up(bot, user, 7 + 2 / 24, "ça a donné quoi")
    await user.press(follow_up, "Laisser tomber")
    await user.wait_for(lambda m: m is follow_up and "Laissé tomber" in m.plain_text)
    await user.reply(follow_up, "elle n'a pas encore répondu")
    already = await user.wait_for(lambda m: "déjà laissé tomber" in m.plain_text)
    assert _spaced(already.plain_text).splitlines() == [
        "🗑 Tu avais déjà laissé tomber « Montréal », demandé à Léa Martin : plus de relance. "
        "Touche ↩️ pour reprendre les relances.",
        "📝 Noté : « elle n'a pas encore répondu »",
    ]
    assert already.button_texts == ["↩️ Annuler"]
    (favor,) = await bot.repo.favors(8406)
    assert (favor.outcome, favor.reply) == ("dropped", "elle n'a pas encore répondu")

    await user.reply(follow_up, "finalement elle m'a répondu, merci")  # thanked after all
    await user.wait_for(lambda m: "tu as remercié Léa Martin" in m.plain_text)
    (favor,) = await bot.repo.favors(8406)
    assert (favor.closed, favor.outcome) == (True, "thanked")
    thanks = (await bot.repo.interactions(8406, "lea1"))[-1]
    assert (thanks.kind, thanks.note) == ("thanks", "finalement elle m'a répondu, merci")


async def test_ticking_more_than_fit_keeps_the_choice_and_says_how_many_fit(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    others = [Contact(f"c{i}", f"Person {i}", NOW) for i in range(MAX_CONTACTS_PER_USER - 1)]
    await bot.repo.add_contacts(8406, others)
    user = tg.user(8406, language_code="fr")
    await user.send_document("android_21.vcf", fixture("android_21.vcf"))
    preview = await user.next_message()
    await user.press(preview, "Choisir")
    await user.wait_for(lambda m: m is preview and "Choisis qui importer" in m.plain_text)
    first, second = preview.button_texts[:2]
    await user.press(preview, first)
    await user.wait_for(lambda m: m is preview and first.replace("⬜", "✅") in m.button_texts)
    await user.press(preview, second)
    ticked = await user.wait_for(
        lambda m: m is preview and "Importer les 2 cochés" in str(m.buttons)
    )
    await user.press(ticked, "Importer les 2 cochés")
    said = await user.next_message()  # was: the preview replaced by "je n'ai rien importé"
    assert _spaced(said.plain_text) == (
        "⚠️ Il ne rentre plus qu'un contact, et 2 sont à importer : je n'ai rien importé. "
        "Décoches-en dans l'aperçu ci-dessus (☑️ Choisir), puis réessaie."
    )
    await user.press(preview, second.replace("⬜", "✅"))  # untick one: the choice is still there
    await user.wait_for(lambda m: m is preview and "Importer la personne cochée" in str(m.buttons))
    await user.press(preview, "Importer la personne cochée")
    await user.wait_for(lambda m: m is preview and "importé" in m.plain_text)
    assert await bot.repo.count_contacts(8406) == MAX_CONTACTS_PER_USER
