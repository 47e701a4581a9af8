"""Updates a second the bot answers, per kind of message, next to a bare PTB echo bot.

`--users` users write in a closed loop (each sends, waits for the answer, sends again) for
`--seconds` per kind: `/list`, `/contact Ami`, `done Ami` (logs an exchange: a file write)
and a plain text (the "I did not understand" hint). Each user has `--contacts` contacts.
The send cap is lifted on both sides (the fake server has none, the bot's rate limiter gets
an unreachable rate), so what is measured is the handling, not Telegram's 30 messages a
second. In the same run, on the same fake server, a minimal python-telegram-bot Application
that echoes every text answers the same loops: with PTB's defaults (one update at a time)
and with `concurrent_updates(True)`. Target: the bot >= 0.8x the faster echo, for each kind.

This process runs the fake server and the fake users; each bot runs in a process of its own
(bench/throughput_bot.py), one after the other, so a bot's process pays for its own work
only, and its CPU time per update (user + system, read from /proc) is printed beside the
rate, with the Bot API calls it made per update. Everything stays on 127.0.0.1.
The machine's load changes under a run (other work shares its cores): the bots take turns
`--rounds` times, and the figures are medians, the ratio of each round taken between the
bots of that round.
Run: `python -m bench.throughput [--users 200] [--seconds 5] [--contacts 30] [--rounds 3]`
(`--bots` and `--kinds` to run some only).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from emulator import FakeTelegram
from emulator.messages import BotMessage

KINDS = {"/list": "/list", "/contact": "/contact Ami", "done": "done Ami", "text": "hello there"}
BOTS = {
    "echo": "echo, PTB defaults",
    "echo-concurrent": "echo, concurrent_updates",
    "echo-aiohttp": "echo, bot's aiohttp transport",  # not in the target's ratio: --bots
    "garder": "Garder Contact",
}
DEFAULT_BOTS = ["echo", "echo-concurrent", "garder"]
FIRST_USER = {"echo": 10_000, "echo-concurrent": 10_000, "echo-aiohttp": 10_000, "garder": 20_000}
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Loop:
    """What one closed loop of one kind measured."""

    updates: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the bot's process, user + system
    calls: Counter[str] = field(default_factory=Counter)  # Bot API calls made meanwhile
    waits: list[float] = field(default_factory=list)
    sample: str = ""  # the first answer, to see it was the expected one

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / self.updates if self.updates else 0.0

    @property
    def calls_per_update(self) -> float:
        """Bot API calls answering the updates (getUpdates, which fetches them, aside)."""
        answering = sum(n for name, n in self.calls.items() if name != "getUpdates")
        return answering / self.updates if self.updates else 0.0

    def p95_ms(self) -> float:
        ordered = sorted(self.waits)
        return 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


class Inbox:
    """Each chat's new bot messages, one event per chat: the fake users' own waiting
    (`FakeUser.next_message`) wakes every waiter on every message, which would make this
    process, not the bot, the bottleneck with hundreds of users."""

    def __init__(self, tg: FakeTelegram) -> None:
        self.arrived: dict[int, asyncio.Event] = defaultdict(asyncio.Event)
        self.read: Counter[int] = Counter()
        state = tg.state
        record = state.record

        def recorded(message: BotMessage) -> None:
            record(message)
            self.arrived[message.chat_id].set()

        state.record = recorded  # type: ignore[method-assign]
        self.state = state

    async def next_message(self, chat_id: int) -> BotMessage:
        """The chat's next message not read yet (waits for it, 60 s at most)."""
        event = self.arrived[chat_id]
        async with asyncio.timeout(60):
            while len(self.state.by_chat.get(chat_id, [])) <= self.read[chat_id]:
                event.clear()
                await event.wait()
        message = self.state.by_chat[chat_id][self.read[chat_id]]
        self.read[chat_id] += 1
        return message

    def skip_unread(self, chat_id: int) -> None:
        """Forget what came after the answer (a second message of the same reply)."""
        self.read[chat_id] = len(self.state.by_chat.get(chat_id, []))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def closed_loop(
    tg: FakeTelegram, inbox: Inbox, user_ids: range, text: str, *, seconds: float, pid: int
) -> Loop:
    """Every user sends `text`, waits for the answer, and again, for `seconds`."""
    result = Loop()
    deadline = time.perf_counter() + seconds

    async def one(user_id: int) -> None:
        user = tg.user(user_id)
        while time.perf_counter() < deadline:
            sent = time.perf_counter()
            await user.send(text)
            answer = await inbox.next_message(user_id)
            result.waits.append(time.perf_counter() - sent)
            result.updates += 1
            result.sample = result.sample or answer.plain_text

    calls_before = len(tg.calls)
    cpu_before = cpu_seconds(pid)
    started = time.perf_counter()
    await asyncio.gather(*(one(user_id) for user_id in user_ids))
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = cpu_seconds(pid) - cpu_before
    result.calls = Counter(name for name, _ in tg.calls[calls_before:])
    await asyncio.sleep(0.2)  # a late second message of the last answers, then skip it
    for user_id in user_ids:
        inbox.skip_unread(user_id)
    return result


