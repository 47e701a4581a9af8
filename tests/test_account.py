"""/export (full backup, vCard, spreadsheet), /deleteme, and restoring a backup sent back."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import time, timedelta

import vobject

from core.model import Birthday, Channel, Favor, UserProfile
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import NOW, note, person, seed

USER = 8001
PROFILE = UserProfile(
    USER,
    NOW - timedelta(days=100),
    language="fr",
    timezone="America/Toronto",
    nudge_time=time(8, 0),
    onboarded=True,
    daily_max=5,
    nudge_days=(1, 3, 5),
)
LEA = person(
    "l1",
    "Léa Martin",
    last_days_ago=40,
    tags=("lyon", "airbus"),
    met="stage chez Airbus à Hambourg",
    work="data scientist",
    interests=("escalade", "jazz"),
    channels=(Channel("phone", "+33612345678"), Channel("email", "lea@example.fr")),
    birthday=Birthday(14, 3, 1994),
)
ZOE = person(
    "z1",
    "Zoé Éloïse Dubreuil",
    last_days_ago=3,
    cadence="2w",
    channels=(Channel("phone", "+4930123456"),),
    birthday=Birthday(9, 12),
)
TRAP = person("t1", '=HYPERLINK("http://x";"clic")', work="+33 1 23", met="@home", place="-1")


async def _seed_everything(bot: RunningBot) -> None:
    await bot.repo.save_profile(PROFILE)
    await seed(bot.repo, USER, LEA, ZOE, TRAP)
    await note(bot.repo, USER, "l1", 40, "café à la gare")
    await note(bot.repo, USER, "z1", 3, "appel")
    at = NOW - timedelta(days=2)
    favor = Favor("f1", "l1", "Montréal", at, at.date(), at.date() + timedelta(days=7))
    await bot.repo.save_favor(USER, favor)


async def _export(user: object, label: str) -> BotMessage:
    await user.send("/export")  # type: ignore[attr-defined]
    menu = await user.next_message()  # type: ignore[attr-defined]
    await user.press(menu, label)  # type: ignore[attr-defined]
    sent: BotMessage = await user.next_message()  # type: ignore[attr-defined]
    assert sent.document is not None
    return sent


async def test_export_deleteme_and_restore_give_back_the_same_account(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await _seed_everything(bot)
    user = tg.user(USER, first_name="Léa", language_code="fr")
    await user.send("/list")
    listed = (await user.next_message()).plain_text
    await user.send("/contact Léa")
    card = (await user.next_message()).plain_text
    before = (
        await bot.repo.contacts(USER),
        await bot.repo.all_interactions(USER),
        await bot.repo.favors(USER),
    )

    backup = await _export(user, "📦 Sauvegarde complète")
    assert backup.document is not None
    assert backup.document.filename == "garder-contact-2026-03-02.json"
    assert "reste dans l'historique de cette conversation" in backup.plain_text
    document = json.loads(backup.document.content)
    assert (document["format"], document["version"]) == ("garder-contact-backup", 1)

    await user.send("/deleteme")
    confirm = await user.next_message()
    assert "tes contacts : 3" in confirm.plain_text
    assert "les échanges notés : 2" in confirm.plain_text
    assert "les coups de main demandés : 1" in confirm.plain_text
    assert "/export" in confirm.plain_text
    await user.press(confirm, "🗑 Tout effacer")
    await user.wait_for(lambda m: m is confirm and "j'ai tout effacé" in m.plain_text)
    assert confirm.button_texts == []
    assert await bot.repo.get_profile(USER) is None
    assert await bot.repo.contacts(USER) == []
    assert bot.app.bot_data.due.when(USER) is None
    assert not (bot.settings.data_dir / "users" / f"{USER}.json").exists()

    await user.send("/start")  # a fresh start: greeted as a newcomer
    assert "Salut Léa" in (await user.next_message()).plain_text
    assert "où habites-tu" in (await user.next_message()).plain_text
    await user.send("/cancel")
    await user.next_message()

    await user.send_document(backup.document.filename, backup.document.content, "application/json")
    offer = await user.next_message()
    assert "sauvegarde Garder Contact : 3 contacts, 2 échanges notés" in offer.plain_text
    await user.press(offer, "✅ Restaurer")
    await user.wait_for(lambda m: m is offer and "C'est restauré : 3 contacts" in m.plain_text)

    restored = await bot.repo.get_profile(USER)
    assert restored == replace(PROFILE, telegram_language="fr")
    after = (
        await bot.repo.contacts(USER),
        await bot.repo.all_interactions(USER),
        await bot.repo.favors(USER),
    )
    assert after == before
    assert bot.app.bot_data.due.when(USER) is not None
    await user.send("/list")
    assert (await user.next_message()).plain_text == listed
    await user.send("/contact Léa")
    assert (await user.next_message()).plain_text == card

    # Sent again, now into a full account: refused, nothing changes.
    await user.send_document(backup.document.filename, backup.document.content, "application/json")
    refused = (await user.next_message()).plain_text
    assert "que dans un compte vide" in refused
    assert "/deleteme" in refused
    assert len(await bot.repo.contacts(USER)) == 3


async def test_the_backup_survives_a_restart_and_other_json_is_refused(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await _seed_everything(bot)
    user = tg.user(USER, language_code="fr")
    backup = await _export(user, "📦 Sauvegarde complète")
    assert backup.document is not None
    await user.send("/deleteme")
    confirm = await user.next_message()
    await user.press(confirm, "🗑 Tout effacer")
    await user.wait_for(lambda m: m is confirm and "effacé" in m.plain_text)
    await bot.restart()
    assert await bot.repo.get_profile(USER) is None

    await user.send_document("notes.json", b'{"hello": "world"}', "application/json")
    assert "n'est pas une sauvegarde" in (await user.next_message()).plain_text
    broken = backup.document.content.replace(b'"contacts"', b'"contactz"')
    await user.send_document("garder-contact-2026-03-02.json", broken, "application/json")
    assert "abîmée" in (await user.next_message()).plain_text
    await user.send_document("garder-contact-2026-03-02.json", backup.document.content)
    offer = await user.next_message()
    await user.press(offer, "↩️ Non merci")
    await user.wait_for(lambda m: m is offer and "rien restauré" in m.plain_text)
    assert await bot.repo.contacts(USER) == []
    await user.send_document("garder-contact-2026-03-02.json", backup.document.content)
    offer = await user.next_message()
    await user.press(offer, "✅ Restaurer")
    await user.wait_for(lambda m: m is offer and "restauré" in m.plain_text)
    assert bot.app.bot_data.due.when(USER) is not None  # nudged again without a restart
    await bot.restart()
    assert [c.name for c in await bot.repo.contacts(USER)] == [LEA.name, ZOE.name, TRAP.name]
    assert len(await bot.repo.interactions(USER, "l1")) == 1


async def test_the_vcard_reads_back_to_the_same_people(bot: RunningBot, tg: FakeTelegram) -> None:
    await _seed_everything(bot)
    user = tg.user(USER, language_code="fr")
    sent = await _export(user, "📇 Pour mon téléphone")
    assert sent.document is not None
    assert sent.document.filename == "garder-contact-2026-03-02.vcf"
    assert "format vCard" in sent.plain_text
    text = sent.document.content.decode()
    cards = list(vobject.readComponents(text))
    assert [card.version.value for card in cards] == ["3.0"] * 3
    assert [card.fn.value for card in cards] == [LEA.name, ZOE.name, TRAP.name]
    assert [[t.value for t in card.contents.get("tel", [])] for card in cards] == [
        ["+33612345678"],
        ["+4930123456"],
        [],
    ]
    assert [[e.value for e in card.contents.get("email", [])] for card in cards] == [
        ["lea@example.fr"],
        [],
        [],
    ]
    assert [card.bday.value if "bday" in card.contents else None for card in cards] == [
        "1994-03-14",
        "--12-09",
        None,
    ]
    assert cards[0].categories.value == ["lyon", "airbus"]


async def test_the_spreadsheet_keeps_accents_and_runs_no_formula(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await _seed_everything(bot)
    user = tg.user(USER, language_code="en")
    await bot.repo.save_profile(replace(PROFILE, language="en"))
    sent = await _export(user, "📊 Spreadsheet")
    assert sent.document is not None
    assert sent.document.filename == "garder-contact-2026-03-02.csv"
    assert "stays in this chat's history" in sent.plain_text
    content = sent.document.content
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "Phones", "E-mails"]
    assert rows[2][0] == "Zoé Éloïse Dubreuil"
    assert rows[1][9] == "#lyon #airbus"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert rows[3][0] == '\'=HYPERLINK("http://x";"clic")'
    assert "'+33 1 23" in rows[3]
    assert "'@home" in rows[3]


async def test_deleteme_in_english_can_be_called_off(bot: RunningBot, tg: FakeTelegram) -> None:
    await _seed_everything(bot)
    await bot.repo.save_profile(replace(PROFILE, language="en"))
    user = tg.user(USER, language_code="en")
    await user.send("/deleteme")
    confirm = await user.next_message()
    assert "Erase everything?" in confirm.plain_text
    assert "your contacts: 3" in confirm.plain_text
    assert "first use /export" in confirm.plain_text
    await user.press(confirm, "↩️ Keep my data")
    await user.wait_for(lambda m: m is confirm and "Nothing was erased" in m.plain_text)
    assert len(await bot.repo.contacts(USER)) == 3
    await user.send("/export")
    menu = await user.next_message()
    assert menu.button_texts == ["📦 Full backup", "📇 For my phone", "📊 Spreadsheet"]


async def test_exporting_stores_nothing_about_a_newcomer(bot: RunningBot, tg: FakeTelegram) -> None:
    user = tg.user(8003, language_code="en")
    await user.send("/export")  # nothing stored: no empty file, what to do first
    answer = await user.next_message()
    assert answer.document is None
    assert answer.buttons == []
    assert answer.plain_text.startswith("📤 Nothing to export yet: you have no contacts. Add ")
    assert "/add" in answer.plain_text
    assert ".vcf" in answer.plain_text
    assert await bot.repo.get_profile(8003) is None
    assert not (bot.settings.data_dir / "users" / "8003.json").exists()
    await seed(bot.repo, 8003, person("a1", "Ana"))  # contacts, no profile: still none stored
    sent = await _export(user, "📦 Full backup")
    assert "your contacts (1)" in sent.plain_text
    assert sent.document is not None
    assert json.loads(sent.document.content)["contacts"][0]["name"] == "Ana"
    assert await bot.repo.get_profile(8003) is None


async def test_erasing_while_a_question_is_open_closes_it_first(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await seed(bot.repo, 8004, person("a1", "Léa Martin"))
    user = tg.user(8004, language_code="fr")
    await user.send("/deleteme")
    confirm = await user.next_message()
    await user.send("/add Bob")
    assert "rencontré Bob" in (await user.next_message()).plain_text
    await user.press(confirm, "🗑 Tout effacer")
    assert "J'ai refermé la question" in (await user.next_message()).plain_text
    await user.wait_for(lambda m: m is confirm and "j'ai tout effacé" in m.plain_text)
    assert await bot.repo.contacts(8004) == []
    await user.send("un salon")  # no longer read as how they met Bob
    assert "rencontré" not in (await user.next_message()).plain_text
    assert await bot.repo.contacts(8004) == []
