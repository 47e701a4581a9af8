"""Start-up reads each user's small profile sidecar, not their whole file, when it is current."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest

from core.model import Contact, UserProfile
from storage.tinydb import sidecars, userfile, users
from storage.tinydb.repository import TinyDBRepository

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PROFILE = UserProfile(1, NOW, timezone="Europe/Paris", nudge_time=time(7, 30), nudge_days=(1, 3))


def count_file_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every whole user file the scan parses."""
    read: list[Path] = []
    real = userfile.read_user_file

    def spy(path: Path) -> dict[str, Any] | None:
        read.append(path)
        return real(path)

    monkeypatch.setattr(users, "read_user_file", spy)
    return read


async def make_user(folder: Path) -> Path:
    repo = TinyDBRepository(folder)
    await repo.save_profile(PROFILE)
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    await repo.close()
    return folder / "users" / "1.json"


async def test_start_up_reads_the_sidecar_and_contacts_wait_for_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await make_user(tmp_path)
    assert (tmp_path / "users" / "1.profile.json").exists()
    read = count_file_reads(monkeypatch)
    repo = TinyDBRepository(tmp_path)
    assert read == []  # the profile came from the sidecar
    assert await repo.get_profile(1) == PROFILE
    assert [c.name for c in await repo.contacts(1)] == ["Léa"]  # read now, on first use


async def test_a_data_folder_without_sidecars_opens_and_gets_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await make_user(tmp_path)
    (tmp_path / "users" / "1.profile.json").unlink()  # as an older bot left the folder
    read = count_file_reads(monkeypatch)
    assert await TinyDBRepository(tmp_path).get_profile(1) == PROFILE
    assert read == [path]
    assert await TinyDBRepository(tmp_path).get_profile(1) == PROFILE
    assert read == [path]  # the sidecar was rebuilt: the second start did not read the file


async def test_a_sidecar_older_than_its_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await make_user(tmp_path)
    sidecar = tmp_path / "users" / "1.profile.json"
    stale = sidecar.read_bytes()
    repo = TinyDBRepository(tmp_path)
    await repo.save_profile(UserProfile(1, NOW, timezone="Asia/Tokyo", active=False))
    await repo.close()
    # A crash between the two writes: the file is new, the sidecar still the old one.
    sidecar.write_bytes(stale)
    os.utime(sidecar, ns=(path.stat().st_mtime_ns + 10**9,) * 2)  # even if it looks newer
    read = count_file_reads(monkeypatch)
    profile = await TinyDBRepository(tmp_path).get_profile(1)
    assert profile == UserProfile(1, NOW, timezone="Asia/Tokyo", active=False)
    assert read == [path]
    assert json.loads(sidecar.read_bytes())["profile"]["timezone"] == "Asia/Tokyo"


async def test_an_unreadable_sidecar_falls_back_to_the_file(tmp_path: Path) -> None:
    await make_user(tmp_path)
    (tmp_path / "users" / "1.profile.json").write_bytes(b"{not json")
    assert await TinyDBRepository(tmp_path).get_profile(1) == PROFILE


async def test_a_corrupt_file_is_found_even_with_a_sidecar(tmp_path: Path) -> None:
    path = await make_user(tmp_path)
    path.write_bytes(b'{"meta": {"1": ')  # rewritten, so the sidecar's stamp no longer matches
    repo = TinyDBRepository(tmp_path)
    assert await repo.is_unavailable(1)
    assert await repo.profiles() == []


async def test_a_crash_before_the_sidecars_are_written_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await make_user(tmp_path)
    repo = TinyDBRepository(tmp_path)
    await repo.save_profile(UserProfile(1, NOW, timezone="Asia/Tokyo"))
    # No close: the process dies with the sidecar still pending.
    read = count_file_reads(monkeypatch)
    restarted = TinyDBRepository(tmp_path)
    assert await restarted.get_profile(1) == UserProfile(1, NOW, timezone="Asia/Tokyo")
    assert read == [path]  # the stale sidecar was noticed and the file read instead
    await restarted.close()
    await repo.close()


async def test_many_writes_leave_one_batch_of_sidecars() -> None:
    batches: list[list[sidecars.Sidecar]] = []
    written = asyncio.Event()

    async def in_thread(work: Any, batch: list[sidecars.Sidecar]) -> None:
        batches.append(batch)
        written.set()

    writer = sidecars.SidecarWriter(in_thread, delay=0.01)
    for stamp in range(10):
        for user_id in (1, 2, 3):
            writer.behind(user_id, Path(f"{user_id}.json"), [stamp], PROFILE)
    await asyncio.wait_for(written.wait(), timeout=5)
    assert len(batches) == 1
    assert sorted((str(path), stamp) for path, stamp, _ in batches[0]) == [
        ("1.json", [9]),
        ("2.json", [9]),
        ("3.json", [9]),
    ]  # each user's latest stamp, with the profile it goes with
    writer.behind(1, Path("1.json"), [10], None)
    await writer.flush()
    assert batches[1] == [(Path("1.json"), [10], None)]
