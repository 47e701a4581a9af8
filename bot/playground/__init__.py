"""`garder-contact try`: the real bot against the local Bot API emulator, with a web chat page.

Nothing to set up: no token, no network. The emulator (the same one the end-to-end tests use)
listens on 127.0.0.1 and plays Telegram; the unchanged Application polls it; the page at the
printed URL is the user's Telegram app. The bot's clock can be moved forward from the page, so
the next nudge arrives now rather than tomorrow morning.
"""

from bot.playground.cli import main
from bot.playground.playground import Playground

__all__ = ["Playground", "main"]
