"""The dialog owns its questions: other commands close them, buttons-only steps want buttons,
a duplicate name is flagged wherever it is typed, an open /add survives a restart, a question
left open times out, and the persistence file is written atomically."""

from __future__ import annotations

import asyncio
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot
from telegram.ext import ConversationHandler, Job

from bot.context import UserState
from bot.persistence import FILE_NAME, AtomicPicklePersistence
from core.model import Contact
from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from storage.tinydb.atomic import write_atomic
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed

WORDS = {
    "fr": {
        "met": "Comment et où as-tu rencontré Marie",
        "closed": "J'ai refermé la question sur « Rencontre » pour Marie.",
        "not-saved": "Rien n'a été enregistré",
        "empty-list": "Tu n'as encore aucun contact",
        "stray": "Je ne sais pas trop quoi faire de ce message",
        "twin": "Tu as déjà Marie Dupont",
        "use-buttons": "Utilise les boutons ci-dessus",
        "anyway": "Ajouter quand même",
        "open": "Ouvrir sa fiche",
        "cancel": "Annuler",
        "place": "Où habite Marie Curie",
        "timed-out": "Pas de réponse depuis 30 minutes : j'ai refermé la question en cours.",
        "timezone-closed": "J'ai refermé la question sur ton fuseau horaire.",
        "note-closed": "J'ai refermé la question sur la note pour Marie Dupont.",
        "help": "Ce que je sais faire",
        "expired": "Ce bouton n'est plus valable.",
    },
    "en": {
        "met": "How and where did you meet Marie",
        "closed": "I closed the question about “How you met” for Marie.",
        "not-saved": "Nothing was saved",
        "empty-list": "You have no contacts yet",
        "stray": "I'm not sure what to do with that",
        "twin": "You already have Marie Dupont",
        "use-buttons": "Use the buttons above",
        "anyway": "Add anyway",
        "open": "Open their card",
        "cancel": "Cancel",
        "place": "Where does Marie Curie live",
        "timed-out": "No answer for 30 minutes, so I closed the open question.",
        "timezone-closed": "I closed the question about your time zone.",
        "note-closed": "I closed the question about the note for Marie Dupont.",
        "help": "What I can do",
        "expired": "This button is no longer valid.",
    },
}
LANGUAGES = pytest.mark.parametrize("language", ["fr", "en"])


def said(message: BotMessage) -> str:
    """The message as read, with no-break spaces as plain ones."""
    return message.plain_text.replace("\u00a0", " ").replace("\u202f", " ")


async def reply(user: FakeUser, text: str) -> str:
    await user.send(text)
    return said(await user.next_message())


