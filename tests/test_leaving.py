"""/leaving end to end: a checklist each day before the date, the welcome-back plan after."""

from __future__ import annotations

from datetime import date, timedelta

from bot.jobs.deliver import deliver_all
from core.model import Channel
from core.rules.stay import Stay, first_check_in
from emulator import FakeTelegram
from tests.harness import RunningBot
from tests.seeding import NOW, onboarded, person, seed, stored

LEAVING = date(2026, 3, 6)


async def onboard(bot: RunningBot, user_id: int, language: str) -> None:
    """A user who met the bot 60 days ago, at the start of their stay."""
    await onboarded(bot.repo, user_id, language, joined=NOW - timedelta(days=60), daily_max=10)


def texts(tg: FakeTelegram, chat_id: int) -> list[str]:
    """Everything the chat received, as read."""
    return [m.plain_text for m in tg.messages(chat_id)]


async def test_leaving_checklist_then_welcome_back_in_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 901, "fr")
    work_only = (Channel("email", "lea.martin@airbus.com"),)
    personal = (Channel("email", "tom@gmail.com"),)
    await seed(
        bot.repo,
        901,
        person("aa000001", "Léa", added_days_ago=20, last_days_ago=2, channels=work_only),
        person("aa000002", "Tom", added_days_ago=15, last_days_ago=2, channels=personal),
        person("aa000003", "Ana", added_days_ago=10, last_days_ago=2),
        person("bb000001", "Old friend", added_days_ago=400, last_days_ago=2, cadence="1y"),
    )
    user = tg.user(901, language_code="fr")
    bot.clock.advance(hours=-2)  # 07:00 in Paris
    await user.send("/leaving 6 mars")
    status = await user.next_message()
    assert "Tu pars le 6 mars" in status.plain_text
    assert "Plan de retour activé" in status.plain_text

    bot.clock.advance(hours=2)  # 09:00: the checklist comes with the day's nudges
    await deliver_all(bot.app)
    checklist = await user.next_message()
    assert "Plus que 4 jours avant ton départ" in checklist.plain_text
    assert "Tu as ajouté 3 personnes rencontrées pendant le séjour" in checklist.plain_text
    assert "Pas encore d'e-mail ni de numéro perso pour : Léa, Ana" in checklist.plain_text

    stay = Stay(date(2026, 1, 1), LEAVING)
    check_ins = {cid: first_check_in(stay, cid) for cid in ("aa000001", "aa000002", "aa000003")}
    nudged: dict[str, date] = {}
    for day in range(1, 20):  # up to two weeks after the leaving day
        bot.clock.advance(days=1)
        await deliver_all(bot.app)
        today = date(2026, 3, 2) + timedelta(days=day)
        for message in tg.messages(901):
            for contact in await bot.repo.contacts(901):
                if message.plain_text.startswith(f"🔔 C'est le moment d'écrire à {contact.name}"):
                    nudged.setdefault(contact.contact_id, today)
    assert any("Bon retour" in text for text in texts(tg, 901))
    assert nudged == {**check_ins}, "each met during the stay: one first check-in, on its day"
    assert "bb000001" not in nudged


async def test_the_plan_can_be_turned_off_in_english(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 902, "en")
    await seed(bot.repo, 902, person("aa000001", "Sam", added_days_ago=20, last_days_ago=2))
    user = tg.user(902, language_code="en")
    await user.send("/leaving tomorrow")
    status = await user.next_message()
    assert "You leave on 3 March" in status.plain_text
    await user.press(status, "Turn the welcome-back plan off")
    edited = await user.wait_for(lambda m: "plan off" in m.plain_text)
    assert edited.message_id == status.message_id
    profile = await bot.repo.get_profile(902)
    assert profile is not None
    assert not profile.taper

    await user.send("/taper on")
    assert "plan on" in (await user.next_message()).plain_text
    await user.send("/taper Sam off")
    assert "Sam keeps their own rhythm" in (await user.next_message()).plain_text
    await seed(bot.repo, 902, person("aa000002", "Samia", added_days_ago=20, last_days_ago=2))
    await user.send("/taper sa on")  # two close names: buttons that carry the switch
    choice = await user.next_message()
    await user.press(choice, "Samia")
    assert "Samia follows the welcome-back plan again" in (await user.next_message()).plain_text
    await user.send("/leaving in the past yesterday")
    assert "couldn't read" in (await user.next_message()).plain_text
    await user.send("/leaving off")
    assert "forgotten" in (await user.next_message()).plain_text


async def test_the_stay_buttons_act_only_on_the_pressers_own(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    await onboard(bot, 903, "en")
    await seed(bot.repo, 903, person("aa000001", "Sam", added_days_ago=20))
    owner = tg.user(903, language_code="en")
    await owner.send("/leaving in 2 weeks")
    status = await owner.next_message()

    await onboard(bot, 904, "en")
    stranger = tg.user(904, language_code="en")
    await stranger.send("/leaving")  # no stay of their own
    usage = await stranger.next_message()
    for data in ("stay:forget", "stay:taper", "taperoff:aa000001", "taperon:nobody"):
        answer = await stranger.callback_answer(await stranger.press_data(usage, data))
        assert answer.show_alert, data
    assert (await stored(bot.repo, 903, "aa000001")).taper
    owner_profile = await bot.repo.get_profile(903)
    assert owner_profile is not None
    assert owner_profile.leaving_on is not None

    await owner.press(status, "Forget")
    await owner.wait_for(lambda m: m is status and "forgotten" in m.plain_text)
    assert status.button_texts == []
    profile = await bot.repo.get_profile(903)
    assert profile is not None
    assert (profile.leaving_on, profile.stay_started) == (None, None)
