"""The daily backup job, `garder-contact backup` and `restore`, and one bot per data folder."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from asyncio.subprocess import PIPE
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.__main__ import main
from bot.backups import JOB
from emulator import FakeTelegram
from storage.tinydb.datalock import hold_data_dir
from storage.tinydb.snapshots import snapshots
from tests.harness import FakeClock, RunningBot


async def test_the_daily_job_snapshots_the_data_folder(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    backup_dir = tmp_path / "backups"
    running = RunningBot(tg, tmp_path / "data", clock, backup_dir=backup_dir, backup_keep=2)
    await running.start()
    try:
        user = tg.user(8101, language_code="fr")
        await user.send("/start")
        await user.next_message()
        assert running.app.job_queue is not None
        (job,) = running.app.job_queue.get_jobs_by_name(JOB)
        trigger = job.job.trigger
        assert "hour='4', minute='30'" in str(trigger)  # 04:30...
        assert trigger.timezone == ZoneInfo("Europe/Paris")  # ... in DEFAULT_TIMEZONE
        for _ in range(3):
            await job.run(running.app)
            clock.advance(days=1)
        taken = snapshots(backup_dir)
        assert [p.name for p in taken] == [
            "garder-contact-20260303T080000Z",
            "garder-contact-20260304T080000Z",
        ]
        assert (taken[-1] / "users" / "8101.json").exists()
    finally:
        await running.stop()


async def test_an_unusable_backup_dir_is_said_at_start_up(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file")
    running = RunningBot(tg, tmp_path / "data", clock, backup_dir=not_a_folder)
    await running.start()
    try:
        errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
        assert any("is unusable" in message for message in errors), errors
    finally:
        await running.stop()


async def test_without_backup_dir_there_is_no_backup_job(bot: RunningBot) -> None:
    assert bot.app.job_queue is not None
    assert bot.app.job_queue.get_jobs_by_name(JOB) == ()


def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for key in ("TELEGRAM_BOT_TOKEN", "DATA_DIR", "BACKUP_DIR", "BACKUP_KEEP"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_backup_and_restore_commands_say_one_line_each(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, backup_dir = tmp_path / "data", tmp_path / "backups"
    (data_dir / "users").mkdir(parents=True)
    (data_dir / "users" / "1.json").write_text('{"profile": {}}')
    _environment(monkeypatch, tmp_path, DATA_DIR=str(data_dir))  # no token needed

    assert main(["backup"]) == 2
    assert "BACKUP_DIR is not set" in _one_line(capsys.readouterr().err)

    monkeypatch.setenv("BACKUP_DIR", str(backup_dir))
    monkeypatch.setenv("BACKUP_KEEP", "none")
    assert main(["backup"]) == 2
    assert "BACKUP_KEEP" in _one_line(capsys.readouterr().err)

    monkeypatch.setenv("BACKUP_KEEP", "3")
    assert main(["backup"]) == 0
    out = capsys.readouterr()
    assert "(1 users)" in _one_line(out.out)
    assert out.err == ""
    (snapshot,) = snapshots(backup_dir)

    (data_dir / "users" / "1.json").write_text('{"profile": {"1": {}}}')
    assert main(["restore"]) == 2  # no snapshot named: the list, and how to name one
    listing = capsys.readouterr()
    assert listing.out.strip() == str(snapshot)
    assert "garder-contact restore <snapshot>" in _one_line(listing.err)

    assert main(["restore", "garder-contact-19990101T000000Z"]) == 1
    assert "no snapshot at" in _one_line(capsys.readouterr().err)

    with hold_data_dir(data_dir):
        assert main(["restore", snapshot.name]) == 1
        refusal = _one_line(capsys.readouterr().err)
        assert "stop the other one first; nothing was restored" in refusal
    assert (data_dir / "users" / "1.json").read_text() == '{"profile": {"1": {}}}'

    assert main(["restore", snapshot.name]) == 0
    assert "the data it replaced is in" in _one_line(capsys.readouterr().out)
    assert (data_dir / "users" / "1.json").read_text() == '{"profile": {}}'


def _env(data_dir: Path, cwd: Path, **more: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(Path.cwd()),
        "DATA_DIR": str(data_dir),
        "BACKUP_DIR": str(cwd / "backups"),
        **more,
    }


async def _bot_process(tg: FakeTelegram, data_dir: Path, cwd: Path) -> asyncio.subprocess.Process:
    env = _env(data_dir, cwd, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_URL=tg.url)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=cwd, env=env, stdout=PIPE, stderr=PIPE
    )


async def _command(data_dir: Path, cwd: Path, *args: str) -> tuple[int, str]:
    """`garder-contact <args>` as an operator runs it beside the bot: no token in sight."""
    env = _env(data_dir, cwd)
    env.pop("TELEGRAM_BOT_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env, stdout=PIPE, stderr=PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, (stdout + stderr).decode()


async def test_a_running_bot_holds_its_data_folder_against_restore_and_a_second_bot(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    bot = await _bot_process(tg, data_dir, tmp_path)
    try:
        user = tg.user(8201, first_name="Léa", language_code="fr")
        await user.send("/start")
        assert "Salut Léa" in (await user.next_message(timeout=60)).plain_text
        code, output = await _command(data_dir, tmp_path, "backup")  # beside the running bot
        assert code == 0
        assert "(1 users)" in _one_line(output)

        await user.next_message()
        await user.send("Lyon")  # onboarding goes on after the snapshot
        assert "Lyon" in (await user.next_message()).plain_text
        (snapshot,) = snapshots(tmp_path / "backups")
        code, output = await _command(data_dir, tmp_path, "restore", snapshot.name)
        assert code == 1
        assert "nothing was restored" in _one_line(output)

        second = await _bot_process(tg, data_dir, tmp_path)
        out, err = await asyncio.wait_for(second.communicate(), timeout=60)
        assert second.returncode == 2
        assert "only one may at a time" in _one_line((out + err).decode())
    finally:
        bot.send_signal(signal.SIGTERM)
        await asyncio.wait_for(bot.communicate(), timeout=30)
    assert bot.returncode == 0

    code, output = await _command(data_dir, tmp_path, "restore", snapshot.name)
    assert code == 0, output
    assert "restored" in _one_line(output)
