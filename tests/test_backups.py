"""Snapshots of the data folder: whole files while users write, retention, restore, the lock."""

from __future__ import annotations

import asyncio
import json
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from core.model import UserProfile
from storage.tinydb.atomic import read_json_object
from storage.tinydb.datalock import RESTORE_MARKER, DataDirBusyError, hold_data_dir, is_held
from storage.tinydb.repository import TinyDBRepository
from storage.tinydb.snapshots import (
    MANIFEST,
    STALE_PARTIAL_SECONDS,
    SnapshotError,
    check_snapshot,
    restore_snapshot,
    snapshots,
    take_snapshot,
)
from tests.seeding import NOW, person, seed

DIALOGS = ("dialogs.pickle",)


async def _user(repo: TinyDBRepository, user_id: int, contacts: int) -> None:
    await repo.save_profile(UserProfile(user_id, NOW, language="fr", onboarded=True))
    people = [person(f"c{n}", f"Personne {n} " + "x" * 300) for n in range(contacts)]
    await seed(repo, user_id, *people)


def _file(data_dir: Path, user_id: int) -> bytes:
    return (data_dir / "users" / f"{user_id}.json").read_bytes()


async def test_a_backup_taken_while_users_write_holds_only_confirmed_states(
    tmp_path: Path,
) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    repo = TinyDBRepository(data_dir)
    users = range(1, 9)
    for user_id in users:
        await _user(repo, user_id, contacts=200)  # files of about 100 kB: slow to write
    confirmed = {user_id: {_file(data_dir, user_id)} for user_id in users}
    done = asyncio.Event()

    async def write(user_id: int) -> None:
        # Each user's file has one writer, so what is on disk once a write returns is the
        # state that write confirmed.
        for n in range(25):
            await repo.save_contact(user_id, person(f"c{n % 200}", f"Renamed {n} " + "y" * 300))
            confirmed[user_id].add(_file(data_dir, user_id))

    async def back_up() -> list[Path]:
        taken: list[Path] = []
        while not done.is_set():
            snapshot = await asyncio.to_thread(
                take_snapshot, data_dir, backup_dir, 100, NOW + timedelta(seconds=len(taken))
            )
            taken.append(snapshot.path)
        return taken

    backups = asyncio.create_task(back_up())
    await asyncio.gather(*(write(user_id) for user_id in users))
    done.set()
    taken = await backups
    await repo.close()

    assert len(taken) >= 2
    for snapshot in taken:
        assert check_snapshot(snapshot) == len(users)
        for user_id in users:
            copied = (snapshot / "users" / f"{user_id}.json").read_bytes()
            json.loads(copied)  # every file parses
            assert copied in confirmed[user_id], f"{snapshot.name}: user {user_id} torn"
        assert not list((snapshot / "users").glob("*.profile.json"))  # derived, rebuilt

    # The last one restores, and the bot's repository reads it back.
    chosen = taken[-1]
    restored = restore_snapshot(chosen, data_dir, NOW, DIALOGS)
    assert restored.users == len(users)
    repo = TinyDBRepository(data_dir)
    try:
        for user_id in users:
            assert _file(data_dir, user_id) == (chosen / "users" / f"{user_id}.json").read_bytes()
            assert len(await repo.contacts(user_id)) == 200
            assert await repo.get_profile(user_id) is not None
    finally:
        await repo.close()


