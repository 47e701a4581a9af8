"""One-tap reach: nudges and cards carry a link for each channel Telegram can open, copies of
the rest, and a copy of the idea; the fake server refuses any URL Telegram would."""

from __future__ import annotations

import pytest

from core.model import Channel, Contact
from core.reach import Reach, reaches, whatsapp_link
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_idea_buttons import idea_of
from tests.test_nudges import onboard, tick

KARL_CHANNELS = (
    Channel("telegram", "@karlhoff"),
    Channel("phone", "+4915112345678"),
    Channel("email", "karl&co@example.com"),
    Channel("linkedin", "https://www.linkedin.com/in/karl-hoff"),
    Channel("url", "http://karl.example.com/blog"),
)
LINKS = {
    "https://t.me/karlhoff",
    "https://wa.me/4915112345678",
    "https://www.linkedin.com/in/karl-hoff",
    "http://karl.example.com/blog",
}


def karl() -> Contact:
    return person("k1", "Karl Hoff", last_days_ago=40, channels=KARL_CHANNELS)


def _plain(text: str) -> str:
    """Text with its no-break spaces made plain, as `plain_text` reads a message."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _reach_buttons(message: BotMessage) -> tuple[set[str], dict[str, str]]:
    """The message's link URLs, and its copy buttons' texts by label."""
    flat = [button for row in message.buttons for button in row]
    urls = {button.url for button in flat if button.url}
    copies = {button.text: button.copy_text for button in flat if button.copy_text}
    return urls, copies


@pytest.mark.parametrize(
    ("language", "labels", "copy_idea"),
    [
        ("fr", ["✈️ Telegram", "💬 WhatsApp", "💼 LinkedIn"], "📋 Copier l'idée"),
        ("en", ["✈️ Telegram", "💬 WhatsApp", "💼 LinkedIn"], "📋 Copy the idea"),
    ],
)
async def test_a_nudge_and_a_card_open_each_channel_in_one_tap(
    bot: RunningBot, tg: FakeTelegram, language: str, labels: list[str], copy_idea: str
) -> None:
    await onboard(bot, 1301, "Europe/Paris", telegram_language=language)
    await seed(bot.repo, 1301, karl())
    user = tg.user(1301, language_code=language)
    await tick(bot)
    nudge = await user.next_message()
    urls, copies = _reach_buttons(nudge)
    assert urls == LINKS
    assert [button.text for button in nudge.buttons[0]] == labels  # three to a row
    assert nudge.buttons[1][0].text == "🔗 karl.example.com"
    assert copies["📋 +49 1511 2345678"] == "+4915112345678"
    assert copies["📋 karl&co@example.com"] == "karl&co@example.com"  # plain, not escaped
    assert _plain(copies[copy_idea]) == idea_of(nudge.plain_text).removeprefix("💡 ")
    assert all(len(row) <= 3 for row in nudge.buttons)

    dice = "Une autre idée" if language == "fr" else "Another idea"
    await user.press(nudge, dice)  # 🎲: a new idea, and its copy follows it
    swapped = await user.wait_for(lambda m: m is nudge and bool(m.edits))
    copied = _reach_buttons(swapped)[1][copy_idea]
    assert _plain(copied) == idea_of(swapped.plain_text).removeprefix("💡 ")
    assert _reach_buttons(swapped)[0] == LINKS

    await user.send("/contact Karl")
    card = await user.next_message()
    urls, copies = _reach_buttons(card)
    assert urls == LINKS
    assert set(copies.values()) == {"+4915112345678", "karl&co@example.com"}


async def test_no_button_for_a_channel_telegram_cannot_open(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    """Only a phone and an e-mail: no tel: or mailto: link (Telegram refuses them), copies."""
    await onboard(bot, 1302, "Europe/Paris")
    landline = (Channel("phone", "+33145678901"), Channel("email", "lea@example.com"))
    await seed(bot.repo, 1302, person("l1", "Léa", last_days_ago=40, channels=landline))
    user = tg.user(1302, language_code="fr")
    await tick(bot)
    nudge = await user.next_message()
    urls, copies = _reach_buttons(nudge)
    assert urls == set()  # a landline has no WhatsApp
    assert set(copies.values()) >= {"+33145678901", "lea@example.com"}
    first_row = [button.text for button in nudge.buttons[0]]
    assert first_row == ["📋 +33 1 45 67 89 01", "📋 lea@example.com"]


def test_reach_of_each_channel_kind() -> None:
    found = reaches(
        (
            Channel("email", "a@b.fr"),
            Channel("url", "example.org/me"),
            Channel("phone", "not a number"),
            Channel("url", "ftp://files.example.org"),
            Channel("telegram", "@someone_x"),
        )
    )
    assert found == [
        Reach("telegram", url="https://t.me/someone_x"),
        Reach("url", url="https://example.org/me", shown="example.org"),
        Reach("phone", copy="not a number"),  # no WhatsApp link, but still copied
        Reach("email", copy="a@b.fr"),
    ]
    assert whatsapp_link("+1 (415) 555-2671") == "https://wa.me/14155552671"
    assert whatsapp_link("+33 6 12 34 56 78") == "https://wa.me/33612345678"
    assert whatsapp_link("+33 1 45 67 89 01") is None  # a landline
    assert whatsapp_link("0612345678") is None  # no country: no link to guess
