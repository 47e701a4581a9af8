"""Arbitrary text at every free-text step of /add: always an answer, never an invalid record."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.fields import ADD_ORDER, MAX_INTEREST, MAX_NAME, MAX_TEXT, Situation, apply_text
from core.model import Contact
from core.rules.cadence import Cadence
from emulator import FakeTelegram
from storage.tinydb.documents import contact_from, to_document
from tests.harness import RunningBot

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=ZoneInfo("UTC"))
NASTY = [
    "🎉👩‍👩‍👧‍👦🇫🇷",
    "مرحبا بالعالم",
    "<b>&amp;</b> & <i>",
    "x" * 5000,
    " \t \n ",
    "\u200b\u200f",
    "Ⅻ ¼ ⁹",
    "null",
    "0",
]
free_text = st.one_of(st.sampled_from(NASTY), st.text(min_size=1, max_size=300))
user_ids = itertools.count(9000)


def assert_valid(contact: Contact) -> None:
    """Every rule a stored contact must follow."""
    assert 1 <= len(contact.name) <= MAX_NAME
    assert contact.name == contact.name.strip()
    for text in (contact.met, contact.work, contact.place):
        assert len(text) <= MAX_TEXT
        assert all(ch.isprintable() for ch in text)
    assert all(0 < len(item) <= MAX_INTEREST for item in contact.interests)
    assert all(channel.kind in {"phone", "email", "telegram", "linkedin", "url"}
               for channel in contact.channels)  # fmt: skip
    if contact.birthday is not None:
        date(contact.birthday.year or 2000, contact.birthday.month, contact.birthday.day)
    Cadence.from_spec(contact.cadence)
    assert contact.last_contact_at is None or contact.last_contact_at <= NOW
    assert contact_from(to_document(contact)) == contact


@settings(max_examples=300, deadline=None)
@given(step=st.sampled_from(ADD_ORDER), text=free_text, language=st.sampled_from(["fr", "en"]))
def test_any_text_at_any_field_is_accepted_valid_or_refused(
    step: str, text: str, language: str
) -> None:
    contact = Contact("id", "Probe", NOW)
    when = Situation(now=NOW, zone=ZoneInfo("Europe/Paris"), language=language)
    outcome = apply_text(step, contact, text, when)  # type: ignore[arg-type]
    assert (outcome.contact is None) != (outcome.error is None)
    if outcome.contact is not None:
        assert_valid(outcome.contact)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(free_text, min_size=8, max_size=8), language=st.sampled_from(["fr", "en"]))
async def test_the_bot_answers_every_step_and_saves_only_valid_contacts(
    bot: RunningBot, tg: FakeTelegram, texts: list[str], language: str
) -> None:
    user_id = next(user_ids)
    user = tg.user(user_id, language_code=language)
    await user.send("/add Probe")
    await user.next_message()
    for text in texts:
        if text.lstrip().startswith("/"):
            continue  # a command, not an answer
        await user.send(text)
        reply = await user.next_message()
        assert "Traceback" not in reply.text
        assert reply.plain_text.strip()
    summary = None
    for _ in range(12):  # skip whatever is still asked, up to the summary
        await user.send("/skip")
        await user.next_message()
        summary = next((m for m in reversed(user.messages) if m.buttons and "form:save" in
                        [b.callback_data for row in m.buttons for b in row]), None)  # fmt: skip
        if summary is not None:
            break
    assert summary is not None, [m.plain_text for m in user.messages[-4:]]
    await user.press(summary, "💾")
    await user.wait_for(
        lambda message: "Probe" in message.plain_text and "/contact" in message.plain_text
    )
    for contact in await bot.repo.contacts(user_id):
        assert_valid(contact)
