"""/healthz, /readyz and /metrics on HEALTH_LISTEN, while the bot runs against the fake."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.jobs.deliver import deliver_all
from bot.jobs.schedule import DELIVERY_JOB
from bot.listen import Listen
from core.model import UserProfile
from emulator import FakeTelegram
from tests.harness import FakeClock, RunningBot
from tests.seeding import NOW, person, seed


@pytest.fixture
async def watched(tg: FakeTelegram, tmp_path: Path, clock: FakeClock) -> AsyncIterator[RunningBot]:
    """The bot with its health server on a free port of 127.0.0.1."""
    running = RunningBot(tg, tmp_path / "data", clock, health_listen=Listen("127.0.0.1", 0))
    await running.start()
    yield running
    await running.stop()


async def get(bot: RunningBot, path: str) -> tuple[int, str]:
    port = bot.app.bot_data.hosting.health_port
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as answer,
    ):
        return answer.status, await answer.text()


async def metrics(bot: RunningBot) -> dict[str, float]:
    """Every sample of /metrics by name and labels: {'garder_nudges_sent_total': 1.0, ...}."""
    status, text = await get(bot, "/metrics")
    assert status == 200
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
            samples[f"{sample.name}{{{labels}}}" if labels else sample.name] = sample.value
    return samples


async def test_healthz_answers_while_the_process_runs(watched: RunningBot) -> None:
    assert await get(watched, "/healthz") == (200, "ok\n")


async def test_readyz_is_ready_once_started(watched: RunningBot) -> None:
    assert await get(watched, "/readyz") == (200, "ready\n")


async def test_readyz_says_why_when_the_bot_api_is_silent(
    watched: RunningBot, tg: FakeTelegram
) -> None:
    tg.fail_next("getUpdates", status=502, times=10_000)  # Telegram down from now on
    metrics_ = watched.app.bot_data.metrics
    assert metrics_.api_ok_at is not None
    metrics_.api_ok_at = time.monotonic() - 6 * 60  # ...for six minutes
    status, text = await get(watched, "/readyz")
    assert (status, text) == (503, "not ready: no Bot API call has succeeded for 6 minutes\n")


async def test_readyz_says_why_when_deliveries_are_not_scheduled(watched: RunningBot) -> None:
    queue = watched.app.job_queue
    assert queue is not None
    for job in queue.get_jobs_by_name(DELIVERY_JOB):
        job.schedule_removal()
    assert await get(watched, "/readyz") == (
        503,
        "not ready: the nudge delivery job is not scheduled\n",
    )
    queue.scheduler.shutdown(wait=False)
    assert await get(watched, "/readyz") == (503, "not ready: the scheduler is not running\n")


async def test_readyz_is_not_ready_once_the_store_is_closed(watched: RunningBot) -> None:
    watched.app.bot_data.hosting.store_open = False  # what post_shutdown does before closing
    assert await get(watched, "/readyz") == (503, "not ready: the store is not open\n")
    watched.app.bot_data.hosting.store_open = True


async def test_metrics_count_updates_nudges_and_users(
    watched: RunningBot, tg: FakeTelegram
) -> None:
    before = await metrics(watched)
    assert before["garder_updates_handled_total"] == 0
    assert before["garder_nudges_sent_total"] == 0
    assert before["garder_users"] == 0

    user = tg.user(4001, first_name="Léa", language_code="fr")
    await user.send("/help")
    await user.next_message()
    await watched.repo.save_profile(
        UserProfile(4001, NOW - timedelta(days=100), timezone="Europe/Paris", onboarded=True)
    )
    await seed(watched.repo, 4001, person("a1", "Marie", last_days_ago=40))
    await watched.repo.save_profile(
        UserProfile(4002, NOW, timezone="Europe/Paris", onboarded=True, active=False)
    )
    await deliver_all(watched.app)  # 09:00 in Paris: Marie's nudge
    assert "Marie" in (await user.next_message()).plain_text

    after = await metrics(watched)
    assert after["garder_updates_handled_total"] == 1
    assert after["garder_update_handling_seconds_count"] == 1
    assert after["garder_update_handling_seconds_sum"] > 0
    assert after["garder_nudges_planned_total"] == 1
    assert after["garder_nudges_sent_total"] == 1
    assert after["garder_nudges_failed_total{reason=blocked}"] == 0
    assert after["garder_users"] == 2
    assert after["garder_active_users"] == 1
    assert after["garder_bot_api_last_success_timestamp_seconds"] > 0


async def test_metrics_count_429s_retries_and_failed_nudges(
    watched: RunningBot, tg: FakeTelegram
) -> None:
    watched.app.bot_data.retry_delays = (0.01,)
    for user_id in (4101, 4102):
        await watched.repo.save_profile(
            UserProfile(user_id, NOW - timedelta(days=9), timezone="Europe/Paris", onboarded=True)
        )
        await seed(watched.repo, user_id, person("a1", "Marie", last_days_ago=40))
        tg.user(user_id)
    tg.block(4102)
    tg.fail_next("sendMessage", status=429, retry_after=1)
    tg.fail_next("sendMessage", status=502, times=1)
    await deliver_all(watched.app)

    after = await metrics(watched)
    assert after["garder_bot_api_429_total"] == 1
    assert after["garder_bot_api_retries_total"] >= 1
    assert after["garder_nudges_planned_total"] == 2
    assert after["garder_nudges_sent_total"] == 1
    assert after["garder_nudges_failed_total{reason=blocked}"] == 1


async def test_metrics_count_nudges_put_back_after_telegram_kept_failing(
    watched: RunningBot, tg: FakeTelegram
) -> None:
    watched.app.bot_data.retry_delays = (0.01,)  # one retry, then the delivery gives up
    await watched.repo.save_profile(
        UserProfile(4201, NOW - timedelta(days=9), timezone="Europe/Paris", onboarded=True)
    )
    await seed(watched.repo, 4201, person("a1", "Marie", last_days_ago=40))
    tg.user(4201)
    tg.fail_next("sendMessage", status=502, times=2)
    await deliver_all(watched.app)

    after = await metrics(watched)
    assert after["garder_bot_api_retries_total"] == 1
    assert after["garder_nudges_sent_total"] == 0
    assert after["garder_nudges_failed_total{reason=error}"] == 1
    assert after["garder_nudges_retried_total"] == 1
