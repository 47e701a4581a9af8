"""A chat's transcript: what the emulator restores is what it showed, files and buttons too."""

from __future__ import annotations

import json

import pytest

from emulator import FakeTelegram, transcript
from emulator.handlers_messages import delete_message, send_document, send_message
from emulator.messages import UploadedFile
from emulator.webchat import chat_view

CHAT = 55


def shown(tg: FakeTelegram) -> list[tuple[bool, str, str | None]]:
    """Each message as the page shows it: who, text, and the file's name and bytes' size."""
    view = chat_view(tg.state, CHAT)
    return [(m["out"], m["text"], m.get("document", {}).get("name")) for m in view["messages"]]


async def test_a_dumped_chat_loads_back_as_it_was_shown() -> None:
    async with FakeTelegram() as tg:
        user = tg.user(CHAT, language_code="fr")
        await user.send("/export")
        await user.send_document("contacts.vcf", b"BEGIN:VCARD", mime_type="text/vcard")
        buttons = {"inline_keyboard": [[{"text": "✅", "callback_data": "ok"}]]}
        await send_message(
            tg.state,
            {
                "chat_id": CHAT,
                "text": "<b>Voilà</b>",
                "parse_mode": "HTML",
                "reply_markup": buttons,
            },
        )
        backup = UploadedFile("backup.json", b'{"a": 1}', "application/json")
        await send_document(tg.state, {"chat_id": CHAT, "document": backup, "caption": "📦"})
        gone = await send_message(tg.state, {"chat_id": CHAT, "text": "effacé"})
        await delete_message(tg.state, {"chat_id": CHAT, "message_id": gone["message_id"]})
        dumped = json.loads(json.dumps(transcript.dump(tg.state, CHAT)))
        before = shown(tg)

    async with FakeTelegram() as again:
        again.user(CHAT, language_code="fr")
        following = transcript.load(again.state, CHAT, dumped)
        assert shown(again) == before
        assert following == gone["message_id"]  # after the last message still shown
        [voila] = [m for m in again.messages(CHAT) if m.buttons]
        assert voila.entities == [{"type": "bold", "offset": 0, "length": 5}]
        files = {f.upload.filename: f.upload.content for f in again.state.files.values()}
        assert files == {"contacts.vcf": b"BEGIN:VCARD", "backup.json": b'{"a": 1}'}
        user_file = again.state.user_messages[CHAT, 2]["document"]["file_id"]
        assert again.state.files[user_file].upload.filename == "contacts.vcf"


@pytest.mark.parametrize(
    "data",
    [{}, {"version": 99, "bot": [], "user": [], "files": {}}, {"version": 1, "bot": [{}]}],
)
async def test_anything_else_is_refused_and_nothing_is_restored(data: object) -> None:
    async with FakeTelegram() as tg:
        tg.user(CHAT)
        with pytest.raises(ValueError, match="not a chat transcript"):
            transcript.load(tg.state, CHAT, data)
        assert tg.messages(CHAT) == []
