"""The rate limiter: message requests evenly spaced, 429s waited out, other calls free."""

from __future__ import annotations

import asyncio
import bisect
import heapq
import itertools
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.ratelimit import BULK, Lane, SpacedRateLimiter, Undelivered


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


async def send(
    limiter: SpacedRateLimiter,
    endpoint: Callable[..., Coroutine[Any, Any, bool]],
    method: str,
    lane: Lane | None = None,
) -> Any:
    return await limiter.process_request(endpoint, (), {}, method, {}, lane)


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


# -- with a virtual clock: what leaves when, to the millisecond, without waiting ------------


class VirtualTime:
    """A clock and a sleep for the limiter: time moves only when `run` moves it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._count += 1
        heapq.heappush(self._sleepers, (self.now + max(seconds, 0.0), self._count, future))
        await future

    async def settle(self) -> None:
        for _ in range(20):
            await asyncio.sleep(0)

    async def run(self, tasks: list[asyncio.Task[Any]]) -> None:
        """Wake the sleepers in time order until every task is done."""
        await self.settle()
        while not all(task.done() for task in tasks):
            assert self._sleepers, "stuck: tasks wait for something other than time"
            wake, _, future = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)  # a blocked loop may have moved past it already
            if not future.done():  # its sleeper was cancelled
                future.set_result(None)
            await self.settle()
        for task in tasks:
            task.result()


def limiter_on(time_: VirtualTime, **knobs: Any) -> SpacedRateLimiter:
    return SpacedRateLimiter(clock=time_.clock, sleep=time_.sleep, **knobs)


class Scripted:
    """An endpoint whose calls each run a script: record the time, then maybe act."""

    def __init__(self, time_: VirtualTime, *script: Callable[[], Awaitable[None]] | None) -> None:
        self.time = time_
        self.script = list(script)
        self.calls: list[float] = []

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.calls.append(self.time.now)
        step = self.script.pop(0) if self.script else None
        if step is not None:
            await step()
        return True


def most_in_a_second(times: list[float]) -> int:
    return max(bisect.bisect_left(times, at + 1.0) - index for index, at in enumerate(times))


async def test_a_429_holds_back_requests_already_waiting_for_their_turn() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)  # one every 100 ms

    async def refused_after_50_ms() -> None:
        await time_.sleep(0.05)
        raise RetryAfter(timedelta(seconds=1))

    endpoint = Scripted(time_, refused_after_50_ms)
    tasks = [asyncio.create_task(send(limiter, endpoint, "sendMessage")) for _ in range(4)]
    await time_.run(tasks)
    # The first left at 0 and was refused at 0.05; the second had its turn at 0.1, inside
    # the window: it waits until 1.05 like every other one, and they stay 100 ms apart.
    assert endpoint.calls == pytest.approx([0.0, 1.05, 1.15, 1.25, 1.35])


async def test_other_calls_wait_out_a_429_too() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)
    refused = Scripted(time_, failing(RetryAfter(timedelta(seconds=2))))
    other = Scripted(time_)
    first = asyncio.create_task(send(limiter, refused, "sendMessage"))
    await time_.settle()
    answer = asyncio.create_task(send(limiter, other, "answerCallbackQuery"))
    await time_.run([first, answer])
    assert other.calls == [2.0]


async def test_after_a_blocked_loop_the_overdue_requests_leave_spaced() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)

    async def block_the_loop() -> None:
        time_.now += 0.55  # a synchronous write holds the loop: everyone's turn goes by

    endpoint = Scripted(time_, block_the_loop)
    tasks = [asyncio.create_task(send(limiter, endpoint, "sendMessage")) for _ in range(5)]
    await time_.run(tasks)
    assert endpoint.calls == pytest.approx([0.0, 0.55, 0.65, 0.75, 0.85])


async def test_never_more_than_the_burst_in_any_sliding_second() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=50, burst=30)

    async def late_timer() -> None:
        time_.now += 0.004  # timer jitter: kept on the schedule, not a reason to slow down

    endpoint = Scripted(time_, *[late_timer] * 200)
    tasks = [asyncio.create_task(send(limiter, endpoint, "sendMessage")) for _ in range(100)]
    await time_.run(tasks)
    assert most_in_a_second(endpoint.calls) <= 30
    gaps = [b - a for a, b in itertools.pairwise(endpoint.calls)]
    assert min(gaps) >= 0.02 - 1e-9


async def test_evenly_spaced_from_the_first_one_at_the_configured_rate() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=29)
    endpoint = Scripted(time_)
    tasks = [asyncio.create_task(send(limiter, endpoint, "sendMessage")) for _ in range(100)]
    await time_.run(tasks)
    assert endpoint.calls == pytest.approx([n / 29 for n in range(100)])
    assert most_in_a_second(endpoint.calls) <= 30


# -- replies before bulk sends ------------------------------------------------------------


async def test_a_reply_leaves_at_the_next_slot_ahead_of_waiting_bulk_sends() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)
    bulk, replies = Scripted(time_), Scripted(time_)
    tasks = [asyncio.create_task(send(limiter, bulk, "sendMessage", BULK)) for _ in range(20)]
    await time_.settle()  # the first nudge left at 0; the second sleeps until 0.1
    tasks.append(asyncio.create_task(send(limiter, replies, "sendMessage")))
    tasks.append(asyncio.create_task(send(limiter, replies, "editMessageText")))
    await time_.run(tasks)
    assert replies.calls == pytest.approx([0.1, 0.2])
    # The nudges take the slots the replies leave, and everyone keeps the spacing.
    assert bulk.calls == pytest.approx([0.0, *(n / 10 for n in range(3, 22))])
    gaps = [b - a for a, b in itertools.pairwise(sorted(bulk.calls + replies.calls))]
    assert min(gaps) >= 0.1 - 1e-9


async def test_a_reply_arriving_while_a_bulk_send_sleeps_takes_its_slot() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)
    replies = Scripted(time_)
    tasks: list[asyncio.Task[Any]] = []

    async def user_writes_meanwhile() -> None:
        await time_.sleep(0.03)  # the second nudge is asleep until 0.1 by now
        tasks.append(asyncio.create_task(send(limiter, replies, "sendMessage")))

    bulk = Scripted(time_, user_writes_meanwhile)
    tasks += [asyncio.create_task(send(limiter, bulk, "sendMessage", BULK)) for _ in range(5)]
    await time_.run(tasks)
    await time_.run(tasks)  # the reply's task was added while the first run went on
    assert replies.calls == pytest.approx([0.1])
    assert bulk.calls == pytest.approx([0.0, 0.2, 0.3, 0.4, 0.5])


async def test_replies_wait_out_a_429_too_then_go_first() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)
    bulk = Scripted(time_, failing(RetryAfter(timedelta(seconds=2))))
    replies = Scripted(time_)
    tasks = [asyncio.create_task(send(limiter, bulk, "sendMessage", BULK)) for _ in range(3)]
    await time_.settle()
    tasks.append(asyncio.create_task(send(limiter, replies, "sendMessage")))
    await time_.run(tasks)
    assert replies.calls == pytest.approx([2.0])
    assert bulk.calls == pytest.approx([0.0, 2.1, 2.2, 2.3])


async def test_a_cancelled_request_gives_its_turn_to_the_next() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=10)
    endpoint = Scripted(time_)
    tasks = [asyncio.create_task(send(limiter, endpoint, "sendMessage", BULK)) for _ in range(4)]
    await time_.settle()  # the first left; the second sleeps for its slot, two wait their turn
    tasks[1].cancel()
    tasks[2].cancel()
    await time_.run([tasks[0], tasks[3]])
    assert endpoint.calls == pytest.approx([0.0, 0.1])
    assert tasks[1].cancelled()
    assert tasks[2].cancelled()


# -- 5xx answers and time-outs: retried after the injected delays, then Undelivered ---------


def failing(error: Exception) -> Callable[[], Awaitable[None]]:
    async def fail() -> None:
        raise error

    return fail


async def test_5xx_and_time_outs_are_retried_after_the_delays() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=1000, retry_delays=lambda: (1.0, 2.0, 4.0))
    endpoint = Scripted(
        time_, failing(NetworkError("Bad Gateway")), failing(TimedOut()), failing(NetworkError("x"))
    )
    task = asyncio.create_task(send(limiter, endpoint, "sendMessage"))
    await time_.run([task])
    assert task.result() is True
    assert endpoint.calls == pytest.approx([0.0, 1.0, 3.0, 7.0])


async def test_what_still_fails_after_every_retry_is_undelivered() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=1000, retry_delays=lambda: (0.1, 0.2))
    endpoint = Scripted(time_, *[failing(NetworkError("Internal Server Error"))] * 3)
    task = asyncio.create_task(send(limiter, endpoint, "editMessageText"))
    with pytest.raises(Undelivered) as lost:
        await time_.run([task])
    assert lost.value.method == "editMessageText"
    assert isinstance(lost.value.cause, NetworkError)
    assert len(endpoint.calls) == 3


@pytest.mark.parametrize("error", [BadRequest("Chat not found"), Forbidden("blocked")])
async def test_refusals_are_final(error: Exception) -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=1000)
    endpoint = Scripted(time_, failing(error))
    task = asyncio.create_task(send(limiter, endpoint, "sendMessage"))
    with pytest.raises(type(error)):
        await time_.run([task])
    assert len(endpoint.calls) == 1


@pytest.mark.parametrize(
    ("method", "refusal"),
    [
        ("editMessageText", "Message is not modified: specified new message content ..."),
        ("answerCallbackQuery", "Query is too old and response timeout expired ..."),
    ],
)
async def test_done_already_after_a_time_out_counts_as_done(method: str, refusal: str) -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=1000, retry_delays=lambda: (0.1,))
    endpoint = Scripted(time_, failing(TimedOut()), failing(BadRequest(refusal)))
    task = asyncio.create_task(send(limiter, endpoint, method))
    await time_.run([task])
    assert task.result() is True
    # Without a time-out before it, the same refusal is the caller's to handle.
    refused = Scripted(time_, failing(BadRequest(refusal)))
    again = asyncio.create_task(send(limiter, refused, method))
    with pytest.raises(BadRequest):
        await time_.run([again])


async def test_a_callback_answer_that_cannot_be_delivered_does_not_abort() -> None:
    time_ = VirtualTime()
    limiter = limiter_on(time_, rate=1000, retry_delays=lambda: (0.1,))
    endpoint = Scripted(time_, *[failing(NetworkError("Bad Gateway"))] * 2)
    task = asyncio.create_task(send(limiter, endpoint, "answerCallbackQuery"))
    await time_.run([task])
    assert task.result() is True
