"""/list: the user's contacts, who is due first, a page at a time, with filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.i18n import FluentArg
from bot.views.render import clip, list_line
from core.agenda import Entry, ListFilter, agenda, parse_filter, select, stay_of
from core.places import find_place
from core.text import fold

PAGE_SIZE = 10
_NUMBERS_PER_ROW = 5
_MAX_FILTER = 100


async def list_command(update: Update, context: Context) -> None:
    """/list, /list overdue, /list #tag, /list Berlin: the first page."""
    typed = " ".join(context.args or ())[:_MAX_FILTER]
    page = await _render(context, typed, 0)
    if isinstance(page, Empty):
        await context.say(page.message_id, **page.args)
        return
    text, markup = page
    message = await context.bot.send_message(context.chat_id, text, reply_markup=markup)
    context.state.list_filter, context.state.list_message = typed, message.message_id


async def list_page(update: Update, context: Context) -> None:
    """◀ ▶ and the page number: show another page in the same message."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    parts = (query.data or "").split(":")
    filtered = len(parts) == 3 and parts[2] == "f"
    if len(parts) not in (2, 3) or not parts[1].isdigit() or (len(parts) == 3 and not filtered):
        await reject_button(context)
        return
    # A filtered list's words live in memory for its latest message only.
    if filtered and context.state.list_message != query.message.message_id:
        await query.answer(context.text("list-expired"), show_alert=True)
        return
    page = await _render(context, context.state.list_filter if filtered else "", int(parts[1]))
    await answer_button(update)
    if isinstance(page, Empty):  # everyone listed was deleted meanwhile
        text, markup = context.text(page.message_id, **page.args), None
    else:
        text, markup = page
    try:
        await query.message.edit_text(text, reply_markup=markup)
    except BadRequest as error:  # the page number pressed again: nothing changed
        if "not modified" not in str(error):
            raise


@dataclass(frozen=True)
class Empty:
    """Why there is nothing to list: a catalog message and its arguments."""

    message_id: str
    args: dict[str, FluentArg] = field(default_factory=dict)


async def _render(
    context: Context, typed: str, page: int
) -> tuple[str, InlineKeyboardMarkup] | Empty:
    """One page of the list, or why it is empty."""
    contacts = await context.repo.contacts(context.user.id)
    if not contacts:
        return Empty("list-empty-none")
    zone = ZoneInfo(context.zone_of(context.profile))
    today = context.local_now(zone.key).date()
    chosen = parse_filter(typed)
    if chosen.kind == "place":
        chosen = parse_filter(typed, _country_code(typed))
    entries = select(agenda(contacts, zone, stay_of(context.profile)), chosen, today)
    if not entries:
        return Empty(f"list-empty-{chosen.kind}", {"tag": chosen.value, "place": typed.strip()})
    pages = (len(entries) + PAGE_SIZE - 1) // PAGE_SIZE
    page = min(page, pages - 1)
    start = page * PAGE_SIZE
    shown = entries[start : start + PAGE_SIZE]
    lines = [_title(context, chosen, typed, len(entries))]
    if pages > 1:
        lines[0] += " · " + context.text("list-page", page=page + 1, pages=pages)
    lines.append("")
    lines += [list_line(context, start + i + 1, entry, today) for i, entry in enumerate(shown)]
    lines += ["", context.text("list-footer")]
    return "\n".join(lines), _keyboard(shown, start, page, pages, chosen.kind != "all")


def _title(context: Context, chosen: ListFilter, typed: str, count: int) -> str:
    if chosen.kind == "tag":
        return context.text("list-title-tag", tag=chosen.value, count=count)
    if chosen.kind == "place":
        return context.text("list-title-place", place=clip(typed.strip(), 60), count=count)
    return context.text(f"list-title-{chosen.kind}", count=count)


def _keyboard(
    shown: list[Entry], start: int, page: int, pages: int, filtered: bool
) -> InlineKeyboardMarkup:
    numbers = [
        InlineKeyboardButton(str(start + i + 1), callback_data=f"card:{entry.contact.contact_id}")
        for i, entry in enumerate(shown)
    ]
    rows = [numbers[i : i + _NUMBERS_PER_ROW] for i in range(0, len(numbers), _NUMBERS_PER_ROW)]
    if pages > 1:
        mark = ":f" if filtered else ""
        # The arrows wrap around, so neither end of the list is a dead button.
        rows.append(
            [
                InlineKeyboardButton("◀", callback_data=f"list:{(page - 1) % pages}{mark}"),
                InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=f"list:{page}{mark}"),
                InlineKeyboardButton("▶", callback_data=f"list:{(page + 1) % pages}{mark}"),
            ]
        )
    return InlineKeyboardMarkup(rows)


def _country_code(typed: str) -> str | None:
    """The country a place filter names ("Allemagne", "Canada"), if it names one."""
    text = typed.strip()
    if not text or text.startswith("#"):
        return None
    lookup = find_place(text)
    if lookup.best is not None:
        # A country, not a city, comes back without a city of its own.
        return lookup.best.country_code if lookup.best.city is None else None
    codes = {place.country_code for place in lookup.candidates}
    cities = {fold(place.city or "") for place in lookup.candidates}
    # Countries with several clocks (Canada) come back as a choice of their cities.
    if len(lookup.candidates) > 1 and len(codes) == 1 and fold(text) not in cities:
        return codes.pop()
    return None
