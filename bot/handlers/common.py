"""Small steps many handlers share around a pressed button."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from telegram import Message, Update
from telegram.error import BadRequest

from bot.context import Context, ReplyMarkup


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
        with unless_unchanged():
            await query.message.edit_reply_markup(reply_markup=None)


@contextmanager
def unless_unchanged() -> Iterator[None]:
    """Let an edit that changes nothing pass: a double tap asks for the same edit twice, and
    Telegram refuses the second with "message is not modified"."""
    try:
        yield
    except BadRequest as error:
        if "not modified" not in error.message.casefold():
            raise


async def edit_pressed(context: Context, html: str, *, markup: ReplyMarkup = None) -> None:
    """Show `html` in place of the message whose button was pressed (or send it if that
    message is out of reach); the same edit twice is no error."""
    query = context.incoming.callback_query
    message = query.message if query is not None else None
    if not isinstance(message, Message):
        await context.send(html, markup=markup)
        return
    with unless_unchanged():
        await message.edit_text(html, reply_markup=markup)
