"""Pure domain core: no Telegram, no storage, no I/O at import time."""
