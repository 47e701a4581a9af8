"""How long the bot takes to be ready to poll, and its memory, as the number of users grows.

For 0, 1,000, 10,000 and 100,000 users with 50 contacts each, the bot starts on a data folder
(the real Application on the real TinyDB repository, against the fake Bot API server on
127.0.0.1) and the time is taken from opening the repository until polling has started:
reading every profile, indexing every user's next delivery, post_init (commands, the city
index), the start of polling. Each size runs in a fresh process, so that its peak RSS is its
own (the fake server's included, a few MiB).

The folders are generated once through the storage package (`write_new_user`, no fsync) and
kept in bench/.cache (git-ignored) for later runs. The fake clock is set at 07:00 UTC on a
Monday, before anyone's nudge hour, so that the start-up catch-up has nothing to send.
Run: `python -m bench.startup [--sizes 0 1000 10000 100000] [--contacts 50]`.
"""

from __future__ import annotations

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path

from core.model import Contact, UserProfile
from storage.tinydb.atomic import ensure_private_dir
from storage.tinydb.userfile import write_new_user

CACHE = Path(__file__).parent / ".cache"
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # Monday: before 09:00 anywhere below
ZONES = ("Europe/Paris", "Europe/Berlin", "America/Toronto", "Asia/Tokyo", "Europe/London")
FIRST_USER_ID = 1_000_001


def contacts_for(user_id: int, count: int) -> list[Contact]:
    """Contacts with a realistic amount of text (as bench/storage.py)."""
    return [
        Contact(
            contact_id=f"{user_id:x}-{n}",
            name=f"Contact {n} of user {user_id}",
            created_at=NOW - timedelta(days=n),
            met="Internship in Hamburg; loves climbing and jazz.",
            interests=("climbing", "jazz"),
            tags=("stage", "hamburg"),
            last_contact_at=NOW - timedelta(days=3 * n),
        )
        for n in range(count)
    ]


def folder_for(users: int, contacts: int) -> Path:
    """The cached data folder of that size, generated on first use."""
    data_dir = CACHE / f"startup-{users}x{contacts}" / "data"
    done = data_dir.parent / "complete"
    if done.exists():
        return data_dir
    ensure_private_dir(data_dir / "users")
    started = time.perf_counter()
    for n in range(users):
        user_id = FIRST_USER_ID + n
        path = data_dir / "users" / f"{user_id}.json"
        if path.exists() and path.with_name(f"{user_id}.profile.json").exists():
            continue  # an interrupted generation resumes
        profile = UserProfile(
            user_id,
            created_at=NOW - timedelta(days=365),
            timezone=ZONES[n % len(ZONES)],
            nudge_time=time_of_day(9 + n % 10, 5 * (n % 12)),
            onboarded=True,
            nudge_days=() if n % 3 else (1, 2, 3, 4, 5),
            last_delivery_day=(NOW - timedelta(days=1)).date(),
        )
        write_new_user(path, profile, contacts_for(user_id, contacts), durable=False)
        if n and n % 10_000 == 0:
            print(f"  generated {n:,} users ({time.perf_counter() - started:.0f} s)", flush=True)
    done.write_text(f"{time.perf_counter() - started:.1f}\n")
    return data_dir


async def measure(data_dir: Path) -> None:
    """Start the bot on `data_dir`; print seconds until polling, peak RSS (MiB), users indexed."""
    from emulator import FakeTelegram
    from storage.tinydb.repository import TinyDBRepository
    from tests.harness import FakeClock, RunningBot

    async with FakeTelegram() as tg:
        bot = RunningBot(tg, data_dir, FakeClock(NOW))
        started = time.perf_counter()
        repo = TinyDBRepository(data_dir)
        opened = time.perf_counter()
        await bot.start(repo)
        ready = time.perf_counter()
        indexed = len(bot.app.bot_data.due)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures = {
            "ready": ready - started,
            "repository": opened - started,
            "rss": rss,
            "indexed": indexed,
        }
        # The figures are taken: no need to wait for the catch-up (the Tokyo users are due at
        # 16:00 there and their chats are unknown to the fake server) or a clean shutdown.
        print(json.dumps(figures), flush=True)
        os._exit(0)


def run_child(data_dir: Path) -> dict[str, float]:
    """`measure` in a fresh interpreter, so that RSS and caches are its own."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.startup", "--measure", str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    """Generate what is missing, then measure each size in its own process."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10_000, 100_000])
    parser.add_argument("--contacts", type=int, default=50)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        asyncio.run(measure(args.measure))
        return
    rows = []
    for users in args.sizes:
        print(f"{users:,} users x {args.contacts} contacts...", flush=True)
        data_dir = folder_for(users, args.contacts)
        rows.append((users, run_child(data_dir)))
    print()
    print(f"start-up, users x {args.contacts} contacts (cached in {CACHE})")
    print("       users   ready to poll   of which repository   peak RSS    indexed")
    for users, result in rows:
        print(
            f"  {users:>10,}   {result['ready']:>11.2f} s   {result['repository']:>17.2f} s"
            f"   {result['rss']:>6.0f} MiB   {int(result['indexed']):>8,}"
        )
    base = next((r for u, r in rows if u == 0), None)
    timed = [(u, r) for u, r in rows if u > 0]
    if base is not None and len(timed) >= 2:
        print("  per user above the empty start (should stay flat if time grows linearly):")
        for users, result in timed:
            per_user = (result["ready"] - base["ready"]) / users * 1e6
            print(f"  {users:>10,}   {per_user:>9.1f} µs / user")


if __name__ == "__main__":
    main()
