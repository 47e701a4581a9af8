"""How long an import of 2,000 people takes: a phone's .vcf and LinkedIn's Connections.csv.

For each file, on a fresh TinyDBRepository: the preview (read the file, find duplicates
against 0 contacts) and the write (read again, one `add_contacts` of 2,000 contacts, as the
Import button does): wall time, then on another fresh user the peak memory Python allocated
during each (tracemalloc), and the process's peak RSS. The download is not included.
Targets: under 5 s each. Run: `python -m bench.importing [--people N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from core.reading.importing import Reading, read_file
from core.reading.importing.defaults import Defaults
from services import importing
from storage.tinydb.repository import TinyDBRepository

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
T = TypeVar("T")
_PHOTO = base64.b64encode(bytes(range(256)) * 20).decode()  # a 5 kB picture per card


def vcards(count: int) -> bytes:
    """An Android-like export: QP names, two phones, an e-mail, a picture on every card."""
    cards = []
    for n in range(count):
        photo = "\r\n ".join(_PHOTO[i : i + 74] for i in range(0, len(_PHOTO), 74))
        cards.append(
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre{n};=C3=89lo=C3=AFse;;;\r\n"
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lo=C3=AFse Lef=C3=A8vre{n}\r\n"
            f"TEL;CELL:06 {n // 100 % 100:02d} {n % 100:02d} 56 78\r\n"
            f"TEL;WORK:+33 1 23 {n // 100 % 100:02d} {n % 100:02d} 89\r\n"
            f"EMAIL;HOME:eloise{n}@example.fr\r\nORG:Airbus\r\nBDAY:1995-03-14\r\n"
            f"PHOTO;ENCODING=BASE64;JPEG:{photo}\r\n\r\nEND:VCARD\r\n"
        )
    return "".join(cards).encode()


def linkedin(count: int) -> bytes:
    """Connections.csv as LinkedIn writes it: BOM, preamble, mostly empty e-mails."""
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses'
        ' are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(count):
        email = f"person{n}@example.com" if n % 10 == 0 else ""
        lines.append(
            f"Prénom{n},Nom{n},https://www.linkedin.com/in/person-{n},{email},"
            f'Company {n % 50},"Engineer, team {n % 7}",{n % 28 + 1:02d} Mar 2024'
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()


async def timed(step: Callable[[], Awaitable[T]], traced: bool) -> tuple[T, float]:
    """The step's result and, untraced, its wall time in s; traced, its peak memory in MB."""
    if not traced:
        started = time.perf_counter()
        result = await step()
        return result, time.perf_counter() - started
    tracemalloc.start()
    result = await step()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return result, peak


async def run_once(name: str, data: bytes, folder: Path, traced: bool) -> list[float]:
    """Preview then write one file for a fresh user: [preview figure, write figure]."""
    repo = TinyDBRepository(folder)

    async def preview() -> importing.Preview:
        reading = await asyncio.to_thread(read_file, name, data)
        assert isinstance(reading, Reading)
        return await importing.preview(repo, 1, reading)

    async def write() -> importing.Batch:
        reading = await asyncio.to_thread(read_file, name, data)
        assert isinstance(reading, Reading)
        return await importing.commit(
            repo, 1, reading, now=NOW, defaults=Defaults(("bench",)), connected=date.isoformat
        )

    found, preview_figure = await timed(preview, traced)
    batch, write_figure = await timed(write, traced)
    await repo.close()
    assert len(found.new) == len(batch.contact_ids) == len(set(batch.contact_ids))
    return [preview_figure, write_figure]


async def bench_one(label: str, name: str, data: bytes, folder: Path) -> None:
    """Times on one fresh user, peak memory on another (tracing slows Python down)."""
    preview_s, write_s = await run_once(name, data, folder / "timed", traced=False)
    preview_mb, write_mb = await run_once(name, data, folder / "traced", traced=True)
    print(
        f"{label:<28} {len(data) / 1e6:5.1f} MB file  "
        f"preview {preview_s:4.2f} s ({preview_mb:5.1f} MB peak)  "
        f"write {write_s:4.2f} s ({write_mb:5.1f} MB peak)"
    )


async def main(people: int) -> None:
    """Both files, each into its own fresh data folder."""
    with tempfile.TemporaryDirectory() as tmp:
        await bench_one(
            f"{people} vCards (2.1, photos)", "contacts.vcf", vcards(people), Path(tmp) / "a"
        )
        await bench_one(
            f"LinkedIn CSV, {people} rows", "Connections.csv", linkedin(people), Path(tmp) / "b"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process: {rss:.0f} MB (target: each step under 5 s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    asyncio.run(main(parser.parse_args().people))
