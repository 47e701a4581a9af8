"""/help, /cancel, and a hint for whatever the bot does not understand."""

from __future__ import annotations

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import ConversationHandler

from bot.commands import HELP_SECTIONS
from bot.context import Context


async def show_help(update: Update, context: Context) -> None:
    """Every command in short sections: the weekly ones with a line each, the rest grouped."""
    blocks = [context.text("help-intro")]
    for section in HELP_SECTIONS:
        lines = [context.text(f"help-section-{section.key}")]
        if section.detailed:
            # "help-cmd-*" with an example; the menu's "cmd-*" are cut short on a phone.
            lines += [f"/{name} — {context.text(f'help-cmd-{name}')}" for name in section.commands]
        else:
            lines.append(" · ".join(f"/{name}" for name in section.commands))
        blocks.append("\n".join(lines))
    blocks.append(context.text("help-footer"))
    await context.send("\n\n".join(blocks))


async def cancel(update: Update, context: Context) -> int:
    """Leave the current conversation."""
    await context.say("cancelled", markup=ReplyKeyboardRemove())
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel outside any conversation."""
    await context.say("nothing-to-cancel")


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have."""
    text = update.effective_message.text if update.effective_message else None
    command, _, target = (text or "/").split()[0].partition("@")
    if target and target.casefold() != context.bot.username.casefold():
        command += f"@{target}"  # "/help@other_bot": not "I don't know /help", which we do
    await context.say("unknown-command", command=command[:64])


async def stray_message(update: Update, context: Context) -> None:
    """Anything else: say what the bot can do instead of staying silent."""
    await context.say("stray-message")


async def expired_button(update: Update, context: Context) -> None:
    """A button from an old message or with data that is not ours."""
    if update.callback_query is not None:
        await update.callback_query.answer(context.text("button-expired"), show_alert=True)
