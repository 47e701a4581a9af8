"""How long the daily nudges of N users who are all due at the same minute take to go out.

N users in Europe/Paris with a 09:00 nudge time and one overdue contact each; the real
Application (with the bot's own SpacedRateLimiter, bot/ratelimit.py) sends to the fake Bot
API server, which answers 429 to any send beyond `--rate` in a sliding second, as Telegram
does. Everything stays on 127.0.0.1.

Two paths lead to a delivery; `--path` picks the one measured:

- jobs (default): the bot starts at 08:59 Paris (nothing due, the start-up catch-up sends
  nothing), then the fake clock moves to 09:00 and the minute's delivery round runs
  (`deliver_due`: every user due, popped from the index), as the delivery job starts it.
- catch-up: the bot starts at 09:00 Paris, so the start-up catch-up (`deliver_due`) sends
  everything; the time then also counts the start itself (getMe, setMyCommands...).

The fake clock is set on a winter Monday, 08:00 UTC = 09:00 in Paris. The delivery job
(which APScheduler runs on the real clock) is paused, so it cannot start a second round.
Run: `python -m bench.nudges [--users 1000] [--rate 30] [--path jobs]`.
"""

from __future__ import annotations

import os

# Before telegram is imported: RetryAfter.retry_after as a timedelta, as the bot runs it;
# without it PTB warns on every 429.
os.environ.setdefault("PTB_TIMEDELTA", "true")

import argparse
import asyncio
import itertools
import logging
import resource
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path

from telegram.ext import JobQueue

from bot.context import Context
from bot.jobs.deliver import deliver_due
from core.model import Contact, UserProfile
from storage.tinydb.repository import TinyDBRepository
from tests.fakebot import FakeTelegram
from tests.harness import FakeClock, RunningBot

NUDGE_DAY_0800_UTC = datetime(2026, 1, 12, 8, 0, tzinfo=UTC)  # Monday, 09:00 in Paris (CET)
FIRST_USER_ID = 100_001
POLL_SECONDS = 0.01  # how often tg.sent is looked at: the resolution of the times below
SETTLE_SECONDS = 2.0  # after the last nudge, how long to keep watching for duplicates
IDLE_SECONDS = 5.0  # catch-up: no send attempt for this long, nothing more is coming
STALL_SECONDS = 0.2  # a gap this long between two accepted nudges counts as a stall


