"""Bot API requests over aiohttp's client, in place of PTB's default httpx transport.

Measured with bench/throughput.py (the bot in its own process): httpx spent about half of
the bot's CPU per update. Its connection pool checks every kept-alive connection (a poll and
a getpeername system call each) and every queued request on each request, and its request
and response models are pure Python. aiohttp's client keeps idle connections in a queue per
host and parses answers in C.

Same contract as PTB's HTTPXRequest (`telegram.request.BaseRequest`): a time-out of any kind
raises `TimedOut` (the rate limiter's retry policy tells lost from done), any other transport
failure `NetworkError`; uploads go as multipart/form-data, everything else form-urlencoded
with JSON-encoded values, as PTB sends them. Proxies come from the environment
(HTTPS_PROXY...), as with httpx.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

from bot.metrics import Metrics

_OK = 200
ODVFloat = float | None | DefaultValue[float] | DefaultValue[None]


class AiohttpRequest(BaseRequest):
    """PTB's transport contract over one aiohttp ClientSession; notes each successful call in
    `metrics`, for /readyz and /metrics."""

    def __init__(
        self,
        metrics: Metrics,
        *,
        connection_pool_size: int = 1,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._metrics = metrics
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, tuple[URL | None, aiohttp.BasicAuth | None]] = {}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout, in seconds."""
        return self._read_timeout

    @read_timeout.setter
    def read_timeout(self, seconds: float | None) -> None:
        self._read_timeout = seconds

    async def initialize(self) -> None:
        """Open the session (its connections open on first use)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                skip_auto_headers=("Accept-Encoding",),
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(  # noqa: PLR0917 (the signature is PTB's)
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVFloat = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVFloat = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVFloat = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVFloat = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; (status, body) back, or TimedOut / NetworkError."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        if isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout if files else self._write_timeout
        # aiohttp has no write time-out of its own: the whole call is bounded by the sum.
        parts = (pool, connect, write_timeout, read)
        total = None if any(part is None for part in parts) else sum(parts)  # type: ignore[arg-type]
        timeout = aiohttp.ClientTimeout(
            total=total,
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=read,
        )
        target = URL(url)
        proxy, proxy_auth = self._proxy_for(target)
        try:
            async with self._session.request(
                method,
                target,
                data=_body(request_data, files),
                timeout=timeout,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                status, payload = response.status, await response.read()
        except TimeoutError as error:  # aiohttp's time-outs are TimeoutErrors too
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error
        if status == _OK:
            self._metrics.api_succeeded()
        return status, payload

    def _proxy_for(self, url: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The environment's proxy for `url`'s host (None: connect directly), looked up once."""
        origin = f"{url.scheme}://{url.host}"
        if origin not in self._proxies:
            try:
                self._proxies[origin] = get_env_proxy_for_url(url)
            except LookupError:  # none set, or NO_PROXY names this host
                self._proxies[origin] = (None, None)
        return self._proxies[origin]


def _body(request_data: RequestData | None, files: dict[str, Any] | None) -> Any:
    """The parameters as one JSON object (the Bot API takes application/json, except with
    uploads), or a multipart form with the files, as PTB's httpx transport sends it.

    JSON is written by the C encoder; a form-urlencoded body would quote every byte in Python.
    """
    if request_data is None:
        return None
    if not files:
        parameters = request_data.parameters
        if not parameters:
            return None
        return aiohttp.BytesPayload(
            json.dumps(parameters, ensure_ascii=False, separators=(",", ":")).encode(),
            content_type="application/json",
        )
    form = aiohttp.FormData(request_data.json_parameters)
    for name, upload in files.items():
        if isinstance(upload, tuple):
            filename, content, *mime = upload
            form.add_field(name, content, filename=filename, content_type=mime[0] if mime else None)
        else:
            form.add_field(name, upload)
    return form
