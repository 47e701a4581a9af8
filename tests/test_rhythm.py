"""/rhythm end to end: a tag's rhythm moves its members' due dates, but not a chosen one."""

from __future__ import annotations

from bot.jobs.deliver import deliver_all
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import onboarded, person, seed


async def onboard(bot: RunningBot, user_id: int, language: str) -> None:
    await onboarded(bot.repo, user_id, language, daily_max=10)
    await seed(
        bot.repo,
        user_id,
        person("aa000001", "Léa", last_days_ago=10, tags=("airbus",)),
        person("aa000002", "Tom", last_days_ago=10, tags=("airbus",), own_cadence=True),
        person("aa000003", "Ana", last_days_ago=10),
    )


async def test_a_tag_rhythm_brings_its_members_forward_in_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 921, "fr")
    user = tg.user(921, language_code="fr")
    await user.send("/rhythm #airbus toutes les 2 semaines")
    answer = (await user.next_message()).plain_text
    assert "#airbus : Toutes les 2 semaines." in answer
    assert "Ça s'applique à 2 personnes." in answer
    assert "Tom garde son propre rythme." in answer

    await user.send("/contact Léa")
    card = (await user.next_message()).plain_text
    assert "🔁 Toutes les 2 semaines (rythme de #airbus)" in card
    assert "dans 4 jours" in card
    await user.send("/contact Tom")
    tom = (await user.next_message()).plain_text
    assert "🔁 Tous les mois" in tom
    assert "#airbus" not in tom.split("🔁")[1].splitlines()[0]

    await user.send("/list #airbus")
    listed = (await user.next_message()).plain_text
    assert "#airbus (2) · 🔁 Toutes les 2 semaines" in listed
    assert "Léa — dans 4 jours" in listed

    bot.clock.advance(days=4, hours=1)  # Friday 6 March, 10:00 in Paris
    await deliver_all(bot.app)
    nudges = [m.plain_text for m in user.mark_read() if m.plain_text.startswith("🔔")]
    assert len(nudges) == 1
    assert "Léa" in nudges[0]

    await user.send("/rhythm #airbus off")
    assert "#airbus n'a plus de rythme de groupe" in (await user.next_message()).plain_text
    await user.send("/contact Léa")
    assert "🔁 Tous les mois" in (await user.next_message()).plain_text


async def test_a_tag_rhythm_chosen_with_buttons_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 922, "en")
    user = tg.user(922, language_code="en")
    await user.send("/rhythm")
    assert "Give a tag a rhythm" in (await user.next_message()).plain_text
    await user.send("/rhythm airbus")
    ask = await user.next_message()
    assert "Which rhythm for #airbus? (2 people; for now: no rhythm of its own)" in ask.plain_text
    await user.press(ask, "Every week")
    done = await user.wait_for(lambda m: m is ask and "#airbus: Every week." in m.plain_text)
    assert "Tom keeps their own rhythm." in done.plain_text
    profile = await bot.repo.get_profile(922)
    assert profile is not None
    assert profile.tag_rhythms == (("airbus", "1w"),)

    await user.send("/rhythm")
    overview = (await user.next_message()).plain_text
    assert "#airbus: Every week (2 people)" in overview
    await user.send("/rhythm #airbus now and then")
    assert "I couldn't read “now and then” as a rhythm" in (await user.next_message()).plain_text
    await user.send("/rhythm #c++ weekly")
    assert "For which tag?" in (await user.next_message()).plain_text

    await user.send("/rhythm #airbus")
    again = await user.next_message()
    await user.press(again, "No group rhythm")
    await user.wait_for(lambda m: m is again and "no group rhythm any more" in m.plain_text)
    profile = await bot.repo.get_profile(922)
    assert profile is not None
    assert profile.tag_rhythms == ()
