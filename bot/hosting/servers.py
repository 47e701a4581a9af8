"""Starting and stopping the bot's small HTTP servers (aiohttp) on a `host:port` setting."""

from __future__ import annotations

from aiohttp import web

from bot.listen import Listen

SHUTDOWN_SECONDS = 5.0


class ListenError(Exception):
    """A server could not listen where its setting says (the port is taken, the host is not
    this machine's...)."""

    def __init__(self, key: str, listen: Listen, error: OSError) -> None:
        super().__init__(f"cannot listen on {key}={listen}: {error.strerror or error}")
        self.key = key


async def serve(app: web.Application, key: str, listen: Listen) -> tuple[web.AppRunner, int]:
    """Listen on `listen` (the setting `key`); return the runner and the port bound."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
    await runner.setup()
    site = web.TCPSite(runner, listen.host, listen.port)
    try:
        await site.start()
    except OSError as error:
        await runner.cleanup()
        raise ListenError(key, listen, error) from error
    return runner, site.port
