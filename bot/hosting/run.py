"""Run the Application until Ctrl-C or SIGTERM, polling or behind a webhook.

Both modes go through the same steps, which PTB's run_polling/run_webhook also take:
initialize (getMe), post_init (menu, scheduling, the health server), start getting updates,
start the Application; on a stop signal the same steps in reverse, then post_shutdown. They
are written out here rather than left to run_polling so that an expected failure at any step
(no network, a rejected token, another poller, a port in use) ends in one line and a
documented exit code (bot.hosting.startup) instead of PTB's logged tracebacks, and so that
webhook mode can use its own receiver (bot.hosting.webhook).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections import deque
from datetime import UTC, datetime

from aiohttp import web
from telegram import Update
from telegram.error import BadRequest, Conflict, NetworkError, TelegramError

from bot.context import App, Context, app_of
from bot.hosting.health import READY_WITHIN
from bot.hosting.startup import EXIT_CONFIG, EXIT_OK, StartupError, conflict, explain
from bot.hosting.webhook import start_receiving
from bot.jobs.options import late_ok

log = logging.getLogger(__name__)

# Waits between attempts to reach the Bot API at start-up (a network still coming up).
STARTUP_RETRY_DELAYS = (1.0, 2.0, 4.0)
# Two pollers take turns being refused; one 409 alone can be an old instance's last poll.
CONFLICTS_TO_STOP = 3
CONFLICT_WINDOW_SECONDS = 120.0
WEBHOOK_CHECK_SECONDS = 60
WEBHOOK_CHECK_JOB = "webhook-check"


def run(app: App) -> int:
    """Run until Ctrl-C or SIGTERM; return the process's exit code."""
    app.bot_data.hosting.owns_process = True
    return asyncio.run(_until_signal(app))


async def _until_signal(app: App) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stop.set)
    return await serve(app, stop)


class _Stopper:
    """Set by a stop signal or a fatal error while running; says which."""

    def __init__(self, event: asyncio.Event) -> None:
        self.event = event
        self.failure: StartupError | None = None
        self._conflicts: deque[float] = deque()

    def fail(self, failure: StartupError) -> None:
        self.failure = failure
        self.event.set()

    def polling_error(self, error: TelegramError) -> None:
        """PTB's polling loop calls this on each failed getUpdates, then tries again."""
        if not isinstance(error, Conflict):
            log.warning("Getting updates from Telegram failed (%s); trying again", error.message)
            return
        now = time.monotonic()
        self._conflicts.append(now)
        while now - self._conflicts[0] > CONFLICT_WINDOW_SECONDS:
            self._conflicts.popleft()
        if len(self._conflicts) >= CONFLICTS_TO_STOP:
            self.fail(conflict())
        else:  # said at INFO: the one line comes if it goes on
            log.info("Telegram says another process polls this bot (409); checking again")


async def serve(app: App, stop: asyncio.Event, started: asyncio.Event | None = None) -> int:
    """Start the bot, run it until `stop` is set or a fatal error, stop it; the exit code.
    `started` is set once it gets updates (polling, or the webhook set)."""
    stopper = _Stopper(stop)
    receiver: list[web.AppRunner] = []
    starting = asyncio.create_task(_start(app, stopper, receiver))
    stopping = asyncio.create_task(stopper.event.wait())
    try:
        await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():  # stopped while starting (Ctrl-C during retries)
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
        else:
            error = starting.exception()
            if error is not None:
                return _failed(app, error)
            _announce(app)
            if started is not None:
                started.set()
            await stopping
        if stopper.failure is not None:
            return _failed(app, stopper.failure)
        return EXIT_OK
    finally:
        stopping.cancel()
        await _stop(app, receiver, quiet=stopper.failure is not None)


def _failed(app: App, error: BaseException) -> int:
    problem = explain(error, app.bot_data.settings)
    if problem is None:
        raise error
    print(f"garder-contact: {problem.message}", file=sys.stderr, flush=True)
    return problem.code


