"""What the web chat page is told to draw, from the emulator's record of the chat."""

from __future__ import annotations

import json
from typing import Any

from emulator import FakeTelegram
from emulator.handlers_bot import HANDLERS, set_my_commands
from emulator.handlers_messages import delete_message, edit_message_text, send_message
from emulator.webchat import chat_view, commands_for

CHAT = 77


def menu(*names: str) -> list[dict[str, str]]:
    return [{"command": name, "description": f"{name} it"} for name in names]


async def test_the_menu_is_the_narrowest_scope_in_the_user_language_first(
    tg: FakeTelegram,
) -> None:
    tg.user(CHAT, language_code="fr-FR")
    state = tg.state
    assert commands_for(state, CHAT, "fr-FR") == []
    await set_my_commands(state, {"commands": menu("start")})
    await set_my_commands(state, {"commands": menu("aide"), "language_code": "fr"})
    assert commands_for(state, CHAT, "fr-FR") == menu("aide")
    assert commands_for(state, CHAT, "en") == menu("start")
    private: dict[str, Any] = {"type": "all_private_chats"}
    await set_my_commands(state, {"commands": menu("prive"), "scope": private})
    assert commands_for(state, CHAT, "fr") == menu("prive")  # a narrower scope wins
    chat = {"type": "chat", "chat_id": CHAT}
    await set_my_commands(state, {"commands": menu("toi"), "scope": chat, "language_code": "fr"})
    assert commands_for(state, CHAT, "fr") == menu("toi")
    assert commands_for(state, CHAT, "en") == menu("prive")
    assert commands_for(state, CHAT + 1, "fr") == menu("prive")  # another chat's is not ours


async def test_messages_in_order_edits_shown_deletions_gone(tg: FakeTelegram) -> None:
    user = tg.user(CHAT, language_code="fr")
    await user.send("bonjour")
    html = {"parse_mode": "HTML", "chat_id": CHAT}
    first = await send_message(tg.state, {**html, "text": "<b>Un</b> &amp; deux"})
    second = await send_message(tg.state, {**html, "text": "à effacer"})
    await edit_message_text(
        tg.state, {**html, "message_id": first["message_id"], "text": "<i>Modifié</i>"}
    )
    await delete_message(tg.state, {"chat_id": CHAT, "message_id": second["message_id"]})

    shown = chat_view(tg.state, CHAT)["messages"]
    assert [(m["out"], m["text"]) for m in shown] == [(True, "bonjour"), (False, "Modifié")]
    assert shown[1]["edited"] is True
    assert shown[1]["entities"] == [{"type": "italic", "offset": 0, "length": 7}]


async def test_a_reply_keyboard_stays_until_removed_and_a_one_time_one_folds_when_used(
    tg: FakeTelegram,
) -> None:
    user = tg.user(CHAT, language_code="fr")
    keyboard = {
        "keyboard": [[{"text": "📍", "request_location": True}, "Europe/Paris"]],
        "one_time_keyboard": True,
        "input_field_placeholder": "Ta ville",
    }
    await send_message(tg.state, {"chat_id": CHAT, "text": "Où ?", "reply_markup": keyboard})
    await send_message(tg.state, {"chat_id": CHAT, "text": "Sans clavier"})
    shown = chat_view(tg.state, CHAT)["keyboard"]
    assert shown["rows"] == [
        [
            {"text": "📍", "request_contact": False, "request_location": True},
            {"text": "Europe/Paris", "request_contact": False, "request_location": False},
        ]
    ]
    assert (shown["placeholder"], shown["folded"]) == ("Ta ville", False)

    await user.send("Europe/Paris")
    assert chat_view(tg.state, CHAT)["keyboard"]["folded"] is True
    removed = {"remove_keyboard": True}
    await send_message(tg.state, {"chat_id": CHAT, "text": "Merci", "reply_markup": removed})
    assert chat_view(tg.state, CHAT)["keyboard"] is None


async def test_the_etag_changes_with_what_is_shown_only(tg: FakeTelegram) -> None:
    tg.user(CHAT, language_code="en")
    before = chat_view(tg.state, CHAT)
    assert chat_view(tg.state, CHAT)["etag"] == before["etag"]
    await send_message(tg.state, {"chat_id": CHAT, "text": "hi"})
    after = chat_view(tg.state, CHAT)
    assert after["etag"] != before["etag"]
    assert json.loads(json.dumps(after)) == after  # plain JSON for the page


async def test_an_empty_chat_shows_the_bot_description_in_the_user_language(
    tg: FakeTelegram,
) -> None:
    tg.user(CHAT, language_code="fr")
    assert chat_view(tg.state, CHAT)["description"] == ""
    describe = HANDLERS["setMyDescription"]
    await describe(tg.state, {"description": "Keeps your network alive."})
    assert chat_view(tg.state, CHAT)["description"] == "Keeps your network alive."
    await describe(tg.state, {"description": "Fait vivre ton réseau.", "language_code": "fr"})
    assert chat_view(tg.state, CHAT)["description"] == "Fait vivre ton réseau."
