"""The settings card's nudge options: which days, how many a day, one message or a digest."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import DailyMax, DaysPreset, DayToggle, SettingsMenu, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.handlers.settings import back_to_card
from bot.views.settings import days_keyboard, max_keyboard
from core.model import UserProfile
from services import settings

# The settings card's buttons this module answers; "mode" switches at once.
MENU_ITEMS = frozenset({"days", "max", "mode"})


def is_nudge_item(menu: SettingsMenu) -> bool:
    """Whether a settings-card button is one of this module's."""
    return menu.item in MENU_ITEMS


async def menu_button(update: Update, context: Context) -> None:
    """Choose the days, Reminders per day, One digest: the card's nudge buttons."""
    payload = payload_of(update, SettingsMenu)
    if payload is None or not is_nudge_item(payload):
        await reject_button(context)
        return
    await answer_button(update)
    profile = await context.ensure_profile()
    if payload.item == "days":
        await _days_question(context, profile)
    elif payload.item == "max":
        await edit_pressed(context, context.text("ask-max"), markup=max_keyboard())
    else:
        await back_to_card(context, await context.save(settings.switch_digest(profile)))


async def days_button(update: Update, context: Context) -> None:
    """Every day, Weekdays, a day ticked or unticked, or Done, under the days question."""
    preset = payload_of(update, DaysPreset)
    toggle = payload_of(update, DayToggle)
    if preset is None and toggle is None:
        await reject_button(context)
        return
    profile = await context.ensure_profile()
    if toggle is not None:
        toggled = settings.toggle_day(profile, toggle.day)
        if toggled == profile and update.callback_query is not None:  # the last day ticked
            await update.callback_query.answer(context.text("days-keep-one"), show_alert=True)
            return
        await answer_button(update)
        profile = await context.save(toggled)
        await _days_question(context, profile)
        return
    await answer_button(update)
    if preset is not None and preset.choice == "all":
        profile = await context.save(settings.every_day(profile))
    elif preset is not None and preset.choice == "weekdays":
        profile = await context.save(settings.weekdays_only(profile))
    await back_to_card(context, profile)


async def max_button(update: Update, context: Context) -> None:
    """A number picked for Reminders per day."""
    payload = payload_of(update, DailyMax)
    if payload is None:
        await reject_button(context)
        return
    await answer_button(update)
    profile = await context.ensure_profile()
    profile = await context.save(settings.with_daily_max(profile, payload.count))
    await back_to_card(context, profile)


async def _days_question(context: Context, profile: UserProfile) -> None:
    await edit_pressed(context, context.text("ask-days"), markup=days_keyboard(context, profile))
