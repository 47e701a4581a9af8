"""The one policy for every outgoing Bot API call: spacing, 429s, 5xx answers and time-outs.

PTB passes every request but getUpdates through the application's rate limiter
(`BaseRateLimiter.process_request`), so this is where the bot decides, once for all:

- Message requests (send*, edit*, copy*, forward*) leave one at a time, evenly spaced at
  `rate` a second. Replies (every request not marked `BULK`) go before bulk sends (the daily
  nudges pass `rate_limit_args=BULK`), each kind first come first served: a user who writes
  during a fan-out of nudges is answered at the next slot, and the nudges use what replies
  leave. The spacing is checked right before each request leaves, not when it queued: after
  the event loop was blocked, the overdue requests still leave one interval apart, and no
  more than `burst` leave in any sliding second, replies and bulk together.
- A 429 pauses every request (not only the one refused) until its retry_after has passed;
  requests already queued, or asleep waiting for their turn, wait out the window too.
- 5xx answers and time-outs are retried after `retry_delays` (injectable: tests pass tiny
  ones). What still fails raises `Undelivered`, a NetworkError that names the call and chat.
- After a timed-out attempt Telegram may have done the work anyway: an edit then answers
  "message is not modified", a callback answer "query is too old". Both mean done.
- A callback answer that cannot be delivered only leaves the spinner turning (the client stops
  it by itself): it is logged and taken as done, so that it never aborts the user's action.

PTB's own AIORateLimiter lets a burst of 30 through and keeps admitting requests while it
waits out a 429; bench/nudges.py measured 1.43x the ideal time for 1,000 users with it.
"""

from __future__ import annotations

import asyncio
import enum
import heapq
import itertools
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.metrics import Metrics

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

# Telegram's limit is about 30 messages a second over all chats: spaced at a little under,
# and never more than 30 in any sliding second whatever the event loop does.
DEFAULT_RATE = 29.0
DEFAULT_BURST = 30
DEFAULT_RETRIES = 5  # 429s in a row before giving up
# Waits between attempts when Telegram answers 5xx or times out.
RETRY_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0)
# Timer jitter kept on the schedule; a later release (a blocked loop) restarts the schedule
# from now instead of catching up with a burst.
_LATE = 0.005
_UNLIMITED = frozenset({"sendChatAction"})
# What Telegram answers when a repeated call finds its work already done.
_ALREADY_DONE = ("message is not modified", "query is too old", "query id is invalid")


class Lane(enum.IntEnum):
    """Which queue a message request waits in; a lower value leaves first."""

    REPLY = 0  # an answer to a user's own update: the default
    BULK = 1  # sent on the bot's initiative (the daily nudges): what replies leave


BULK = Lane.BULK  # `bot.send_message(..., rate_limit_args=BULK)`


class _Waiter:
    """A message request waiting for its slot; ordered by lane, then by arrival."""

    __slots__ = ("key", "turn")

    def __init__(self, lane: Lane, arrival: int, turn: asyncio.Future[None]) -> None:
        self.key = (lane, arrival)
        self.turn = turn  # done when this request may wait for the next slot itself

    def __lt__(self, other: _Waiter) -> bool:
        return self.key < other.key


class Undelivered(NetworkError):
    """A Bot API call that still failed (5xx or time-out) after every retry."""

    def __init__(self, method: str, chat_id: object, cause: NetworkError) -> None:
        super().__init__(f"{method} to chat {chat_id} failed after retries: {cause.message}")
        self.method = method
        self.chat_id = chat_id
        self.cause = cause


def method_of(endpoint: str) -> str:
    """The Bot API method of an endpoint ("sendMessage")."""
    return endpoint.rsplit("/", 1)[-1]


def _counts(method: str) -> bool:
    """Whether a request counts against the message limit (sends and edits do)."""
    return method.startswith(("send", "edit", "copy", "forward")) and method not in _UNLIMITED


def _seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


def _already_done(error: BadRequest) -> bool:
    text = error.message.lower()
    return any(words in text for words in _ALREADY_DONE)


