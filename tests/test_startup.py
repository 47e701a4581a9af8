"""A restart with thousands of users: the index built from the sidecars delivers the day once."""

from __future__ import annotations

import asyncio
import time as wall
from collections import Counter
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from bot.jobs.deliver import deliver_due
from core.model import UserProfile
from emulator import FakeTelegram
from storage.tinydb.atomic import ensure_private_dir
from storage.tinydb.userfile import write_new_user
from tests.harness import FakeClock, RunningBot
from tests.seeding import NOW, person

USERS = 5000
FIRST = 10_000
DUE_AT_START = range(FIRST, FIRST + 50)  # 09:00 in Paris, not delivered today
DUE_AT_TEN = range(FIRST + 50, FIRST + 100)  # 10:00 in Paris
TODAY = date(2026, 3, 2)


def generate(data_dir: Path) -> None:
    """5,000 users written straight through the storage package, without fsync."""
    folder = data_dir / "users"
    ensure_private_dir(data_dir)
    ensure_private_dir(folder)
    for user_id in range(FIRST, FIRST + USERS):
        # Beyond the first hundred, half had today's delivery, the others' hour is 20:00.
        delivered = user_id >= FIRST + 100 and user_id % 2 == 0
        hour = 9 if user_id in DUE_AT_START or delivered else 10 if user_id in DUE_AT_TEN else 20
        profile = UserProfile(
            user_id,
            NOW - timedelta(days=100),
            timezone="Europe/Paris",
            onboarded=True,
            telegram_language="fr",
            nudge_time=time(hour, 0),
            last_delivery_day=TODAY if delivered else None,
        )
        contact = person("a1", f"Ami de {user_id}", last_days_ago=40)
        write_new_user(folder / f"{user_id}.json", profile, [contact], durable=False)


async def until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = wall.monotonic() + seconds
    while not condition():
        assert wall.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


def nudged(tg: FakeTelegram) -> Counter[int]:
    return Counter(m.chat_id for m in tg.sent if m.plain_text.startswith("🔔"))


async def test_a_restart_with_5000_users_delivers_the_days_due_nudges_once(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "data"
    generate(data_dir)
    for user_id in range(FIRST, FIRST + USERS):
        tg.user(user_id, language_code="fr")
    bot = RunningBot(tg, data_dir, clock)  # Monday 08:00 UTC: 09:00 in Paris
    await bot.start()
    try:
        assert len(bot.app.bot_data.due) == USERS
        # The start-up catch-up pops who is due, from the index built at start.
        await until(lambda: len(nudged(tg)) == len(DUE_AT_START))

        await bot.restart()
        due = bot.app.bot_data.due
        tomorrow = NOW + timedelta(days=1)
        # Once the catch-up is done, everyone delivered today waits for tomorrow, no one is due.
        await until(lambda: all((due.when(u) or NOW) >= tomorrow for u in DUE_AT_START))
        await deliver_due(bot.app)
        assert nudged(tg) == Counter(dict.fromkeys(DUE_AT_START, 1))

        clock.advance(hours=1)  # 10:00 in Paris
        await deliver_due(bot.app)  # what the minute's job runs
        assert nudged(tg) == Counter(dict.fromkeys([*DUE_AT_START, *DUE_AT_TEN], 1))
        assert due.when(FIRST + 100) == tomorrow  # delivered today (restart or not): tomorrow
        assert due.when(FIRST + 101) == NOW + timedelta(hours=11)  # 20:00 in Paris today
    finally:
        await bot.stop()
