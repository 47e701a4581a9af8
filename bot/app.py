"""The composition root: the one place that builds the Application from its parts."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import random
from collections import defaultdict
from typing import cast

from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults

from bot.backups import schedule_backups
from bot.clock import Clock
from bot.config import Settings
from bot.context import App, BotContext, BotData, UserState
from bot.handlers import register
from bot.hosting.health import start_health
from bot.hosting.state import Hosting
from bot.hosting.transport import AiohttpRequest
from bot.i18n import Translator
from bot.jobs import due
from bot.jobs.deliver import DELIVERIES_AT_ONCE
from bot.jobs.schedule import start_scheduling
from bot.menu import publish_descriptions, publish_menus
from bot.menu_refresh import schedule_chat_menus
from bot.metrics import Metrics
from bot.persistence import AtomicPicklePersistence
from bot.ratelimit import RETRY_DELAYS, SpacedRateLimiter
from bot.updates import PerUserUpdateProcessor
from core.due import DueIndex
from core.places import find_place
from services.repository import Repository

log = logging.getLogger(__name__)

CONNECTIONS = 16
# Objects made (less those freed) before the garbage collector's youngest pass: Python's 700
# made the bot spend about a tenth of its CPU there (bench/throughput.py), the objects of an
# update being freed by reference counting anyway; a pass holds at most this many objects.
YOUNG_OBJECTS_BEFORE_GC = 10_000
POOL_WAIT_SECONDS = 30.0


def build_application(settings: Settings, repo: Repository, clock: Clock) -> App:
    """Build the bot: settings, repository and clock in; a ready-to-run Application out."""
    # Every Bot API call passes the limiter; it reads the retry delays from bot_data (set
    # below, once `app` exists), where tests shorten them.
    metrics = Metrics()
    limiter = SpacedRateLimiter(retry_delays=lambda: app.bot_data.retry_delays, metrics=metrics)
    # Over aiohttp rather than PTB's httpx (bot.hosting.transport: about half of the CPU an
    # update cost went to httpx). A few kept-alive connections serve every call: message
    # requests leave at most 30 a second anyway. Requests wait for a free connection rather
    # than fail after PTB's 1 s default. Both transports note each success, for /readyz.
    transports = (
        AiohttpRequest(metrics, connection_pool_size=CONNECTIONS, pool_timeout=POOL_WAIT_SECONDS),
        AiohttpRequest(metrics, connection_pool_size=1),  # getUpdates
    )
    builder = (
        ApplicationBuilder()
        .token(settings.token.reveal())
        .context_types(ContextTypes(context=BotContext, bot_data=BotData, user_data=UserState))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(limiter)
        .concurrent_updates(PerUserUpdateProcessor(metrics=metrics))
        .request(transports[0])
        .get_updates_request(transports[1])
        .persistence(AtomicPicklePersistence(settings.data_dir))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.api_url is not None:
        builder = builder.base_url(f"{settings.api_url}/bot").base_file_url(
            f"{settings.api_url}/file/bot"
        )
    # The builder does not carry our context types over to the JobQueue type parameter.
    app = cast(App, builder.build())
    data = app.bot_data
    data.settings = settings
    data.repo = repo
    data.clock = clock
    data.translate = Translator()
    data.retry_delays = RETRY_DELAYS
    data.delivery_locks = defaultdict(asyncio.Lock)
    data.delivery_slots = asyncio.Semaphore(DELIVERIES_AT_ONCE)
    data.rng = random.Random()
    data.due = DueIndex()
    data.reschedule = lambda profile: due.reschedule(data, profile)
    data.metrics = metrics
    data.hosting = Hosting(transports=list(transports))
    register(app)
    return app


async def _post_init(app: App) -> None:
    """Once the bot is connected: the health server, the command menu and the descriptions in
    both languages, the city index, the nudges' schedule, the backups."""
    app.bot_data.hosting.store_open = True
    await start_health(app)  # first: /healthz answers while the rest gets ready
    translate = app.bot_data.translate
    default = app.bot_data.settings.default_language
    await publish_menus(app.bot, translate, default)
    await publish_descriptions(app.bot, translate, default)
    # Load the city index now (about a second) rather than in the first user's /start.
    await asyncio.to_thread(find_place, "Paris")
    if app.bot_data.hosting.owns_process:
        # Before any job is due: the collector's pass holds the event loop a moment.
        _freeze_start_up_objects()
    schedule_chat_menus(app)
    await start_scheduling(app)
    schedule_backups(app)
    log.info("Bot @%s is up", app.bot.username)


@functools.cache  # once a process
def _freeze_start_up_objects() -> None:
    """Keep what start-up built and keeps for good (the city index, catalogs, modules: half a
    million objects) out of the garbage collector's passes, and run these passes less often.

    bench/throughput.py found a quarter of the bot's CPU in the collector: its full passes
    walked every one of these objects again, and with Python's default of a pass every 700 new
    objects, an update (which makes thousands: PTB objects, JSON, Fluent) paid several. Garbage
    with cycles is collected first, so only live objects are set aside (`gc.freeze`).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS_BEFORE_GC, *gc.get_threshold()[1:])


async def _post_shutdown(app: App) -> None:
    """Stop the health server, then release the store's files."""
    hosting = app.bot_data.hosting
    while hosting.servers:
        await hosting.servers.pop().cleanup()
    hosting.store_open = False
    for transport in hosting.transports:
        await transport.shutdown()  # done already, unless getMe failed
    await app.bot_data.repo.close()
