"""Bot API requests that note each success, for /readyz and /metrics."""

from __future__ import annotations

from typing import Any

from telegram.request import HTTPXRequest, RequestData

from bot.metrics import Metrics

_OK = 200


class TrackedRequest(HTTPXRequest):
    """PTB's HTTPX transport, noting when Telegram last answered a call with success."""

    def __init__(self, metrics: Metrics, **options: Any) -> None:
        super().__init__(**options)
        self._metrics = metrics

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:
        """Send the request; a 200 answer counts as the Bot API being reachable and well."""
        status, payload = await super().do_request(url, method, request_data, *args, **kwargs)
        if status == _OK:
            self._metrics.api_succeeded()
        return status, payload
