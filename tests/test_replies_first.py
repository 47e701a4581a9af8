"""A user who writes while the daily nudges fan out is answered at once, not after them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.jobs.deliver import deliver_all
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_nudges import nudges_in, onboard

NUDGED = 60  # about two seconds of nudges at the limiter's 29 a second
WRITER = 9


async def test_a_reply_during_a_fan_out_is_not_queued_behind_it(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    for user_id in range(100, 100 + NUDGED):
        tg.user(user_id, language_code="fr")
        await onboard(bot, user_id, "Europe/Paris")
        await seed(bot.repo, user_id, person("a1", "Léa", last_days_ago=40))
    await onboard(bot, WRITER, "Europe/Paris")
    await seed(bot.repo, WRITER, person("w1", "Zoé", last_days_ago=3))
    writer = tg.user(WRITER, language_code="fr")
    everyone = range(100, 100 + NUDGED)

    fan_out = asyncio.create_task(deliver_all(bot.app))
    await wait_until(lambda: sum(len(nudges_in(tg, u)) for u in everyone) >= 5)
    started = time.perf_counter()
    await writer.send("/list")
    answer = await writer.next_message(timeout=10)
    waited = time.perf_counter() - started
    still_to_send = NUDGED - sum(len(nudges_in(tg, u)) for u in everyone)
    await fan_out

    assert "Zoé" in answer.plain_text
    assert still_to_send >= 20, "the fan-out was nearly over: this measured nothing"
    # Behind the queued nudges it would have waited about a second (30 queued at 29/s).
    assert waited < 0.5
    assert all(len(nudges_in(tg, u)) == 1 for u in everyone)


async def wait_until(condition: Callable[[], bool]) -> None:
    """Poll until `condition()` holds (10 s at most)."""
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("timed out")