class LogCounter(logging.Handler):
    """Counts log records by logger and message template, instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: Counter[tuple[str, int, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.name, record.levelno, str(record.msg)] += 1


@dataclass
class Result:
    """What one run measured."""

    users: int
    rate: int
    path: str
    seed_seconds: float = 0.0
    taken: float | None = None  # until every user had a nudge; None if some never did
    last_arrival: float = 0.0
    first_arrival: float | None = None
    timed_out: bool = False
    per_chat: Counter[int] = field(default_factory=Counter)
    send_calls: int = 0
    accepted: int = 0
    most_calls: int = 0  # the most sendMessage calls one chat needed
    arrivals: list[float] = field(default_factory=list)
    rss_before_kib: int = 0
    rss_started_kib: int = 0
    rss_after_kib: int = 0
    logs: Counter[tuple[str, int, str]] = field(default_factory=Counter)


async def seed(data_dir: Path, user_ids: list[int], now: datetime) -> None:
    """Onboarded users in Paris at 09:00, each with one contact last seen two months ago."""
    repo = TinyDBRepository(data_dir)
    for user_id in user_ids:
        await repo.save_profile(
            UserProfile(
                user_id,
                created_at=now - timedelta(days=365),
                timezone="Europe/Paris",
                nudge_time=time_of_day(9, 0),
                onboarded=True,
            )
        )
        contact = Contact(
            contact_id="c1",
            name=f"Contact of {user_id}",
            created_at=now - timedelta(days=365),
            last_contact_at=now - timedelta(days=61),
            cadence="1m",
        )
        await repo.add_contacts(user_id, [contact])
    await repo.close()


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far (KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def watch(
    tg: FakeTelegram,
    result: Result,
    started: float,
    deadline: float,
    tasks: list[asyncio.Task[None]],
) -> None:
    """Follow tg.sent until every user has a nudge, then a little longer for duplicates."""
    wanted = set(range(FIRST_USER_ID, FIRST_USER_ID + result.users))
    seen = 0
    last_calls = 0
    idle = 0.0
    previous = time.perf_counter()
    settle_until: float | None = None
    while True:
        await asyncio.sleep(POLL_SECONDS)
        now = time.perf_counter()
        # A poll that comes late means the event loop was busy (the bot working): not idleness.
        idle += min(now - previous, 2 * POLL_SECONDS)
        previous = now
        sent = tg.sent
        for message in sent[seen:]:
            if message.chat_id in wanted:
                result.per_chat[message.chat_id] += 1
                result.arrivals.append(now - started)
        seen = len(sent)
        calls = tg.count("sendMessage")
        if calls != last_calls:
            last_calls, idle = calls, 0.0
        if result.taken is None and len(result.per_chat) == result.users:
            result.taken = now - started
            settle_until = now + SETTLE_SECONDS
        if settle_until is not None:
            if now >= settle_until:
                return
        elif tasks and all(task.done() for task in tasks):
            return  # every job finished, some without sending: no more is coming
        elif not tasks and idle >= IDLE_SECONDS:
            return  # the catch-up has no task to wait for: no send attempt for a while
        if now >= deadline:
            result.timed_out = True
            return


async def run(users: int, rate: int, path: str, limit: float) -> Result:
    """Seed, start the bot, make everyone due at once, and measure until all have a nudge."""
    result = Result(users, rate, path)
    user_ids = list(range(FIRST_USER_ID, FIRST_USER_ID + users))
    counter = LogCounter()
    root = logging.getLogger()
    root.addHandler(counter)
    level = root.level
    root.setLevel(logging.INFO)  # counted, not printed: the counter is the only handler
    try:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder) / "data"
            seeding = time.perf_counter()
            await seed(data_dir, user_ids, NUDGE_DAY_0800_UTC)
            result.seed_seconds = time.perf_counter() - seeding
            async with FakeTelegram() as tg:
                for user_id in user_ids:
                    tg.user(user_id, first_name=f"User {user_id}", language_code="fr")
                tg.rate_limit(rate)
                await deliver_and_watch(tg, data_dir, result, limit)
    finally:
        root.removeHandler(counter)
        root.setLevel(level)
    result.logs = counter.counts
    return result


async def deliver_and_watch(tg: FakeTelegram, data_dir: Path, result: Result, limit: float) -> None:
    """Start the bot on the chosen path, watch the nudges arrive, stop the bot."""
    catch_up = result.path == "catch-up"
    clock = FakeClock(NUDGE_DAY_0800_UTC if catch_up else NUDGE_DAY_0800_UTC - timedelta(minutes=1))
    bot = RunningBot(tg, data_dir, clock)
    result.rss_before_kib = peak_rss_kib()
    tasks: list[asyncio.Task[None]] = []
    started = time.perf_counter()
    await bot.start()
    job_queue = bot.app.job_queue
    assert job_queue is not None  # the minute's delivery job is held by the harness
    try:
        if len(bot.app.bot_data.due) != result.users:
            raise RuntimeError(f"{len(bot.app.bot_data.due)} indexed for {result.users} users")
        if not catch_up:
            await wait_for_catch_up(job_queue)
            if tg.count("sendMessage"):
                raise RuntimeError("the catch-up sent nudges before 09:00: the bench is wrong")
            result.rss_started_kib = peak_rss_kib()
            clock.current = NUDGE_DAY_0800_UTC
            started = time.perf_counter()
            # What the delivery job starts when the minute comes: one round for all who are due.
            tasks = [asyncio.create_task(deliver_due(bot.app))]
        await watch(tg, result, started, started + limit, tasks)
        result.send_calls = tg.count("sendMessage")
        result.accepted = sum(1 for m in tg.sent if m.chat_id >= FIRST_USER_ID)
        calls_per_chat = Counter(params.get("chat_id") for params in tg.params("sendMessage"))
        result.most_calls = max(calls_per_chat.values(), default=0)
        if result.arrivals:
            result.first_arrival = result.arrivals[0]
            result.last_arrival = result.arrivals[-1]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await bot.stop()
    result.rss_after_kib = peak_rss_kib()


async def wait_for_catch_up(job_queue: JobQueue[Context]) -> None:
    """Let the start-up catch-up job run (it finds nothing due at 08:59) and end."""
    for _ in range(int(30 / POLL_SECONDS)):
        if not job_queue.jobs("^catch-up$"):
            break
        await asyncio.sleep(POLL_SECONDS)
    await asyncio.sleep(0.5)  # deliver_all for users with nothing due: well under this


def stalls(arrivals: list[float]) -> tuple[int, float]:
    """How many gaps between accepted nudges exceed STALL_SECONDS, and their total length."""
    gaps = [b - a for a, b in itertools.pairwise(arrivals) if b - a > STALL_SECONDS]
    return len(gaps), sum(gaps)


def report(result: Result) -> None:
    """Print the figures."""
    ideal = result.users / result.rate
    delivered = len(result.per_chat)
    duplicates = sum(1 for count in result.per_chat.values() if count > 1)
    rejected = result.send_calls - result.accepted
    stall_count, stall_total = stalls(result.arrivals)
    print(f"nudges of users all due at the same minute, path: {result.path}")
    print(f"  users                        {result.users:>10,}")
    print(f"  seeding the store            {result.seed_seconds:>10.2f} s (not measured below)")
    print(f"  messages delivered           {delivered:>10,} (distinct chats with a nudge)")
    print(f"  duplicates                   {duplicates:>10,} (chats with more than one nudge)")
    print(f"  misses                       {result.users - delivered:>10,} (users with none)")
    print(f"  sendMessage calls            {result.send_calls:>10,}")
    print(f"  429 answers                  {rejected:>10,} (calls minus accepted messages)")
    print(f"  most calls for one chat      {result.most_calls:>10,} (1: never retried)")
    if result.first_arrival is not None:
        print(f"  first nudge after            {result.first_arrival:>10.2f} s")
    if result.taken is not None:
        print(f"  time taken                   {result.taken:>10.2f} s")
    else:
        state = "timed out" if result.timed_out else "gave up: nothing more was coming"
        print(
            f"  time taken                          n/a ({state}; last nudge at "
            f"{result.last_arrival:.2f} s)"
        )
    print(f"  ideal (users / rate)         {ideal:>10.2f} s at {result.rate}/s")
    if result.taken is not None:
        ratio = result.taken / ideal
        verdict = "within" if ratio <= 1.10 else "NOT within"
        print(f"  taken / ideal                {ratio:>10.3f} ({verdict} 10% of ideal)")
        print(f"  achieved rate                {delivered / result.taken:>10.1f} nudges/s")
    print(
        f"  stalls > {STALL_SECONDS:.1f} s between nudges {stall_count:>6} "
        f"({stall_total:.2f} s in all)"
    )
    print(f"  peak RSS before the bot      {result.rss_before_kib / 1024:>10.1f} MiB")
    if result.rss_started_kib:
        print(f"  peak RSS bot started         {result.rss_started_kib / 1024:>10.1f} MiB")
    print(
        f"  peak RSS at the end          {result.rss_after_kib / 1024:>10.1f} MiB"
        " (bot, fake server and bench in one process)"
    )
    shown = {key: count for key, count in result.logs.items() if key[1] >= logging.WARNING}
    if shown:
        print("  log records during the run (logger, level, message: count):")
        for (name, level, message), count in sorted(shown.items()):
            print(f"    {name} {logging.getLevelName(level)} {message!r}: {count}")


def main() -> None:
    """Parse the options, run once, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=int, default=30, help="sends the fake allows per second")
    parser.add_argument("--path", choices=("jobs", "catch-up"), default="jobs")
    args = parser.parse_args()
    if args.users < 1 or args.rate < 1:
        parser.error("--users and --rate must be positive")
    timeout = 3 * args.users / args.rate + 30
    report(asyncio.run(run(args.users, args.rate, args.path, timeout)))


if __name__ == "__main__":
    main()
