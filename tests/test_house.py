"""Cross-cutting behaviour of the app's wiring: HTML escaping on edits, errors after a press."""

from __future__ import annotations

import pytest

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed, stored
from tests.test_nudges import onboard, tick


@pytest.mark.parametrize(
    ("language", "title", "separator"),
    [("fr", "2 personnes à qui écrire", " : "), ("en", "2 people to write to", ": ")],
)
async def test_the_digest_done_button_edits_a_name_with_markup_characters(
    bot: RunningBot, tg: FakeTelegram, language: str, title: str, separator: str
) -> None:
    """✅ for "Tom <3" on a digest: the message is edited, the name shown as typed."""
    await onboard(bot, 301, "Europe/Paris", language=language, digest=True)
    await seed(
        bot.repo,
        301,
        person("t1", "Tom <3", last_days_ago=40),
        person("a1", "Ana & Co", last_days_ago=41),
    )
    user = tg.user(301, language_code=language)
    await tick(bot)
    digest = await user.next_message()
    assert title in digest.plain_text
    await user.press(digest, "Tom <3")
    edited = await user.wait_for(lambda m: m.message_id == digest.message_id and bool(m.edits))
    assert (
        edited.plain_text.split("\n\n")[-1].replace("\u00a0", " ").startswith(f"Tom <3{separator}")
    )
    undo = "↩️ Annuler" if language == "fr" else "↩️ Undo"
    assert [row[0].text for row in edited.buttons] == ["✅ Ana & Co", f"{undo} · Tom <3"]
    assert (await stored(bot.repo, 301, "t1")).last_contact_at == NOW
    await user.no_message()


@pytest.mark.parametrize(
    ("language", "apology"),
    [("fr", "Désolé, un problème est survenu"), ("en", "Sorry, something went wrong")],
)
async def test_a_button_press_that_fails_after_answering_still_tells_the_user(
    bot: RunningBot, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch, language: str, apology: str
) -> None:
    """The failing callback had already stopped the spinner: the apology still comes."""
    await onboard(bot, 302, "Europe/Paris", language=language)
    await seed(bot.repo, 302, person("a1", "Léa", last_days_ago=40))
    user = tg.user(302, language_code=language)
    await tick(bot)
    nudge = await user.next_message()

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(bot.app.bot_data.repo, "log_interaction", broken)
    await user.press(nudge, "✅")
    told = await user.next_message()
    assert apology in told.plain_text
    assert "fire" not in told.plain_text
