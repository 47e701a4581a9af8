"""Webhook mode: Telegram posts updates with the secret; anything else gets 403 and is dropped."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Any

import aiohttp

from bot.hosting.run import WEBHOOK_CHECK_JOB
from bot.hosting.webhook import SECRET_HEADER
from bot.listen import Listen
from emulator import FakeTelegram
from emulator.webhook import delete_webhook, route_webhooks, webhook_of
from tests.harness import FakeClock
from tests.hosting import (
    SECRET,
    WEBHOOK_URL,
    ServedBot,
    free_port,
    start_bot,
    until,
    webhook_settings,
)


def start_update(update_id: int, user_id: int, text: str = "/start") -> dict[str, Any]:
    """An update as Telegram would post it: a private message from a new user."""
    user = {"id": user_id, "is_bot": False, "first_name": "Eve", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "from": user,
            "chat": {"id": user_id, "type": "private", "first_name": "Eve"},
            "date": 1772438400,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def test_updates_posted_with_the_secret_are_handled(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    route_webhooks(tg.state, f"http://127.0.0.1:{port}")
    bot = ServedBot(tg, tmp_path / "data", clock, **webhook_settings(port))
    await bot.start()
    try:
        # Set on start, with the secret and every kind of update; post_init ran as in polling.
        (params,) = tg.params("setWebhook")
        assert params["url"] == WEBHOOK_URL
        assert params["secret_token"] == SECRET
        assert "callback_query" in params["allowed_updates"]
        assert tg.commands(language_code="fr")  # the menu post_init publishes
        user = tg.user(5001, first_name="Léa", language_code="fr")
        await user.send("/start")
        welcome = await user.next_message(timeout=30)
        assert "Salut Léa" in welcome.plain_text
        await user.next_message(timeout=30)  # where do you live?
        await user.send("montréal")
        assert "Montréal" in (await user.next_message(timeout=30)).plain_text
        hours = await user.next_message(timeout=30)
        await user.press(hours, "8 h")  # a button press comes by the webhook too
        assert "Tout est prêt" in (await user.next_message(timeout=30)).plain_text
        assert webhook_of(tg.state).delivered == 3
        assert tg.count("getUpdates") == 0
        assert (tmp_path / "data" / "users" / "5001.json").exists()
    finally:
        assert await bot.stop() == 0


async def test_a_wrong_or_missing_secret_gets_403_and_nothing_is_processed_or_stored(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    bot = ServedBot(tg, tmp_path / "data", clock, **webhook_settings(port))
    await bot.start()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    tg.user(777, first_name="Eve", language_code="en")
    try:
        async with aiohttp.ClientSession() as session:
            for headers in (
                {},
                {SECRET_HEADER: "guess"},
                {SECRET_HEADER: SECRET[:-1]},
                {SECRET_HEADER: SECRET + "x"},
                {SECRET_HEADER: ""},
            ):
                async with session.post(url, json=start_update(1, 777), headers=headers) as r:
                    assert r.status == 403, headers
            # The right secret on another path finds nothing either.
            other = f"http://127.0.0.1:{port}/other"
            async with session.post(other, json=start_update(2, 777), headers={}) as r:
                assert r.status in (403, 404, 405)
            # One right call for the same user: had a refused one been queued, it would be
            # answered first (a user's updates are handled in order) and stored.
            right = {SECRET_HEADER: SECRET}
            async with session.post(url, json=start_update(3, 777, "/help"), headers=right) as r:
                assert r.status == 200
        await until(lambda: tg.messages(777))
        await until(lambda: bot.app.bot_data.metrics.updates_handled._value.get() >= 1)
        assert len(tg.messages(777)) == 1
        assert "/start" not in [m.plain_text for m in tg.sent if "👋" in m.plain_text]
        assert bot.app.bot_data.metrics.updates_handled._value.get() == 1
        assert not (tmp_path / "data" / "users" / "777.json").exists()
    finally:
        assert await bot.stop() == 0


async def test_switching_between_polling_and_webhook_against_the_fake(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    route_webhooks(tg.state, f"http://127.0.0.1:{port}")
    data = tmp_path / "data"
    user = tg.user(5002, first_name="Léa", language_code="fr")

    hooked = ServedBot(tg, data, clock, **webhook_settings(port))
    await hooked.start()
    assert webhook_of(tg.state).url == WEBHOOK_URL
    await user.send("/help")
    await user.next_message(timeout=30)
    assert await hooked.stop() == 0
    # Stopped, the webhook stays set (as Telegram keeps it): what comes meanwhile waits.
    assert webhook_of(tg.state).url == WEBHOOK_URL
    await user.send("/start")

    polling = ServedBot(tg, data, clock)
    await polling.start()
    assert tg.count("deleteWebhook") >= 1
    assert webhook_of(tg.state).url == ""
    welcome = await user.next_message(timeout=30)  # the message sent while down
    assert "Salut Léa" in welcome.plain_text
    await user.next_message(timeout=30)  # where do you live?
    assert await polling.stop() == 0
    polls = tg.count("getUpdates")  # the last one confirms what was fetched
    assert polls >= 1

    hooked_again = ServedBot(tg, data, clock, **webhook_settings(port))
    await hooked_again.start()
    assert webhook_of(tg.state).url == WEBHOOK_URL
    await user.send("montréal")  # the question asked while polling, answered by webhook
    assert "Montréal" in (await user.next_message(timeout=30)).plain_text
    assert tg.count("getUpdates") == polls  # no polling while the webhook is set
    assert await hooked_again.stop() == 0


async def test_readyz_in_webhook_mode_tells_when_the_webhook_was_taken_away(
    tg: FakeTelegram, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    route_webhooks(tg.state, f"http://127.0.0.1:{port}")
    health = Listen("127.0.0.1", 0)
    bot = ServedBot(tg, tmp_path / "data", clock, health_listen=health, **webhook_settings(port))
    await bot.start()
    readyz = f"http://127.0.0.1:{bot.app.bot_data.hosting.health_port}/readyz"
    assert bot.app.job_queue is not None
    (check,) = bot.app.job_queue.get_jobs_by_name(WEBHOOK_CHECK_JOB)
    try:
        async with aiohttp.ClientSession() as session:
            await check.run(bot.app)  # what runs each minute
            async with session.get(readyz) as answer:
                assert (answer.status, await answer.text()) == (200, "ready\n")
            await delete_webhook(tg.state, {})  # another instance started polling
            await check.run(bot.app)
            async with session.get(readyz) as answer:
                assert answer.status == 503
                assert "Telegram's webhook is not set, not WEBHOOK_URL" in await answer.text()
    finally:
        assert await bot.stop() == 0


async def test_python_m_bot_in_webhook_mode_never_logs_the_secret(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    port = free_port()
    route_webhooks(tg.state, f"http://127.0.0.1:{port}")
    process = await start_bot(
        tmp_path,
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_URL=tg.url,
        WEBHOOK_URL=WEBHOOK_URL,
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        LOG_LEVEL="DEBUG",  # PTB logs each call's parameters, setWebhook's secret_token too
    )
    try:
        user = tg.user(5003, first_name="Léa", language_code="fr")
        await user.send("/start")
        assert "Salut Léa" in (await user.next_message(timeout=60)).plain_text
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0
    assert tg.params("setWebhook")[0]["secret_token"] == SECRET
    output = (out + err).decode()
    assert "setWebhook" in output  # the call was logged...
    assert SECRET not in output  # ...without its secret
