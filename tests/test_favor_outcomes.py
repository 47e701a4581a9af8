"""A favour's follow-up ends three ways, by button or by a reply in words: ✅ thanked,
⏳ no answer yet (asked again a week later), 🗑 dropped (↩️ undoes it); the words are kept."""

from __future__ import annotations

from datetime import date, timedelta

from bot.jobs.deliver import deliver_all
from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import NOW, onboarded, seed
from tests.test_ask import EVERYONE

MARCH_17 = date(2026, 3, 17)


async def _asked(bot: RunningBot, user_id: int, language: str, question: str) -> FakeUser:
    """A user in Paris who asked Léa about `question` on 2 March at 07:00."""
    created = NOW - timedelta(days=30)
    await onboarded(bot.repo, user_id, language, joined=created)
    await seed(bot.repo, user_id, *EVERYONE)
    user = bot.tg.user(user_id, language_code=language)
    bot.clock.advance(hours=-2)  # 07:00 in Paris: before the day's nudges
    await user.send(f"/ask {question}")
    await user.next_message()
    card = await user.next_message()
    await user.press(card, "🙋")
    await user.next_message()
    return user


async def _follow_up(bot: RunningBot, user: FakeUser, days: float, marker: str) -> BotMessage:
    """Move the clock `days` on and deliver: the follow-up that comes."""
    bot.clock.advance(days=days)
    await deliver_all(bot.app)
    return await user.wait_for(lambda m: marker in m.plain_text and bool(m.buttons))


async def test_the_three_outcomes_by_button_in_french(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await _asked(bot, 8401, "fr", "Montréal")
    follow_up = await _follow_up(bot, user, 7 + 2 / 24, "ça a donné quoi")  # 9 March, 09:00
    assert follow_up.button_texts == [
        "✅ J'ai dit merci",
        "⏳ Pas encore de réponse",
        "🗑 Laisser tomber",
    ]
    assert "tu as demandé un coup de main à Léa Martin : « Montréal »" in follow_up.plain_text

    bot.clock.advance(days=1)  # pressed the next day: asked again a week from then
    await user.press(follow_up, "Pas encore de réponse")
    await user.wait_for(lambda m: m is follow_up and "Je t'en reparle le 17 mars" in m.plain_text)
    assert "Léa Martin n'a pas encore répondu pour « Montréal »" in follow_up.plain_text
    assert follow_up.button_texts == []
    (favor,) = await bot.repo.favors(8401)
    assert (favor.follow_up_on, favor.closed) == (MARCH_17, False)

    bot.clock.advance(days=6)  # 16 March: not yet
    await deliver_all(bot.app)
    assert not [m for m in user.mark_read() if "ça a donné quoi" in m.plain_text]
    again = await _follow_up(bot, user, 1, "ça a donné quoi")  # 17 March
    await user.press(again, "Laisser tomber")
    await user.wait_for(lambda m: m is again and "Laissé tomber" in m.plain_text)
    assert "Plus de relance" in again.plain_text
    assert again.button_texts == ["↩️ Annuler"]
    assert (await bot.repo.favors(8401))[0].outcome == "dropped"

    await user.press(again, "Annuler")
    await user.wait_for(lambda m: m is again and "Relance" in m.plain_text)
    assert len(again.button_texts) == 3
    assert not (await bot.repo.favors(8401))[0].closed
    await user.press(again, "J'ai dit merci")
    await user.wait_for(lambda m: m is again and "tu as remercié Léa Martin" in m.plain_text)
    kinds = [(i.kind, i.about) for i in await bot.repo.interactions(8401, "lea1")]
    assert kinds == [("ask", "Montréal"), ("thanks", "Montréal")]

    await user.send("/contact Léa")
    card = (await user.wait_for(lambda m: "Derniers échanges" in m.plain_text)).plain_text
    assert "🙏 merci pour « Montréal »" in card
    assert "🙋 demande « Montréal »" in card


async def test_replies_in_words_in_french_and_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await _asked(bot, 8402, "fr", "Montréal")
    follow_up = await _follow_up(bot, user, 7 + 2 / 24, "ça a donné quoi")
    await user.reply(follow_up, "elle n'a pas encore répondu")
    waiting = await user.wait_for(lambda m: "Je t'en reparle le 16 mars" in m.plain_text)
    assert "📝 Noté : « elle n'a pas encore répondu »" in waiting.plain_text
    await user.wait_for(lambda m: m is follow_up and not m.buttons)  # answered
    again = await _follow_up(bot, user, 7, "ça a donné quoi")
    assert "Tu avais noté : « elle n'a pas encore répondu »" in again.plain_text
    await user.reply(again, "merci, elle m'a trouvé un contact")
    await user.wait_for(lambda m: "tu as remercié Léa Martin" in m.plain_text)
    thanks = (await bot.repo.interactions(8402, "lea1"))[-1]
    assert (thanks.kind, thanks.note) == ("thanks", "merci, elle m'a trouvé un contact")
    await user.send("/contact Léa")
    card = (await user.wait_for(lambda m: "Derniers échanges" in m.plain_text)).plain_text
    assert "🙏 merci pour « Montréal » : « merci, elle m'a trouvé un contact »" in card

    english = await _asked(bot, 8403, "en", "Montréal")
    follow_up = await _follow_up(bot, english, 7 + 2 / 24, "How did it go")
    await english.reply(follow_up, "hmm, she said maybe")  # unclear: the buttons, words kept
    question = await english.wait_for(lambda m: "How is “Montréal” going?" in m.plain_text)
    await english.press(question, "No answer yet")
    await english.wait_for(lambda m: m is question and "I'll ask you again on" in m.plain_text)
    assert "Noted: “hmm, she said maybe”" in question.plain_text
    assert (await bot.repo.favors(8403))[0].reply == "hmm, she said maybe"

    await english.reply(follow_up, "she hasn't answered yet")
    await english.wait_for(lambda m: "Noted: “she hasn't answered yet”" in m.plain_text)
    assert (await bot.repo.favors(8403))[0].reply == "she hasn't answered yet"
    await english.reply(follow_up, "forget it")
    dropped = await english.wait_for(lambda m: "Dropped: “Montréal”" in m.plain_text)
    assert dropped.button_texts == ["↩️ Undo"]
    (favor,) = await bot.repo.favors(8403)
    assert (favor.closed, favor.outcome, favor.reply) == (True, "dropped", "forget it")
    assert [i.kind for i in await bot.repo.interactions(8403, "lea1")] == ["ask"]


async def test_an_older_message_of_a_favour_dropped_since_says_dropped(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await _asked(bot, 8403, "fr", "Montréal")
    follow_up = await _follow_up(bot, user, 7 + 2 / 24, "ça a donné quoi")
    await user.send("/favors")
    item = await user.wait_for(
        lambda m: m.plain_text.startswith("🙋 Léa Martin") and bool(m.buttons)
    )
    await user.press(follow_up, "Laisser tomber")
    await user.wait_for(lambda m: m is follow_up and "Laissé tomber" in m.plain_text)
    await user.press(item, "Pas encore de réponse")  # the /favors copy, drawn before
    await user.wait_for(lambda m: m is item and "Laissé tomber" in m.plain_text)
    assert "remercié" not in item.plain_text  # it was dropped, not thanked
    assert item.button_texts == ["↩️ Annuler"]
    assert (await bot.repo.favors(8403))[0].outcome == "dropped"
