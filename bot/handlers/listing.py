"""/list: the user's contacts, who is due first, a page at a time, with filters."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import ListPage, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, reject_button, unless_unchanged
from bot.memo import MemoKey
from bot.views.listing import list_message
from core.agenda import rhythms_of, stay_of
from services import contacts

# The words of a filtered list, by the id of its message: its arrows only carry "filtered".
# Only the latest list keeps them: an older filtered list tells the user it is out of date.
LIST_FILTER: MemoKey[str] = MemoKey("list-filter", str, size=1)


async def list_command(update: Update, context: Context) -> None:
    """/list, /list overdue, /list #tag, /list Berlin: the first page."""
    typed = " ".join(context.args or ())[: contacts.MAX_FILTER]
    text, markup = await _render(context, typed, 0)
    message = await context.send(text, markup=markup)
    if markup is not None:
        context.state.memos.keep(LIST_FILTER, message.message_id, typed)


async def list_page(update: Update, context: Context) -> None:
    """◀ ▶ and the page number: show another page in the same message."""
    payload = payload_of(update, ListPage)
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    if payload is None:
        await reject_button(context)
        return
    typed = ""
    if payload.filtered:
        remembered = context.state.memos.recall(LIST_FILTER, query.message.message_id)
        if remembered is None:
            await query.answer(context.text("list-expired"), show_alert=True)
            return
        typed = remembered
    text, markup = await _render(context, typed, payload.page)
    await answer_button(update)
    # Everyone listed may have been deleted meanwhile: the text then says so.
    with unless_unchanged():  # the page number, or the same arrow twice: nothing changed
        await query.message.edit_text(text, reply_markup=markup)


async def _render(
    context: Context, typed: str, page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    zone = context.zone
    today = context.today()
    found = await contacts.list_page(
        context.repo,
        context.user.id,
        typed,
        page,
        zone=zone,
        stay=stay_of(context.profile),
        today=today,
        rhythms=rhythms_of(context.profile),
    )
    return list_message(context, found, today)
