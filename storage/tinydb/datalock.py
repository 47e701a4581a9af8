"""One process at a time on a data folder: the running bot, or a restore.

The lock is `flock` on `DATA_DIR/.lock`, held for the life of the process. The kernel drops it
when the process ends, however it ends (SIGKILL, a crash, a power cut), so there is no stale
lock to clean up, unlike a pid file. flock is per open file, so even a second opener inside
the same process is refused. It does not reach across machines on every network file system:
a data folder is for one host.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from storage.tinydb.atomic import FILE_MODE, ensure_private_dir

LOCK_NAME = ".lock"
# Present while a restore swaps the data (storage.tinydb.snapshots): a bot that finds it
# refuses to start on half-swapped data.
RESTORE_MARKER = ".restore-in-progress"


class DataDirBusyError(Exception):
    """Another process holds the data folder, or a restore was interrupted; one line says which."""


class DataDirLock:
    """The held lock; `release()` (or the process ending) lets the next holder in."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        """Let another process take the data folder."""
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def hold_data_dir(data_dir: Path, *, check_restore: bool = True) -> DataDirLock:
    """Take `data_dir` for this process, or raise DataDirBusyError naming who has it.

    With `check_restore` (a bot starting), a folder an interrupted restore left half swapped is
    refused too.
    OSError if the folder is unusable.
    """
    ensure_private_dir(data_dir)
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise DataDirBusyError(
            f"another process (a bot or a restore) is using DATA_DIR {data_dir}; "
            "only one may at a time: stop the other one first"
        ) from None
    except BaseException:
        os.close(fd)
        raise
    lock = DataDirLock(fd)
    if check_restore and (data_dir / RESTORE_MARKER).exists():
        lock.release()
        raise DataDirBusyError(
            f"a restore into DATA_DIR {data_dir} was interrupted; run "
            f"`garder-contact restore <snapshot>` again before starting the bot"
        )
    return lock


def is_held(data_dir: Path) -> bool:
    """Whether some process holds `data_dir` right now (for tests and tools)."""
    with contextlib.suppress(DataDirBusyError), hold_data_dir(data_dir, check_restore=False):
        return False
    return True
