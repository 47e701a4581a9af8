"""Self-tests of the fake Telegram Bot API server, driven by python-telegram-bot itself."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyParameters,
    Update,
    error,
)
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler
from telegram.ext import ContextTypes as Types

from emulator import FakeTelegram, HtmlParseError, parse_html, strip_html


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as tg:
        yield tg


@pytest.fixture
async def bot(server: FakeTelegram) -> AsyncIterator[Bot]:
    """A plain PTB Bot talking to the fake server (shadows conftest's running-bot `bot`)."""
    async with Bot(server.token, base_url=server.base_url, base_file_url=server.base_file_url) as b:
        yield b


async def start(update: Update, context: Types.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    assert update.effective_user is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Oui 👍", callback_data="yes")]])
    await update.effective_message.reply_html(
        f"Bonjour <b>{update.effective_user.first_name}</b> &amp; bienvenue",
        reply_markup=keyboard,
    )


async def pressed(update: Update, context: Types.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    assert query.message is not None
    await query.answer("Noté", show_alert=True)
    await query.edit_message_text(f"Choix : {query.data}")


@asynccontextmanager
async def running_app(tg: FakeTelegram) -> AsyncIterator[None]:
    """A real Application polling the fake server, as the bot runs it."""
    builder = ApplicationBuilder().token(tg.token).base_url(tg.base_url)
    app = builder.base_file_url(tg.base_file_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()
    try:
        yield
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def test_command_round_trip_then_button_press_edits_the_message(server: FakeTelegram) -> None:
    user = server.user(42, first_name="Léa")
    async with running_app(server):
        await user.send("/start@garder_test_bot hello")
        welcome = await user.next_message()
        assert welcome.plain_text == "Bonjour Léa & bienvenue"
        assert welcome.entities == [{"type": "bold", "offset": 8, "length": 3}]
        assert welcome.button_texts == ["Oui 👍"]
        query_id = await user.press(welcome, "oui")
        answer = await user.callback_answer(query_id)
        assert (answer.text, answer.show_alert, answer.get("text")) == ("Noté", True, "Noté")
        edited = await user.wait_for(lambda m: m.text == "Choix : yes")
        assert edited is welcome
        assert welcome.edits == ["Bonjour <b>Léa</b> &amp; bienvenue"]
        assert welcome.buttons == []  # editMessageText without reply_markup drops the keyboard
        await user.no_message(within=0.05)
    assert server.count("getMe") == 1
    assert server.count("deleteWebhook") == 1
    assert user.answers == [answer]


async def test_offsets_confirm_updates_and_limit_applies(server: FakeTelegram, bot: Bot) -> None:
    user = server.user(7)
    await user.send("one")
    await user.send("/two")
    first = await bot.get_updates(timeout=0, limit=1)
    assert [u.message.text for u in first if u.message] == ["one"]
    both = await bot.get_updates(timeout=0)
    assert [u.update_id for u in both] == [first[0].update_id, first[0].update_id + 1]
    assert both[1].message is not None
    assert both[1].message.entities[0].type == "bot_command"
    assert await bot.get_updates(offset=both[-1].update_id + 1, timeout=0) == ()
    assert server.pending_updates == []


async def test_long_poll_returns_at_once_on_update_and_a_newer_poll_wins(
    server: FakeTelegram, bot: Bot
) -> None:
    user = server.user(8)
    loop = asyncio.get_running_loop()
    began = loop.time()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    await user.share_location(45.76, 4.83)
    updates = await poll
    assert loop.time() - began < 1
    assert updates[0].message is not None
    assert updates[0].message.location is not None
    began, offset = loop.time(), updates[0].update_id + 1
    assert await bot.get_updates(offset=offset, timeout=timedelta(seconds=0.2)) == ()
    assert loop.time() - began >= 0.15
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    # PTB keeps a one-connection pool for getUpdates: the competing poll needs its own Bot.
    async with Bot(server.token, base_url=server.base_url) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(error.Conflict, match="terminated by other getUpdates request"):
        await older


async def test_scripted_failures_become_ptb_errors(
    server: FakeTelegram, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RetryAfter() itself emits a PTBDeprecationWarning (an error here) unless PTB_TIMEDELTA is set.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    server.user(9)
    server.fail_next("sendMessage", status=429, retry_after=3)
    server.fail_next("SENDMESSAGE", status=500, times=2)
    server.fail_next("sendMessage", status=502)
    with pytest.raises(error.RetryAfter) as flood:
        await bot.send_message(9, "a")
    assert flood.value.retry_after == timedelta(seconds=3)
    for _ in range(2):
        with pytest.raises(error.NetworkError, match="Internal Server Error") as failure:
            await bot.send_message(9, "b")
        assert type(failure.value) is error.NetworkError
    with pytest.raises(error.NetworkError, match="Bad Gateway"):
        await bot.send_message(9, "c")
    await bot.send_message(9, "d")
    assert server.count("sendMessage") == 5
    assert [m.text for m in server.sent] == ["d"]
    server.rate_limit(3)  # like Telegram's flood control: 429 beyond 3 sends per second
    for number in range(3):
        await bot.send_message(9, str(number))
    await bot.send_chat_action(9, "typing")  # not counted
    with pytest.raises(error.RetryAfter):
        await bot.send_message(9, "too fast")
    server.rate_limit(None)
    await bot.send_message(9, "fine")
    assert server.chat_actions == [(9, "typing")]


async def test_blocked_user_unknown_chat_and_slow_server(server: FakeTelegram, bot: Bot) -> None:
    server.user(10)
    server.block(10)
    with pytest.raises(error.Forbidden, match="bot was blocked by the user"):
        await bot.send_message(10, "hi")
    server.unblock(10)
    await bot.send_message(10, "hi")
    with pytest.raises(error.BadRequest, match="Chat not found"):
        await bot.send_message(11, "hi")
    server.delay_next("sendMessage", 0.5)
    with pytest.raises(error.TimedOut):
        await bot.send_message(10, "slow", read_timeout=0.1)


async def test_validation_errors(server: FakeTelegram, bot: Bot) -> None:
    server.user(13)
    with pytest.raises(error.BadRequest, match="Can't parse entities: unsupported start tag"):
        await bot.send_message(13, "<foo>x</foo>", parse_mode="HTML")
    with pytest.raises(error.BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(13, "Tom & Jerry", parse_mode="HTML")
    with pytest.raises(error.BadRequest, match="Message is too long"):
        await bot.send_message(13, "a" * 4097)
    await bot.send_message(13, "<b>" + "&lt;" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(error.BadRequest, match="Message text is empty"):
        await bot.send_message(13, "<i> </i>", parse_mode="HTML")
    too_long = InlineKeyboardButton("x", callback_data="é" * 32 + "a")
    with pytest.raises(error.BadRequest, match="Button_data_invalid"):
        await bot.send_message(13, "x", reply_markup=InlineKeyboardMarkup([[too_long]]))
    fits = InlineKeyboardButton("x", callback_data="é" * 32)
    await bot.send_message(13, "x", reply_markup=InlineKeyboardMarkup([[fits]]))
    assert len(server.sent) == 2


async def test_edit_rules(server: FakeTelegram, bot: Bot) -> None:
    user = server.user(14)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(14, "v1", reply_markup=markup)
    with pytest.raises(error.BadRequest, match="Message is not modified"):
        await bot.edit_message_text("v1", 14, sent.message_id, reply_markup=markup)
    with pytest.raises(error.BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("v2", 14, 999)
    edited = await bot.edit_message_text("v2", 14, sent.message_id, reply_markup=markup)
    assert isinstance(edited, type(sent))
    assert edited.edit_date is not None
    await bot.edit_message_reply_markup(14, sent.message_id)
    assert user.last.buttons == []
    assert user.last.edits == ["v1"]
    with pytest.raises(error.BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(14, sent.message_id)
    assert await bot.delete_message(14, sent.message_id)
    assert user.last.deleted
    with pytest.raises(error.BadRequest, match="Message to delete not found"):
        await bot.delete_message(14, sent.message_id)


async def test_replies_and_reply_keyboards(server: FakeTelegram, bot: Bot) -> None:
    user = server.user(15, first_name="Marc", username="marc")
    keyboard = ReplyKeyboardMarkup([[KeyboardButton("📍 Position", request_location=True)]])
    question = await bot.send_message(15, "Où ?", reply_markup=keyboard)
    assert question.reply_markup is None  # Telegram only echoes inline keyboards
    asked = await user.next_message()
    assert asked.reply_keyboard_texts == ["📍 Position"]
    assert asked.reply_keyboard[0][0]["request_location"] is True
    assert user.reply_keyboard is asked
    await user.reply(asked, "Lyon")
    (update,) = await bot.get_updates(timeout=0)
    assert update.message is not None
    assert update.message.reply_to_message is not None
    assert update.message.reply_to_message.text == "Où ?"
    answer = await update.message.reply_text("OK", reply_parameters=None, do_quote=True)
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.message_id == update.message.message_id
    with pytest.raises(error.BadRequest, match="Message to be replied not found"):
        await bot.send_message(15, "x", reply_parameters=ReplyParameters(message_id=999))
    chat = await bot.get_chat(15)
    assert (chat.first_name, chat.username, chat.type) == ("Marc", "marc", "private")


async def test_documents_both_ways(server: FakeTelegram, bot: Bot) -> None:
    user = server.user(16)
    await bot.send_document(16, b"BEGIN:VCARD", filename="lea.vcf", caption="<b>Léa</b>")
    sent = await user.next_message()
    assert sent.document is not None
    assert (sent.document.filename, sent.document.content) == ("lea.vcf", b"BEGIN:VCARD")
    assert sent.caption == "<b>Léa</b>"
    content = b"BEGIN:VCARD\r\nFN:Marie\r\nEND:VCARD\r\n"
    await user.send_document("marie.vcf", content)
    (update,) = await bot.get_updates(timeout=0)
    assert update.message is not None
    assert update.message.document is not None
    assert update.message.document.file_name == "marie.vcf"
    file = await update.message.document.get_file()
    assert bytes(await file.download_as_bytearray()) == content


async def test_commands_and_menu_button(server: FakeTelegram, bot: Bot) -> None:
    server.user(17)
    await bot.set_my_commands([BotCommand("help", "Aide")], language_code="fr")
    await bot.set_my_commands([BotCommand("help", "Help")], scope=BotCommandScopeChat(17))
    assert server.commands(language_code="fr") == [{"command": "help", "description": "Aide"}]
    assert server.commands({"type": "chat", "chat_id": 17}) == [
        {"command": "help", "description": "Help"}
    ]
    assert [c.command for c in await bot.get_my_commands(language_code="fr")] == ["help"]
    await bot.delete_my_commands(language_code="fr")
    assert await bot.get_my_commands(language_code="fr") == ()
    with pytest.raises(error.BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])
    assert await bot.set_chat_menu_button(17)
    assert server.menu_button(17) == {"type": "default"}


async def test_json_body_tokens_and_unknown_methods(server: FakeTelegram) -> None:
    server.user(18)
    async with httpx.AsyncClient(base_url=server.url) as http:
        reply = await http.post(
            f"/bot{server.token}/SendMessage", json={"chat_id": "18", "text": "123"}
        )
        assert reply.json()["result"]["text"] == "123"
        assert server.sent[-1].text == "123"
        wrong = await http.get("/bot1:WRONG/getMe")
        assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
        unknown = await http.get(f"/bot{server.token}/frobnicate")
        assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert server.calls[0] == ("sendMessage", {"chat_id": 18, "text": "123"})
    with pytest.raises(error.InvalidToken):
        async with Bot("1:WRONG", base_url=server.base_url):
            pass
    async with Bot(server.token, base_url=server.base_url) as bot:
        assert (bot.id, bot.username) == (123456, "garder_test_bot")
        with pytest.raises(error.EndPointNotFound):
            await bot.do_api_request("frobnicate")


async def test_reading_helpers_fail_with_clear_messages(server: FakeTelegram, bot: Bot) -> None:
    user = server.user(19)
    await bot.send_message(19, "first")
    assert (await user.next_message()).text == "first"
    with pytest.raises(AssertionError, match="received:\n  #1 'first'"):
        await user.next_message(timeout=0.05)
    with pytest.raises(AssertionError, match=r"available: \[\]"):
        user.last.find_button("nope")
    await bot.send_message(19, "second")
    with pytest.raises(AssertionError, match="unexpected bot message"):
        await asyncio.gather(user.no_message(within=0.2), bot.send_message(19, "third"))


def test_html_checker() -> None:
    link = '<a href="https://x.y/?a=1&amp;b=2">l</a>'
    text, entities = parse_html(link + ' <pre><code class="language-py">p</code></pre>')
    assert text == "l p"
    assert entities == [
        {"type": "text_link", "offset": 0, "length": 1, "url": "https://x.y/?a=1&b=2"},
        {"type": "pre", "offset": 2, "length": 1, "language": "py"},
    ]
    assert parse_html("😀<i>é</i>&#x41;&#66;")[1] == [{"type": "italic", "offset": 2, "length": 1}]
    _, quoted = parse_html('<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>')
    assert [entity["type"] for entity in quoted] == ["spoiler", "expandable_blockquote"]
    for bad in ["<b>x", "<b><i>x</b></i>", "x</b>", "a < b", "&nbsp;", '<span class="x">s</span>']:
        with pytest.raises(HtmlParseError):
            parse_html(bad)
    assert strip_html("<b>a &lt; b") == "a < b"


async def test_url_and_copy_buttons_are_checked_like_telegram(
    server: FakeTelegram, bot: Bot
) -> None:
    """Telegram opens http(s) and tg:// from a button and refuses mailto:, tel: and the rest."""
    server.user(14)

    def one(button: InlineKeyboardButton) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[button]])

    for url in ("https://t.me/karlhoff", "https://wa.me/33612345678", "tg://resolve?domain=x"):
        await bot.send_message(14, "x", reply_markup=one(InlineKeyboardButton("go", url=url)))
    for url in ("mailto:lea@example.com", "tel:+33612345678", "javascript:alert(1)"):
        with pytest.raises(error.BadRequest, match=r"(?i)unsupported url protocol"):
            await bot.send_message(14, "x", reply_markup=one(InlineKeyboardButton("go", url=url)))
    with pytest.raises(error.BadRequest, match=r"(?i)wrong http url"):
        await bot.send_message(
            14, "x", reply_markup=one(InlineKeyboardButton("go", url="https://x"))
        )
    copy = InlineKeyboardButton("📋", copy_text=CopyTextButton("a" * 256))
    sent = await bot.send_message(14, "x", reply_markup=one(copy))
    assert server.messages(14)[-1].buttons[0][0].copy_text == "a" * 256
    assert sent.reply_markup is not None
    too_long = InlineKeyboardButton("📋", copy_text=CopyTextButton("a" * 257))
    with pytest.raises(error.BadRequest, match="Button_copy_text_invalid"):
        await bot.send_message(14, "x", reply_markup=one(too_long))
