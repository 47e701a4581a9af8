"""Importing a contacts file sent into the chat, end to end through the fake Bot API server."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model import Channel, Contact
from emulator import FakeTelegram
from services.repository import MAX_CONTACTS_PER_USER
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


async def test_linkedin_zip_preview_import_and_undo_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    marie = replace(
        person("m1", "Marie Dupont"),
        channels=(Channel("linkedin", "https://www.linkedin.com/in/marie-dupont-42"),),
    )
    await seed(bot.repo, 9101, marie)
    user = tg.user(9101, language_code="en")
    name = "Basic_LinkedInDataExport_12-07-2026.zip"
    await user.send_document(name, fixture(name), "application/zip")
    preview = await user.next_message()
    lines = preview.plain_text.splitlines()
    assert lines[0] == f"📥 5 people found in “{name}” (LinkedIn connections):"
    assert lines[1:4] == [
        "• 3 new",
        "   Thomas Bernard, Aiko Tanaka, Chloé Petit",
        "• 1 already in your contacts (one has empty fields the file could fill)",
    ]
    assert lines[4] == "   Marie Dupont (= Marie Dupont)"
    assert lines[5] == "• 1 unreadable (line 10)"
    assert "Nothing is saved yet" in lines[-1]
    assert preview.button_texts == [
        "📥 Import 3",
        "☑️ Choose",
        "🏷 Tag, rhythm, how we met",
        "✖️ Cancel",
    ]
    assert await bot.repo.count_contacts(9101) == 1  # nothing written before Import

    await user.press(preview, "Import 3")
    await user.wait_for(lambda m: m is preview and "Imported" in m.plain_text)
    assert preview.plain_text == (
        "✅ Imported: 3 new contacts, and 1 of your contacts completed with what the file had."
        " /list shows them."
    )
    contacts = {c.name: c for c in await bot.repo.contacts(9101)}
    assert sorted(contacts) == ["Aiko Tanaka", "Chloé Petit", "Marie Dupont", "Thomas Bernard"]
    thomas = contacts["Thomas Bernard"]
    assert thomas.work == "Ingénieur systèmes, avionique, Airbus"
    assert thomas.met == "connected on LinkedIn on 3 January 2025"
    assert Channel("email", "thomas.bernard@example.com") in thomas.channels
    completed = contacts["Marie Dupont"]  # only her empty fields are filled
    assert (completed.name, completed.channels[0], completed.met) == (
        marie.name,
        *marie.channels,
        "",
    )
    assert not marie.work
    assert completed.work

    await user.press(preview, "Undo import")
    await user.wait_for(lambda m: m is preview and "undone" in m.plain_text)
    assert preview.plain_text == (
        "↩️ Import undone: 3 contacts removed, and 1 of your contacts put back as it was."
    )
    assert await bot.repo.contacts(9101) == [marie]


async def test_vcf_with_defaults_in_french_and_undo_refused_after_an_edit(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9102, language_code="fr")
    await user.send_document("ios_30.vcf", fixture("ios_30.vcf"))
    preview = await user.next_message()
    assert preview.plain_text.splitlines()[:3] == [
        "📥 3 personnes trouvées dans « ios_30.vcf » (fiches contact) :",
        "• 3 nouvelles",
        "   Marie Dupont, Léa Martin, John Smith",
    ]
    # "étiquettes" as everywhere else in French (/tag, the card), not "Tag" and "des tags"
    await user.press(preview, "Étiquettes, rythme, rencontre")
    question = (await user.next_message()).plain_text
    assert "Qu'est-ce qu'ils reçoivent tous ? Au choix : des étiquettes, un rythme" in question
    await user.send("n'importe quoi")
    assert "Écris des étiquettes (#linkedin)" in (await user.next_message()).plain_text
    await user.send("#stage tous les 3 mois rencontre : stage chez Ubisoft")
    assert "C'est noté" in (await user.next_message()).plain_text
    again = await user.next_message()
    assert "🏷 Pour tout le monde : #stage · Tous les 3 mois · rencontre : stage chez Ubisoft" in (
        again.plain_text
    )
    await user.wait_for(lambda m: m is preview and not m.button_texts)
    await user.press(again, "Importer 3")
    await user.wait_for(lambda m: m is again and "importé" in m.plain_text)
    assert again.plain_text == "✅ C'est importé : 3 nouveaux contacts. /list pour les voir."
    added = await bot.repo.contacts(9102)
    assert {(c.tags, c.cadence, c.met) for c in added} == {(("stage",), "3m", "stage chez Ubisoft")}
    marie = next(c for c in added if c.name == "Marie Dupont")
    assert marie.birthday is not None
    assert marie.birthday.year is None

    await bot.repo.save_contact(9102, replace(marie, work="CTO"))  # edited since the import
    query = await user.press(again, "Annuler l'import")
    answer = await user.callback_answer(query)
    assert (answer.text or "").startswith("Certains ont été modifiés")
    assert await bot.repo.count_contacts(9102) == 3


async def test_duplicates_across_formats_are_reported_not_merged(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    lea = replace(person("l1", "LEA MARTIN"))
    phone = replace(person("p1", "Marie D."), channels=(Channel("phone", "+33611223344"),))
    email = replace(person("e1", "J."), channels=(Channel("email", "john@example.org"),))
    await seed(bot.repo, 9103, lea, phone, email)
    user = tg.user(9103, language_code="en")
    await user.send_document("ios_30.vcf", fixture("ios_30.vcf"))
    preview = await user.next_message()
    assert "• no one new" in preview.plain_text
    assert "Marie Dupont (= Marie D.), Léa Martin (= LEA MARTIN), John Smith (= J.)" in (
        preview.plain_text
    )
    assert "No one new, but the file can complete 3 of your contacts" in preview.plain_text
    assert preview.button_texts == ["📥 Complete 3", "✖️ Cancel"]
    await user.press(preview, "Cancel")
    await user.wait_for(lambda m: m is preview and "cancelled" in m.plain_text)
    assert await bot.repo.contacts(9103) == [lea, phone, email]


async def test_every_fixture_gets_its_answer(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9104, language_code="en")
    expected = {
        "android_21.vcf": "📥 4 people found",
        "card_40.vcf": "📥 One person found",
        "Connections.csv": "📥 5 people found",
        "google_contacts.csv": "📥 3 people found",
        "google_legacy.csv": "📥 One person found",
        "contacts_fr.csv": "📥 3 people found",
        "unknown_columns.csv": "🤔 I can't find any contacts in “unknown_columns.csv”.",
        "broken.vcf": "🤔 “broken.vcf” holds no one I can read. Unreadable: card 1.",
    }
    for name, start in expected.items():
        await user.send_document(name, fixture(name), "text/csv")
        assert (await user.next_message()).plain_text.startswith(start), name
    android = next(m for m in user.messages if "android_21" in m.plain_text)
    assert "• 1 unreadable (card 3)" in android.plain_text
    assert "Éloïse Lefèvre (Airbus), Jörg Müller, Minh Nguyen" in android.plain_text
    unknown = user.messages[-2].plain_text
    assert "<code>" not in unknown
    assert "First Name" in unknown
    assert await bot.repo.count_contacts(9104) == 0


async def test_a_file_over_20_mb_is_not_downloaded(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9105, language_code="fr")
    await user.send_document("tout.vcf", b"BEGIN:VCARD", file_size=25 * 1024 * 1024)
    answer = (await user.next_message()).plain_text
    assert answer.startswith("📦 Ce fichier fait 25 Mo : Telegram me laisse télécharger 20 Mo")
    assert tg.count("getFile") == 0


async def test_an_import_past_the_limit_writes_nothing(bot: RunningBot, tg: FakeTelegram) -> None:
    others = [Contact(f"c{i}", f"Person {i}", NOW) for i in range(MAX_CONTACTS_PER_USER - 2)]
    await bot.repo.add_contacts(9106, others)
    user = tg.user(9106, language_code="en")
    await user.send_document("android_21.vcf", fixture("android_21.vcf"))
    preview = await user.next_message()
    assert "You can keep 2,000 contacts: only 2 more fit." in preview.plain_text
    assert preview.button_texts == ["📥 Import the first 2", "☑️ Choose", "✖️ Cancel"]
    await bot.repo.delete_contact(9106, "c0")  # room for 3 now: the file is read again
    await user.send_document("android_21.vcf", fixture("android_21.vcf"))
    second = await user.next_message()
    await bot.repo.add_contacts(9106, [Contact("x1", "Someone", NOW)])  # room for 2 again
    await user.press(second, "Import 3")
    await user.wait_for(lambda m: "Only 2 more contacts fit, and 3" in m.plain_text)
    assert "☑️ Choose" in second.button_texts  # the preview stays, to choose fewer
    assert await bot.repo.count_contacts(9106) == MAX_CONTACTS_PER_USER - 2


async def test_a_double_tap_imports_once(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(9107, language_code="en")
    await user.send_document("card_40.vcf", fixture("card_40.vcf"))
    preview = await user.next_message()
    data = preview.find_button("Import 1").callback_data
    assert data is not None
    await user.press_data(preview, data)
    second = await user.press_data(preview, data)
    answer = await user.callback_answer(second)
    assert answer.text is not None
    await user.wait_for(lambda m: m is preview and "Imported" in m.plain_text)
    assert [c.name for c in await bot.repo.contacts(9107)] == ["Sofia Rossi"]


async def test_choose_ticks_people_across_pages(bot: RunningBot, tg: FakeTelegram) -> None:
    rows = "".join(f"Person {n};+33 6 12 34 56 {n:02d}\n" for n in range(1, 11))
    user = tg.user(9108, language_code="fr")
    await user.send_document("equipe.csv", f"Nom complet;Téléphone\n{rows}".encode())
    preview = await user.next_message()
    await user.press(preview, "Choisir")
    await user.wait_for(lambda m: m is preview and "Choisis qui importer" in m.plain_text)
    assert "Personne n'est coché" in preview.plain_text
    assert preview.button_texts[:2] == ["⬜ Person 1", "⬜ Person 2"]
    assert preview.button_texts[8:] == ["◀", "1/2", "▶", "✖️ Annuler"]
    await user.press(preview, "⬜ Person 2")
    await user.wait_for(lambda m: m is preview and "✅ Person 2" in m.button_texts)
    assert "1 coché." in preview.plain_text
    await user.press(preview, "▶")
    await user.wait_for(lambda m: m is preview and "⬜ Person 10" in m.button_texts)
    await user.press(preview, "⬜ Person 10")
    await user.wait_for(lambda m: m is preview and "Importer les 2 cochés" in m.button_texts[-2])
    await user.press(preview, "Importer les 2 cochés")
    await user.wait_for(lambda m: m is preview and "importé" in m.plain_text)
    assert sorted(c.name for c in await bot.repo.contacts(9108)) == ["Person 10", "Person 2"]
    stale = await user.press_data(preview, "imp:t:3:0")  # a tick after the import
    assert (await user.callback_answer(stale)).text  # "this button is no longer valid"
    assert await bot.repo.count_contacts(9108) == 2


_SENT: list[int] = [0]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda t: f"BEGIN:VCARD\nFN:{t}\nEND:VCARD\n".encode()),
        st.text(max_size=300).map(lambda t: f"First Name,Email\n{t}".encode()),
    ),
    name=st.sampled_from(["x.vcf", "x.csv"]),
)
async def test_any_bytes_get_an_answer_and_never_a_partial_write(
    bot: RunningBot, tg: FakeTelegram, data: bytes, name: str
) -> None:
    _SENT[0] += 1
    user = tg.user(9200 + _SENT[0], language_code="en")
    await user.send_document(name, data)
    answer = await user.next_message()
    assert answer.plain_text.startswith(("📥", "🤔")), answer.plain_text
    assert await bot.repo.count_contacts(user.chat_id) == 0
    if "Import" in " ".join(answer.button_texts):
        await user.press(answer, "Import")
        await user.wait_for(lambda m: m is answer and "Imported" in m.plain_text)
        assert await bot.repo.count_contacts(user.chat_id) == int(
            answer.plain_text.split()[2] if "new contacts" in answer.plain_text else 1
        )
    assert not tg.server_errors


async def test_names_are_shown_as_written_not_as_html(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 9109, person("k1", "Zoé <i>"))
    user = tg.user(9109, language_code="en")
    data = b"Name,Email\nTom <b>& Co,tom@example.com\nzoe <i>,\n"
    await user.send_document("odd & <names>.csv", data)
    preview = (await user.next_message()).plain_text
    assert "found in “odd & <names>.csv”" in preview
    assert "   Tom <b>& Co\n" in preview
    assert "   zoe <i> (= Zoé <i>)\n" in preview


async def test_someone_twice_in_the_file_is_imported_once(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9110, language_code="fr")
    await user.send_document("deux.vcf", fixture("card_40.vcf") * 2)
    preview = await user.next_message()
    assert "• 1 en double dans le fichier, gardée une fois (fiche 2)" in preview.plain_text
    await user.press(preview, "Importer 1")
    await user.wait_for(lambda m: m is preview and "importé" in m.plain_text)
    assert [c.name for c in await bot.repo.contacts(9110)] == ["Sofia Rossi"]


@pytest.mark.parametrize("killed_at", [1, 2])
async def test_a_crash_inside_the_import_write_leaves_nothing_half_written(
    bot: RunningBot, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch, killed_at: int
) -> None:
    """Killed during the import's first (or, if it wrote twice, second) write of the user's
    file: after a restart either no one of the file is there and no contact changed, or all."""
    lea = person("l1", "LEA MARTIN")  # in the file, with empty fields it could fill
    await seed(bot.repo, 9120, lea)
    user = tg.user(9120, language_code="fr")
    await user.send_document("ios_30.vcf", fixture("ios_30.vcf"))
    preview = await user.next_message()
    assert preview.button_texts[0] == "📥 Importer 2"
    replace_file = os.replace
    writes: list[str | Path] = []

    def killed(source: str | Path, target: str | Path, **folder: int | None) -> None:
        if Path(target).name == "9120.json":
            writes.append(target)
            if len(writes) == killed_at:  # the temporary file is written, not renamed
                raise SystemError("killed during the write")
        replace_file(source, target, **folder)

    monkeypatch.setattr(os, "replace", killed)
    await user.press(preview, "Importer 2")
    answer = await user.wait_for(
        lambda m: (m is preview and "importé" in m.plain_text) or "Désolé" in m.plain_text
    )
    monkeypatch.undo()
    crashed = len(writes) >= killed_at
    await bot.restart()
    contacts = await bot.repo.contacts(9120)
    if crashed:
        assert answer.plain_text.startswith("😕 Désolé, un problème est survenu")
        assert contacts == [lea]  # no one added, Léa not half filled
    else:  # the import wrote once, before the second write it would have been killed in
        assert answer.plain_text.startswith("✅ C'est importé : 2 nouveaux contacts, et 1 de")
        assert [c.name for c in contacts] == ["LEA MARTIN", "Marie Dupont", "John Smith"]
        assert contacts[0].channels
    users = bot.settings.data_dir / "users"
    assert not [p for p in users.iterdir() if p.name.endswith(".tmp")]
    assert not tg.server_errors
    if not crashed:
        return

    await user.send_document("ios_30.vcf", fixture("ios_30.vcf"))  # sent again: all of it
    again = await user.next_message()
    await user.press(again, "Importer 2")
    await user.wait_for(lambda m: m is again and "importé" in m.plain_text)
    assert again.plain_text == (
        "✅ C'est importé : 2 nouveaux contacts, et 1 de tes contacts complété"
        " avec les infos du fichier. /list pour les voir."
    )
    contacts = await bot.repo.contacts(9120)
    assert [c.name for c in contacts] == ["LEA MARTIN", "Marie Dupont", "John Smith"]
    assert contacts[0].channels


async def test_a_file_of_known_people_only_completes_them_and_undo_puts_them_back(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    lea = person("l1", "LEA MARTIN", work="SNCF")  # her work stays: only empty fields fill
    marie = replace(person("p1", "Marie D."), channels=(Channel("phone", "+33611223344"),))
    john = replace(person("e1", "J."), channels=(Channel("email", "john@example.org"),))
    await seed(bot.repo, 9121, lea, marie, john)
    user = tg.user(9121, language_code="fr")
    await user.send_document("ios_30.vcf", fixture("ios_30.vcf"))
    preview = await user.next_message()
    assert "Personne de nouveau, mais le fichier peut compléter 3 de tes contacts" in (
        preview.plain_text
    )
    assert preview.button_texts == ["📥 Compléter 3", "✖️ Annuler"]
    await user.press(preview, "Compléter 3")
    await user.wait_for(lambda m: m is preview and "importé" in m.plain_text)
    assert preview.plain_text == (
        "✅ C'est importé : personne de nouveau, et 3 de tes contacts complétés"
        " avec les infos du fichier. /list pour les voir."
    )
    completed = {c.contact_id: c for c in await bot.repo.contacts(9121)}
    assert completed["l1"].work == "SNCF"
    assert completed["l1"].channels
    assert completed["p1"].channels[0] == Channel("phone", "+33611223344")
    assert completed["p1"].birthday is not None

    await user.press(preview, "Annuler l'import")
    await user.wait_for(lambda m: m is preview and "annulé" in m.plain_text)
    assert preview.plain_text == (
        "↩️ Import annulé : aucun contact retiré, et 3 de tes contacts remis comme avant."
    )
    assert await bot.repo.contacts(9121) == [lea, marie, john]
