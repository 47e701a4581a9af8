"""Replies after a stored write, through 5xx answers and time-outs: heard once, never lost.

Every Bot API call passes the one retry policy (bot.ratelimit): the user hears back once,
nothing stored is lost or stored twice, and a reply that cannot be delivered at all is
never answered with "something went wrong": the user is told on their next message that
their action was saved.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.hosting.transport import AiohttpRequest
from emulator import BotMessage, FakeTelegram, FakeUser
from tests.harness import RunningBot
from tests.seeding import NOW, onboarded, person, seed
from tests.test_nudges import tick

PATIENCE = 0.3  # the bot's read timeout here; a time-out fault holds a call longer
HELD = 0.6
GENERIC = "un problème est survenu"
LOST_FR = "Ta dernière action a bien été enregistrée, mais je n'ai pas pu te le confirmer"


@pytest.fixture(autouse=True)
def quick_retries(bot: RunningBot) -> None:
    """Retries a few ms apart, and a bot that gives up on an answer after PATIENCE seconds."""
    bot.app.bot_data.retry_delays = (0.01, 0.02, 0.04, 0.08, 0.16)
    request = bot.app.bot.request
    assert isinstance(request, AiohttpRequest)
    request.read_timeout = PATIENCE


async def french_user(bot: RunningBot, tg: FakeTelegram, user_id: int) -> FakeUser:
    """An onboarded French user in Paris with Léa, last seen 40 days ago."""
    await onboarded(bot.repo, user_id, "fr", joined=NOW - timedelta(days=100))
    await seed(bot.repo, user_id, person("a1", "Léa", last_days_ago=40))
    return tg.user(user_id, language_code="fr")


async def notes_of(bot: RunningBot, user_id: int) -> list[str]:
    return [i.note for i in await bot.repo.interactions(user_id, "a1")]


def texts(tg: FakeTelegram, chat_id: int) -> list[str]:
    return [m.plain_text for m in tg.messages(chat_id)]


# -- /log: the confirmation is a sendMessage -------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    ["500 three times", "502 three times", "time-out, request lost", "time-out then 500"],
)
async def test_log_is_confirmed_once_through_failing_sends(
    bot: RunningBot, tg: FakeTelegram, fault: str
) -> None:
    user = await french_user(bot, tg, 801)
    match fault:
        case "500 three times":
            tg.fail_next("sendMessage", status=500, times=3)
        case "502 three times":
            tg.fail_next("sendMessage", status=502, times=3)
        case "time-out, request lost":
            tg.time_out_next("sendMessage", seconds=HELD)
        case _:
            tg.time_out_next("sendMessage", seconds=HELD)
            tg.fail_next("sendMessage", status=500)
    await user.send("/log Léa super soirée")
    confirmed = await user.next_message()
    assert "C'est noté : échange avec Léa" in confirmed.plain_text
    await user.no_message(within=HELD)
    assert await notes_of(bot, 801) == ["super soirée"]
    assert not any(GENERIC in text for text in texts(tg, 801))


async def test_a_confirmation_that_never_goes_through_is_told_on_the_next_message(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = await french_user(bot, tg, 802)
    tg.fail_next("sendMessage", status=500, times=6)  # the first try and every retry
    await user.send("/log Léa super soirée")
    for _ in range(500):  # every try made (short delays in tests; a busy machine is slower)
        if tg.faults.pending("sendMessage") == 0:
            break
        await asyncio.sleep(0.01)
    assert tg.faults.pending("sendMessage") == 0
    await user.no_message(within=0.3)
    assert await notes_of(bot, 802) == ["super soirée"]  # stored, and no "went wrong"

    await user.send("/help")
    notice = await user.next_message()
    assert LOST_FR in notice.plain_text
    assert LOST_FR not in (await user.next_message()).plain_text  # then /help's answer
    await user.send("/help")
    assert LOST_FR not in (await user.next_message()).plain_text  # told once
    assert await notes_of(bot, 802) == ["super soirée"]
    assert not any(GENERIC in text for text in texts(tg, 802))


async def test_the_notice_survives_a_restart(bot: RunningBot, tg: FakeTelegram) -> None:
    user = await french_user(bot, tg, 803)
    tg.fail_next("sendMessage", status=503, times=6)
    await user.send("/log Léa un café")
    await user.no_message(within=0.5)
    await bot.restart()
    bot.app.bot_data.retry_delays = (0.01,) * 5
    await user.send("/help")
    assert LOST_FR in (await user.next_message()).plain_text


# -- a nudge's ✅: answerCallbackQuery, then editMessageText ---------------------------------


async def nudged(bot: RunningBot, tg: FakeTelegram, user_id: int) -> tuple[FakeUser, BotMessage]:
    """A French user who just got their nudge about Léa, and that nudge."""
    user = await french_user(bot, tg, user_id)
    await tick(bot)
    nudge = await user.next_message()
    assert "Léa" in nudge.plain_text
    return user, nudge


@pytest.mark.parametrize(
    ("method", "fault"),
    [
        ("answerCallbackQuery", "500 three times"),
        ("answerCallbackQuery", "time-out, request lost"),
        ("answerCallbackQuery", "time-out, answered"),
        ("answerCallbackQuery", "500 for good"),
        ("editMessageText", "500 three times"),
        ("editMessageText", "time-out, request lost"),
        ("editMessageText", "time-out, edited"),
    ],
)
async def test_done_on_a_nudge_is_confirmed_once_through_failures(
    bot: RunningBot, tg: FakeTelegram, method: str, fault: str
) -> None:
    user, nudge = await nudged(bot, tg, 804)
    before = len(tg.messages(804))
    match fault:
        case "500 three times":
            tg.fail_next(method, status=500, times=3)
        case "500 for good":
            tg.fail_next(method, status=500, times=6)
        case "time-out, request lost":
            tg.time_out_next(method, seconds=HELD)
        case _:
            tg.time_out_next(method, seconds=HELD, processed=True)
    await user.press(nudge, "C'est fait")
    closed = await user.wait_for(
        lambda m: m.message_id == nudge.message_id and "C'est noté" in m.plain_text,
        timeout=5,
    )
    assert closed.plain_text.count("C'est noté") == 1
    await user.no_message(within=HELD)
    assert len(tg.messages(804)) == before  # no second confirmation apart
    assert len(await bot.repo.interactions(804, "a1")) == 1
    assert len(tg.answers) <= 1
