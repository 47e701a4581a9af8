"""The TinyDB adapter: read and write times as one user's contacts grow, and loop stalls."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

from core.agenda import agenda
from core.model import Contact, Interaction, UserProfile
from storage.tinydb import userfile
from storage.tinydb.repository import TinyDBRepository

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Paris")
READ_TARGET_MS = 1.0
LOG_TARGET_MS = 3.0  # plus one fsync
STALL_TARGET_MS = 50.0


def contacts_for(user_id: int, count: int) -> list[Contact]:
    """Contacts with a realistic amount of text."""
    return [
        Contact(
            contact_id=f"{user_id:x}-{n}",
            name=f"Contact {n} of user {user_id}",
            created_at=NOW,
            met="Internship in Hamburg; loves climbing and jazz.",
            interests=("climbing", "jazz"),
            tags=("stage", "hamburg"),
            last_contact_at=NOW - timedelta(days=n % 90),
        )
        for n in range(count)
    ]


async def median_ms(step: Callable[[int], Awaitable[object]], repeats: int) -> float:
    """Median wall time of `await step(i)` in milliseconds."""
    timings = []
    for i in range(repeats):
        started = time.perf_counter()
        await step(i)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def median_after_ms(
    prepare: Callable[[int], Awaitable[object]],
    step: Callable[[int], Awaitable[object]],
    repeats: int,
) -> float:
    """Median wall time of `await step(i)`, each after an untimed `await prepare(i)`."""
    timings = []
    for i in range(repeats):
        await prepare(i)
        started = time.perf_counter()
        await step(i)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def by_size(count: int, folder: Path, repeats: int) -> dict[str, float]:
    """Medians of get_contact, /list's query and log_interaction for a user with `count`."""
    repo = TinyDBRepository(folder)
    await repo.save_profile(UserProfile(1, NOW))
    await repo.add_contacts(1, contacts_for(1, count))
    await repo.close()
    repo = TinyDBRepository(folder)  # as after a restart
    await repo.contacts(1)  # the first read loads the file; what follows is steady state

    logged: list[int] = []  # each log is later than the last, so it moves the contact

    async def get(i: int) -> object:
        return await repo.get_contact(1, f"1-{i % count}")

    async def query(i: int) -> object:
        return await repo.contacts(1)

    async def listing(i: int) -> object:
        return agenda(await repo.contacts(1), ZONE, None)

    async def log(i: int) -> object:
        at = NOW + timedelta(minutes=len(logged))
        logged.append(i)
        return await repo.log_interaction(1, Interaction(f"1-{i % count}", at, "ok"))

    with mock.patch.object(userfile, "write_atomic"):  # the CPU cost alone: plan and render
        log_cpu = await median_ms(log, repeats)
    real_fsync = os.fsync
    os.fsync = lambda fd: None  # CPU, the kernel's copy and the rename: what grows with the file
    try:
        log_no_fsync = await median_ms(log, repeats)
    finally:
        os.fsync = real_fsync
    return {
        "log_interaction, no I/O": log_cpu,
        "log_interaction, no fsync": log_no_fsync,
        "get_contact": await median_ms(get, repeats * 10),
        "contacts()": await median_ms(query, repeats * 10),
        "/list (contacts + agenda)": await median_ms(listing, repeats),
        "/list after a log": await median_after_ms(log, listing, repeats),
        "log_interaction": await median_ms(log, repeats),
    }


async def stall(folder: Path, writers: int = 50, logs: int = 20) -> list[float]:
    """Latencies of another user's read path, every 5 ms, while `writers` users log at once."""
    repo = TinyDBRepository(folder)
    for user_id in range(1, writers + 2):
        await repo.save_profile(UserProfile(user_id, NOW))
        await repo.add_contacts(user_id, contacts_for(user_id, 50))
    reader = writers + 1
    done = asyncio.Event()
    latencies: list[float] = []

    async def read_and_reply() -> None:
        while not done.is_set():
            started = time.perf_counter()
            await repo.get_profile(reader)
            await repo.contacts(reader)
            latencies.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.005)

    async def ticker() -> None:
        # Event-loop lag: how late a 1 ms sleep wakes up while the writers run.
        while not done.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.001)
            latencies.append((time.perf_counter() - started) * 1000 - 1)

    async def writer(user_id: int) -> None:
        for n in range(logs):
            at = NOW + timedelta(minutes=n)
            await repo.log_interaction(user_id, Interaction(f"{user_id:x}-{n}", at, "ok"))

    watchers = [asyncio.create_task(read_and_reply()), asyncio.create_task(ticker())]
    await asyncio.gather(*(writer(user_id) for user_id in range(1, writers + 1)))
    done.set()
    await asyncio.gather(*watchers)
    return latencies


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def report(sizes: list[int], repeats: int, folder: Path) -> None:
    """Print the tables."""
    results = {size: await by_size(size, folder / f"s{size}", repeats) for size in sizes}
    print(f"TinyDBRepository, one user, median ms (targets: reads <= {READ_TARGET_MS} ms,")
    print(f"log <= {LOG_TARGET_MS} ms + one fsync, largest / smallest <= 3x)")
    print(f"{'operation':>26} | " + " | ".join(f"{size:>7,}" for size in sizes) + " | ratio")
    for name in results[sizes[0]]:
        row = [results[size][name] for size in sizes]
        cells = " | ".join(f"{value:>7.3f}" for value in row)
        print(f"{name:>26} | {cells} | {row[-1] / row[0]:.2f}x")
    latencies = await stall(folder / "stall")
    p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    print(
        f"another user's read path and loop lag while 50 users log 20 times each: "
        f"p50 {p50:.2f} ms, p95 {p95:.2f} ms (target <= {STALL_TARGET_MS:.0f}), "
        f"max {max(latencies):.2f} ms"
    )


def run(sizes: list[int], repeats: int, folder: Path) -> None:
    """Run the adapter's benchmarks in a fresh event loop."""
    asyncio.run(report(sizes, repeats, folder))