async def warm_up(tg: FakeTelegram, inbox: Inbox, user_ids: range) -> None:
    """One message of each kind from each user, not counted: files read, caches and
    connections warm."""

    async def answered(user_id: int, text: str) -> None:
        await tg.user(user_id).send(text)
        await inbox.next_message(user_id)

    for text in KINDS.values():
        await asyncio.gather(*(answered(user_id, text) for user_id in user_ids))
    await asyncio.sleep(0.2)
    for user_id in user_ids:
        inbox.skip_unread(user_id)


async def run_one(
    tg: FakeTelegram,
    inbox: Inbox,
    bot: str,
    kinds: dict[str, str],
    *,
    users: int,
    seconds: float,
    contacts: int,
) -> dict[str, Loop]:
    """Start `bot` in its own process, run the loop of each kind against it, stop it."""
    first = FIRST_USER[bot]
    user_ids = range(first, first + users)
    command = [sys.executable, "-m", "bench.throughput_bot", bot, tg.url, tg.token]
    command += [str(first), str(users), str(contacts)]
    child = await asyncio.create_subprocess_exec(
        *command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        line = await asyncio.wait_for(child.stdout.readline(), timeout=600)
        if line.strip() != b"ready":
            raise RuntimeError(f"{bot} did not start: {line!r}")
        await warm_up(tg, inbox, user_ids)
        return {
            kind: await closed_loop(tg, inbox, user_ids, text, seconds=seconds, pid=child.pid)
            for kind, text in kinds.items()
        }
    finally:
        child.stdin.close()
        await child.wait()


Round = list[tuple[str, dict[str, Loop]]]  # each bot's name and loops, in the order run


async def run(
    bots: dict[str, str],
    kinds: dict[str, str],
    *,
    rounds: int,
    users: int,
    seconds: float,
    contacts: int,
) -> list[Round]:
    """Both echo bots, then the bot, one after the other on one fake server; `rounds` times,
    so that a change of the machine's load (shared) falls on every bot alike."""
    async with FakeTelegram() as tg:
        inbox = Inbox(tg)
        for first in set(FIRST_USER.values()):
            for user_id in range(first, first + users):
                tg.user(user_id, first_name=f"User {user_id}", language_code="en")
        results: list[Round] = []
        for _ in range(rounds):
            results.append(
                [
                    (
                        name,
                        await run_one(
                            tg, inbox, bot, kinds, users=users, seconds=seconds, contacts=contacts
                        ),
                    )
                    for bot, name in bots.items()
                ]
            )
        return results


def ratio(one_round: Round, kind: str) -> float:
    """The last bot's rate over the faster of the others' (0 if there is no other)."""
    best_echo = max((loops[kind].rate for _, loops in one_round[:-1]), default=0.0)
    return one_round[-1][1][kind].rate / best_echo if best_echo else 0.0


def report(users: int, kinds: dict[str, str], results: list[Round]) -> None:
    """Per kind, each bot's updates a second, p95 answer time and CPU per update (medians of
    the rounds); the ratio (median of the rounds' ratios); the Bot API calls per update."""
    print(f"closed loop, {users} users, send cap lifted; each bot in its own process;")
    print(f"medians of {len(results)} rounds")
    print("  updates/s (p95 answer time) [CPU-ms per update of the bot's process]")
    names = [name for name, _ in results[0]]
    print(f"  {'kind':<10}" + "".join(f"{name:>34}" for name in names) + "   ratio (rounds)")
    for kind in kinds:
        cells = ""
        for index in range(len(names)):
            of_bot = [one_round[index][1][kind] for one_round in results]
            rate = statistics.median(loop.rate for loop in of_bot)
            p95 = statistics.median(loop.p95_ms() for loop in of_bot)
            cpu = statistics.median(loop.cpu_ms for loop in of_bot)
            cells += f"{rate:>12.0f} ({p95:>5.0f} ms) [{cpu:>5.2f}]"
        ratios = [ratio(one_round, kind) for one_round in results]
        each = " ".join(f"{value:.2f}" for value in ratios)
        print(f"  {kind:<10}{cells}{statistics.median(ratios):>7.2f}x ({each})")
    print("  ratio: Garder Contact / the faster echo of the same round (target >= 0.8)")
    print("  Bot API calls per update (getUpdates aside in the total), first round:")
    for name, loops in results[0]:
        print(f"    {name}:")
        for kind, loop in loops.items():
            detail = ", ".join(
                f"{method} {count / loop.updates:.2f}" for method, count in loop.calls.items()
            )
            print(f"      {kind:<9} {loop.calls_per_update:.2f} ({detail})")
    print("  the bot's first answers:")
    for kind, loop in results[0][-1][1].items():
        print(f"    {kind:<9} {loop.sample[:70]!r}")


def main() -> None:
    """Parse the options, run, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=5.0, help="per kind and bot")
    parser.add_argument("--contacts", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3, help="each bot, one after the other")
    parser.add_argument("--bots", nargs="+", choices=BOTS, default=DEFAULT_BOTS)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    args = parser.parse_args()
    bots = {kind: BOTS[kind] for kind in args.bots}
    kinds = {kind: KINDS[kind] for kind in args.kinds}
    results = asyncio.run(
        run(
            bots,
            kinds,
            rounds=args.rounds,
            users=args.users,
            seconds=args.seconds,
            contacts=args.contacts,
        )
    )
    report(args.users, kinds, results)


if __name__ == "__main__":
    main()
