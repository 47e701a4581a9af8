"""Expected start-up failures, each told in one line with what to do, and its exit code.

| code | cause |
|------|-------|
| 0 | stopped by Ctrl-C or SIGTERM |
| 2 | a setting is missing or malformed, Telegram rejected the token or refused WEBHOOK_URL |
| 3 | the Bot API cannot be reached: no network, a DNS failure, a refused connection |
| 4 | another process polls this bot (Telegram answers 409 Conflict) |
| 5 | WEBHOOK_LISTEN or HEALTH_LISTEN cannot be listened on (the port is taken...) |

Anything else is a bug, and keeps its traceback (exit code 1).
"""

from __future__ import annotations

import socket
from urllib.parse import urlparse

from telegram.error import Conflict, InvalidToken, NetworkError

from bot.config import Settings
from bot.hosting.servers import ListenError
from bot.ratelimit import Undelivered

EXIT_OK = 0
EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3
EXIT_CONFLICT = 4
EXIT_LISTEN = 5
TELEGRAM_API = "https://api.telegram.org"


class StartupError(Exception):
    """Why the bot cannot run, in one line, and the exit code that says so."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def conflict() -> StartupError:
    """Another process polls the same bot."""
    return StartupError(
        EXIT_CONFLICT,
        "another process is already getting this bot's updates (Telegram answers 409 "
        "Conflict): stop the other instance, since only one may poll a bot at a time",
    )


def explain(error: BaseException, settings: Settings) -> StartupError | None:
    """The one-line account of an expected failure; None for anything unexpected."""
    if isinstance(error, StartupError):
        return error
    if isinstance(error, InvalidToken):
        return StartupError(
            EXIT_CONFIG,
            "Telegram rejected TELEGRAM_BOT_TOKEN: copy it again from @BotFather (/token), "
            "or ask it for a new one",
        )
    if isinstance(error, Conflict):
        return conflict()
    if isinstance(error, ListenError):
        return StartupError(
            EXIT_LISTEN, f"{error}: stop what uses that port, or choose another in {error.key}"
        )
    if isinstance(error, NetworkError):
        return _unreachable(error, settings)
    return None


def _unreachable(error: NetworkError, settings: Settings) -> StartupError:
    if isinstance(error, Undelivered):  # what the rate limiter raises once its retries failed
        error = error.cause
    host = urlparse(settings.api_url or TELEGRAM_API).hostname
    where = "TELEGRAM_API_URL" if settings.api_url else "the network"
    if _caused_by(error, socket.gaierror):
        return StartupError(
            EXIT_UNREACHABLE,
            f"cannot find {host} (DNS lookup failed): check this machine's network and "
            f"DNS{', and TELEGRAM_API_URL' if settings.api_url else ''}, then start again",
        )
    return StartupError(
        EXIT_UNREACHABLE,
        f"cannot reach the Telegram Bot API at {host} ({error.message}): check {where} "
        "and any firewall or proxy, then start again",
    )


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
