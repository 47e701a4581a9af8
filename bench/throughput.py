"""Updates a second the bot answers, per kind of message, next to a bare PTB echo bot.

`--users` users write in a closed loop (each sends, waits for the answer, sends again) for
`--seconds` per kind: `/list`, `/contact Ami`, `done Ami` (logs an exchange: a file write)
and a plain text (the "I did not understand" hint). Each user has `--contacts` contacts.
The send cap is lifted on both sides (the fake server has none, the bot's rate limiter gets
an unreachable rate), so what is measured is the handling, not Telegram's 30 messages a
second. In the same run, on the same fake server, a minimal python-telegram-bot Application
that echoes every text answers the same loops: with PTB's defaults (one update at a time)
and with `concurrent_updates(True)`. Target: the bot >= 0.8x the faster echo, for each kind.
Everything stays on 127.0.0.1, in one process.
Run: `python -m bench.throughput [--users 200] [--seconds 5] [--contacts 30]`.
"""

from __future__ import annotations

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

import bot.app
from bot.ratelimit import SpacedRateLimiter
from core.model import Contact, UserProfile
from emulator import FakeTelegram, FakeUser
from tests.harness import FakeClock, RunningBot

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
KINDS = {"/list": "/list", "/contact": "/contact Ami", "done": "done Ami", "text": "hello there"}
ECHO_FIRST_USER = 10_000
BOT_FIRST_USER = 20_000
EchoApp = Application[Any, Any, Any, Any, Any, Any]


@dataclass
class Loop:
    """What one closed loop of one kind measured."""

    updates: int = 0
    seconds: float = 0.0
    waits: list[float] = field(default_factory=list)
    sample: str = ""  # the first answer, to see it was the expected one

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def p95_ms(self) -> float:
        ordered = sorted(self.waits)
        return 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


async def closed_loop(tg: FakeTelegram, user_ids: range, text: str, seconds: float) -> Loop:
    """Every user sends `text`, waits for the answer, and again, for `seconds`."""
    result = Loop()
    deadline = time.perf_counter() + seconds

    async def one(user_id: int) -> None:
        user = tg.user(user_id)
        while time.perf_counter() < deadline:
            sent = time.perf_counter()
            await user.send(text)
            answer = await user.next_message(timeout=60)
            result.waits.append(time.perf_counter() - sent)
            result.updates += 1
            result.sample = result.sample or answer.plain_text

    started = time.perf_counter()
    await asyncio.gather(*(one(user_id) for user_id in user_ids))
    result.seconds = time.perf_counter() - started
    return result


async def answered(user: FakeUser, text: str) -> None:
    """Send `text` and wait for the answer."""
    await user.send(text)
    await user.next_message(timeout=60)


async def measure(tg: FakeTelegram, user_ids: range, seconds: float) -> dict[str, Loop]:
    """A warm-up round of every kind (not counted), then each kind's closed loop."""
    for text in KINDS.values():  # one message each: files read, caches and connections warm
        await asyncio.gather(*(answered(tg.user(user_id), text) for user_id in user_ids))
    return {kind: await closed_loop(tg, user_ids, text, seconds) for kind, text in KINDS.items()}


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The whole echo bot: send the text back."""
    message = update.effective_message
    if message is not None and message.text:
        await context.bot.send_message(message.chat_id, message.text)


async def run_echo(
    tg: FakeTelegram, users: range, seconds: float, concurrent: bool
) -> dict[str, Loop]:
    """A minimal PTB echo bot, polling the fake server, through the same loops."""
    app: EchoApp = (
        ApplicationBuilder()
        .token(tg.token)
        .base_url(tg.base_url)
        .base_file_url(tg.base_file_url)
        .concurrent_updates(concurrent)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    try:
        return await measure(tg, users, seconds)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def seed(running: RunningBot, user_ids: range, contacts: int) -> None:
    """Onboarded users in Paris, each with `contacts` contacts, one of them named Ami."""
    for user_id in user_ids:
        profile = UserProfile(
            user_id, NOW - timedelta(days=30), timezone="Europe/Paris", onboarded=True
        )
        await running.repo.save_profile(profile)
        people = [Contact("ami", "Ami", NOW - timedelta(days=60), last_contact_at=NOW)]
        people += [
            Contact(f"c{n}", f"Someone {n}", NOW - timedelta(days=60), work="x" * 40)
            for n in range(contacts - 1)
        ]
        await running.repo.add_contacts(user_id, people)


async def run_bot(tg: FakeTelegram, users: range, seconds: float, contacts: int) -> dict[str, Loop]:
    """The real bot (its handlers, storage and rate limiter) through the same loops."""
    with tempfile.TemporaryDirectory() as folder:
        running = RunningBot(tg, Path(folder) / "data", FakeClock(NOW))
        await running.start()
        try:
            await seed(running, users, contacts)
            return await measure(tg, users, seconds)
        finally:
            await running.stop()


async def run(users: int, seconds: float, contacts: int) -> list[tuple[str, dict[str, Loop]]]:
    """Both echo bots, then the bot, one after the other on one fake server."""
    async with FakeTelegram() as tg:
        echo_users = range(ECHO_FIRST_USER, ECHO_FIRST_USER + users)
        bot_users = range(BOT_FIRST_USER, BOT_FIRST_USER + users)
        for user_id in (*echo_users, *bot_users):
            tg.user(user_id, first_name=f"User {user_id}", language_code="en")
        sequential = await run_echo(tg, echo_users, seconds, concurrent=False)
        concurrent = await run_echo(tg, echo_users, seconds, concurrent=True)
        garder = await run_bot(tg, bot_users, seconds, contacts)
    return [
        ("echo, PTB defaults", sequential),
        ("echo, concurrent_updates", concurrent),
        ("Garder Contact", garder),
    ]


def report(users: int, runs: list[tuple[str, dict[str, Loop]]]) -> None:
    """Updates a second and p95 answer time per kind, and the bot's ratio to the echo."""
    print(f"closed loop, {users} users, send cap lifted; updates/s (p95 answer time)")
    print(f"  {'kind':<10}" + "".join(f"{name:>28}" for name, _ in runs) + f"{'ratio':>10}")
    garder = runs[-1][1]
    for kind in KINDS:
        cells = "".join(
            f"{loops[kind].rate:>17.0f} ({loops[kind].p95_ms():>5.0f} ms)" for _, loops in runs
        )
        best_echo = max(loops[kind].rate for _, loops in runs[:-1])
        ratio = garder[kind].rate / best_echo if best_echo else 0.0
        print(f"  {kind:<10}{cells}{ratio:>9.2f}x")
    print("  ratio: Garder Contact / the faster echo (target >= 0.8)")
    print("  the bot's first answers:")
    for kind, loop in garder.items():
        print(f"    {kind:<9} {loop.sample[:70]!r}")


def main() -> None:
    """Parse the options, run, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=5.0, help="per kind and bot")
    parser.add_argument("--contacts", type=int, default=30)
    args = parser.parse_args()
    # The send cap lifted: Telegram's 30 messages a second would otherwise be what we time.
    bot.app.SpacedRateLimiter = lambda **knobs: SpacedRateLimiter(  # type: ignore[attr-defined,assignment]
        rate=1e9, burst=10**9, **knobs
    )
    report(args.users, asyncio.run(run(args.users, args.seconds, args.contacts)))


if __name__ == "__main__":
    main()
