"""An Application polling, started and stopped step by step where run_polling cannot serve:
the playground and the tests, which run it inside an event loop of their own."""

from __future__ import annotations

from telegram import Update

from bot.context import App


async def start_polling(app: App, *, long_poll: int) -> None:
    """After `app.initialize()`: post_init, getUpdates (long polls of `long_poll` seconds),
    then the Application itself."""
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(
        poll_interval=0, timeout=long_poll, allowed_updates=Update.ALL_TYPES
    )
    await app.start()


async def stop_polling(app: App) -> None:
    """As on SIGTERM: stop getting updates, finish what runs, shut down, post_shutdown."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
