"""Injected faults: scripted failures, slow answers, blocked users and flood control."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from .errors import STATUS_DESCRIPTIONS, ApiError, forbidden, too_many_requests

# Methods that count as "sending" for blocking and flood control.
_NOT_SENDING = {"sendchataction"}
_SENDING_PREFIXES = ("send", "edit", "copy", "forward")


def is_sending(method: str) -> bool:
    name = method.lower()
    return name.startswith(_SENDING_PREFIXES) and name not in _NOT_SENDING


def targets_chat(method: str) -> bool:
    return method.lower().startswith(_SENDING_PREFIXES)


@dataclass
class _Failure:
    status: int
    remaining: int
    retry_after: int | None
    description: str | None

    def error(self) -> ApiError:
        if self.status == 429:
            retry_after = 1 if self.retry_after is None else self.retry_after
            error = too_many_requests(retry_after)
            if self.description:
                error.description = self.description
            return error
        description = self.description or STATUS_DESCRIPTIONS.get(self.status, "Error")
        parameters = None if self.retry_after is None else {"retry_after": self.retry_after}
        return ApiError(self.status, description, parameters)


@dataclass
class _Delay:
    seconds: float
    remaining: int


@dataclass
class TimeOut:
    """A call the server holds past the client's patience: it answers nothing in time.

    `processed`: Telegram did the work and only the answer was lost (the message is sent, the
    edit made); otherwise the request was lost on the way and nothing happened.
    """

    seconds: float
    processed: bool
    remaining: int


class Faults:
    def __init__(self) -> None:
        self._failures: dict[str, deque[_Failure]] = {}
        self._delays: dict[str, deque[_Delay]] = {}
        self._time_outs: dict[str, deque[TimeOut]] = {}
        self.blocked: set[int] = set()
        self.per_second: float | None = None
        self._window: deque[float] = deque()

    def fail_next(
        self,
        method: str,
        *,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        failure = _Failure(status, times, retry_after, description)
        self._failures.setdefault(method.lower(), deque()).append(failure)

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        self._delays.setdefault(method.lower(), deque()).append(_Delay(seconds, times))

    def take_delay(self, method: str) -> float:
        queue = self._delays.get(method.lower())
        if not queue:
            return 0.0
        delay = queue[0]
        delay.remaining -= 1
        if delay.remaining <= 0:
            queue.popleft()
        return delay.seconds

    def time_out_next(
        self, method: str, *, seconds: float, processed: bool = False, times: int = 1
    ) -> None:
        self._time_outs.setdefault(method.lower(), deque()).append(
            TimeOut(seconds, processed, times)
        )

    def take_time_out(self, method: str) -> TimeOut | None:
        queue = self._time_outs.get(method.lower())
        if not queue:
            return None
        time_out = queue[0]
        time_out.remaining -= 1
        if time_out.remaining <= 0:
            queue.popleft()
        return time_out

    def pending(self, method: str) -> int:
        """How many scripted failures of `method` are still to be served."""
        return sum(f.remaining for f in self._failures.get(method.lower(), ()))

    def check(self, method: str, params: dict[str, Any]) -> None:
        """Raise the ApiError this call must fail with, if any."""
        queue = self._failures.get(method.lower())
        if queue:
            failure = queue[0]
            failure.remaining -= 1
            if failure.remaining <= 0:
                queue.popleft()
            raise failure.error()
        if targets_chat(method) and params.get("chat_id") in self.blocked:
            raise forbidden("bot was blocked by the user")
        if self.per_second is not None and is_sending(method):
            current = time.monotonic()
            while self._window and current - self._window[0] >= 1.0:
                self._window.popleft()
            if len(self._window) >= self.per_second:
                raise too_many_requests(1)
            self._window.append(current)
