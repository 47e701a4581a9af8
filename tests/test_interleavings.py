"""Random interleavings of /add, /edit, /log, /cancel, answers, and old and forged button presses,
through the real Application: no exception reaches the error handler, no contact is stored
without a name, and nobody else's data changes.

Each example is a fresh user of the same running bot; HYPOTHESIS_INTERLEAVINGS sets how many
(CI runs the default).
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from emulator import FakeTelegram
from emulator.messages import BotMessage
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import person, seed

EXAMPLES = int(os.environ.get("HYPOTHESIS_INTERLEAVINGS", "250"))
OTHER = 9700  # someone else, whose contacts no press of our users may touch
user_ids = itertools.count(9701)

COMMANDS = (
    "/add", "/add Foo Bar", "/add Marie Dupont", "/add " + "x" * 101, "/add !!!",
    "/edit Marie", "/edit Léa", "/edit Nobody", "/edit", "/log Marie coffee", "/log Léa",
    "/contact Marie", "/remove Léa", "/cancel", "/skip", "/list",
)  # fmt: skip
ANSWERS = ("Bob", "at school", "Lyon", "jazz, climbing", "bob@example.org", "12/09",
           "every 2 weeks", "yesterday", "oui", "!!!", "x" * 400)  # fmt: skip
FORGED = (
    "form:save", "form:fields", "form:cancel", "form:twin", "form:skip", "form:field:name",
    "form:field:zzz", "form:cad:2w", "form:last:7", "form:place:0", "form:place:keep",
    "form:open:x1", "form:open:m1", "edit:x1", "card:x1", "rm:x1", "clog:x1", "lognow:x1",
    "cpause:x1", "edit:m1", "clog:m1", "lognow:m1", "rm:gone", "list:0", "n:done:x1", "zzz",
)  # fmt: skip

step = st.one_of(
    st.tuples(st.just("send"), st.sampled_from(COMMANDS + ANSWERS)),
    # Messages are counted from the newest: 0 is the latest with buttons.
    st.tuples(st.just("press"), st.integers(0, 6), st.integers(0, 20)),
    st.tuples(st.just("forge"), st.integers(0, 6), st.sampled_from(FORGED)),
    st.tuples(st.just("again")),  # the previous press once more: a double tap
)


class _Errors(logging.Handler):
    """Collects what the error handler logs: an exception reached it."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record)


@contextmanager
def errors_logged() -> Iterator[_Errors]:
    errors = _Errors()
    logger = logging.getLogger("bot.handlers.errors")
    logger.addHandler(errors)
    try:
        yield errors
    finally:
        logger.removeHandler(errors)


async def _act(
    user: FakeUser, action: tuple[object, ...], pressed: list[tuple[BotMessage, str]]
) -> None:
    """Do one step and wait until the bot has answered it."""
    before = len(user.messages)
    if action[0] == "again":
        if pressed:
            again, same = pressed[-1]
            await user.callback_answer(await user.press_data(again, same))
        return
    if action[0] == "send":
        await user.send(str(action[1]))
        await user.wait_for(lambda _: len(user.messages) > before)
        return
    with_buttons = [m for m in user.messages if m.buttons and not m.deleted]
    if not with_buttons:
        return
    message = with_buttons[-1 - int(str(action[1])) % len(with_buttons)]
    if action[0] == "press":
        flat = [b for row in message.buttons for b in row if b.callback_data is not None]
        if not flat:
            return
        data = flat[int(str(action[2])) % len(flat)].callback_data
        assert data is not None
    else:
        data = str(action[2])
    pressed.append((message, data))
    await user.callback_answer(await user.press_data(message, data))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=12))
@example(steps=[("send", "/contact Marie"), ("press", 0, 2), ("again",)])  # Snooze twice
@example(  # the old summary's Save once a new /add is open
    steps=[("send", "/add Foo Bar"), *[("send", "/skip")] * 8, ("send", "/add"), ("press", 0, 0)]
)
@example(  # the old picker's last button (birthday reminder) during a new /add
    steps=[("send", "/edit Marie"), ("send", "/add"), ("press", 0, 9), ("send", "Bob")]
)
async def test_interleavings_keep_the_data_whole(
    bot: RunningBot, tg: FakeTelegram, steps: list[tuple[object, ...]]
) -> None:
    if not await bot.repo.contacts(OTHER):
        await seed(bot.repo, OTHER, person("x1", "Xavier"), person("m1", "Marie Other"))
    theirs = await bot.repo.contacts(OTHER)
    user_id = next(user_ids)
    await seed(bot.repo, user_id, person("m1", "Marie Dupont"), person("l1", "Léa Martin"))
    user = tg.user(user_id, language_code="en")
    pressed: list[tuple[BotMessage, str]] = []
    with errors_logged() as errors:
        for action in steps:
            await _act(user, action, pressed)
        await _act(user, ("send", "/cancel"), pressed)  # the last answer is in: the bot is idle
    assert [record.getMessage() for record in errors.seen] == []
    assert all(contact.name.strip() for contact in await bot.repo.contacts(user_id))
    assert await bot.repo.contacts(OTHER) == theirs
