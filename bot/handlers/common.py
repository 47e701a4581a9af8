"""Small steps many handlers share around a pressed button."""

from __future__ import annotations

from telegram import Message, Update

from bot.context import Context


async def answer_button(update: Update) -> None:
    """Stop the spinner on the pressed button."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def reject_button(context: Context) -> None:
    """Answer a press whose data is stale or not one of ours; nothing is changed."""
    query = context.incoming.callback_query
    if query is not None:
        await query.answer(context.text("button-expired"), show_alert=True)


async def drop_buttons(update: Update) -> None:
    """Remove the buttons of the message whose button was pressed, so it cannot be pressed twice."""
    query = update.callback_query
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
