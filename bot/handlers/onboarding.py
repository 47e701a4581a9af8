"""/start, /timezone and /time: learn where the user lives and when to nudge them."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import Context
from bot.handlers.common import Turn, answer_button, drop_buttons, reject_button
from core.places import Place, PlaceLookup, find_place, is_valid_timezone, place_at
from core.reading.clocktime import format_time_of_day, parse_time_of_day

ASK_TIMEZONE, ASK_HOUR = range(2)
END = ConversationHandler.END

_HOUR_CHOICES = (time(7), time(8), time(9), time(12), time(18), time(20))


async def start(update: Update, context: Context) -> int:
    """Greet the user; a newcomer is then asked for their time zone."""
    turn = Turn.of(update, context)
    profile = turn.ensure_profile()
    if profile.onboarded:
        zone = turn.zone_of(profile)
        await turn.say(
            "welcome-back",
            name=turn.user.first_name,
            hour=format_time_of_day(profile.nudge_time, turn.language),
            zone=zone,
            markup=ReplyKeyboardRemove(),
        )
        return END
    turn.state.onboarding = True
    await turn.say("welcome", name=turn.user.first_name)
    await turn.say("ask-timezone", markup=_timezone_keyboard(turn))
    return ASK_TIMEZONE


async def timezone_command(update: Update, context: Context) -> int:
    """Change the time zone: `/timezone Lyon`, or ask for it."""
    turn = Turn.of(update, context)
    turn.ensure_profile()
    turn.state.onboarding = False
    query = " ".join(context.args or ())
    if not query:
        await turn.say("ask-timezone", markup=_timezone_keyboard(turn))
        return ASK_TIMEZONE
    return await _answer_lookup(turn, find_place(query))


async def ask_timezone_button(update: Update, context: Context) -> int:
    """The settings card's time zone button."""
    turn = Turn.of(update, context)
    await answer_button(update)
    turn.state.onboarding = False
    await turn.say("ask-timezone", markup=_timezone_keyboard(turn))
    return ASK_TIMEZONE


async def got_place(update: Update, context: Context) -> int:
    """A city, country or zone name typed while we wait for the time zone."""
    turn = Turn.of(update, context)
    text = update.effective_message.text if update.effective_message else None
    return await _answer_lookup(turn, find_place(text or ""))


async def got_location(update: Update, context: Context) -> int:
    """A shared location while we wait for the time zone."""
    turn = Turn.of(update, context)
    message = update.effective_message
    location = message.location if message else None
    place = place_at(location.latitude, location.longitude) if location else None
    if place is None:
        await turn.say("timezone-no-zone-here", markup=_timezone_keyboard(turn))
        return ASK_TIMEZONE
    return await _set_timezone(turn, place.timezone, place.label)


async def picked_zone(update: Update, context: Context) -> int:
    """One of the offered time zones was chosen."""
    turn = Turn.of(update, context)
    query = update.callback_query
    zone = (query.data or "").removeprefix("tz:") if query else ""
    if not is_valid_timezone(zone):
        await reject_button(turn)
        return ASK_TIMEZONE
    await answer_button(update)
    await drop_buttons(update)
    return await _set_timezone(turn, zone, zone)


async def skip_timezone(update: Update, context: Context) -> int:
    """Keep the default time zone."""
    turn = Turn.of(update, context)
    zone = turn.zone_of(turn.profile)
    return await _set_timezone(turn, zone, zone)


async def time_command(update: Update, context: Context) -> int:
    """Change the nudge hour: `/time 8:30`, or ask for it."""
    turn = Turn.of(update, context)
    turn.ensure_profile()
    turn.state.onboarding = False
    typed = " ".join(context.args or ())
    if typed:
        return await _answer_hour(turn, typed)
    await turn.say("ask-hour", markup=_hour_keyboard(turn))
    return ASK_HOUR


async def ask_hour_button(update: Update, context: Context) -> int:
    """The settings card's nudge hour button."""
    turn = Turn.of(update, context)
    await answer_button(update)
    turn.state.onboarding = False
    await turn.say("ask-hour", markup=_hour_keyboard(turn))
    return ASK_HOUR


async def got_hour(update: Update, context: Context) -> int:
    """An hour typed while we wait for it."""
    turn = Turn.of(update, context)
    text = update.effective_message.text if update.effective_message else None
    return await _answer_hour(turn, text or "")


