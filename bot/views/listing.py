"""/list pages: the text of one page of contacts and its number buttons, no sends."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup

from bot.callbacks import ContactAction, ListPage, button
from bot.views.render import Speaker, clip, list_line, tags_words
from bot.views.rhythm import rhythm_words
from services.contacts import ContactPage

_NUMBERS_PER_ROW = 5


def list_message(
    speaker: Speaker, page: ContactPage, today: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of the list with its buttons, or why there is nothing to list."""
    chosen = page.chosen
    if not page.anyone:
        return speaker.text("list-empty-none"), None
    if chosen.kind == "tag" and not chosen.value:  # "/list #"
        lines = [speaker.text("list-tag-blank")]
        if page.tags:
            lines.append(speaker.text("list-tag-yours", tags=tags_words(page.tags)))
        return "\n".join(lines), None
    if not page.entries:
        return speaker.text(
            f"list-empty-{chosen.kind}", tag=chosen.value, place=page.typed.strip()
        ), None
    lines = [_title(speaker, page)]
    if page.pages > 1:
        lines[0] += " · " + speaker.text("list-page", page=page.page + 1, pages=page.pages)
    lines.append("")
    lines += [
        list_line(
            speaker, page.start + i + 1, entry, today, page.namesakes.get(entry.contact.contact_id)
        )
        for i, entry in enumerate(page.entries)
    ]
    lines += ["", speaker.text("list-footer")]
    return "\n".join(lines), _keyboard(page)


def _title(speaker: Speaker, page: ContactPage) -> str:
    chosen = page.chosen
    if chosen.kind == "tag":
        title = speaker.text("list-title-tag", tag=chosen.value, count=page.total)
        if page.rhythm is not None:
            title += " · " + speaker.text("list-rhythm", rhythm=rhythm_words(speaker, page.rhythm))
        return title
    if chosen.kind == "place":
        place = clip(page.typed.strip(), 60)
        return speaker.text("list-title-place", place=place, count=page.total)
    return speaker.text(f"list-title-{chosen.kind}", count=page.total)


def _keyboard(page: ContactPage) -> InlineKeyboardMarkup:
    numbers = [
        button(str(page.start + i + 1), ContactAction("card", entry.contact.contact_id))
        for i, entry in enumerate(page.entries)
    ]
    rows = [numbers[i : i + _NUMBERS_PER_ROW] for i in range(0, len(numbers), _NUMBERS_PER_ROW)]
    if page.pages > 1:
        filtered = page.chosen.kind != "all"
        at, count = page.page, page.pages
        # The arrows wrap around, so neither end of the list is a dead button.
        rows.append(
            [
                button("◀", ListPage((at - 1) % count, filtered)),
                button(f"{at + 1}/{count}", ListPage(at, filtered)),
                button("▶", ListPage((at + 1) % count, filtered)),
            ]
        )
    return InlineKeyboardMarkup(rows)
