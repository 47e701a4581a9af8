"""Ideas as the user meets them: one in every nudge, 🎲 for another, and /idea on demand."""

from __future__ import annotations

import random
from datetime import timedelta

from emulator import FakeTelegram
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import NOW, note, onboarded, person, seed
from tests.test_nudges import tick


def idea_of(text: str) -> str:
    """The idea line of a nudge or an idea message."""
    return next(line for line in text.splitlines() if line.startswith("💡"))


async def test_a_nudge_carries_an_idea_and_the_dice_swap_it(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    bot.app.bot_data.rng = random.Random(7)
    for user_id, language in ((1101, "fr"), (1102, "en")):
        await onboarded(bot.repo, user_id, language, joined=NOW - timedelta(days=90))
        await seed(
            bot.repo,
            user_id,
            person(
                "a1",
                "Léa Martin",
                last_days_ago=40,
                work="data scientist at Ubisoft",
                interests=("jazz", "escalade"),
                city="Montréal",
                country_code="CA",
                timezone="America/Toronto",
                met="stage chez Airbus à Hambourg",
            ),
        )
        await note(bot.repo, user_id, "a1", 40, "sa soutenance de thèse")
    french, english = tg.user(1101, language_code="fr"), tg.user(1102, language_code="en")
    await tick(bot)
    await roll_the_dice(bot, french, "Une autre idée")
    await roll_the_dice(bot, english, "Another idea")


async def roll_the_dice(bot: RunningBot, user: FakeUser, dice: str) -> None:
    """Press 🎲 on the user's nudge: a different idea, the same buttons."""
    nudge = await user.next_message()
    first = idea_of(nudge.plain_text)
    await user.press(nudge, dice)
    swapped = await user.wait_for(lambda m: m.message_id == nudge.message_id and bool(m.edits))
    assert idea_of(swapped.plain_text) != first
    assert len(swapped.buttons) == 3  # still answerable
    stored = await bot.repo.find_nudge(user.id, nudge.message_id, "a1")
    assert stored is not None
    assert stored.idea.startswith("idea-")


async def test_idea_on_demand_and_the_dice_under_it(bot: RunningBot, tg: FakeTelegram) -> None:
    bot.app.bot_data.rng = random.Random(3)
    await onboarded(bot.repo, 1103, joined=NOW - timedelta(days=90))
    await seed(
        bot.repo,
        1103,
        person("a1", "Léa Martin", last_days_ago=40, work="data scientist", city="Montréal"),
        person("b1", "Léa Roux", last_days_ago=10, interests=("jazz",)),
    )
    user = tg.user(1103, language_code="fr")
    await user.send("/idea Léa Martin")
    idea = await user.next_message()
    assert "Léa Martin" in idea.plain_text
    first = idea_of(idea.plain_text)
    await user.press(idea, "Une autre idée")
    swapped = await user.wait_for(lambda m: m.message_id == idea.message_id and bool(m.edits))
    assert idea_of(swapped.plain_text) != first
    assert "Léa Martin" in swapped.plain_text
    await user.no_message()  # replaced in place, nothing new sent

    await user.send("/idea Léa")  # two Léa: which one?
    which = await user.next_message()
    await user.press(which, "Roux")
    picked = await user.next_message()
    assert "Léa Roux" in picked.plain_text
    assert idea_of(picked.plain_text)
