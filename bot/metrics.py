"""The bot's counters, in the Prometheus format (prometheus_client), one set per Application.

Each Application gets its own registry, so that several in one process (the tests) do not
share counts. The hot paths only increment counters or observe a duration; the gauges that
need the store (users, active users) are computed when /metrics is read.
"""

from __future__ import annotations

import time

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    exposition,
    generate_latest,
)

# The `*_created` series (when each counter was made) only double the output here. (The
# function is untyped in prometheus_client.)
disable_created_metrics()  # type: ignore[no-untyped-call]

CONTENT_TYPE = exposition.CONTENT_TYPE_LATEST
# Handling an update: most take milliseconds, an import of 2,000 people about a second.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """What /metrics shows; the bot's parts increment these where the events happen."""

    def __init__(self) -> None:
        self.registry = registry = CollectorRegistry(auto_describe=True)
        self.users = Gauge("garder_users", "Users with a profile in the store.", registry=registry)
        self.active_users = Gauge(
            "garder_active_users",
            "Users the bot can write to (it was not blocked or their data erased).",
            registry=registry,
        )
        self.nudges_planned = Counter(
            "garder_nudges_planned",
            "Nudges written into a day's plan when a user's hour came.",
            registry=registry,
        )
        self.nudges_sent = Counter(
            "garder_nudges_sent", "Nudges Telegram accepted.", registry=registry
        )
        self.nudges_failed = Counter(
            "garder_nudges_failed",
            "Nudges left unsent when a delivery stopped: the user blocked the bot, or Telegram "
            "still failed after every retry.",
            ["reason"],
            registry=registry,
        )
        self.nudges_retried = Counter(
            "garder_nudges_retried",
            "Unsent nudges put back for another delivery attempt a few minutes later.",
            registry=registry,
        )
        self.api_retries = Counter(
            "garder_bot_api_retries",
            "Bot API calls sent again after a 5xx answer or a time-out.",
            registry=registry,
        )
        self.flood_waits = Counter(
            "garder_bot_api_429",
            "429 Too Many Requests answers from Telegram (every request then waits).",
            registry=registry,
        )
        self.updates_handled = Counter(
            "garder_updates_handled", "Updates from Telegram handled.", registry=registry
        )
        self.handler_latency = Histogram(
            "garder_update_handling_seconds",
            "Time to handle one update, from its turn to its last reply.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.api_success = Gauge(
            "garder_bot_api_last_success_timestamp_seconds",
            "When the Bot API last answered a call successfully (Unix time).",
            registry=registry,
        )
        for reason in ("blocked", "error"):
            self.nudges_failed.labels(reason)  # shown at 0 before the first failure
        # When the Bot API last answered a call successfully, on the monotonic clock (/readyz).
        self.api_ok_at: float | None = None

    def api_succeeded(self) -> None:
        """Note a successful Bot API call (getUpdates included)."""
        self.api_ok_at = time.monotonic()
        self.api_success.set(time.time())

    def render(self) -> bytes:
        """Every metric in the Prometheus text format."""
        return generate_latest(self.registry)
