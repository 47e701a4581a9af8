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

Besides the time, it measures how the bot's outgoing calls behave (bot/ratelimit.py): the
largest number of sendMessage calls that reached the server in any sliding second (Telegram
allows about 30), and, after a 429 injected once a third of the nudges are out
(`--inject-429`, retry_after=1 s; `--no-429` to leave it out), how many calls arrived inside
its window (target 0). And the crash window of exactly-once delivery: the time from the
server's answer to a nudge's sendMessage until that nudge is stored as sent (a SIGKILL in
between re-sends it after the restart).

And how a user who writes during the fan-out is answered (`--probes N`, 50 by default, 0 for
none): once a twentieth of the nudges are out, another user (not due) sends `/list` N times,
one after another, each once the previous answer came; the time from the message to the
answer is printed (target: p95 < 1 s). Replies go before nudges in the rate limiter, so the
nudges take that many slots longer: the ideal time counts them.
"""

from __future__ import annotations

import os

# Before telegram is imported: RetryAfter.retry_after as a timedelta, as the bot runs it;
# without it PTB warns on every 429.
os.environ.setdefault("PTB_TIMEDELTA", "true")

import argparse
import asyncio
import bisect
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
from core.model import Contact, Nudge, UserProfile
from emulator import ApiError, FakeTelegram
from emulator import server as fake_server
from storage.tinydb.repository import TinyDBRepository
from tests.harness import FakeClock, RunningBot

NUDGE_DAY_0800_UTC = datetime(2026, 1, 12, 8, 0, tzinfo=UTC)  # Monday, 09:00 in Paris (CET)
FIRST_USER_ID = 100_001
PROBE_USER_ID = 1  # writes /list during the fan-out; not due (nudged at 21:00)
PROBE_CONTACTS = 30
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
    calls: list[float] = field(default_factory=list)  # when each sendMessage reached the server
    windows: list[tuple[float, float]] = field(default_factory=list)  # 429s: from, until
    injected_429: bool = False
    answered: dict[tuple[int, int], float] = field(default_factory=dict)  # (chat, message): at
    marked: dict[tuple[int, int], float] = field(default_factory=dict)  # stored as sent: at
    probes: int = 0  # how many /list the probe user sends during the fan-out
    probe_waits: list[float] = field(default_factory=list)  # seconds to each answer
    probe_span: tuple[float, float] | None = None  # when the probes ran (perf_counter)


class Probe:
    """Times, in the same clock as the bench: each sendMessage's arrival and 429s at the
    server, each accepted one's answer, and each nudge stored as sent by the bot."""

    def __init__(self, tg: FakeTelegram, result: Result, inject_at: int | None) -> None:
        self.tg, self.result, self.inject_at = tg, result, inject_at
        self._check = tg.faults.check
        self._send = fake_server.HANDLERS["sendMessage"]

    def __enter__(self) -> Probe:
        self.tg.faults.check = self.check  # type: ignore[method-assign]
        fake_server.HANDLERS["sendMessage"] = self.send_message
        return self

    def __exit__(self, *exc: object) -> None:
        self.tg.faults.check = self._check  # type: ignore[method-assign]
        fake_server.HANDLERS["sendMessage"] = self._send

    def check(self, method: str, params: dict[str, object]) -> None:
        if method != "sendMessage":
            self._check(method, params)
            return
        at = time.perf_counter()
        self.result.calls.append(at)
        if self.inject_at is not None and len(self.result.answered) >= self.inject_at:
            self.inject_at = None
            self.result.injected_429 = True
            self.tg.fail_next("sendMessage", status=429, retry_after=1)
        try:
            self._check(method, params)
        except ApiError as error:
            if error.status == 429 and error.parameters:
                seconds = float(error.parameters["retry_after"])
                self.result.windows.append((at, at + seconds))
            raise

    async def send_message(self, state: object, params: dict[str, object]) -> object:
        answer = await self._send(state, params)  # type: ignore[arg-type]
        self.result.answered[answer["chat"]["id"], answer["message_id"]] = time.perf_counter()
        return answer

    def watch_marks(self, repo: TinyDBRepository) -> None:
        """Note when the bot has stored each nudge as sent."""
        update_nudge = repo.update_nudge

        async def timed(user_id: int, nudge: Nudge) -> None:
            await update_nudge(user_id, nudge)
            if nudge.status == "sent" and nudge.message_id is not None:
                self.result.marked[user_id, nudge.message_id] = time.perf_counter()

        repo.update_nudge = timed  # type: ignore[method-assign]


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
    await repo.save_profile(
        UserProfile(
            PROBE_USER_ID,
            created_at=now - timedelta(days=365),
            timezone="Europe/Paris",
            nudge_time=time_of_day(21, 0),
            onboarded=True,
        )
    )
    friends = [
        Contact(
            contact_id=f"p{n}",
            name=f"Friend {n}",
            created_at=now - timedelta(days=365),
            last_contact_at=now - timedelta(days=n),
            cadence="1m",
        )
        for n in range(PROBE_CONTACTS)
    ]
    await repo.add_contacts(PROBE_USER_ID, friends)
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


