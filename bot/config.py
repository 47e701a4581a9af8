"""Settings: one immutable object, read once from the environment and `.env`."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from dotenv import dotenv_values

from bot.listen import Listen, parse_listen
from core.places import is_valid_timezone

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_WEBHOOK_LISTEN = Listen("127.0.0.1", 8080)


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the key and what is expected."""


class Secret:
    """A string that never shows itself in reprs, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """Return the secret itself; call this only where the Bot is built."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class Settings:
    """Everything the bot can be configured with (see `.env.example`)."""

    token: Secret
    data_dir: Path = Path("data")
    api_url: str | None = None
    default_language: Language = "en"
    default_timezone: str = "Europe/Paris"
    log_level: str = "INFO"
    allowed_user_ids: frozenset[int] | None = None
    backup_dir: Path | None = None  # None: no daily snapshot (bot.backups)
    backup_keep: int = 7
    # Webhook mode when webhook_url is set (with its secret); polling otherwise.
    webhook_url: str | None = None
    webhook_secret: Secret | None = None
    webhook_listen: Listen = DEFAULT_WEBHOOK_LISTEN
    health_listen: Listen | None = None  # /healthz, /readyz and /metrics; off when None

    def is_allowed(self, user_id: int) -> bool:
        """Tell whether this user may use a private deployment."""
        return self.allowed_user_ids is None or user_id in self.allowed_user_ids


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Read settings from `environ` (default: the process environment) over `env_file`."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(key: str) -> str | None:
        raw = values.get(key, "").strip()
        return raw or None

    return Settings(
        token=_token(get("TELEGRAM_BOT_TOKEN")),
        data_dir=Path(get("DATA_DIR") or "data"),
        api_url=_api_url(get("TELEGRAM_API_URL")),
        default_language=_language(get("DEFAULT_LANGUAGE")),
        default_timezone=_timezone(get("DEFAULT_TIMEZONE")),
        log_level=_log_level(get("LOG_LEVEL")),
        allowed_user_ids=_user_ids(get("ALLOWED_USER_IDS")),
        backup_dir=_optional_path(get("BACKUP_DIR")),
        backup_keep=_backup_keep(get("BACKUP_KEEP")),
        **_hosting(get),
    )


def _token(raw: str | None) -> Secret:
    if raw is None:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set: to try the bot without one, run "
            "`garder-contact try`; to run it for real, put the token @BotFather gave you "
            "in .env (see .env.example)"
        )
    bot_id, _, secret = raw.partition(":")
    if not bot_id.isdigit() or len(secret) < 3 or any(c.isspace() for c in raw):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is malformed: expected the form <digits>:<letters> "
            "that @BotFather gives"
        )
    return Secret(raw)


def _api_url(raw: str | None) -> str | None:
    if raw is None:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(
            f"TELEGRAM_API_URL is malformed: expected an http(s) URL such as "
            f"http://127.0.0.1:8081, got {raw!r}"
        )
    return raw.rstrip("/")


def _language(raw: str | None) -> Language:
    if raw is None:
        return "en"
    lowered = raw.lower()
    for language in LANGUAGES:
        if lowered == language:
            return language
    raise ConfigError(f"DEFAULT_LANGUAGE must be 'fr' or 'en', got {raw!r}")


def _timezone(raw: str | None) -> str:
    if raw is None:
        return "Europe/Paris"
    if not is_valid_timezone(raw):
        raise ConfigError(
            f"DEFAULT_TIMEZONE must be an IANA time zone such as Europe/Paris, got {raw!r}"
        )
    return raw


def _log_level(raw: str | None) -> str:
    if raw is None:
        return "INFO"
    level = raw.upper()
    if level not in LOG_LEVELS or not isinstance(logging.getLevelName(level), int):
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return level


def _user_ids(raw: str | None) -> frozenset[int] | None:
    if raw is None:
        return None
    parts = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise ConfigError(
            "ALLOWED_USER_IDS must be a comma-separated list of numeric Telegram user ids, "
            f"got {raw!r}"
        )
    return frozenset(int(part) for part in parts)


def _optional_path(raw: str | None) -> Path | None:
    return None if raw is None else Path(raw)


def _backup_keep(raw: str | None) -> int:
    if raw is None:
        return 7
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(
            f"BACKUP_KEEP must be how many daily snapshots to keep, a whole number from 1, "
            f"got {raw!r}"
        )
    return int(raw)


# What Telegram accepts as a webhook's secret_token.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_WEBHOOK_PORTS = (None, 443, 80, 88, 8443)  # the only ports Telegram sends webhooks to


def _hosting(get: Callable[[str], str | None]) -> dict[str, Any]:
    """The webhook and health settings (WEBHOOK_*, HEALTH_LISTEN)."""
    url, secret = get("WEBHOOK_URL"), get("WEBHOOK_SECRET")
    if url is None and secret is not None:
        raise ConfigError("WEBHOOK_SECRET is set without WEBHOOK_URL: set both, or neither to poll")
    hosting: dict[str, Any] = {}
    if url is not None:
        hosting["webhook_url"] = _webhook_url(url)
        hosting["webhook_secret"] = _webhook_secret(secret)
    listen = get("WEBHOOK_LISTEN")
    if listen is not None:
        hosting["webhook_listen"] = _listen("WEBHOOK_LISTEN", listen)
    health = get("HEALTH_LISTEN")
    if health is not None:
        hosting["health_listen"] = _listen("HEALTH_LISTEN", health)
    return hosting


def _webhook_url(raw: str) -> str:
    parsed = urlparse(raw)
    if parsed.scheme != "https" or not parsed.hostname or parsed.query or parsed.fragment:
        raise ConfigError(
            "WEBHOOK_URL must be the public https URL Telegram posts updates to, such as "
            f"https://bot.example.org/telegram, got {raw!r}"
        )
    if parsed.port not in _WEBHOOK_PORTS:
        raise ConfigError(
            f"WEBHOOK_URL's port must be one Telegram calls (443, 80, 88 or 8443), got {raw!r}: "
            "put a reverse proxy on one of them (see the README)"
        )
    return raw


def _webhook_secret(raw: str | None) -> Secret:
    if raw is None:
        raise ConfigError(
            "WEBHOOK_SECRET is required with WEBHOOK_URL: 1 to 256 characters among A-Z a-z "
            "0-9 _ - (for example the output of: openssl rand -hex 32)"
        )
    if not _WEBHOOK_SECRET.fullmatch(raw):
        # The value is not shown: it is a secret, even a malformed one.
        raise ConfigError(
            f"WEBHOOK_SECRET is malformed ({len(raw)} characters): expected 1 to 256 "
            "characters among A-Z a-z 0-9 _ -"
        )
    return Secret(raw)


def _listen(key: str, raw: str) -> Listen:
    listen = parse_listen(raw)
    if listen is None:
        raise ConfigError(
            f"{key} must be host:port, such as 127.0.0.1:8080 or [::1]:8080, got {raw!r}"
        )
    return listen
