"""How long a user's plain reply waits while many other users write to their files at once.

The real Application runs against the fake Bot API server on 127.0.0.1 with the send cap
lifted (so what is measured is the bot's own handling, not Telegram's 30 messages a second).
`--writers` users each log `--logs` exchanges in a closed loop (`/log Ami ...`, waiting for
each answer); meanwhile one other user sends `/help` every few milliseconds, and the time
from their message to the bot's answer is recorded. The same reader runs first alone, as a
baseline. Run: `python -m bench.stall [--writers 50] [--logs 20] [--contacts 500]`.
"""

from __future__ import annotations

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import bot.app
from bot.ratelimit import SpacedRateLimiter
from core.model import Contact, UserProfile
from emulator import FakeTelegram
from tests.harness import FakeClock, RunningBot

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
READER = 1
FIRST_WRITER = 1000
READ_EVERY = 0.005  # seconds between two of the reader's messages


async def seed(running: RunningBot, writers: int, contacts: int) -> None:
    """Onboarded users; each writer has `contacts` contacts, one of them named Ami."""
    repo = running.repo
    for user_id in (READER, *range(FIRST_WRITER, FIRST_WRITER + writers)):
        profile = UserProfile(user_id, NOW - timedelta(days=30), timezone="Europe/Paris")
        await repo.save_profile(profile)
        if user_id == READER:
            continue
        people = [Contact("ami", "Ami", NOW - timedelta(days=60))]
        people += [
            Contact(f"c{n}", f"Someone {n}", NOW - timedelta(days=60), work="x" * 40)
            for n in range(contacts - 1)
        ]
        await repo.add_contacts(user_id, people)


async def read_while(tg: FakeTelegram, done: asyncio.Event) -> list[float]:
    """The reader's reply times in milliseconds, until `done` is set."""
    reader = tg.user(READER, language_code="en")
    waits = []
    while not done.is_set():
        started = time.perf_counter()
        await reader.send("/help")
        await reader.next_message(timeout=30)
        waits.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(READ_EVERY)
    return waits


async def write(tg: FakeTelegram, user_id: int, logs: int) -> None:
    """One writer: `logs` exchanges logged one after the other."""
    writer = tg.user(user_id, language_code="en")
    for n in range(logs):
        await writer.send(f"/log Ami coffee number {n}")
        await writer.next_message(timeout=60)


async def run(writers: int, logs: int, contacts: int) -> tuple[list[float], list[float], float]:
    """The reader's waits alone, then while the writers write; and the writers' total time."""
    async with FakeTelegram() as tg:
        with tempfile.TemporaryDirectory() as folder:
            running = RunningBot(tg, Path(folder) / "data", FakeClock(NOW))
            await running.start()
            try:
                await seed(running, writers, contacts)
                alone_done = asyncio.Event()
                alone = asyncio.create_task(read_while(tg, alone_done))
                await asyncio.sleep(1.0)
                alone_done.set()
                baseline = await alone
                busy_done = asyncio.Event()
                busy = asyncio.create_task(read_while(tg, busy_done))
                started = time.perf_counter()
                user_ids = range(FIRST_WRITER, FIRST_WRITER + writers)
                await asyncio.gather(*(write(tg, user_id, logs) for user_id in user_ids))
                taken = time.perf_counter() - started
                busy_done.set()
                loaded = await busy
            finally:
                await running.stop()
    return baseline, loaded, taken


def describe(label: str, waits: list[float]) -> str:
    """p50, p95 and max of a list of milliseconds."""
    ordered = sorted(waits)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{label:<28} n={len(ordered):>5}  p50 {statistics.median(ordered):7.1f} ms"
        f"  p95 {p95:7.1f} ms  max {ordered[-1]:7.1f} ms"
    )


def main() -> None:
    """Parse the arguments, run, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writers", type=int, default=50)
    parser.add_argument("--logs", type=int, default=20)
    parser.add_argument("--contacts", type=int, default=500)
    args = parser.parse_args()
    # The send cap lifted: Telegram's 30 messages a second would otherwise be what we time.
    bot.app.SpacedRateLimiter = lambda **knobs: SpacedRateLimiter(  # type: ignore[attr-defined,assignment]
        rate=1e9, burst=10**9, **knobs
    )
    baseline, loaded, taken = asyncio.run(run(args.writers, args.logs, args.contacts))
    print(
        f"{args.writers} users x {args.logs} logs, {args.contacts} contacts each, "
        f"written in {taken:.1f} s ({args.writers * args.logs / taken:.0f} logs/s)"
    )
    print(describe("reader's /help, alone", baseline))
    print(describe("reader's /help, while busy", loaded))
    print("target: p95 <= 50 ms while busy")


if __name__ == "__main__":
    main()