async def probe_replies(tg: FakeTelegram, result: Result) -> None:
    """Once a twentieth of the nudges are out, send /list `probes` times, one at a time."""
    start_after = max(1, result.users // 20)
    await tg.state.wait_until(lambda: len(tg.sent) >= start_after or None, 60.0)
    user = tg.user(PROBE_USER_ID)
    first = time.perf_counter()
    for _ in range(result.probes):
        sent = time.perf_counter()
        await user.send("/list")
        await user.next_message(timeout=60)
        result.probe_waits.append(time.perf_counter() - sent)
    result.probe_span = first, time.perf_counter()


async def run(  # noqa: PLR0917
    users: int, rate: int, path: str, limit: float, inject_at: int | None, probes: int
) -> Result:
    """Seed, start the bot, make everyone due at once, and measure until all have a nudge."""
    result = Result(users, rate, path, probes=probes)
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
                tg.user(PROBE_USER_ID, first_name="Probe", language_code="fr")
                tg.rate_limit(rate)
                with Probe(tg, result, inject_at) as probe:
                    await deliver_and_watch(tg, data_dir, result, limit, probe)
    finally:
        root.removeHandler(counter)
        root.setLevel(level)
    result.logs = counter.counts
    return result


async def deliver_and_watch(
    tg: FakeTelegram, data_dir: Path, result: Result, limit: float, probe: Probe
) -> None:
    """Start the bot on the chosen path, watch the nudges arrive, stop the bot."""
    catch_up = result.path == "catch-up"
    clock = FakeClock(NUDGE_DAY_0800_UTC if catch_up else NUDGE_DAY_0800_UTC - timedelta(minutes=1))
    bot = RunningBot(tg, data_dir, clock)
    result.rss_before_kib = peak_rss_kib()
    tasks: list[asyncio.Task[None]] = []
    started = time.perf_counter()
    await bot.start()
    assert isinstance(bot.repo, TinyDBRepository)
    probe.watch_marks(bot.repo)
    job_queue = bot.app.job_queue
    assert job_queue is not None  # the minute's delivery job is held by the harness
    prober: asyncio.Task[None] | None = None
    try:
        indexed = len(bot.app.bot_data.due) - 1  # the probe user is indexed too (for 21:00)
        if indexed != result.users:
            raise RuntimeError(f"{indexed} indexed for {result.users} users")
        if not catch_up:
            await wait_for_catch_up(job_queue)
            if tg.count("sendMessage"):
                raise RuntimeError("the catch-up sent nudges before 09:00: the bench is wrong")
            result.rss_started_kib = peak_rss_kib()
            clock.current = NUDGE_DAY_0800_UTC
            started = time.perf_counter()
            # What the delivery job starts when the minute comes: one round for all who are due.
            tasks = [asyncio.create_task(deliver_due(bot.app))]
        if result.probes:
            prober = asyncio.create_task(probe_replies(tg, result))
        await watch(tg, result, started, started + limit, tasks)
        if prober is not None:
            await prober
        result.send_calls = tg.count("sendMessage")
        result.accepted = sum(
            1 for m in tg.sent if m.chat_id >= FIRST_USER_ID or m.chat_id == PROBE_USER_ID
        )
        calls_per_chat = Counter(
            params.get("chat_id")
            for params in tg.params("sendMessage")
            if params.get("chat_id") != PROBE_USER_ID
        )
        result.most_calls = max(calls_per_chat.values(), default=0)
        if result.arrivals:
            result.first_arrival = result.arrivals[0]
            result.last_arrival = result.arrivals[-1]
    finally:
        for task in [*tasks, *([prober] if prober is not None else [])]:
            task.cancel()
        await asyncio.gather(*tasks, *([prober] if prober else []), return_exceptions=True)
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


def most_in_a_second(times: list[float]) -> int:
    """The largest number of these instants in any sliding second."""
    ordered = sorted(times)
    return max(
        (bisect.bisect_left(ordered, at + 1.0) - index for index, at in enumerate(ordered)),
        default=0,
    )


def inside_windows(calls: list[float], windows: list[tuple[float, float]]) -> int:
    """How many calls arrived while a 429's retry_after was running (after the 429 itself)."""
    return sum(1 for at in calls if any(start < at < end for start, end in windows))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report_outgoing(result: Result) -> None:
    """The rate limiter's figures, and the crash window of exactly-once delivery."""
    print(
        f"  most sendMessage in 1 s      {most_in_a_second(result.calls):>10,}"
        " (any sliding second, at the server; target <= 30)"
    )
    label = "injected 429 + others" if result.injected_429 else "429s (none injected)"
    print(f"  {label:<28} {len(result.windows):>10,}")
    print(
        f"  sent inside a 429 window     {inside_windows(result.calls, result.windows):>10,}"
        " (target 0)"
    )
    window = [
        (marked - result.answered[key]) * 1000
        for key, marked in result.marked.items()
        if key in result.answered
    ]
    if window:
        print(
            f"  answer -> marked sent        {percentile(window, 0.5):>7.1f} ms p50, "
            f"{percentile(window, 0.95):.1f} ms p95, {max(window):.1f} ms max "
            f"({len(window):,} nudges: the crash window)"
        )


def report_probes(result: Result) -> None:
    """How fast a user writing during the fan-out was answered."""
    if not result.probe_waits:
        return
    waits = [wait * 1000 for wait in result.probe_waits]
    print(
        f"  /list during the fan-out     {percentile(waits, 0.5):>7.1f} ms p50, "
        f"{percentile(waits, 0.95):.1f} ms p95, {max(waits):.1f} ms max "
        f"({len(waits)} sends one after another; target p95 < 1000 ms)"
    )
    if result.probe_span is not None and result.arrivals:
        first, last = result.probe_span
        nudges_meanwhile = sum(1 for at in result.answered.values() if first <= at <= last) - len(
            waits
        )
        overlap = any(first < end and start < last for start, end in result.windows)
        print(
            f"  nudges sent meanwhile        {nudges_meanwhile:>10,} "
            f"(during the {last - first:.2f} s of probes; a 429 window overlapped: "
            f"{'yes' if overlap else 'no'})"
        )


def report(result: Result) -> None:
    """Print the figures."""
    pause = 1.0 if result.injected_429 else 0.0
    replies = len(result.probe_waits)  # they took slots the nudges would have had
    ideal = (result.users + replies) / result.rate + pause
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
    print(
        f"  sendMessage calls            {result.send_calls:>10,}"
        + (f" (the {len(result.probe_waits)} /list answers included)" if result.probe_waits else "")
    )
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
    paused = f" + {pause:.0f} s of the injected 429" if pause else ""
    label = "ideal (users+replies)/rate" if replies else "ideal (users / rate)"
    print(f"  {label:<28} {ideal:>10.2f} s at {result.rate}/s{paused}")
    if result.taken is not None:
        ratio = result.taken / ideal
        verdict = "within" if ratio <= 1.05 else "NOT within"
        print(f"  taken / ideal                {ratio:>10.3f} ({verdict} 5% of ideal)")
        print(f"  achieved rate                {delivered / result.taken:>10.1f} nudges/s")
    print(
        f"  stalls > {STALL_SECONDS:.1f} s between nudges {stall_count:>6} "
        f"({stall_total:.2f} s in all)"
    )
    report_outgoing(result)
    report_probes(result)
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
    parser.add_argument(
        "--inject-429",
        type=int,
        default=None,
        metavar="N",
        help="answer 429 (retry_after=1) once N nudges are out (default: a third of --users)",
    )
    parser.add_argument("--no-429", action="store_true", help="inject no 429")
    parser.add_argument(
        "--probes",
        type=int,
        default=50,
        metavar="N",
        help="/list sent one after another by another user during the fan-out (0: none)",
    )
    args = parser.parse_args()
    if args.users < 1 or args.rate < 1:
        parser.error("--users and --rate must be positive")
    inject_at = None if args.no_429 else (args.inject_429 or max(1, args.users // 3))
    timeout = 3 * args.users / args.rate + 30
    result = asyncio.run(run(args.users, args.rate, args.path, timeout, inject_at, args.probes))
    report(result)


if __name__ == "__main__":
    main()
