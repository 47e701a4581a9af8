"""A local Telegram Bot API emulator: the end-to-end tests' server and `garder-contact try`'s.

It behaves like Telegram for one bot (aiohttp on 127.0.0.1) and plays the users too, so the
real bot runs against it unchanged, with no network and no token from @BotFather.

async with FakeTelegram() as tg:  # aiohttp on 127.0.0.1, same event loop as the test
    # Bot(tg.token, base_url=tg.base_url, base_file_url=tg.base_file_url) ...
    user = tg.user(1001, first_name="Léa", language_code="fr")
    await user.send("/start")
    welcome = await user.next_message()
    await user.press(welcome, "8 h")
"""

from .errors import ApiError
from .html_check import HtmlParseError, parse_html, strip_html
from .messages import BotMessage, CallbackAnswer, InlineButton, UploadedFile
from .server import FakeTelegram
from .user import FakeUser

__all__ = [
    "ApiError",
    "BotMessage",
    "CallbackAnswer",
    "FakeTelegram",
    "FakeUser",
    "HtmlParseError",
    "InlineButton",
    "UploadedFile",
    "parse_html",
    "strip_html",
]