class SpacedRateLimiter(BaseRateLimiter[Lane]):
    """At most `rate` message requests a second, evenly spaced, replies before bulk sends;
    429s, 5xx and time-outs handled here for every call."""

    def __init__(
        self,
        *,
        rate: float = DEFAULT_RATE,
        max_retries: int = DEFAULT_RETRIES,
        burst: int = DEFAULT_BURST,
        retry_delays: Callable[[], Sequence[float]] = lambda: RETRY_DELAYS,
        clock: Clock | None = None,
        sleep: Sleep = asyncio.sleep,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics
        self._interval = 1.0 / rate
        self._max_retries = max_retries
        self._retry_delays = retry_delays
        self._clock = clock
        self._sleep = sleep
        self._slot = float("-inf")  # when the last message request was scheduled to leave
        self._recent: deque[float] = deque(maxlen=burst)  # when the last ones actually left
        self._paused_until = float("-inf")
        self._waiting: list[_Waiter] = []  # a heap: the first is the next to leave
        self._arrivals = itertools.count()
        # The one waiter that sleeps until the next slot; the others wait for their turn.
        self._active: _Waiter | None = None

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def now(self) -> float:
        """The limiter's clock: the event loop's, unless a test injected one."""
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()

    async def process_request(  # noqa: PLR0917 (the signature is PTB's)
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Lane | None,
    ) -> JSONResult:
        """Wait for this request's turn, send it, and apply the policy to what comes back."""
        lane = Lane.REPLY if rate_limit_args is None else rate_limit_args
        method = method_of(endpoint)
        counted = _counts(method)
        delays = self._retry_delays()
        floods = failures = 0
        timed_out = False  # an attempt timed out: Telegram may have done the work already
        while True:
            await (self._wait_for_turn(lane) if counted else self._wait_out_pause())
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                self._pause(_seconds(error))
                if self._metrics is not None:
                    self._metrics.flood_waits.inc()
                floods += 1
                if floods > self._max_retries:
                    raise
            except BadRequest as error:
                if timed_out and _already_done(error):
                    return True
                raise
            except NetworkError as error:  # 5xx answers, time-outs, connection failures
                timed_out = timed_out or isinstance(error, TimedOut)
                if failures < len(delays):
                    log.info("%s failed (%s); trying again", method, error.message)
                    if self._metrics is not None:
                        self._metrics.api_retries.inc()
                    await self._sleep(delays[failures])
                    failures += 1
                    continue
                chat_id = data.get("chat_id")
                if method == "answerCallbackQuery":
                    log.warning("Could not stop the spinner of a button: %s", error.message)
                    return True
                raise Undelivered(method, chat_id, error) from error

    def _pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self.now() + seconds)

    async def _wait_out_pause(self) -> None:
        while (wait := self._paused_until - self.now()) > 0:
            await self._sleep(wait)

    async def _wait_for_turn(self, lane: Lane) -> None:
        """Return when this message request may leave: one at a time, replies first, each
        lane in order of arrival."""
        loop = asyncio.get_running_loop()
        me = _Waiter(lane, next(self._arrivals), loop.create_future())
        heapq.heappush(self._waiting, me)
        self._wake_first()
        try:
            while True:
                await me.turn
                if self._waiting[0] is not me:  # a reply came while this bulk send slept
                    me.turn = loop.create_future()
                    self._active = None
                    self._wake_first()
                    continue
                now = self.now()
                ready = max(self._slot + self._interval, self._paused_until)
                if len(self._recent) == self._recent.maxlen:
                    ready = max(ready, self._recent[0] + 1.0)
                if now >= ready:
                    break
                await self._sleep(ready - now)  # a 429 meanwhile moves `ready`: look again
        except BaseException:  # cancelled: leave the queue, and wake whoever is next
            self._waiting.remove(me)
            heapq.heapify(self._waiting)
            if self._active is me:
                self._active = None
            self._wake_first()
            raise
        heapq.heappop(self._waiting)
        self._active = None
        self._wake_first()
        # On time (or late by timer jitter): keep the schedule, so jitter does not slow
        # the rate. Late by more (a blocked loop): start again from now, no catching up.
        self._slot = ready if now - ready <= _LATE else now
        self._recent.append(now)

    def _wake_first(self) -> None:
        """Let the first waiter wait for the next slot, if nobody is waiting for it yet."""
        if self._active is None and self._waiting:
            self._active = self._waiting[0]
            if not self._active.turn.done():
                self._active.turn.set_result(None)
