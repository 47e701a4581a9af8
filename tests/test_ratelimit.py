"""The rate limiter: message requests evenly spaced, 429s waited out, other calls free."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.ratelimit import SpacedRateLimiter


class Endpoint:
    """A fake Bot API call that records when it ran and fails with 429 a few times."""

    def __init__(self, failures: int = 0) -> None:
        self.calls: list[float] = []
        self.failures = failures

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.calls.append(time.monotonic())
        if self.failures:
            self.failures -= 1
            raise RetryAfter(0.05)  # type: ignore[arg-type]
        return True


async def send(limiter: SpacedRateLimiter, endpoint: Endpoint, method: str) -> Any:
    return await limiter.process_request(endpoint, (), {}, method, {}, None)


async def test_sends_are_spaced_evenly_in_order() -> None:
    limiter, endpoint = SpacedRateLimiter(rate=100), Endpoint()
    started = time.monotonic()
    await asyncio.gather(*(send(limiter, endpoint, "sendMessage") for _ in range(10)))
    # Each request waits for its own slot, 10 ms apart; a timer may fire up to ~1 ms early
    # (the clock's resolution), and a late one never pulls the next ones earlier.
    for index, at in enumerate(endpoint.calls):
        assert at - started >= index * 0.01 - 0.002


async def test_polling_and_chat_actions_are_not_held_back() -> None:
    limiter, endpoint = SpacedRateLimiter(rate=2), Endpoint()
    started = time.monotonic()
    for method in ("getUpdates", "sendChatAction", "answerCallbackQuery", "getUpdates"):
        await send(limiter, endpoint, method)
    assert time.monotonic() - started < 0.1


async def test_a_429_is_waited_out_and_retried() -> None:
    limiter, endpoint = SpacedRateLimiter(rate=1000), Endpoint(failures=2)
    assert await send(limiter, endpoint, "sendMessage") is True
    assert len(endpoint.calls) == 3
    assert endpoint.calls[1] - endpoint.calls[0] >= 0.049


async def test_too_many_429s_give_up() -> None:
    limiter, endpoint = SpacedRateLimiter(rate=1000, max_retries=2), Endpoint(failures=5)
    with pytest.raises(RetryAfter):
        await send(limiter, endpoint, "editMessageText")
    assert len(endpoint.calls) == 3
