"""The TinyDB adapter against real files: reopening, bad files, schema, modes, failed writes."""

from __future__ import annotations

import asyncio
import json
import logging
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from core.model import Birthday, Channel, Contact, Favor, Interaction, Nudge, UserProfile
from services.repository import UserDataUnavailableError
from storage.tinydb import atomic, userdb, userfile
from storage.tinydb.repository import TinyDBRepository
from storage.tinydb.userdb import SCHEMA_VERSION

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY = date(2026, 3, 2)
FULL = Contact(
    "c1",
    "Léa 🎉 <b>",
    NOW,
    met="stage chez Airbus à Hambourg",
    place="Montréal, Canada",
    city="Montréal",
    country_code="CA",
    timezone="America/Toronto",
    interests=("jazz", "escalade"),
    channels=(Channel("email", "lea@example.org"),),
    birthday=Birthday(29, 2, None),
    cadence="2w",
    snoozed_until=date(2026, 3, 9),
    tags=("airbus",),
    telegram_user_id=777,
)


async def everything(repo: TinyDBRepository, user_id: int) -> dict[str, Any]:
    """Every read of one user, to compare two repositories."""
    contacts = await repo.contacts(user_id)
    return {
        "profile": await repo.get_profile(user_id),
        "contacts": contacts,
        "interactions": {
            c.contact_id: await repo.interactions(user_id, c.contact_id) for c in contacts
        },
        "all": await repo.all_interactions(user_id),
        "nudges": await repo.nudges_on(user_id, DAY),
        "found": await repo.find_nudge(user_id, 7),
        "favors": await repo.favors(user_id),
    }


async def fill(repo: TinyDBRepository, user_id: int = 1) -> None:
    """One of each write."""
    await repo.save_profile(UserProfile(user_id, NOW, language="fr"))
    await repo.add_contacts(user_id, [FULL, Contact("c2", "Tom", NOW), Contact("c3", "Zoé", NOW)])
    await repo.log_interaction(user_id, Interaction("c1", NOW, "coffee", "in_person"))
    await repo.save_contact(user_id, Contact("c2", "Thomas", NOW))
    await repo.delete_contact(user_id, "c3")
    await repo.start_delivery(user_id, DAY, [Nudge(DAY, "c1"), Nudge(DAY, "c2")])
    await repo.update_nudge(user_id, Nudge(DAY, "c2", message_id=7, status="sent"))
    favor = Favor("f1", "c2", "Berlin", NOW, DAY, DAY + timedelta(days=7))
    await repo.save_favor(user_id, favor, note=Interaction("c2", NOW, "asked"))


# A file as the old synchronous Store wrote it (TinyDB's JSON, schema 1, a deleted contact's
# id not reused): the data folders of earlier versions hold such files, and must keep opening.
OLD_STORE_FILE = (
    '{"meta":{"1":{"schema_version":1}},"profile":{"1":{"user_id":1,'
    '"created_at":"2026-03-02T08:00:00+00:00","language":"fr","telegram_language":null,'
    '"timezone":"Europe/Paris","nudge_time":"09:00:00","onboarded":false,"active":true,'
    '"nudge_days":[],"daily_max":3,"digest":false,"last_delivery_day":null,'
    '"stay_started":null,"leaving_on":null,"taper":true}},'
    '"contacts":{"1":{"contact_id":"c1","name":"Léa 🎉 <b>",'
    '"created_at":"2026-03-02T08:00:00+00:00","met":"stage chez Airbus à Hambourg",'
    '"place":"Montréal, Canada","city":"Montréal","country_code":"CA",'
    '"timezone":"America/Toronto","work":"","interests":["jazz","escalade"],'
    '"channels":[{"kind":"email","value":"lea@example.org"}],"birthday":{"day":29,'
    '"month":2,"year":null},"cadence":"2w","last_contact_at":"2026-03-02T08:00:00+00:00",'
    '"paused":false,"snoozed_until":null,"tags":["airbus"],"telegram_user_id":777,'
    '"birthday_reminder_days":null,"taper":true},"3":{"contact_id":"c3","name":"Ana",'
    '"created_at":"2026-03-02T08:00:00+00:00","met":"","place":"","city":null,'
    '"country_code":null,"timezone":null,"work":"data","interests":[],"channels":[],'
    '"birthday":null,"cadence":"1m","last_contact_at":null,"paused":true,'
    '"snoozed_until":null,"tags":[],"telegram_user_id":null,"birthday_reminder_days":null,'
    '"taper":true}},"interactions":{"1":{"contact_id":"c1",'
    '"at":"2026-03-02T08:00:00+00:00","note":"café","channel":"in_person"}}}'
)


