"""Settings: every key read, every bad value named in one line, the token never shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.listen import Listen

TOKEN = "123456:ABC-secret-token"


def load(**env: str) -> Settings:
    """Settings from exactly these variables."""
    return load_settings(environ=env, env_file=None)


def test_defaults() -> None:
    settings = load(TELEGRAM_BOT_TOKEN=TOKEN)
    assert settings.token.reveal() == TOKEN
    assert settings.data_dir == Path("data")
    assert settings.api_url is None
    assert settings.default_language == "en"
    assert settings.default_timezone == "Europe/Paris"
    assert settings.log_level == "INFO"
    assert settings.allowed_user_ids is None
    assert settings.is_allowed(42)
    assert (settings.backup_dir, settings.backup_keep) == (None, 7)
    assert settings.webhook_url is None  # polling
    assert settings.webhook_secret is None
    assert settings.webhook_listen == Listen("127.0.0.1", 8080)
    assert settings.health_listen is None  # no health server unless asked for


def test_every_key() -> None:
    settings = load(
        TELEGRAM_BOT_TOKEN=TOKEN,
        DATA_DIR="/tmp/x",
        TELEGRAM_API_URL="http://127.0.0.1:8081/",
        DEFAULT_LANGUAGE="FR",
        DEFAULT_TIMEZONE="America/Toronto",
        LOG_LEVEL="debug",
        ALLOWED_USER_IDS="1, 2;3",
        BACKUP_DIR="/srv/backups",
        BACKUP_KEEP="30",
    )
    assert settings.data_dir == Path("/tmp/x")
    assert settings.api_url == "http://127.0.0.1:8081"
    assert settings.default_language == "fr"
    assert settings.default_timezone == "America/Toronto"
    assert settings.log_level == "DEBUG"
    assert settings.allowed_user_ids == frozenset({1, 2, 3})
    assert settings.is_allowed(2)
    assert not settings.is_allowed(4)
    assert (settings.backup_dir, settings.backup_keep) == (Path("/srv/backups"), 30)


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=WARNING\n")
    settings = load_settings(environ={"LOG_LEVEL": "ERROR"}, env_file=env_file)
    assert settings.token.reveal() == TOKEN
    assert settings.log_level == "ERROR"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("TELEGRAM_BOT_TOKEN", ""),
        ("TELEGRAM_BOT_TOKEN", "not a token"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("TELEGRAM_API_URL", "localhost"),
        ("DEFAULT_LANGUAGE", "de"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus"),
        ("LOG_LEVEL", "LOUD"),
        ("ALLOWED_USER_IDS", "12, bob"),
        ("BACKUP_KEEP", "0"),
        ("BACKUP_KEEP", "seven"),
        ("BACKUP_KEEP", "-3"),
        ("WEBHOOK_URL", "http://bot.example.org/hook"),  # Telegram posts to https only
        ("WEBHOOK_URL", "https://bot.example.org:8080/hook"),  # nor to that port
        ("WEBHOOK_URL", "bot.example.org"),
        ("WEBHOOK_SECRET", "with spaces"),
        ("WEBHOOK_SECRET", "é"),
        ("WEBHOOK_SECRET", "x" * 257),
        ("WEBHOOK_LISTEN", "8080"),
        ("WEBHOOK_LISTEN", "127.0.0.1:99999"),
        ("HEALTH_LISTEN", "localhost"),
        ("HEALTH_LISTEN", "[nope]:9090"),
        ("HEALTH_LISTEN", "a b:9090"),
    ],
)
def test_a_bad_value_names_its_key(key: str, value: str) -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, key: value}
    if key == "WEBHOOK_SECRET":
        env["WEBHOOK_URL"] = "https://bot.example.org/hook"
    with pytest.raises(ConfigError, match=key) as caught:
        load(**env)
    assert "\n" not in str(caught.value)


def test_webhook_and_health_settings() -> None:
    settings = load(
        TELEGRAM_BOT_TOKEN=TOKEN,
        WEBHOOK_URL="https://bot.example.org:8443/telegram",
        WEBHOOK_SECRET="A-z_09" * 40,
        WEBHOOK_LISTEN="0.0.0.0:8081",
        HEALTH_LISTEN="[::1]:9090",
    )
    assert settings.webhook_url == "https://bot.example.org:8443/telegram"
    assert settings.webhook_secret is not None
    assert settings.webhook_secret.reveal() == "A-z_09" * 40
    assert settings.webhook_listen == Listen("0.0.0.0", 8081)
    assert settings.health_listen == Listen("::1", 9090)
    assert str(settings.health_listen) == "[::1]:9090"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"WEBHOOK_URL": "https://bot.example.org/hook"}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_SECRET": "abc"}, "WEBHOOK_SECRET is set without WEBHOOK_URL"),
    ],
)
def test_the_webhook_needs_both_its_url_and_its_secret(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        load(TELEGRAM_BOT_TOKEN=TOKEN, **env)


def test_a_malformed_webhook_secret_is_not_shown(tmp_path: Path) -> None:
    result = run_bot(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "WEBHOOK_URL": "https://bot.example.org/hook",
            "WEBHOOK_SECRET": "hunter2 and more",
        },
        tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "WEBHOOK_SECRET is malformed (16 characters)" in result.stderr
    assert "hunter2" not in result.stderr


def test_the_token_never_shows_in_a_repr() -> None:
    settings = load(
        TELEGRAM_BOT_TOKEN=TOKEN, WEBHOOK_URL="https://bot.example.org/hook", WEBHOOK_SECRET="s3"
    )
    # The secrets' values, not the field name `webhook_secret`.
    assert "ABC-secret-token" not in repr(settings)
    assert "ABC-secret-token" not in str(settings.token)
    assert "'s3'" not in repr(settings)


def run_bot(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Start `python -m bot` with exactly this environment (plus PATH)."""
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(Path.cwd()), **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_a_token_the_bot_says_so_in_one_line_and_exits_2(tmp_path: Path) -> None:
    result = run_bot({}, tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "`garder-contact try`" in lines[0]  # the playground needs no token
    assert "Traceback" not in result.stderr


def test_a_bad_setting_exits_2_without_showing_the_token(tmp_path: Path) -> None:
    result = run_bot({"TELEGRAM_BOT_TOKEN": TOKEN, "DEFAULT_LANGUAGE": "klingon"}, tmp_path)
    assert result.returncode == 2
    assert "DEFAULT_LANGUAGE" in result.stderr
    assert "secret" not in result.stderr + result.stdout
