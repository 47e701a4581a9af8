"""The playground in-process: the page's API (what the page posts and long-polls) and its clock.

The browser test (test_playground_browser.py) clicks through the page itself; these tests hit
the same routes directly, with the wall clock fixed, so the clock's moves can be checked to the
minute.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.clock import MovableClock
from bot.playground import Playground
from core.model import UserProfile
from tests.harness import FakeClock
from tests.seeding import NOW, person, seed

VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie Dupont\r\nTEL:+33612345678\r\nEND:VCARD\r\n"


@pytest.fixture
async def playground(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Playground]:
    """The playground on a free port, its wall clock fixed at Monday 2 March 2026, 08:00 UTC."""
    running = Playground(tmp_path / "try-data", clock=MovableClock(clock))
    await running.start(0)
    yield running
    await running.stop()


@pytest.fixture
async def http(playground: Playground) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(playground.tg.url) as session:
        yield session


async def act(
    http: aiohttp.ClientSession, name: str, body: dict[str, Any], lang: str = "fr"
) -> Any:
    async with http.post(f"/chat/api/{name}", params={"lang": lang}, json=body) as response:
        assert response.status == 200, await response.text()
        return (await response.json())["result"]


async def view(http: aiohttp.ClientSession, since: str = "") -> dict[str, Any]:
    async with http.get("/chat/api/view", params={"since": since}) as response:
        assert response.status == 200
        result: dict[str, Any] = await response.json()
        return result


async def onboarded(playground: Playground, nudge_time: time) -> None:
    """The playground's user as after /start: Paris, their nudge hour, one contact overdue."""
    profile = UserProfile(
        playground.user.id,
        NOW - timedelta(days=100),
        timezone="Europe/Paris",
        onboarded=True,
        telegram_language="fr",
        nudge_time=nudge_time,
    )
    repo = playground.app.bot_data.repo
    await repo.save_profile(profile)
    playground.app.bot_data.reschedule(profile)
    await seed(repo, playground.user.id, person("a1", "Léa", last_days_ago=40))


async def test_the_page_and_its_files_are_served(http: aiohttp.ClientSession) -> None:
    async with http.get("/") as page:
        assert page.status == 200
        assert "/chat/static/chat.js" in await page.text()
    for name in ("chat.js", "chat.css"):
        async with http.get(f"/chat/static/{name}") as asset:
            assert asset.status == 200
    async with http.get("/chat/static/../chat.py") as outside:
        assert outside.status in (403, 404)


async def test_a_typed_message_reaches_the_bot_in_the_page_language_and_its_answer_shows(
    playground: Playground, http: aiohttp.ClientSession
) -> None:
    await act(http, "send", {"text": "/start"}, lang="fr")
    assert playground.user.language_code == "fr"
    welcome = await playground.user.next_message()
    assert "Salut Alex" in welcome.plain_text
    await playground.user.next_message()  # where do you live?

    shown = await view(http)
    assert [m["out"] for m in shown["messages"][:2]] == [True, False]
    assert shown["messages"][0]["text"] == "/start"
    assert "Salut Alex" in shown["messages"][1]["text"]
    assert shown["keyboard"] is not None  # where do you live: 📍 and the default zone
    assert any(button["request_location"] for row in shown["keyboard"]["rows"] for button in row)
    menu = {c["command"]: c["description"] for c in shown["commands"]}
    assert "ajouter" in menu["add"]  # the French menu, as the page is in French
    assert shown["me"]["first_name"] == "Alex"


async def test_the_view_waits_for_a_change_then_answers_at_once(
    playground: Playground, http: aiohttp.ClientSession
) -> None:
    first = await view(http)
    assert first["clock"]["zone"] == "Europe/Paris"  # the default until the user sets theirs
    waiting = asyncio.ensure_future(view(http, since=first["etag"]))
    await asyncio.sleep(0.2)
    assert not waiting.done()  # nothing changed: the long poll holds
    await act(http, "send", {"text": "/help"})
    changed = await asyncio.wait_for(waiting, 5)
    assert changed["etag"] != first["etag"]
    assert changed["messages"][0]["text"] == "/help"


async def test_the_clock_jumps_to_the_next_nudge_hour_and_the_nudge_arrives(
    playground: Playground, http: aiohttp.ClientSession
) -> None:
    assert await act(http, "control", {"action": "next-nudge"}) == "nothing-planned"

    await onboarded(playground, time(18))
    assert await act(http, "control", {"action": "next-nudge"}) == "delivered"
    assert playground.clock.now() == datetime(2026, 3, 2, 17, 0, tzinfo=UTC)  # 18:00 in Paris
    nudge = await playground.user.wait_for(lambda m: "C'est le moment" in m.plain_text)
    assert "Léa" in nudge.plain_text
    clock = (await view(http))["clock"]
    assert clock["zone"] == "Europe/Paris"
    assert clock["ahead_ms"] == 9 * 3600 * 1000
    assert clock["next_nudge"] == "2026-03-03T17:00:00+00:00"  # tomorrow's, now today's is sent

    await act(http, "send", {"text": "fait !", "reply_to": nudge.message_id})  # ↩ on the page
    noted = await playground.user.wait_for(lambda m: "C'est noté" in m.plain_text)
    assert "Léa" in noted.plain_text
    [answer] = [m for m in (await view(http))["messages"] if m["text"] == "fait !"]
    assert answer["reply_to"]["id"] == nudge.message_id

    assert await act(http, "control", {"action": "next-day"}) == "nothing-due"  # Léa is done
    assert playground.clock.now() == datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


