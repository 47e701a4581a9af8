"""Expected start-up failures of `python -m bot`: one line on stderr, no traceback, the exit
code the README documents; and once up, one line saying where to find the bot."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.hosting.startup import EXIT_CONFIG, EXIT_CONFLICT, EXIT_LISTEN, EXIT_UNREACHABLE
from emulator import FakeTelegram
from tests.hosting import free_port, start_bot

CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


async def run_bot(tmp_path: Path, **env: str) -> tuple[int, str, str]:
    """Run `python -m bot` to its end; its exit code, stdout and stderr."""
    process = await start_bot(tmp_path, **env)
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def one_line(stderr: str) -> str:
    """The one line saying what failed; at LOG_LEVEL=INFO, log lines of what went well (the
    store opened...) may come before it, never a warning, an error or a traceback."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.strip().splitlines() if " INFO " not in line]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("garder-contact: ")
    return lines[0]


async def test_no_network_is_one_line_and_exit_3(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    code, out, err = await run_bot(
        tmp_path, TELEGRAM_BOT_TOKEN="123456:ABC-token", TELEGRAM_API_URL=closed
    )
    assert code == EXIT_UNREACHABLE == 3
    line = one_line(err)
    assert "cannot reach the Telegram Bot API at 127.0.0.1" in line
    assert "check TELEGRAM_API_URL" in line
    assert out == ""


async def test_a_dns_failure_is_one_line_and_exit_3(tmp_path: Path) -> None:
    code, _, err = await run_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN="123456:ABC-token",
        TELEGRAM_API_URL="http://api.no-such-host.invalid",
        LOG_LEVEL="WARNING",
    )
    assert code == EXIT_UNREACHABLE
    assert err.count("\n") == 1  # nothing but the line
    assert "cannot find api.no-such-host.invalid (DNS lookup failed)" in one_line(err)


async def test_a_token_telegram_rejects_is_one_line_and_exit_2(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    code, _, err = await run_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN="123456:REVOKED-token",
        TELEGRAM_API_URL=tg.url,
        LOG_LEVEL="WARNING",
    )
    assert code == EXIT_CONFIG == 2
    assert err.count("\n") == 1
    line = one_line(err)
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in line
    assert "REVOKED" not in err
    assert tg.count("getMe") == 0  # refused as 401 before reaching a method


async def test_another_poller_is_one_line_and_exit_4(tg: FakeTelegram, tmp_path: Path) -> None:
    tg.fail_next("getUpdates", status=409, times=10, description=CONFLICT)
    code, out, err = await run_bot(
        tmp_path, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_URL=tg.url, LOG_LEVEL="WARNING"
    )
    assert code == EXIT_CONFLICT == 4
    assert err.count("\n") == 1
    assert "another process is already getting this bot's updates" in one_line(err)
    assert "https://t.me/garder_test_bot" in out  # it had started


async def test_a_taken_port_is_one_line_and_exit_5(tg: FakeTelegram, tmp_path: Path) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        code, _, err = await run_bot(
            tmp_path,
            TELEGRAM_BOT_TOKEN=tg.token,
            TELEGRAM_API_URL=tg.url,
            HEALTH_LISTEN=f"127.0.0.1:{port}",
        )
    finally:
        server.close()
    assert code == EXIT_LISTEN == 5
    assert f"cannot listen on HEALTH_LISTEN=127.0.0.1:{port}" in one_line(err)


async def test_once_up_it_says_where_to_find_the_bot(tg: FakeTelegram, tmp_path: Path) -> None:
    process = await start_bot(
        tmp_path, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_URL=tg.url, LOG_LEVEL="WARNING"
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
    process.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0
    assert line.decode().strip() == (
        "Garder Contact is running as @garder_test_bot: open https://t.me/garder_test_bot in "
        "Telegram and send /start (Ctrl-C stops it)"
    )
    assert out == b""
    assert err == b""


async def test_a_webhook_url_telegram_refuses_is_one_line_and_exit_2(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    refusal = "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
    tg.fail_next("setWebhook", status=400, description=refusal)
    code, _, err = await run_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_URL=tg.url,
        WEBHOOK_URL="https://bot.example.invalid/hook",
        WEBHOOK_SECRET="abc",
        WEBHOOK_LISTEN=f"127.0.0.1:{free_port()}",
        LOG_LEVEL="WARNING",
    )
    assert code == EXIT_CONFIG
    assert err.count("\n") == 1
    line = one_line(err)
    assert "Telegram refused WEBHOOK_URL: Bad webhook: failed to resolve host" in line
