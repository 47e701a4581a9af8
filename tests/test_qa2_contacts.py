"""The address book's second polish round: a card's Delete and History, /note, handles,
namesakes, and the rhythm's default."""

from __future__ import annotations

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed


async def test_delete_twice_on_a_card_asks_once(bot: RunningBot, tg: FakeTelegram) -> None:
    await seed(bot.repo, 9701, person("m1", "Marie Dupont"))
    user = tg.user(9701, language_code="fr")
    await user.send("/contact Marie")
    card = await user.next_message()
    await user.press(card, "🗑 Supprimer")
    question = await user.next_message()
    assert "Supprimer Marie Dupont" in question.plain_text
    second = await user.press(card, "🗑 Supprimer")
    answer = await user.callback_answer(second)
    # Was: a second "Supprimer Marie Dupont… ?" under the first.
    assert "juste en dessous" in (answer.text or "")
    await user.no_message()
    # Once answered, the card's Delete asks again.
    await user.press(question, "↩️ Garder")
    await user.wait_for(lambda m: m is question and "reste dans tes contacts" in m.plain_text)
    await user.press(card, "🗑 Supprimer")
    assert "Supprimer" in (await user.next_message()).plain_text
