"""Open dialogs survive a restart: PTB's pickle persistence, written crash-safely.

The dialog's states (which question each user has open) and each user's `UserState` (the
draft /add is building, the words a choice of names waits with...) are pickled to one file in
DATA_DIR. PTB's PicklePersistence opens that file for writing in place, so a crash mid-write
would leave a truncated pickle and the next start would refuse it; here every dump goes
through `storage.tinydb.atomic.write_atomic` (temporary file, fsync, rename, fsync of the folder),
with the owner-only mode of the other data files.

The bot's services (bot_data), chat_data and the callback data are not persisted: the app
factory rebuilds the first, and the bot uses neither of the others.
"""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
from pathlib import Path
from typing import Any

from telegram.ext import ContextTypes, PersistenceInput, PicklePersistence
from telegram.ext._picklepersistence import _BotPickler  # the pickler PTB's loader expects

from bot.context import BotData, UserState
from storage.tinydb.atomic import ensure_private_dir, write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "dialogs.pickle"
# How often changed states and user_data are written (seconds); the Application also writes
# them when it stops, so a clean shutdown loses nothing.
UPDATE_INTERVAL = 2.0


class AtomicPicklePersistence(PicklePersistence[UserState, dict[Any, Any], BotData]):
    """PicklePersistence whose file writes are atomic, and coalesced.

    PTB hands over each changed user's data one call at a time, and the stock class rewrites
    the whole file on every call: with N users active in an interval, N whole-file writes on
    the event loop. Here a call only marks the data changed; one write follows, once the
    current batch of calls is done, and `flush` (at shutdown) writes at once.
    """

    def __init__(self, data_dir: Path, update_interval: float = UPDATE_INTERVAL) -> None:
        ensure_private_dir(data_dir)
        super().__init__(
            data_dir / FILE_NAME,
            store_data=PersistenceInput(bot_data=False, chat_data=False, callback_data=False),
            single_file=True,
            update_interval=update_interval,
            context_types=ContextTypes(bot_data=BotData, user_data=UserState),
        )
        self._write_soon: asyncio.Handle | None = None

    async def flush(self) -> None:
        """Write what changed now (the Application calls this when it stops)."""
        if self._write_soon is not None:
            self._write_soon.cancel()
            self._write_soon = None
        if self.user_data or self.conversations:
            self._dump_now()

    def _dump_singlefile(self) -> None:
        # Called by each update_* with changed data: one write for the whole batch.
        if self._write_soon is None:
            self._write_soon = asyncio.get_running_loop().call_soon(self._write_batch)

    def _write_batch(self) -> None:
        self._write_soon = None
        try:
            self._dump_now()
        except Exception:  # the next change or the shutdown's flush writes again
            log.exception("Could not write %s; the open dialogs are kept in memory", self.filepath)

    def _dump_now(self) -> None:
        data = {
            "conversations": self.conversations,
            "user_data": self.user_data,
            "chat_data": self.chat_data,
            "bot_data": self.bot_data,
            "callback_data": self.callback_data,
        }
        self._dump_file(self.filepath, data)

    def _dump_file(self, filepath: Path, data: object) -> None:
        buffer = io.BytesIO()
        _BotPickler(self.bot, buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(data)
        write_atomic(filepath, buffer.getvalue())
