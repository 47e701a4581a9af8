"""/help, /cancel, and a hint for whatever the bot does not understand."""

from __future__ import annotations

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import ConversationHandler

from bot.commands import MENU_COMMANDS
from bot.context import Context
from bot.handlers.common import Turn


async def show_help(update: Update, context: Context) -> None:
    """List every command with one line each."""
    turn = Turn.of(update, context)
    lines = [turn.text("help-intro")]
    lines += [f"/{name} — {turn.text(f'cmd-{name}')}" for name in MENU_COMMANDS]
    lines.append(turn.text("help-outro"))
    await context.bot.send_message(turn.chat_id, "\n".join(lines), parse_mode="HTML")


async def cancel(update: Update, context: Context) -> int:
    """Leave the current conversation."""
    turn = Turn.of(update, context)
    if context.user_data is not None:
        context.user_data.onboarding = False
    await turn.say("cancelled", markup=ReplyKeyboardRemove())
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel outside any conversation."""
    await Turn.of(update, context).say("nothing-to-cancel")


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have."""
    turn = Turn.of(update, context)
    text = update.effective_message.text if update.effective_message else None
    command = (text or "/").split()[0].split("@")[0][:64]
    await turn.say("unknown-command", command=command)


async def stray_message(update: Update, context: Context) -> None:
    """Anything else: say what the bot can do instead of staying silent."""
    await Turn.of(update, context).say("stray-message")


async def expired_button(update: Update, context: Context) -> None:
    """A button from an old message or with data that is not ours."""
    turn = Turn.of(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer(turn.text("button-expired"), show_alert=True)