async def picked_hour(update: Update, context: Context) -> int:
    """One of the offered hours was chosen."""
    turn = Turn.of(update, context)
    query = update.callback_query
    chosen = parse_time_of_day((query.data or "").removeprefix("hour:")) if query else None
    if chosen is None:
        await reject_button(turn)
        return ASK_HOUR
    await answer_button(update)
    await drop_buttons(update)
    return await _set_hour(turn, chosen)


async def skip_hour(update: Update, context: Context) -> int:
    """Keep the current nudge hour."""
    turn = Turn.of(update, context)
    return await _set_hour(turn, turn.ensure_profile().nudge_time)


async def _answer_lookup(turn: Turn, lookup: PlaceLookup) -> int:
    if lookup.best is not None:
        return await _set_timezone(turn, lookup.best.timezone, lookup.best.label)
    if lookup.candidates:
        await turn.say("timezone-pick", markup=_zone_choices(lookup.candidates))
        return ASK_TIMEZONE
    await turn.say("timezone-not-found", query=lookup.query[:100], markup=_timezone_keyboard(turn))
    return ASK_TIMEZONE


async def _set_timezone(turn: Turn, zone: str, label: str) -> int:
    profile = turn.save(replace(turn.ensure_profile(), timezone=zone))
    await turn.say(
        "timezone-set", place=label, time=turn.clock_text(zone), markup=ReplyKeyboardRemove()
    )
    if turn.state.onboarding and not profile.onboarded:
        await turn.say("ask-hour", markup=_hour_keyboard(turn))
        return ASK_HOUR
    return END


async def _answer_hour(turn: Turn, typed: str) -> int:
    chosen = parse_time_of_day(typed)
    if chosen is None:
        await turn.say("hour-invalid", text=typed[:100], markup=_hour_keyboard(turn))
        return ASK_HOUR
    return await _set_hour(turn, chosen)


async def _set_hour(turn: Turn, chosen: time) -> int:
    profile = turn.ensure_profile()
    hour = format_time_of_day(chosen, turn.language)
    if turn.state.onboarding and not profile.onboarded:
        profile = turn.save(replace(profile, nudge_time=chosen, onboarded=True))
        turn.state.onboarding = False
        await turn.say("onboarding-done", hour=hour, zone=turn.zone_of(profile))
        return END
    turn.save(replace(profile, nudge_time=chosen))
    await turn.say("hour-set", hour=hour, zone=turn.zone_of(profile))
    return END


def _timezone_keyboard(turn: Turn) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [
            [KeyboardButton(turn.text("button-share-location"), request_location=True)],
            [KeyboardButton(turn.zone_of(turn.profile))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=turn.text("placeholder-place"),
    )


def _zone_choices(places: tuple[Place, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(place.label, callback_data=f"tz:{place.timezone}")]
            for place in places
        ]
    )


def _hour_keyboard(turn: Turn) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            format_time_of_day(hour, turn.language), callback_data=f"hour:{hour:%H:%M}"
        )
        for hour in _HOUR_CHOICES
    ]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


def entry_points() -> list[BaseHandler[Update, Context, object]]:
    """What opens onboarding, or the time zone or hour question alone."""
    return [
        CommandHandler("start", start),
        CommandHandler("timezone", timezone_command),
        CommandHandler("time", time_command),
        CallbackQueryHandler(ask_timezone_button, pattern=r"^set:tz$"),
        CallbackQueryHandler(ask_hour_button, pattern=r"^set:hour$"),
    ]


def states() -> dict[object, list[BaseHandler[Update, Context, object]]]:
    """What onboarding listens to while a question is open."""
    text = filters.TEXT & ~filters.COMMAND
    return {
        ASK_TIMEZONE: [
            MessageHandler(filters.LOCATION, got_location),
            MessageHandler(text, got_place),
            CallbackQueryHandler(picked_zone, pattern=r"^tz:"),
            CommandHandler("skip", skip_timezone),
        ],
        ASK_HOUR: [
            MessageHandler(text, got_hour),
            CallbackQueryHandler(picked_hour, pattern=r"^hour:"),
            CommandHandler("skip", skip_hour),
        ],
    }
