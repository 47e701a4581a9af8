"""The store against real files: records round-trip, writes are atomic, bad files are left alone."""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from tinydb import TinyDB

from core.model import Birthday, Channel, Contact, Interaction, UserProfile
from storage import (
    MAX_CONTACTS_PER_USER,
    Store,
    TooManyContactsError,
    UnknownContactError,
    UserDataUnavailableError,
)
from storage.tinydb import userdb
from storage.tinydb.atomic import write_atomic
from storage.tinydb.userdb import SCHEMA_VERSION

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def profile(user_id: int, **changes: object) -> UserProfile:
    """A profile created at NOW."""
    base = UserProfile(user_id=user_id, created_at=NOW)
    return UserProfile(**{**base.__dict__, **changes})


def test_profiles_round_trip_across_reopen(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved = profile(1, language="fr", timezone="America/Toronto", nudge_time=time(7, 30))
    store.save_profile(saved)
    store.save_profile(profile(2))
    store.close()

    reopened = Store(tmp_path)
    assert reopened.get_profile(1) == saved
    assert {p.user_id for p in reopened.profiles()} == {1, 2}
    assert reopened.get_profile(3) is None


def test_files_and_folders_are_private(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    store.save_profile(profile(1))
    user_file = tmp_path / "data" / "users" / "1.json"
    assert stat.S_IMODE(user_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data" / "users").stat().st_mode) == 0o700


def test_each_file_carries_its_schema_version(tmp_path: Path) -> None:
    Store(tmp_path).save_profile(profile(1))
    document = json.loads((tmp_path / "users" / "1.json").read_text())
    assert document["meta"]["1"] == {"schema_version": SCHEMA_VERSION}


def test_log_interaction_moves_last_contact_in_one_write(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa <&>", NOW), Contact("c2", "Tom", NOW)])
    later = NOW + timedelta(days=3)
    updated = store.log_interaction(1, Interaction("c1", later, "she got the job"))
    assert updated.last_contact_at == later
    store.close()

    reopened = Store(tmp_path)
    assert [c.name for c in reopened.contacts(1)] == ["Léa <&>", "Tom"]
    assert reopened.contacts(1)[0].last_contact_at == later
    assert reopened.interactions(1, "c1") == [Interaction("c1", later, "she got the job")]


def test_an_older_interaction_does_not_move_last_contact_back(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa", NOW)])
    store.log_interaction(1, Interaction("c1", NOW))
    updated = store.log_interaction(1, Interaction("c1", NOW - timedelta(days=30)))
    assert updated.last_contact_at == NOW
    assert len(store.interactions(1, "c1")) == 2


def test_data_is_scoped_to_each_user(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa", NOW)])
    assert store.contacts(2) == []
    with pytest.raises(UnknownContactError):
        store.log_interaction(2, Interaction("c1", NOW))
    assert store.contacts(1)[0].last_contact_at is None


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"[1, 2]", b'{"profile": {"1": {"user_id": "x"}}}', b"\xff\xfe"],
)
def test_an_unreadable_file_is_logged_left_untouched_and_isolated(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    Store(tmp_path).save_profile(profile(2, timezone="Europe/Paris"))
    broken = tmp_path / "users" / "1.json"
    broken.write_bytes(content)

    with caplog.at_level(logging.ERROR):
        store = Store(tmp_path)
    assert str(broken) in caplog.text
    assert store.is_unavailable(1)
    with pytest.raises(UserDataUnavailableError):
        store.get_profile(1)
    with pytest.raises(UserDataUnavailableError):
        store.save_profile(profile(1))
    assert broken.read_bytes() == content
    assert store.get_profile(2) == profile(2, timezone="Europe/Paris")


def test_a_file_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    Store(tmp_path).save_profile(profile(1))
    path = tmp_path / "users" / "1.json"
    document = json.loads(path.read_text())
    document["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(document))
    store = Store(tmp_path)
    assert store.is_unavailable(1)
    assert json.loads(path.read_text()) == document


def test_pending_migrations_run_once_at_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(tmp_path).save_profile(profile(1))

    def add_field(db: TinyDB) -> None:
        db.table("profile").update({"migrated": True})

    monkeypatch.setattr(userdb, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(userdb.MIGRATIONS, SCHEMA_VERSION, add_field)
    Store(tmp_path)
    document = json.loads((tmp_path / "users" / "1.json").read_text())
    assert document["meta"]["1"]["schema_version"] == SCHEMA_VERSION + 1
    assert document["profile"]["1"]["migrated"] is True


def test_stale_temporary_files_are_cleaned_at_open(tmp_path: Path) -> None:
    Store(tmp_path).save_profile(profile(1))
    leftover = tmp_path / "users" / ".1.json.abcd1234.tmp"
    leftover.write_text("{half")
    Store(tmp_path)
    assert not leftover.exists()


def test_a_failed_write_keeps_the_old_file_and_the_old_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa", NOW)])
    before = (tmp_path / "users" / "1.json").read_bytes()

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        store.log_interaction(1, Interaction("c1", NOW))
    monkeypatch.undo()
    assert (tmp_path / "users" / "1.json").read_bytes() == before
    assert store.contacts(1)[0].last_contact_at is None
    assert store.interactions(1, "c1") == []
    assert [p.name for p in (tmp_path / "users").iterdir()] == ["1.json"]


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_full_contact_round_trips(tmp_path: Path) -> None:
    contact = Contact(
        "c1",
        "Léa 🎉 <b>",
        NOW,
        met="stage chez Airbus à Hambourg",
        place="Montréal, Canada",
        city="Montréal",
        country_code="CA",
        timezone="America/Toronto",
        work="data science",
        interests=("jazz", "escalade"),
        channels=(Channel("email", "lea@example.org"), Channel("phone", "+33612345678")),
        birthday=Birthday(29, 2, None),
        cadence="2w",
        last_contact_at=NOW,
        paused=True,
        snoozed_until=date(2026, 3, 9),
        tags=("airbus",),
        telegram_user_id=777,
    )
    Store(tmp_path).add_contacts(1, [contact])
    assert Store(tmp_path).get_contact(1, "c1") == contact


def test_contacts_are_saved_deleted_and_limited(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa", NOW), Contact("c2", "Tom", NOW)])
    store.log_interaction(1, Interaction("c1", NOW, "coffee"))
    store.save_contact(1, replace(Contact("c2", "Tom", NOW), name="Thomas"))
    assert store.get_contact(1, "c2") == Contact("c2", "Thomas", NOW)
    assert store.get_contact(2, "c2") is None

    store.delete_contact(1, "c1")
    assert store.get_contact(1, "c1") is None
    assert store.interactions(1, "c1") == []
    with pytest.raises(UnknownContactError):
        store.delete_contact(1, "c1")
    with pytest.raises(UnknownContactError):
        store.save_contact(2, Contact("c2", "Thomas", NOW))

    many = [Contact(f"x{n}", f"P{n}", NOW) for n in range(MAX_CONTACTS_PER_USER - 1)]
    with pytest.raises(TooManyContactsError):
        store.add_contacts(1, [*many, Contact("y", "Y", NOW)])
    assert store.count_contacts(1) == 1
    store.add_contacts(1, many)
    assert store.count_contacts(1) == MAX_CONTACTS_PER_USER


def test_logging_ends_a_snooze(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.add_contacts(1, [Contact("c1", "Léa", NOW, snoozed_until=date(2026, 4, 1))])
    assert store.log_interaction(1, Interaction("c1", NOW)).snoozed_until is None