@LANGUAGES
async def test_another_command_closes_the_question_and_still_runs(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    user = tg.user(9101, language_code=language)
    assert words["met"] in await reply(user, "/add Marie")

    closed = await reply(user, "/list")
    assert words["closed"] in closed
    assert words["not-saved"] in closed
    assert words["empty-list"] in said(await user.next_message())  # /list did run

    # What follows is no longer an answer: the usual hint, and nothing stored.
    assert words["stray"] in await reply(user, "how are you")
    assert await bot.repo.contacts(9101) == []
    assert bot.app.user_data[9101].draft is None


@LANGUAGES
async def test_typed_text_at_the_duplicate_warning_wants_the_buttons(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    await seed(bot.repo, 9102, person("m1", "Marie Dupont"))
    user = tg.user(9102, language_code=language)
    await user.send("/add Marie Dupont")
    warning = await user.next_message()
    assert words["twin"] in said(warning)

    assert words["use-buttons"] in await reply(user, "oui")
    assert words["use-buttons"] in await reply(user, "/skip")
    draft = bot.app.user_data[9102].draft
    assert draft is not None
    assert draft.name == "Marie Dupont"  # not renamed "oui"

    await user.press(warning, words["anyway"])
    assert words["met"] in said(await user.next_message())


# Form buttons no question of the open /add offers: values out of their type, a place never
# offered, another question's button, and another user's contact behind "Open their card".
FORGED = ("form:field:zzz", "form:cad:zzz", "form:place:99", "form:place:keep", "form:save")


@LANGUAGES
async def test_a_forged_form_button_changes_nothing_and_the_add_goes_on(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    await seed(bot.repo, 9110, person("x1", "Xavier"))
    await seed(bot.repo, 9111, person("m1", "Marie Dupont"))
    user = tg.user(9111, language_code=language)
    await user.send("/add Marie Dupont")
    warning = await user.next_message()
    assert words["twin"] in said(warning)
    draft = bot.app.user_data[9111].draft

    for data in ("form:open:x1", "form:open:nobody", *FORGED):
        answer = await user.callback_answer(await user.press_data(warning, data))
        assert (answer.text, answer.show_alert) == (words["expired"], True), data
    await user.no_message()  # no card of Xavier's, no other question
    assert bot.app.user_data[9111].draft == draft

    await user.press(warning, words["anyway"])  # the warning is still the open question
    question = await user.next_message()
    assert words["met"] in said(question)
    for data in FORGED:
        answer = await user.callback_answer(await user.press_data(question, data))
        assert (answer.text, answer.show_alert) == (words["expired"], True), data
    await user.no_message()

    assert words["place"].replace("Marie Curie", "Marie Dupont") in await reply(user, "at work")
    for _ in range(7):
        await user.send("/skip")
        await user.next_message()
    await user.press(user.last, "💾")
    await user.next_message()
    assert sorted(c.met for c in await bot.repo.contacts(9111)) == ["", "at work"]
    assert [c.name for c in await bot.repo.contacts(9110)] == ["Xavier"]


@LANGUAGES
async def test_a_rename_at_the_summary_is_checked_for_namesakes(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    await seed(bot.repo, 9103, person("m1", "Marie Dupont"))
    user = tg.user(9103, language_code=language)
    await user.send("/add Léa")
    await user.next_message()
    for _ in range(8):
        await user.send("/skip")
        await user.next_message()
    summary = user.last
    assert words["use-buttons"] in await reply(user, "Marie Dupont")  # the summary wants buttons
    await user.press(summary, "✏️")
    fields = await user.next_message()
    await user.press(fields, "Nom" if language == "fr" else "Name")
    await user.next_message()

    warning = await reply_message(user, "marie dupont")
    assert words["twin"] in said(warning)
    for label in (words["open"], words["anyway"], words["cancel"]):
        warning.find_button(label)
    await user.press(warning, words["anyway"])
    summary = await user.next_message()
    assert "marie dupont" in said(summary)  # back to the summary, renamed
    await user.press(summary, "💾")
    await user.next_message()
    assert sorted(c.name for c in await bot.repo.contacts(9103)) == ["Marie Dupont", "marie dupont"]


@LANGUAGES
async def test_a_rename_with_edit_is_checked_for_namesakes(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    await seed(bot.repo, 9104, person("m1", "Marie Dupont"), person("l1", "Léa Martin"))
    user = tg.user(9104, language_code=language)
    await user.send("/edit Léa")
    fields = await user.next_message()
    assert words["use-buttons"] in await reply(user, "Nom")  # the picker wants buttons
    await user.press(fields, "Nom" if language == "fr" else "Name")
    await user.next_message()

    warning = await reply_message(user, "Marie Dupont")
    assert words["twin"] in said(warning)
    assert words["use-buttons"] in await reply(user, "oui")
    await user.press(warning, words["cancel"])
    await user.next_message()
    assert (await bot.repo.get_contact(9104, "l1")).name == "Léa Martin"  # type: ignore[union-attr]

    await user.send("/edit Léa")
    await user.press(await user.next_message(), "Nom" if language == "fr" else "Name")
    await user.next_message()
    warning = await reply_message(user, "Marie Dupont")
    await user.press(warning, words["anyway"])
    await user.next_message()  # updated
    assert (await bot.repo.get_contact(9104, "l1")).name == "Marie Dupont"  # type: ignore[union-attr]


async def reply_message(user: FakeUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.next_message()


@LANGUAGES
async def test_an_open_add_survives_a_restart(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    user = tg.user(9105, language_code=language)
    await user.send("/add")
    await user.next_message()
    assert words["met"] in await reply(user, "Marie Curie")
    assert words["place"] in await reply(user, "au labo, à Paris")

    await bot.restart()

    await user.send("/skip")  # the place question is still the open one
    await user.next_message()
    for _ in range(6):
        await user.send("/skip")
        await user.next_message()
    summary = user.last
    assert "Marie Curie" in said(summary)
    assert "au labo, à Paris" in said(summary)
    await user.press(summary, "💾")
    await user.next_message()
    [saved] = await bot.repo.contacts(9105)
    assert (saved.name, saved.met) == ("Marie Curie", "au labo, à Paris")


@LANGUAGES
async def test_a_question_left_open_times_out(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    user = tg.user(9106, language_code=language)
    await user.send("/add Marie")
    await user.next_message()
    await user.send("au labo")
    await user.next_message()
    timeout = await _timeout_job(bot)
    timeout.schedule_removal()
    await timeout.run(bot.app)  # as if 30 minutes had passed

    notice = said(await user.next_message())
    assert words["timed-out"] in notice
    assert words["not-saved"] in notice
    assert words["stray"] in await reply(user, "Lyon")  # no longer read as the city
    assert await bot.repo.contacts(9106) == []


async def _timeout_job(bot: RunningBot) -> Job[Any]:
    """The dialog's timeout job, once the handler that asked the question has returned."""
    queue = bot.app.job_queue
    assert queue is not None
    for _ in range(200):
        jobs = [job for job in queue.jobs() if job.name == "_trigger_timeout"]
        if jobs:
            [job] = jobs
            return job
        await asyncio.sleep(0.01)
    raise AssertionError("no timeout job")


@LANGUAGES
async def test_onboarding_and_the_note_question_close_too(
    bot: RunningBot, tg: FakeTelegram, language: str
) -> None:
    words = WORDS[language]
    user = tg.user(9107, language_code=language)
    await user.send("/start")
    await user.next_message()
    await user.next_message()  # where do you live?
    assert words["timezone-closed"] in await reply(user, "/help")
    assert words["help"] in said(await user.next_message())
    assert words["stray"] in await reply(user, "Montréal")
    profile = await bot.repo.get_profile(9107)
    assert profile is not None
    assert profile.timezone is None

    await seed(bot.repo, 9107, person("m1", "Marie Dupont"))
    await user.send("/contact Marie")
    card = await user.next_message()
    await user.press(card, "✅")
    await user.next_message()  # what did you talk about?
    assert words["note-closed"] in await reply(user, "/list")
    await user.next_message()  # the list
    assert words["stray"] in await reply(user, "un café")
    assert (await bot.repo.contacts(9107))[0].last_contact_at is None


async def test_a_state_from_an_older_version_does_not_block_commands(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(9108, language_code="en")
    [dialog] = [h for h in bot.app.handlers[0] if isinstance(h, ConversationHandler)]
    dialog._conversations[9108, 9108] = "gone:question"  # as restored from an older file
    assert "I closed the open question." in await reply(user, "/add Marie")
    assert "How and where did you meet Marie" in said(await user.next_message())


# -- the persistence file ----------------------------------------------------------------------


async def _persistence(folder: Path) -> AtomicPicklePersistence:
    store = AtomicPicklePersistence(folder, update_interval=60)
    store.set_bot(Bot("123:abc"))
    return store


async def test_every_dump_goes_through_write_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []

    def spy(path: Path, payload: bytes) -> None:
        written.append(path)
        write_atomic(path, payload)

    monkeypatch.setattr("bot.persistence.write_atomic", spy)
    store = await _persistence(tmp_path)
    state = UserState(draft=Contact("c1", "Marie", NOW))
    await store.update_user_data(7, state)
    await store.update_conversation("dialog", (7, 7), "add:met")
    await store.update_user_data(8, UserState(pending_note="great chat"))
    await asyncio.sleep(0)  # the batch of changes is done: one write follows
    assert written == [tmp_path / FILE_NAME]
    await store.update_conversation("dialog", (7, 7), "add:place")
    await store.flush()  # as at shutdown: at once
    assert written == [tmp_path / FILE_NAME] * 2
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600

    again = await _persistence(tmp_path)
    assert await again.get_conversations("dialog") == {(7, 7): "add:place"}
    assert (await again.get_user_data())[7] == state


async def test_a_failed_dump_leaves_the_previous_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await _persistence(tmp_path)
    await store.update_conversation("dialog", (7, 7), "add:met")
    await store.flush()
    before = (tmp_path / FILE_NAME).read_bytes()

    def crash(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    await store.update_conversation("dialog", (7, 7), "add:place")
    with pytest.raises(OSError, match="disk full"):
        await store.flush()
    monkeypatch.undo()
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [FILE_NAME]  # no temporary left
    assert pickle.loads(before)["conversations"] == {"dialog": {(7, 7): "add:met"}}


def test_a_state_pickled_by_an_older_version_gets_the_new_fields() -> None:
    state = UserState(pending_note="great chat")
    saved = state.__dict__.copy()
    del saved["memos"]  # a field this version added
    restored = UserState.__new__(UserState)
    restored.__setstate__(saved)
    assert restored == UserState(pending_note="great chat")
