"""The playground's parts started together: emulator, web chat, clock and the real bot."""

from __future__ import annotations

import dataclasses
import errno
from pathlib import Path

from bot.app import build_application
from bot.clock import MovableClock
from bot.config import Secret, Settings
from bot.context import App
from bot.hosting.polling import start_polling, stop_polling
from bot.playground.controls import ClockControls
from bot.playground.saved_chat import SavedChat
from emulator import FakeTelegram, FakeUser
from emulator.webchat import WebChat
from storage.tinydb.repository import TinyDBRepository

TOKEN = "1234567:PLAYGROUND-local-emulator"
BOT_USERNAME = "garder_contact_bot"
USER_ID = 4242
USER_NAME = "Alex"  # reads well in both languages: "Salut Alex !", "Hi Alex!"


class Playground:
    """The unchanged Application polling the emulator, whose server also serves the page."""

    def __init__(
        self, data_dir: Path, *, clock: MovableClock | None = None, log_level: str = "WARNING"
    ) -> None:
        self.clock = clock or MovableClock()
        self.tg = FakeTelegram(TOKEN, BOT_USERNAME)
        self.tg.state.clock = lambda: self.clock.now().timestamp()
        self.user: FakeUser = self.tg.user(USER_ID, first_name=USER_NAME, language_code="en")
        self.chat = SavedChat(self.tg.state, self.user.chat_id, data_dir)
        self.controls = ClockControls(
            self.clock, self.tg.state.notify, lambda: len(self.tg.messages(self.user.chat_id))
        )
        self.tg.extensions.append(WebChat(self.tg, self.user, self.controls).install)
        self.settings = Settings(token=Secret(TOKEN), data_dir=data_dir, log_level=log_level)
        self._app: App | None = None

    @property
    def url(self) -> str:
        """The page's address."""
        return f"{self.tg.url}/"

    @property
    def app(self) -> App:
        """The running Application."""
        assert self._app is not None, "the playground is not started"
        return self._app

    async def start(self, port: int) -> None:
        """Open the data folder, listen on 127.0.0.1:`port` (a free port if it is taken), then
        start the bot. OSError says in one line what was not usable."""
        try:
            repo = TinyDBRepository(self.settings.data_dir)
        except OSError as error:
            reason = error.strerror or str(error)
            raise OSError(f"{self.settings.data_dir} is not usable: {reason}") from error
        self.chat.restore()
        try:
            await self.tg.start(port)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or port == 0:
                reason = error.strerror or str(error)
                raise OSError(f"cannot listen on 127.0.0.1:{port}: {reason}") from error
            await self.tg.start(0)
        settings = dataclasses.replace(self.settings, api_url=self.tg.url)
        app = build_application(settings, repo, self.clock)
        self._app = app
        await app.initialize()
        await self.controls.attach(app, self.user.id)
        await start_polling(app, long_poll=10)
        self.chat.start()

    async def stop(self) -> None:
        """Stop the bot as on SIGTERM (its data and the chat saved), then the emulator."""
        app, self._app = self._app, None
        if app is not None:
            await stop_polling(app)
            await self.chat.stop()
        await self.tg.stop()