async def test_a_file_from_the_page_goes_through_get_file_and_the_download(
    playground: Playground, http: aiohttp.ClientSession
) -> None:
    form = aiohttp.FormData()
    form.add_field("document", VCARD, filename="contacts.vcf", content_type="text/vcard")
    async with http.post("/chat/api/file", params={"lang": "en"}, data=form) as response:
        assert response.status == 200
    preview = await playground.user.wait_for(lambda m: "found" in m.plain_text)
    assert "One person found" in preview.plain_text
    assert playground.tg.count("getFile") == 1
    [shown] = [m for m in (await view(http))["messages"] if m["out"]]
    assert shown["document"]["name"] == "contacts.vcf"
    async with http.get(shown["document"]["url"]) as download:
        assert await download.read() == VCARD


async def test_a_contact_card_and_a_location_from_the_page_are_what_telegram_sends(
    playground: Playground, http: aiohttp.ClientSession
) -> None:
    await act(http, "contact", {"first_name": "Sam", "last_name": "Martin", "phone_number": "+1"})
    await act(http, "location", {"latitude": 45.764, "longitude": 4.8357})
    await act(http, "contact", {"first_name": "Alex", "phone_number": "+33 6", "mine": True})
    sent = playground.tg.state.user_messages
    card, place, mine = (sent[key] for key in sorted(sent)[-3:])
    assert card["contact"] == {"phone_number": "+1", "first_name": "Sam", "last_name": "Martin"}
    assert place["location"] == {"latitude": 45.764, "longitude": 4.8357}
    assert mine["contact"]["user_id"] == playground.user.id  # a request_contact button's card


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("send", {"text": "   "}),
        ("send", {"text": "x" * 4097}),
        ("press", {"message_id": 1, "data": "forged"}),
        ("location", {"latitude": 91, "longitude": 0}),
        ("location", {"latitude": "48", "longitude": 2}),
        ("contact", {"first_name": "", "phone_number": "+1"}),
    ],
)
async def test_what_the_page_cannot_send_is_refused_and_reaches_no_one(
    playground: Playground, http: aiohttp.ClientSession, name: str, body: dict[str, Any]
) -> None:
    async with http.post(f"/chat/api/{name}", json=body) as response:
        assert response.status == 400
    assert playground.tg.state.user_messages == {}


@pytest.mark.parametrize(
    "headers", [{"Origin": "https://evil.example"}, {"Host": "rebound.example:8321"}]
)
async def test_another_site_cannot_act_through_the_page_api(
    playground: Playground, http: aiohttp.ClientSession, headers: dict[str, str]
) -> None:
    async with http.post("/chat/api/send", json={"text": "/deleteme"}, headers=headers) as response:
        assert response.status == 403
    assert playground.tg.state.user_messages == {}


async def test_a_second_playground_takes_another_port_when_the_first_holds_it(
    playground: Playground, tmp_path: Path
) -> None:
    taken = int(playground.tg.url.rpartition(":")[2])
    second = Playground(tmp_path / "other")
    await second.start(taken)
    try:
        assert second.url.startswith("http://127.0.0.1:")
        assert second.url != playground.url
    finally:
        await second.stop()


def test_an_unusable_data_folder_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "try", "--port", "0", "--data-dir", "taken"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path.cwd())},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == "garder-contact try: taken is not usable: File exists"


async def test_a_restarted_playground_shows_the_chat_and_its_buttons_still_work(
    tmp_path: Path, clock: FakeClock
) -> None:
    first = Playground(tmp_path / "try-data", clock=MovableClock(clock))
    await first.start(0)
    async with aiohttp.ClientSession(first.tg.url) as http:
        await act(http, "send", {"text": "/start"})
        await first.user.wait_for(lambda m: "où habites-tu" in m.plain_text)
        await act(http, "send", {"text": "Paris"})
        hours = await first.user.wait_for(lambda m: "À quelle heure" in m.plain_text)
        before = [m["text"] for m in (await view(http))["messages"]]
    await first.stop()

    second = Playground(tmp_path / "try-data", clock=MovableClock(clock))
    await second.start(0)
    try:
        [restored] = [m for m in second.user.messages if m.message_id == hours.message_id]
        async with aiohttp.ClientSession(second.tg.url) as http:
            assert [m["text"] for m in (await view(http))["messages"]] == before
            nine = restored.find_button("9 h").callback_data
            await act(http, "press", {"message_id": restored.message_id, "data": nine})
        done = await second.user.wait_for(lambda m: "Tout est prêt" in m.plain_text)
        assert done.message_id > hours.message_id  # new messages follow the old ones
    finally:
        await second.stop()


async def test_an_unreadable_chat_file_is_left_as_it_is_and_the_chat_starts_empty(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "try-data"
    data.mkdir()
    (data / "chat.json").write_text("{not json")
    playground = Playground(data, clock=MovableClock(clock))
    await playground.start(0)
    await playground.user.send("/start")
    await playground.user.next_message()
    await playground.stop()
    assert (data / "chat.json").read_text() == "{not json"
    assert "chat.json cannot be read" in caplog.text
