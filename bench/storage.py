"""How long one user's write takes as the store grows, beside a single plain TinyDB file.

The write measured is what `/log` does: record an interaction for a user with 50 contacts and
move that contact's last-contact date, through the bot's TinyDBRepository. Then the same
adapter (bench/repository.py): reads and writes of one user with 50 to 2,000 contacts, and how
late another user is served while 50 users write. Run: `python -m bench.storage [--sizes ...]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tinydb import Query, TinyDB

from bench import repository
from core.model import Contact, Interaction, UserProfile
from storage.tinydb.repository import TinyDBRepository

CONTACTS_PER_USER = 50
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def contacts_for(user_id: int) -> list[Contact]:
    """Fifty contacts with a realistic amount of text (the same as bench/repository.py's)."""
    return repository.contacts_for(user_id, CONTACTS_PER_USER)


def median_ms(write: Callable[[int], None], repeats: int) -> float:
    """Median wall time of `write(i)` in milliseconds."""
    timings = []
    for i in range(repeats):
        started = time.perf_counter()
        write(i)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def bench_ours(total: int, folder: Path, repeats: int) -> float:
    """One file per user: the write touches only the writer's file."""
    users = total // CONTACTS_PER_USER
    repo = TinyDBRepository(folder)
    real_fsync = os.fsync
    os.fsync = lambda fd: None  # seeding only: the store is not what is measured
    try:
        for user_id in range(1, users + 1):
            await repo.save_profile(UserProfile(user_id, NOW))
            await repo.add_contacts(user_id, contacts_for(user_id))
    finally:
        os.fsync = real_fsync
    await repo.close()
    repo = TinyDBRepository(folder)  # as after a restart: nothing of the writer cached
    writer = users // 2
    timings = []
    for i in range(repeats):
        contact_id = f"{writer:x}-{i % CONTACTS_PER_USER}"
        started = time.perf_counter()
        await repo.log_interaction(writer, Interaction(contact_id, NOW + timedelta(minutes=i)))
        timings.append((time.perf_counter() - started) * 1000)
    await repo.close()
    return statistics.median(timings)


def bench_plain(total: int, folder: Path, repeats: int) -> float:
    """Everyone in one TinyDB JSON file with the stock storage (which does not even fsync)."""
    db = TinyDB(folder / "all.json")
    users = total // CONTACTS_PER_USER
    documents = []
    for user_id in range(1, users + 1):
        for contact in contacts_for(user_id):
            documents.append(
                {
                    "user_id": user_id,
                    "contact_id": contact.contact_id,
                    "name": contact.name,
                    "met": contact.met,
                    "tags": list(contact.tags),
                    "last_contact_at": None,
                }
            )
    db.table("contacts").insert_multiple(documents)
    writer = users // 2
    row = Query()

    def write(i: int) -> None:
        contact_id = f"{writer:x}-{i % CONTACTS_PER_USER}"
        at = (NOW + timedelta(minutes=i)).isoformat()
        db.table("interactions").insert({"user_id": writer, "contact_id": contact_id, "at": at})
        db.table("contacts").update(
            {"last_contact_at": at}, (row.user_id == writer) & (row.contact_id == contact_id)
        )

    result = median_ms(write, repeats)
    db.close()
    return result


def main() -> None:
    """Print the table of medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--user-sizes", default="50,500,2000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print("median time of one user's write (log a contact, user with 50 contacts)")
    print(f"{'contacts in store':>18} | {'garder-contact':>15} | {'plain TinyDB file':>18}")
    results: list[float] = []
    for total in sizes:
        with tempfile.TemporaryDirectory() as ours_dir, tempfile.TemporaryDirectory() as plain_dir:
            ours = asyncio.run(bench_ours(total, Path(ours_dir), args.repeats))
            plain = bench_plain(total, Path(plain_dir), max(5, args.repeats // 4))
        results.append(ours)
        print(f"{total:>18,} | {ours:>12.2f} ms | {plain:>15.2f} ms")
    print(f"ours, largest / smallest store: {results[-1] / results[0]:.2f}x (must stay within 2x)")
    print()
    with tempfile.TemporaryDirectory() as folder:
        user_sizes = [int(size) for size in args.user_sizes.split(",")]
        repository.run(user_sizes, args.repeats, Path(folder))


if __name__ == "__main__":
    main()
