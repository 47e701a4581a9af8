"""The README's run command, as a new user runs it: a real process polling a Bot API server."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.config import Secret
from bot.logs import configure_logging
from emulator import FakeTelegram


async def test_python_m_bot_answers_start_and_never_logs_the_token(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(Path.cwd()),
        "TELEGRAM_BOT_TOKEN": tg.token,
        "TELEGRAM_API_URL": tg.url,
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "DEBUG",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        user = tg.user(5001, first_name="Léa", language_code="fr")
        await user.send("/start")
        welcome = await user.next_message(timeout=60)
        assert "Salut Léa" in welcome.plain_text
    finally:
        process.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    output = (stdout + stderr).decode()
    assert process.returncode == 0, output
    assert tg.token not in output
    assert tg.token.split(":")[1] not in output
    assert "DEBUG" in output  # the log level was honoured, so there was much to leak
    assert (tmp_path / "data" / "users" / "5001.json").exists()


def test_the_log_filter_scrubs_the_token_from_messages_and_tracebacks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = "123456:very-secret"
    configure_logging("INFO", Secret(token))
    log = logging.getLogger("test.redaction")
    log.info("POST https://api.telegram.org/bot%s/getMe", token)
    try:
        raise RuntimeError(f"failed to reach /bot{token}/getUpdates")
    except RuntimeError:
        log.exception("boom")
    logging.getLogger().handlers.clear()
    err = capsys.readouterr().err
    assert "very-secret" not in err
    assert "/bot***/getMe" in err
    assert "boom" in err
