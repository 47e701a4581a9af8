"""The address book as a new user first meets it: /add, a shared card, places, the card."""

from __future__ import annotations

from emulator import FakeTelegram
from tests.harness import RunningBot


async def test_a_card_shared_when_add_asks_the_name_is_the_answer(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(7101, language_code="en")
    await user.send("/add")
    assert "What's their name?" in (await user.next_message()).plain_text
    await user.share_contact("+33612345678", "<b>Jo", "& Co</b>")
    # Not "I'll add Jo & Co right after this one" with the name still asked for.
    assert "How and where did you meet <b>Jo & Co</b>?" in (await user.next_message()).plain_text
    for _ in range(8):
        await user.send("/skip")
        await user.next_message()
    await user.press(user.last, "Save")
    await user.next_message()
    [saved] = await bot.repo.contacts(7101)
    assert saved.name == "<b>Jo & Co</b>"
    assert [channel.value for channel in saved.channels] == ["+33612345678"]
