"""/settings for nudges: days, daily maximum, digest; and the job follows every change."""

from __future__ import annotations

from datetime import UTC, datetime, time

from emulator import FakeTelegram
from tests.harness import RunningBot


async def test_days_maximum_and_mode_from_the_settings_card(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(801, language_code="en")
    await user.send("/settings")
    card = await user.next_message()
    assert "Days: every day" in card.plain_text
    assert "At most 3 reminders a day" in card.plain_text

    await user.press(card, "Choose the days")
    days = await user.wait_for(
        lambda m: m.message_id == card.message_id and "which days" in m.plain_text
    )
    await user.press(days, "Weekdays")
    card = await user.wait_for(
        lambda m: m.message_id == card.message_id and "weekdays" in m.plain_text
    )
    await user.press(card, "Choose the days")
    days = await user.wait_for(
        lambda m: m.message_id == card.message_id and "which days" in m.plain_text
    )
    await user.press(days, "Mon")  # untick Monday
    days = await user.wait_for(lambda m: "▫️ Mon" in m.button_texts)
    await user.press(days, "Done")
    card = await user.wait_for(lambda m: "Days: Tuesday to Friday" in m.plain_text)

    await user.press(card, "Reminders per day")
    most = await user.wait_for(lambda m: "how many reminders" in m.plain_text)
    await user.press(most, "5")
    card = await user.wait_for(lambda m: "At most 5" in m.plain_text)
    await user.press(card, "digest")
    await user.wait_for(lambda m: "One digest" in m.plain_text)

    profile = await bot.repo.get_profile(801)
    assert profile is not None
    assert (profile.nudge_days, profile.daily_max, profile.digest) == ((2, 3, 4, 5), 5, True)

    query = await user.press_data(card, "max:99")
    assert "no longer valid" in str((await user.callback_answer(query)).get("text"))


async def test_changing_the_hour_or_zone_moves_the_next_delivery_in_the_index(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(802, language_code="fr")
    due = bot.app.bot_data.due
    await user.send("/timezone Montréal")  # Monday 2 March, 08:00 UTC: 03:00 in Montréal
    await user.next_message()
    assert due.when(802) == datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # 09:00 EST today
    await user.send("/time 7h30")
    await user.next_message()
    assert due.when(802) == datetime(2026, 3, 2, 12, 30, tzinfo=UTC)  # 07:30 EST today
    profile = await bot.repo.get_profile(802)
    assert profile is not None
    assert profile.nudge_time == time(7, 30)

    bot.clock.current = datetime(2026, 3, 8, 6, 0, tzinfo=UTC)  # Sunday, 01:00 EST
    await user.send("/time 7h45")  # at 02:00 the clocks go forward: 07:45 is EDT, UTC-4
    await user.next_message()
    assert due.when(802) == datetime(2026, 3, 8, 11, 45, tzinfo=UTC)
    await user.send("/timezone Paris")
    await user.next_message()
    assert due.when(802) == datetime(2026, 3, 8, 6, 45, tzinfo=UTC)  # 07:45 CET, still to come


async def test_a_double_tap_is_answered_and_changes_nothing_more(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    user = tg.user(803, language_code="en")
    await user.send("/settings")
    card = await user.next_message()
    data = card.find_button("Reminders per day").callback_data
    assert data is not None
    first = await user.press_data(card, data)
    await user.wait_for(lambda m: "how many reminders" in m.plain_text)
    second = await user.press_data(card, data)  # the same edit again: Telegram refuses it
    await user.callback_answer(first)
    assert not (await user.callback_answer(second)).show_alert
    await user.no_message()  # no "something went wrong"
    await user.press(card, "5")
    await user.wait_for(lambda m: "At most 5" in m.plain_text)
