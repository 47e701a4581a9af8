"""/leaving once already back, end to end: the day, who was part of the stay, the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.jobs.deliver import deliver_all
from core.model import Contact
from core.rules.stay import Stay, first_check_in
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import onboarded

# Monday 7 December 2026, 10:00 in Paris: back from Hamburg since 27 November, and using the
# bot for the first time today.
FIRST_USE = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
BACK = date(2026, 11, 27)
TODAY = date(2026, 12, 7)


async def first_use(bot: RunningBot, user_id: int, language: str) -> None:
    """A user who met the bot today, and added the people of their stay today."""
    bot.clock.current = FIRST_USE
    await onboarded(bot.repo, user_id, language, joined=FIRST_USE, daily_max=10)
    await bot.repo.add_contacts(
        user_id,
        [
            Contact("aa000001", "Léa", FIRST_USE, met="Stage Airbus à Hambourg", tags=("airbus",)),
            Contact("aa000002", "Jonas", FIRST_USE, met="Airbus Hambourg, A350", tags=("airbus",)),
            Contact("aa000003", "Ana", FIRST_USE, met="Coloc à Hambourg"),
            Contact("bb000001", "Paul", FIRST_USE, met="Lycée à Lyon", tags=("lyon",)),
        ],
    )  # fmt: skip


async def nudged_over(
    bot: RunningBot, tg: FakeTelegram, user_id: int, days: int
) -> dict[str, date]:
    """Deliver each day at 10:00 in Paris; the first day each contact was nudged."""
    names = {c.name: c.contact_id for c in await bot.repo.contacts(user_id)}
    first: dict[str, date] = {}
    for day in range(days):
        await deliver_all(bot.app)
        for message in tg.messages(user_id):
            for name, contact_id in names.items():
                if message.plain_text.startswith(
                    ("🔔 C'est le moment d'écrire à " + name, "🔔 Time to write to " + name)
                ):
                    first.setdefault(contact_id, TODAY + timedelta(days=day))
        bot.clock.advance(days=1)
    return first  # fmt: skip


async def test_back_since_27_november_with_the_airbus_tag_in_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 911, "fr")
    user = tg.user(911, language_code="fr")
    await user.send("/leaving 27/11")  # on 7 December: this November, not next year's
    who = await user.next_message()
    assert "Bon retour" in who.plain_text
    assert "Ton séjour s'est terminé le 27 novembre (il y a 10 jours)" in who.plain_text
    assert who.button_texts == [
        "👥 Tout le monde (4)",
        "🏷 #airbus (2)",
        "🏷 #lyon (1)",
        "🤝 Rencontre\xa0: Hambourg (3)",
        "🤝 Rencontre\xa0: Airbus (2)",
    ]
    await user.press(who, "#airbus")
    preview = await user.wait_for(lambda m: m is who and "Ces 2 personnes" in m.plain_text)
    assert "Ces 2 personnes font partie de ton séjour : Léa et Jonas" in preview.plain_text
    await user.press(preview, "C'est bon")
    done = await user.wait_for(lambda m: m is who and "C'est parti" in m.plain_text)
    assert "chacune des 2 personnes" in done.plain_text
    assert done.button_texts == []

    profile = await bot.repo.get_profile(911)
    assert profile is not None
    assert (profile.leaving_on, profile.welcome_from) == (BACK, TODAY)
    flags = {c.name: c.in_stay for c in await bot.repo.contacts(911)}
    assert flags == {"Léa": True, "Jonas": True, "Ana": False, "Paul": False}

    await user.send("/leaving")
    status = await user.next_message()
    assert "Ton séjour s'est terminé le 27 novembre" in status.plain_text
    assert "Plan de retour activé depuis le 7 décembre" in status.plain_text

    nudged = await nudged_over(bot, tg, 911, 16)
    stay = Stay(BACK, BACK, welcome_from=TODAY)
    assert nudged == {cid: first_check_in(stay, cid) for cid in ("aa000001", "aa000002")}
    assert all(TODAY <= day < TODAY + timedelta(days=14) for day in nudged.values())
    texts = [m.plain_text for m in tg.messages(911)]
    assert not any("Plus que" in text or "avant ton départ" in text for text in texts)

    user.mark_read()
    await user.send("/taper Ana on")  # someone left out, counted in afterwards
    assert "Ana suit de nouveau le plan de retour" in (await user.next_message()).plain_text
    ana = await bot.repo.get_contact(911, "aa000003")
    assert ana is not None
    assert ana.in_stay


async def test_back_since_last_week_chosen_by_how_they_met_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 912, "en")
    user = tg.user(912, language_code="en")
    await user.send("/leaving back since last week")
    who = await user.next_message()
    assert "Your stay ended on 30 November" in who.plain_text
    await user.press(who, "Met: Hambourg")
    preview = await user.wait_for(lambda m: m is who and "These 3 people" in m.plain_text)
    assert "Léa, Jonas, and Ana" in preview.plain_text
    await user.press(preview, "Choose another way")
    again = await user.wait_for(lambda m: m is who and "Who was part of it?" in m.plain_text)
    await user.press(again, "Everyone (4)")
    everyone = await user.wait_for(lambda m: m is who and "These 4 people" in m.plain_text)
    await user.press(everyone, "That's right")
    await user.wait_for(lambda m: m is who and "All set!" in m.plain_text)
    assert all(c.in_stay for c in await bot.repo.contacts(912))

    nudged = await nudged_over(bot, tg, 912, 15)
    assert set(nudged) == {"aa000001", "aa000002", "aa000003", "bb000001"}
    assert max(nudged.values()) < TODAY + timedelta(days=14)


async def test_a_day_month_half_a_year_away_is_asked_about(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 913, "fr")
    user = tg.user(913, language_code="fr")
    await user.send("/leaving 30/06")
    which = await user.next_message()
    assert which.button_texts == ["🏠 Déjà de retour\xa0: 30 juin", "🧳 Départ le 30 juin 2027"]
    await user.press(which, "Déjà de retour")
    await user.wait_for(lambda m: m is which and "Bon retour" in m.plain_text)

    await user.send("/leaving 30/06")
    ahead = await user.next_message()
    await user.press(ahead, "Départ le 30 juin 2027")
    status = await user.wait_for(lambda m: m is ahead and "Tu pars le" in m.plain_text)
    assert "30 juin 2027" in status.plain_text
    profile = await bot.repo.get_profile(913)
    assert profile is not None
    assert profile.leaving_on == date(2027, 6, 30)


async def test_hier_and_a_full_date_are_taken_and_nonsense_is_refused(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 914, "fr")
    user = tg.user(914, language_code="fr")
    for typed, shown in (("hier", "6 décembre"), ("27/11/2026", "27 novembre")):
        await user.send(f"/leaving {typed}")
        assert f"Ton séjour s'est terminé le {shown}" in (await user.next_message()).plain_text
    await user.send("/leaving je suis rentrée le 27/11")
    assert "27 novembre" in (await user.next_message()).plain_text
    await user.send("/leaving <b>&amp;</b>")
    refused = await user.next_message()
    assert "Je n'ai pas compris « <b>&amp;</b> »" in refused.plain_text


async def test_without_contacts_the_user_is_told_to_add_them_first(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    bot.clock.current = FIRST_USE
    await onboarded(bot.repo, 915, joined=FIRST_USE)
    user = tg.user(915, language_code="en")
    await user.send("/leaving 27/11")
    answer = await user.next_message()
    assert "add the people you met" in answer.plain_text
    assert "/leaving 27/11/2026" in answer.plain_text
    profile = await bot.repo.get_profile(915)
    assert profile is not None
    assert profile.leaving_on is None


async def test_the_stays_buttons_act_only_on_the_pressers_own(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 916, "en")
    await first_use(bot, 917, "en")
    owner = tg.user(916, language_code="en")
    await owner.send("/leaving 27/11")
    who = await owner.next_message()
    stranger = tg.user(917, language_code="en")
    await stranger.send("/help")
    message = await stranger.next_message()
    far = (TODAY + timedelta(days=900)).toordinal()
    for data in (f"back:ok:{far}:all", "back:ok:1:all", f"back:who:{BACK.toordinal()}:tag:c++"):
        answer = await stranger.callback_answer(await stranger.press_data(message, data))
        assert answer.show_alert, data
    assert all(c.in_stay is None for c in await bot.repo.contacts(916))
    assert who.button_texts  # the owner's question is untouched


async def test_those_added_before_the_return_then_a_new_stay_in_english(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 918, "en")
    profile = await bot.repo.get_profile(918)
    assert profile is not None
    await bot.repo.save_profile(replace(profile, created_at=FIRST_USE - timedelta(days=60)))
    early = await bot.repo.get_contact(918, "aa000003")
    assert early is not None
    await bot.repo.save_contact(918, replace(early, created_at=FIRST_USE - timedelta(days=30)))
    user = tg.user(918, language_code="en")
    await user.send("/leaving 27/11")
    who = await user.next_message()
    await user.press(who, "Added before 28 November (1)")
    preview = await user.wait_for(lambda m: m is who and "This person" in m.plain_text)
    assert "This person was part of your stay: Ana" in preview.plain_text
    await user.press(preview, "That's right")
    await user.wait_for(lambda m: m is who and "All set!" in m.plain_text)
    chosen = {c.name for c in await bot.repo.contacts(918) if c.in_stay}
    assert chosen == {"Ana"}

    await user.send("/leaving 30/06/2027")  # the next internship: chosen by day added again
    assert "You leave on 30 June 2027" in (await user.next_message()).plain_text
    assert all(c.in_stay is None for c in await bot.repo.contacts(918))
    profile = await bot.repo.get_profile(918)
    assert profile is not None
    assert (profile.stay_started, profile.welcome_from) == (date(2026, 11, 28), None)


async def test_a_tag_too_long_for_a_buttons_data_is_offered_all_the_same(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await first_use(bot, 919, "en")
    long_tag = "東京大学交換留学プログラム二〇二六年"  # 18 characters, 54 bytes
    kept = ("aa000001", "aa000003")
    for contact_id in kept:
        contact = await bot.repo.get_contact(919, contact_id)
        assert contact is not None
        await bot.repo.save_contact(919, replace(contact, tags=(long_tag,)))
    user = tg.user(919, language_code="en")
    await user.send("/leaving 27/11")
    who = await user.next_message()
    await user.press(who, f"#{long_tag} (2)")
    preview = await user.wait_for(lambda m: m is who and "These 2 people" in m.plain_text)
    assert "Léa and Ana" in preview.plain_text
    await user.press(preview, "That's right")
    await user.wait_for(lambda m: m is who and not m.button_texts)
    flags = {c.contact_id: c.in_stay for c in await bot.repo.contacts(919)}
    assert [cid for cid, in_stay in flags.items() if in_stay] == list(kept)
