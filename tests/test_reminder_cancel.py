"""Dated reminders to come end to end: /remind alone lists them, ✖️ on that list or on the card
cancels one after a confirmation, and the due index no longer wakes for a day left empty (fake
Bot API, injected clock; Monday 2 March 2026, 09:00 Paris)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.callbacks import ReminderCancel, pack
from emulator import FakeTelegram
from emulator.messages import BotMessage
from tests.harness import RunningBot
from tests.seeding import person, seed
from tests.test_nudges import onboard

THURSDAY = date(2026, 3, 5)
THURSDAY_9 = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)  # 09:00 in Paris
FRIDAY_9 = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)


def said(message: BotMessage) -> str:
    return message.plain_text.replace("\u00a0", " ").replace("\u202f", " ")


async def test_remind_alone_lists_them_and_cancels_one_in_french(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    # Nudges on Mondays and Fridays: Thursday is woken for only by its reminders.
    await onboard(bot, 421, "Europe/Paris", nudge_days=(1, 5), last_delivery_day=date(2026, 3, 2))
    await seed(bot.repo, 421, person("a1", "Léa", last_days_ago=3), person("t1", "Tom"))
    user = tg.user(421, language_code="fr")
    await user.send("/remind")  # none planned: the help to set one, as before
    assert "De qui parles-tu" in (await user.next_message()).plain_text

    for line in ("/remind Léa jeudi appeler pour le stage", "/remind Tom jeudi",
                 "/remind Léa le 9 janvier"):  # fmt: skip
        await user.send(line)
        await user.next_message()
    await user.send("/remind")
    listing = await user.next_message()
    assert said(listing) == (
        "⏰ 3 rappels à venir :\n"
        "• Léa — jeudi (5 mars) : appeler pour le stage\n"
        "• Tom — jeudi (5 mars)\n"
        "• Léa — le 9 janvier 2027\n\n"
        "✖️ en annule un. Pour en ajouter un : /remind Tom jeudi."
    )
    assert listing.button_texts == [
        "✖️ Léa (jeudi)", "✖️ Tom (jeudi)", "✖️ Léa (le 9 janvier)",
    ]  # fmt: skip

    await user.press(listing, "✖️ Léa (jeudi)")
    question = await user.next_message()
    assert said(question) == (
        "Annuler le rappel pour Léa jeudi (5 mars) ?\n📌 « appeler pour le stage »"
    )
    assert question.button_texts == ["✖️ Oui, l'annuler", "Le garder"]
    await user.press(question, "Le garder")
    await user.wait_for(lambda m: m is question and "C'est gardé" in m.plain_text)
    assert len(await bot.repo.reminders(421)) == 3

    stale = listing.find_button("✖️ Léa (jeudi)").callback_data
    assert stale is not None
    await user.press(listing, "✖️ Léa (jeudi)")
    question = await user.next_message()
    await user.press(question, "Oui")
    await user.wait_for(
        lambda m: m is question and said(m) == "✖️ Annulé : plus de rappel pour Léa jeudi (5 mars)."
    )
    left = [(n.contact_id, n.day) for n in await bot.repo.reminders(421)]
    assert left == [("t1", THURSDAY), ("a1", date(2027, 1, 9))]
    assert bot.app.bot_data.due.when(421) == THURSDAY_9  # Tom's is still that day

    # The list is drawn again without it...
    await user.wait_for(lambda m: m is listing and m.plain_text.startswith("⏰ 2 rappels"))
    assert listing.button_texts == ["✖️ Tom (jeudi)", "✖️ Léa (le 9 janvier)"]
    query = await user.press_data(listing, stale)  # ...and its old button finds it gone
    answer = await user.callback_answer(query)
    assert answer.show_alert
    assert answer.text == "Ce rappel n'est plus prévu (déjà envoyé ou annulé)."
    await user.no_message()

    await user.send("/contact tom")  # the card's ✖️ does the same
    card = await user.next_message()
    assert "⏰ Rappel prévu jeudi (5 mars)" in said(card)
    assert card.button_texts[-1] == "✖️ Annuler le rappel (jeudi)"
    await user.press(card, "Annuler le rappel (jeudi)")
    question = await user.next_message()
    await user.press(question, "Oui")
    await user.wait_for(lambda m: m is question and "plus de rappel pour Tom" in m.plain_text)
    await user.wait_for(lambda m: m is card and "Rappel prévu" not in m.plain_text)
    assert not any(b.startswith("✖️") for b in card.button_texts)  # the card is redrawn
    profile = await bot.repo.get_profile(421)
    assert profile is not None
    assert profile.reminder_days == (date(2027, 1, 9),)  # Thursday holds nothing now
    assert bot.app.bot_data.due.when(421) == FRIDAY_9  # so the bot sleeps until Friday


async def test_cancelling_in_english_and_only_ones_own(bot: RunningBot, tg: FakeTelegram) -> None:
    await onboard(bot, 422, "Europe/London", language="en")
    await onboard(bot, 423, "Europe/London", language="en")
    await seed(bot.repo, 422, person("s1", "Sam"))
    await seed(bot.repo, 423, person("s1", "Sue"))
    user, other = tg.user(422, language_code="en"), tg.user(423, language_code="en")
    await user.send("/remind Sam tomorrow: ask about the job")
    await user.next_message()
    await user.send("/remind")
    listing = await user.next_message()
    assert said(listing).startswith(
        "⏰ One reminder to come:\n• Sam — tomorrow (3 March): ask about the job"
    )
    await user.press(listing, "✖️ Sam (tomorrow)")
    question = await user.next_message()
    assert (
        said(question)
        == "Cancel the reminder about Sam tomorrow (3 March)?\n📌 “ask about the job”"
    )
    assert question.button_texts == ["✖️ Yes, cancel it", "Keep it"]

    # The other user presses the same data in their own chat: their Sue has no such reminder.
    await other.send("/remind Sue tomorrow")
    mine = await other.next_message()
    forged = pack(ReminderCancel("yes", "s1", date(2026, 3, 3).toordinal()))
    await other.press_data(mine, pack(ReminderCancel("yes", "s1", 1)))
    await other.press_data(mine, forged)  # Sue's own: that one is cancelled, not Sam's
    assert len(await bot.repo.reminders(422)) == 1

    await user.press(question, "Yes")
    await user.wait_for(
        lambda m: (
            m is question and said(m) == "✖️ Cancelled: no reminder about Sam tomorrow (3 March)."
        )
    )
    assert await bot.repo.reminders(422) == []
    await user.wait_for(lambda m: m is listing and said(m).startswith("⏰ No reminder to come."))
    assert listing.button_texts == []
    await user.send("/remind")
    assert "Who do you mean" in (await user.next_message()).plain_text