async def test_reopening_keeps_everything_in_a_plain_tinydb_file(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await fill(repo)
    before = await everything(repo, 1)
    await repo.close()
    assert before["contacts"][0].last_contact_at == NOW
    assert await everything(TinyDBRepository(tmp_path), 1) == before
    with TinyDB(tmp_path / "users" / "1.json") as db:  # stock TinyDB reads the same file
        assert [doc["name"] for doc in db.table("contacts").all()] == ["Léa 🎉 <b>", "Thomas"]
        assert db.table("meta").get(doc_id=1) == {"schema_version": SCHEMA_VERSION}
        assert len(db.table("interactions")) == 2


async def test_files_written_by_the_old_store_open(tmp_path: Path) -> None:
    path = tmp_path / "users" / "1.json"
    path.parent.mkdir(parents=True)
    path.write_text(OLD_STORE_FILE, encoding="utf-8")
    repo = TinyDBRepository(tmp_path)
    assert await repo.get_profile(1) == UserProfile(1, NOW, "fr", timezone="Europe/Paris")
    ana = Contact("c3", "Ana", NOW, work="data", paused=True)
    logged = replace(FULL, last_contact_at=NOW, snoozed_until=None)
    assert await repo.contacts(1) == [logged, ana]
    assert await repo.interactions(1, "c1") == [Interaction("c1", NOW, "café", "in_person")]
    await repo.add_contacts(1, [Contact("c4", "Ana", NOW)])
    await repo.log_interaction(1, Interaction("c3", NOW))
    assert [c.contact_id for c in await TinyDBRepository(tmp_path).contacts(1)] == [
        "c1",
        "c3",
        "c4",
    ]
    written = json.loads(path.read_text(encoding="utf-8"))
    assert list(written["contacts"]) == ["1", "3", "4"]
    assert written["profile"] == json.loads(OLD_STORE_FILE)["profile"]


async def test_every_field_of_a_contact_round_trips(tmp_path: Path) -> None:
    contact = replace(
        FULL,
        work="data science",
        channels=(Channel("email", "lea@example.org"), Channel("phone", "+33612345678")),
        last_contact_at=NOW,
        paused=True,
        birthday=Birthday(29, 2, 1990),
        birthday_reminder_days=3,
        taper=False,
    )
    await TinyDBRepository(tmp_path).add_contacts(1, [contact])
    assert await TinyDBRepository(tmp_path).get_contact(1, "c1") == contact


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"[1, 2]",
        b"\xff\xfe",
        b'{"meta": {"1": {"schema_version": 1}}, "profile": {"1": {"user_id": "x"}}}',
        b'{"meta": {"1": {"schema_version": 1}}, "contacts": {"1": {"name": "no id"}}}',
        b'{"meta": {"1": {"schema_version": 1}}, "contacts": []}',
    ],
)
async def test_an_unreadable_file_is_logged_left_untouched_and_isolated(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.save_profile(UserProfile(2, NOW, timezone="Europe/Paris"))
    broken = tmp_path / "users" / "1.json"
    broken.write_bytes(content)

    with caplog.at_level(logging.ERROR):
        repo = TinyDBRepository(tmp_path)
        with pytest.raises(UserDataUnavailableError):
            await repo.contacts(1)  # a bad contact is found when the user is first read
    assert str(broken) in caplog.text
    assert await repo.is_unavailable(1)
    with pytest.raises(UserDataUnavailableError):
        await repo.get_profile(1)
    with pytest.raises(UserDataUnavailableError):
        await repo.save_profile(UserProfile(1, NOW))
    with pytest.raises(UserDataUnavailableError):
        await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    assert broken.read_bytes() == content
    assert await repo.get_profile(2) == UserProfile(2, NOW, timezone="Europe/Paris")
    assert [p.user_id for p in await repo.profiles()] == [2]
    await repo.add_contacts(2, [Contact("c1", "Léa", NOW)])


async def test_a_file_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    await TinyDBRepository(tmp_path).save_profile(UserProfile(1, NOW))
    path = tmp_path / "users" / "1.json"
    document = json.loads(path.read_text())
    document["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(document))
    repo = TinyDBRepository(tmp_path)
    assert await repo.is_unavailable(1)
    with pytest.raises(UserDataUnavailableError):
        await repo.save_profile(UserProfile(1, NOW))
    assert json.loads(path.read_text()) == document


async def test_pending_migrations_run_once_at_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await TinyDBRepository(tmp_path).save_profile(UserProfile(1, NOW))
    runs: list[int] = []

    def add_field(db: TinyDB) -> None:
        runs.append(1)
        db.table("profile").update({"migrated": True})

    monkeypatch.setattr(userdb, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(userdb.MIGRATIONS, SCHEMA_VERSION, add_field)
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    TinyDBRepository(tmp_path)
    document = json.loads((tmp_path / "users" / "1.json").read_text())
    assert document["meta"]["1"]["schema_version"] == SCHEMA_VERSION + 1
    assert document["profile"]["1"]["migrated"] is True
    assert runs == [1]


async def test_files_and_folders_are_private_and_stale_temp_files_go(tmp_path: Path) -> None:
    await TinyDBRepository(tmp_path / "data").save_profile(UserProfile(1, NOW))
    users = tmp_path / "data" / "users"
    leftover = users / ".1.json.abcd1234.tmp"
    leftover.write_text("{half")
    TinyDBRepository(tmp_path / "data")
    assert not leftover.exists()
    assert stat.S_IMODE((users / "1.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(users.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    document = json.loads((users / "1.json").read_text())
    assert document["meta"]["1"] == {"schema_version": SCHEMA_VERSION}


async def test_a_write_failing_before_the_rename_keeps_the_old_file_and_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = TinyDBRepository(tmp_path)
    await fill(repo)
    before = (tmp_path / "users" / "1.json").read_bytes()
    expected = await everything(repo, 1)

    def full_disk(path: Path, payload: bytes, **options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(userfile, "write_atomic", full_disk)
    with pytest.raises(OSError, match="No space"):
        await repo.log_interaction(1, Interaction("c1", NOW + timedelta(days=1)))
    with pytest.raises(OSError, match="No space"):
        await repo.save_favor(1, Favor("f2", "c1", "x", NOW, DAY, DAY), Interaction("c1", NOW))
    monkeypatch.undo()
    assert (tmp_path / "users" / "1.json").read_bytes() == before
    assert await everything(repo, 1) == expected
    assert await everything(TinyDBRepository(tmp_path), 1) == expected


async def test_a_write_failing_after_the_rename_leaves_memory_equal_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = TinyDBRepository(tmp_path)
    await fill(repo)

    def dir_fsync_fails(path: Path, folder_fd: int | None) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic, "_fsync_folder", dir_fsync_fails)
    with pytest.raises(OSError, match="Input/output"):
        await repo.save_profile(UserProfile(1, NOW, language="en"))
    monkeypatch.undo()
    on_disk = await everything(TinyDBRepository(tmp_path), 1)
    assert on_disk["profile"] == UserProfile(1, NOW, language="en")
    assert await everything(repo, 1) == on_disk


async def test_concurrent_writes_of_one_user_all_land(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [Contact(f"c{n}", f"P{n}", NOW) for n in range(5)])
    logs = [
        repo.log_interaction(1, Interaction(f"c{n % 5}", NOW + timedelta(minutes=n)))
        for n in range(40)
    ]
    await asyncio.gather(*logs, repo.add_contacts(2, [Contact("x", "X", NOW)]))
    assert len(await TinyDBRepository(tmp_path).all_interactions(1)) == 40
    assert len(await repo.all_interactions(1)) == 40


async def test_a_write_whose_caller_is_cancelled_still_lands(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path)
    await repo.add_contacts(1, [Contact("c1", "Léa", NOW)])
    task = asyncio.create_task(repo.log_interaction(1, Interaction("c1", NOW)))
    await asyncio.sleep(0)  # the write has started
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await repo.close()
    assert await TinyDBRepository(tmp_path).interactions(1, "c1") == [Interaction("c1", NOW)]
    assert await repo.interactions(1, "c1") == [Interaction("c1", NOW)]


async def test_users_dropped_from_memory_are_read_again(tmp_path: Path) -> None:
    repo = TinyDBRepository(tmp_path, users_kept=2)
    for user_id in range(1, 6):
        await repo.add_contacts(user_id, [Contact(f"c{user_id}", "Léa", NOW)])
    assert len(repo._files._loaded) == 2
    for user_id in range(1, 6):
        assert [c.contact_id for c in await repo.contacts(user_id)] == [f"c{user_id}"]
