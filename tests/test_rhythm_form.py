"""/edit's rhythm question and a tag's rhythm: a contact can go back to following their group,
and the form shows the group's rhythm while they follow it (fake Bot API, French and English)."""

from __future__ import annotations

from core.model import DEFAULT_CADENCE
from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import stored
from tests.test_rhythm import onboard


def said(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


async def rhythm_question(user: FakeUser, name: str, label: str) -> BotMessage:
    """Open /edit <name> and its rhythm question."""
    user.mark_read()
    await user.send(f"/edit {name}")
    await user.press(await user.next_message(), label)
    return await user.next_message()


async def test_back_to_the_groups_rhythm_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 951, "fr")  # Léa follows #airbus; Tom (#airbus) has his own month
    user = tg.user(951, language_code="fr")
    await user.send("/rhythm #airbus toutes les 2 semaines")
    await user.next_message()

    question = await rhythm_question(user, "Tom", "Rythme")
    assert "Actuellement : chaque mois" in said(question.plain_text)
    assert question.button_texts[0] == "🏷 Rythme de #airbus (Toutes les 2 semaines)"
    await user.press(question, "Rythme de #airbus")
    assert "C'est modifié" in (await user.next_message()).plain_text
    tom = await stored(bot.repo, 951, "aa000002")
    assert (tom.own_cadence, tom.cadence) == (False, DEFAULT_CADENCE)
    card = await user.wait_for(lambda m: m.plain_text.startswith("👤 Tom"))  # shown once saved
    assert "🔁 Toutes les 2 semaines (rythme de #airbus)" in card.plain_text

    question = await rhythm_question(user, "Tom", "Rythme")  # now shown as the group's
    assert "Actuellement : toutes les 2 semaines (rythme de #airbus)" in said(question.plain_text)
    await user.send("/cancel")
    await user.next_message()
    question = await rhythm_question(user, "Ana", "Rythme")  # no tag with a rhythm
    assert not any("#" in b for b in question.button_texts)


async def test_own_rhythm_then_the_group_again_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 952, "en")
    user = tg.user(952, language_code="en")
    await user.send("/rhythm #airbus every 2 weeks")
    await user.next_message()

    question = await rhythm_question(user, "Léa", "Keep in touch")
    assert "Now: every 2 weeks (#airbus's rhythm)" in question.plain_text
    assert question.button_texts[0] == "🏷 #airbus's rhythm (Every 2 weeks)"
    await user.send("every 3 months")  # her own from now on
    await user.wait_for(lambda m: m.plain_text.startswith("👤 Léa"))
    assert (await stored(bot.repo, 952, "aa000001")).own_cadence

    question = await rhythm_question(user, "Léa", "Keep in touch")
    assert "Now: every 3 months" in question.plain_text
    await user.press(question, "#airbus's rhythm")
    assert "Updated" in (await user.next_message()).plain_text
    await user.wait_for(lambda m: m.plain_text.startswith("👤 Léa"))
    lea = await stored(bot.repo, 952, "aa000001")
    assert (lea.own_cadence, lea.cadence) == (False, DEFAULT_CADENCE)
