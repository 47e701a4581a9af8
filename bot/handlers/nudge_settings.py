"""The settings card's nudge options: which days, how many a day, one message or a digest."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.handlers.settings import settings_card
from core.model import UserProfile
from core.rules.nudging import MAX_DAILY, MIN_DAILY

WEEK = tuple(range(1, 8))  # ISO weekdays, Monday first
WEEKDAYS = tuple(range(1, 6))


async def settings_button(update: Update, context: Context) -> None:
    """set:days, set:max, set:mode and every answer to them (days:, max:, mode:)."""
    query = update.callback_query
    data = (query.data or "") if query else ""
    message = query.message if query else None
    profile = await context.ensure_profile()
    changed = _change(profile, data)
    if changed is None or not isinstance(message, Message):
        await reject_button(context)
        return
    await answer_button(update)
    if changed is not profile:
        profile = await context.save(changed)
    if data in ("set:days",) or data.startswith("days:toggle:"):
        await _edit(message, context.text("ask-days"), _days_keyboard(context, profile))
    elif data == "set:max":
        await _edit(message, context.text("ask-max"), _max_keyboard())
    else:  # a final choice: back to the card, now showing it
        await _edit(message, *settings_card(context, profile))


def _change(profile: UserProfile, data: str) -> UserProfile | None:
    """The profile after this button, the same one for menu buttons, None for foreign data."""
    fixed = {
        "set:days": profile,
        "set:max": profile,
        "days:done": profile,
        "set:mode": replace(profile, digest=not profile.digest),
        "days:all": replace(profile, nudge_days=()),
        "days:weekdays": replace(profile, nudge_days=WEEKDAYS),
    }
    if data in fixed:
        return fixed[data]
    kind, _, value = data.partition(":")
    if data.startswith("days:toggle:"):
        return _toggle(profile, data.removeprefix("days:toggle:"))
    if kind == "max" and value.isdigit() and MIN_DAILY <= int(value) <= MAX_DAILY:
        return replace(profile, daily_max=int(value))
    return None


def _toggle(profile: UserProfile, day: str) -> UserProfile | None:
    if not day.isdigit() or int(day) not in WEEK:
        return None
    chosen = set(profile.nudge_days or WEEK) ^ {int(day)}
    # Never no day at all: unticking the last one leaves it ticked.
    return replace(profile, nudge_days=tuple(sorted(chosen))) if chosen else profile


def _days_keyboard(context: Context, profile: UserProfile) -> InlineKeyboardMarkup:
    chosen = set(profile.nudge_days or WEEK)
    toggles = [
        InlineKeyboardButton(
            f"{'✅' if day in chosen else '▫️'} {context.text(f'day-{day}')}",
            callback_data=f"days:toggle:{day}",
        )
        for day in WEEK
    ]
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(context.text("days-every"), callback_data="days:all"),
                InlineKeyboardButton(context.text("days-weekdays"), callback_data="days:weekdays"),
            ],
            toggles[:4],
            toggles[4:],
            [InlineKeyboardButton(context.text("button-days-done"), callback_data="days:done")],
        ]
    )


def _max_keyboard() -> InlineKeyboardMarkup:
    numbers = [
        InlineKeyboardButton(str(n), callback_data=f"max:{n}")
        for n in range(MIN_DAILY, MAX_DAILY + 1)
    ]
    return InlineKeyboardMarkup([numbers[:5], numbers[5:]])


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup) -> None:
    await message.edit_text(text, reply_markup=markup)
