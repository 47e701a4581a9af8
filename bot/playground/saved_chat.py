"""The playground's chat kept in DATA_DIR/chat.json, as Telegram keeps a chat's history.

Saved with the store's atomic writes, a moment after each change and at shutdown, so a crash
leaves the previous transcript or the new one. A transcript that cannot be read is logged by
name and left as it is (the chat starts empty and is not saved over it).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from pathlib import Path

from emulator import transcript
from emulator.state import State
from emulator.webchat import chat_view
from storage.tinydb.atomic import write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "chat.json"
SAVE_SECONDS = 2.0
# Message ids grow with the wall clock too, so that ids the bot remembers from a run whose
# transcript was lost are not given again.
_EPOCH = 1_750_000_000


class SavedChat:
    """One chat's transcript file: restored at start, saved while running and at the end."""

    def __init__(self, state: State, chat_id: int, data_dir: Path) -> None:
        self.state = state
        self.chat_id = chat_id
        self.path = data_dir / FILE_NAME
        self._writable = True
        self._saved = ""  # the etag of the chat as last saved
        self._task: asyncio.Task[None] | None = None

    def restore(self) -> None:
        """Put the last run's chat back; number new messages after it."""
        following = int(time.time()) - _EPOCH
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_bytes())
                following = max(following, transcript.load(self.state, self.chat_id, data))
            except (OSError, ValueError) as error:
                self._writable = False
                log.warning(
                    "The playground's chat %s cannot be read (%s); it is left as it is, and "
                    "this run's chat is not saved",
                    self.path,
                    error,
                )
        self._saved = self._etag()
        self.state.number_messages_from(self.chat_id, following)

    def start(self) -> None:
        """Save a moment after each change, until `stop`."""
        self._task = asyncio.get_running_loop().create_task(self._keep_saved())

    async def stop(self) -> None:
        """Stop saving in the background, and save what is left."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.save()

    async def save(self) -> None:
        """Write the transcript if the chat changed since the last write."""
        etag = self._etag()
        if not self._writable or etag == self._saved:
            return
        payload = json.dumps(transcript.dump(self.state, self.chat_id), ensure_ascii=False)
        await asyncio.to_thread(write_atomic, self.path, payload.encode())
        self._saved = etag

    async def _keep_saved(self) -> None:
        while True:
            await asyncio.sleep(SAVE_SECONDS)
            try:
                await self.save()
            except OSError:
                log.warning("The playground's chat could not be saved to %s", self.path)

    def _etag(self) -> str:
        return str(chat_view(self.state, self.chat_id)["etag"])
