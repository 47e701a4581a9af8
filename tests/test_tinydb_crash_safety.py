"""SIGKILL while the TinyDB adapter writes: files stay valid and nothing confirmed is lost."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from storage.tinydb.repository import TinyDBRepository

WRITER = """
import asyncio, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from storage.tinydb.repository import TinyDBRepository
from core.model import Contact, Interaction

async def main() -> None:
    repo = TinyDBRepository(Path(sys.argv[1]))
    if not await repo.contacts(1):
        created = datetime(2026, 1, 1, tzinfo=UTC)
        contacts = [Contact(f"c{n}", "Léa " * 20, created) for n in range(300)]
        await repo.add_contacts(1, contacts)
    start = len(await repo.all_interactions(1))
    print("ready", flush=True)
    for n in range(start, start + 100000):
        at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n)
        await repo.log_interaction(1, Interaction(f"c{n % 300}", at, "note " * 200))
        # Only now would the bot tell the user "logged": the write is confirmed.
        print(n + 1, flush=True)

asyncio.run(main())
"""


async def reopen(data: Path) -> tuple[bool, int]:
    """Whether user 1 is unavailable after a restart, and how many exchanges they have."""
    repo = TinyDBRepository(data)
    if await repo.is_unavailable(1):
        return True, 0
    return False, len(await repo.all_interactions(1))


def test_sigkill_while_writing_never_leaves_an_unreadable_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(11)
    confirmed = 0
    for _ in range(10):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path.cwd())},
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.01, 0.25))
            child.send_signal(signal.SIGKILL)
            lines = child.stdout.read().split()
        confirmed = int(lines[-1]) if lines else confirmed

        unavailable, logged = asyncio.run(reopen(data))
        assert not unavailable, "a data file was left unreadable"
        # The write in flight at the kill may have landed without being confirmed.
        assert logged in (confirmed, confirmed + 1)
        confirmed = logged
    assert confirmed > 0