async def test_retention_keeps_the_newest_and_nothing_else_is_touched(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    repo = TinyDBRepository(data_dir)
    await _user(repo, 1, contacts=1)
    await repo.close()
    (backup_dir / "notes").mkdir(parents=True)  # someone else's folder in BACKUP_DIR
    stale = backup_dir / ".partial-garder-contact-20260101T000000Z"
    stale.mkdir()
    old = time.time() - STALE_PARTIAL_SECONDS - 60
    os.utime(stale, (old, old))
    fresh = backup_dir / ".partial-garder-contact-20260102T000000Z"  # under way elsewhere
    fresh.mkdir()

    names = []
    for day in range(5):
        names.append(take_snapshot(data_dir, backup_dir, 3, NOW + timedelta(days=day)).path.name)
    twin = take_snapshot(data_dir, backup_dir, 3, NOW + timedelta(days=4))  # the same second
    assert twin.path.name == names[-1] + "-2"
    assert [p.name for p in snapshots(backup_dir)] == [names[3], names[4], twin.path.name]
    assert names[0] == "garder-contact-20260302T080000Z"
    assert (backup_dir / "notes").is_dir()
    assert not stale.exists()
    assert fresh.exists()
    assert oct((backup_dir / names[4]).stat().st_mode & 0o777) == "0o700"


def test_a_user_erased_during_the_backup_is_left_out_not_the_backup(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    (data_dir / "users").mkdir(parents=True)
    (data_dir / "users" / "1.json").write_text('{"profile": {}}')
    # Listed, then gone when opened: as a /deleteme between the two.
    (data_dir / "users" / "2.json").symlink_to(data_dir / "users" / "gone.json")
    snapshot = take_snapshot(data_dir, backup_dir, 7, NOW)
    assert snapshot.users == 1
    assert sorted(p.name for p in (snapshot.path / "users").iterdir()) == ["1.json"]
    assert check_snapshot(snapshot.path) == 1


async def test_restore_round_trip_puts_the_old_data_aside(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    repo = TinyDBRepository(data_dir)
    await _user(repo, 1, contacts=2)
    await _user(repo, 2, contacts=1)
    (data_dir / "dialogs.pickle").write_bytes(b"before")
    before = {user_id: _file(data_dir, user_id) for user_id in (1, 2)}
    snapshot = take_snapshot(data_dir, backup_dir, 7, NOW, DIALOGS).path

    await _user(repo, 3, contacts=1)
    await repo.save_contact(1, person("c0", "Changed"))
    await repo.close()
    (data_dir / "dialogs.pickle").write_bytes(b"after")
    changed = _file(data_dir, 1)

    restored = restore_snapshot(snapshot, data_dir, NOW + timedelta(hours=1), DIALOGS)
    assert restored.users == 2
    assert sorted(p.name for p in (data_dir / "users").iterdir()) == ["1.json", "2.json"]
    assert {user_id: _file(data_dir, user_id) for user_id in (1, 2)} == before
    assert (data_dir / "dialogs.pickle").read_bytes() == b"before"
    assert not (data_dir / RESTORE_MARKER).exists()
    assert not (data_dir / ".restore-staging").exists()
    previous = restored.previous
    assert previous.name == ".before-restore-20260302T090000Z"
    assert (previous / "users" / "1.json").read_bytes() == changed
    assert (previous / "users" / "3.json").exists()
    assert (previous / "dialogs.pickle").read_bytes() == b"after"
    assert (snapshot / MANIFEST).exists()  # the snapshot itself is untouched

    repo = TinyDBRepository(data_dir)  # sidecars are rebuilt from the restored files
    try:
        assert sorted(p.user_id for p in await repo.profiles()) == [1, 2]
        assert all(c.name.startswith("Personne") for c in await repo.contacts(1))
    finally:
        await repo.close()


async def test_a_damaged_snapshot_is_refused_before_anything_moves(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    repo = TinyDBRepository(data_dir)
    await _user(repo, 1, contacts=1)
    await repo.close()
    snapshot = take_snapshot(data_dir, backup_dir, 7, NOW).path
    current = _file(data_dir, 1)
    copied = snapshot / "users" / "1.json"
    copied.write_bytes(copied.read_bytes()[:-1] + b"x")  # same size, broken JSON
    with pytest.raises(SnapshotError, match="not valid JSON"):
        restore_snapshot(snapshot, data_dir, NOW)
    copied.write_bytes(b"{}")
    with pytest.raises(SnapshotError, match="not the size"):
        restore_snapshot(snapshot, data_dir, NOW)
    assert _file(data_dir, 1) == current
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".before")] == []


def test_restore_refuses_while_a_bot_holds_the_data_folder(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    (data_dir / "users").mkdir(parents=True)
    (data_dir / "users" / "1.json").write_text('{"profile": {}}')
    snapshot = take_snapshot(data_dir, backup_dir, 7, NOW).path
    (data_dir / "users" / "1.json").write_text('{"profile": {"1": {}}}')
    with hold_data_dir(data_dir):
        assert is_held(data_dir)
        with pytest.raises(DataDirBusyError, match="stop the other one first"):
            restore_snapshot(snapshot, data_dir, NOW)
        with pytest.raises(DataDirBusyError):  # a second bot on the same folder
            hold_data_dir(data_dir)
        assert (data_dir / "users" / "1.json").read_text() == '{"profile": {"1": {}}}'
    assert not is_held(data_dir)
    restore_snapshot(snapshot, data_dir, NOW)
    assert (data_dir / "users" / "1.json").read_text() == '{"profile": {}}'


def test_an_interrupted_restore_stops_the_bot_until_it_is_run_again(tmp_path: Path) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    (data_dir / "users").mkdir(parents=True)
    (data_dir / "users" / "1.json").write_text('{"profile": {}}')
    snapshot = take_snapshot(data_dir, backup_dir, 7, NOW).path
    # As a crash would leave it: the marker written, the users moved aside, nothing in place.
    (data_dir / RESTORE_MARKER).write_text(str(snapshot))
    (data_dir / "users").rename(data_dir / ".before-restore-x")
    with pytest.raises(DataDirBusyError, match=r"restore .* was interrupted"):
        hold_data_dir(data_dir)
    restore_snapshot(snapshot, data_dir, NOW)
    assert read_json_object(data_dir / "users" / "1.json") == {"profile": {}}
    hold_data_dir(data_dir).release()
