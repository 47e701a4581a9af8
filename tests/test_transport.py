"""The Bot API transport over aiohttp (bot.hosting.transport): what PTB's httpx one did."""

from __future__ import annotations

import io

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError

from bot.hosting.transport import AiohttpRequest
from bot.metrics import Metrics
from emulator import FakeTelegram

CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens there: a proxy there refuses


def bot_on(tg: FakeTelegram) -> Bot:
    return Bot(tg.token, base_url=tg.base_url, request=AiohttpRequest(Metrics()))


async def test_messages_with_buttons_and_uploads_arrive_as_sent(tg: FakeTelegram) -> None:
    tg.user(41)
    async with bot_on(tg) as bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="y:1")]])
        sent = await bot.send_message(
            41, "<b>Léa</b> &amp; 🎉", parse_mode="HTML", reply_markup=markup
        )
        await bot.send_document(41, io.BytesIO(b"a,b\n"), filename="export.csv", caption="ok")
    assert sent.reply_markup == markup
    message, upload = tg.messages(41)
    assert message.plain_text == "Léa & 🎉"
    assert message.inline_markup == markup.to_dict()
    assert upload.document is not None
    assert upload.document.filename == "export.csv"
    assert upload.document.content == b"a,b\n"


async def test_the_environment_s_proxy_is_used_unless_no_proxy_names_the_host(
    tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", CLOSED_PORT)
    with pytest.raises(NetworkError):  # the Bot's start asks getMe
        async with bot_on(tg):
            pass
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with bot_on(tg) as bot:
        assert (await bot.get_me()).username == tg.bot_username
