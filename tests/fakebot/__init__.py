"""A fake Telegram Bot API server for end-to-end tests of the bot.

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
