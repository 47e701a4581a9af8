"""One bot of `bench.throughput`, in a process of its own, polling the driver's fake server.

`python -m bench.throughput_bot KIND URL TOKEN FIRST_USER USERS CONTACTS`, KIND one of
`echo` (a minimal PTB echo bot, PTB's defaults), `echo-concurrent` (the same with
`concurrent_updates(True)`), `echo-aiohttp` (PTB's defaults but the bot's own Bot API
transport, bot.hosting.transport) or `garder` (the real bot: its handlers, storage, update processor
and rate limiter, the send cap lifted; its users seeded with CONTACTS contacts first). Prints
`ready` once polling, then runs until its standard input closes. The process holds nothing
but the bot, so the driver can read the CPU it spends per update from /proc.
"""

from __future__ import annotations

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")

import asyncio
import cProfile
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

import bot.app
from bot.hosting.transport import AiohttpRequest
from bot.metrics import Metrics
from bot.ratelimit import SpacedRateLimiter
from core.model import Contact, UserProfile
from services.repository import Repository
from tests.harness import FakeClock, RunningBot

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
EchoApp = Application[Any, Any, Any, Any, Any, Any]


@dataclass(frozen=True)
class Server:
    """Where the driver's fake Bot API listens (what RunningBot needs of a FakeTelegram)."""

    url: str
    token: str


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The whole echo bot: send the text back."""
    message = update.effective_message
    if message is not None and message.text:
        await context.bot.send_message(message.chat_id, message.text)


async def until_stdin_closes() -> None:
    """Block until the driver closes our standard input (its way of saying stop)."""
    await asyncio.to_thread(sys.stdin.read)


async def run_echo(server: Server, *, concurrent: bool, aiohttp: bool) -> None:
    """A minimal PTB echo bot, polling as the real bot does (bench.throughput); over the
    bot's own aiohttp transport if `aiohttp`, else PTB's default (httpx)."""
    builder = (
        ApplicationBuilder()
        .token(server.token)
        .base_url(f"{server.url}/bot")
        .base_file_url(f"{server.url}/file/bot")
        .concurrent_updates(concurrent)
    )
    if aiohttp:
        builder = builder.request(AiohttpRequest(Metrics(), connection_pool_size=16))
        builder = builder.get_updates_request(AiohttpRequest(Metrics()))
    app: EchoApp = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    print("ready", flush=True)
    try:
        await until_stdin_closes()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def seed(repo: Repository, user_ids: range, contacts: int) -> None:
    """Onboarded users in Paris, each with `contacts` contacts, one of them named Ami."""
    for user_id in user_ids:
        profile = UserProfile(
            user_id, NOW - timedelta(days=30), timezone="Europe/Paris", onboarded=True
        )
        await repo.save_profile(profile)
        people = [Contact("ami", "Ami", NOW - timedelta(days=60), last_contact_at=NOW)]
        people += [
            Contact(f"c{n}", f"Someone {n}", NOW - timedelta(days=60), work="x" * 40)
            for n in range(contacts - 1)
        ]
        await repo.add_contacts(user_id, people)


async def run_garder(server: Server, user_ids: range, contacts: int) -> None:
    """The real bot, its users seeded before it polls."""
    # The send cap lifted: Telegram's 30 messages a second would otherwise be what we time.
    bot.app.SpacedRateLimiter = lambda **knobs: SpacedRateLimiter(  # type: ignore[attr-defined,assignment]
        rate=1e9, burst=10**9, **knobs
    )
    with tempfile.TemporaryDirectory() as folder:
        running = RunningBot(server, Path(folder) / "data", FakeClock(NOW))  # type: ignore[arg-type]
        await running.start(owns_process=True)  # as `python -m bot` runs it
        # Seeded once the bot runs: seeded before, they would get the start-up's catch-up
        # nudges, answers to no one's message.
        await seed(running.repo, user_ids, contacts)
        print("ready", flush=True)
        try:
            await until_stdin_closes()
        finally:
            await running.stop()


def main() -> None:
    """Parse the arguments, run the bot until stdin closes (under cProfile, its stats written
    to the file $BENCH_PROFILE, when that is set)."""
    kind, url, token, first, users, contacts = sys.argv[1:7]
    server = Server(url, token)
    if kind == "garder":
        user_ids = range(int(first), int(first) + int(users))
        running = run_garder(server, user_ids, int(contacts))
    else:
        running = run_echo(
            server, concurrent=kind == "echo-concurrent", aiohttp=kind == "echo-aiohttp"
        )
    profile_to = os.environ.get("BENCH_PROFILE")
    if not profile_to:
        asyncio.run(running)
        return
    with cProfile.Profile() as profile:
        asyncio.run(running)
    profile.dump_stats(profile_to)


if __name__ == "__main__":
    main()