async def _start(app: App, stopper: _Stopper, receiver: list[web.AppRunner]) -> None:
    await _initialize(app)
    if app.post_init is not None:
        await app.post_init(app)
    settings = app.bot_data.settings
    if settings.webhook_url is None:
        # Polling: PTB deletes any webhook first (Updater._bootstrap); asking here as well
        # makes a failure of that step one line like the others, not PTB's logged traceback.
        await app.bot.delete_webhook()
        assert app.updater is not None
        await app.updater.start_polling(
            allowed_updates=Update.ALL_TYPES,
            bootstrap_retries=len(STARTUP_RETRY_DELAYS),
            error_callback=stopper.polling_error,
        )
        await app.start()
        return
    await start_receiving(app, receiver)
    await app.start()
    try:
        await app.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret.reveal() if settings.webhook_secret else None,
            allowed_updates=Update.ALL_TYPES,
        )
    except BadRequest as error:
        raise StartupError(EXIT_CONFIG, f"Telegram refused WEBHOOK_URL: {error.message}") from error
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            _check_webhook,
            WEBHOOK_CHECK_SECONDS,
            first=WEBHOOK_CHECK_SECONDS,
            name=WEBHOOK_CHECK_JOB,
            job_kwargs=late_ok(),
        )


async def _initialize(app: App) -> None:
    """getMe and the rest of PTB's initialize, again after a network failure, a few times.

    The rate limiter's own retries (bot.ratelimit) are off meanwhile: they would log each
    attempt and wait half a minute before the one line saying the Bot API is out of reach.
    """
    data = app.bot_data
    delays, data.retry_delays = data.retry_delays, ()
    try:
        for delay in (*STARTUP_RETRY_DELAYS, None):
            try:
                await app.initialize()
                return
            except NetworkError as error:
                if delay is None:
                    raise
                log.debug("Cannot reach the Bot API yet (%s); again in %.0f s", error, delay)
                await asyncio.sleep(delay)
    finally:
        data.retry_delays = delays


def _announce(app: App) -> None:
    username = app.bot.username
    print(
        f"Garder Contact is running as @{username}: open https://t.me/{username} in Telegram "
        "and send /start (Ctrl-C stops it)",
        flush=True,
    )


async def _check_webhook(context: Context) -> None:
    """Ask Telegram how the webhook fares, for /readyz (and it keeps the last call fresh)."""
    app = app_of(context)
    hosting, url = app.bot_data.hosting, app.bot_data.settings.webhook_url
    try:
        info = await app.bot.get_webhook_info()
    except NetworkError:
        return  # /readyz reports the silence of the Bot API itself
    problem = None
    if info.url != url:
        problem = (
            f"Telegram's webhook is {info.url or 'not set'}, not WEBHOOK_URL: did another "
            "instance start polling?"
        )
    elif info.last_error_date is not None:
        age = datetime.now(UTC) - info.last_error_date
        if age < READY_WITHIN:
            problem = f"Telegram could not post to WEBHOOK_URL: {info.last_error_message}"
    if problem != hosting.webhook_problem and problem is not None:
        log.warning("%s", problem)
    hosting.webhook_problem = problem


async def _stop(app: App, receiver: list[web.AppRunner], *, quiet: bool) -> None:
    """Stop getting updates, finish what runs, shut down, post_shutdown (closes the store).

    `quiet` after a conflict: PTB's last getUpdates (confirming what was fetched) then gets a
    409 too, which it logs with a traceback; the one line already said it all.
    """
    for runner in receiver:
        await runner.cleanup()
    if app.updater is not None and app.updater.running:
        updater_log = logging.getLogger("telegram.ext.Updater")
        level = updater_log.level
        if quiet:
            updater_log.setLevel(logging.CRITICAL)
        try:
            await app.updater.stop()
        finally:
            updater_log.setLevel(level)
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
