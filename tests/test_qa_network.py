"""A QA sweep over the network and the account, in French and English: /ask and its favours,
/leaving, importing a file, /help, and a group chat. Each test pins one defect a new user met."""

from __future__ import annotations

import pytest

from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.test_nudges import onboard

CAN_READ = {"fr": "Je sais lire :", "en": "I can read:"}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("notes.txt", "text/plain"),
        ("Contacts.xlsx", "application/vnd.ms-excel"),
        ("me.jpg", "image/jpeg"),
    ],
)
async def test_a_file_that_holds_no_contacts_is_told_which_files_are_read(
    bot: RunningBot, tg: FakeTelegram, language: str, name: str, mime: str
) -> None:
    await onboard(bot, 9301, "Europe/Paris", language=language)
    user = tg.user(9301, language_code=language)
    await user.send_document(name, b"\x00hello", mime)
    answer = await user.next_message()
    # Not "I'm not sure what to do with that": the formats it can import, and the file's name.
    assert CAN_READ[language] in answer.plain_text
    assert name in answer.plain_text
    assert ".vcf" in answer.plain_text
