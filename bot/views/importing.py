"""How an import reads: the preview with its buttons, and the outcome with Undo."""

from __future__ import annotations

import html
from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callbacks import ImportButton, ImportPage, ImportToggle, button
from bot.i18n import Html
from bot.views.render import Speaker, clip, tags_words
from core.reading.importing.defaults import Defaults
from services.importing import Preview
from services.repository import MAX_CONTACTS_PER_USER

NAMES_SHOWN = 5
NUMBERS_SHOWN = 12
NAME_LIMIT = 60
FILE_NAME_LIMIT = 80
PER_PAGE = 8  # people per page of ☑️ Choose


def where_words(speaker: Speaker, source: str, numbers: Sequence[int]) -> str:
    """ "lines 8, 10 and 33" / "card 3", the first few of them."""
    shown = ", ".join(str(number) for number in numbers[:NUMBERS_SHOWN])
    if len(numbers) > NUMBERS_SHOWN:
        shown += ", …"
    kind = "vcf" if source == "vcf" else "csv"
    return Html(speaker.text("import-where", kind=kind, count=len(numbers), numbers=shown))


def _names(speaker: Speaker, message_id: str, names: Sequence[str]) -> str:
    shown = Html(", ".join(names[:NAMES_SHOWN]))  # each already escaped
    return "   " + speaker.text(message_id, names=shown, more=max(0, len(names) - NAMES_SHOWN))


def defaults_words(speaker: Speaker, defaults: Defaults, cadence: str) -> Html:
    """The batch's defaults in one line ("#linkedin · Every 3 months · met: ..."), or ""."""
    parts = [tags_words(defaults.tags)] if defaults.tags else []
    if cadence:
        parts.append(cadence)  # catalog text, already HTML
    if defaults.met:
        parts.append(speaker.text("import-default-met", met=clip(defaults.met, 100)))
    return Html(" · ".join(parts))


def preview_text(speaker: Speaker, preview: Preview, file_name: str, defaults_line: Html) -> str:
    """'214 people found: 180 new, 30 already in your contacts, 4 unreadable (lines ...)'."""
    source = speaker.text("import-source", source=preview.source)
    lines = [
        speaker.text(
            "import-preview-title",
            count=preview.found,
            name=clip(file_name, FILE_NAME_LIMIT),
            source=source,
        ),
        speaker.text("import-preview-new", count=len(preview.new)),
    ]
    if preview.new:
        names = [html.escape(clip(c.name, NAME_LIMIT), quote=False) for c in preview.new]
        lines.append(_names(speaker, "import-preview-new-names", names))
    if preview.known:
        lines.append(
            speaker.text(
                "import-preview-known", count=len(preview.known), fillable=preview.fillable
            )
        )
        pairs = [
            speaker.text(
                "import-known-pair",
                name=clip(candidate.name, NAME_LIMIT),
                contact=clip(contact.name, NAME_LIMIT),
            )
            for candidate, contact in preview.known
        ]
        lines.append(_names(speaker, "import-preview-known-names", pairs))
    if preview.repeated:
        where = where_words(speaker, preview.source, [c.number for c in preview.repeated])
        lines.append(
            speaker.text("import-preview-repeated", count=len(preview.repeated), where=where)
        )
    if preview.unreadable:
        where = where_words(speaker, preview.source, preview.unreadable)
        lines.append(
            speaker.text("import-preview-unreadable", count=len(preview.unreadable), where=where)
        )
    if defaults_line:
        lines.append(speaker.text("import-preview-defaults", defaults=defaults_line))
    if len(preview.new) > preview.room:
        lines.append(
            speaker.text("import-preview-room-left", limit=MAX_CONTACTS_PER_USER, room=preview.room)
        )
    elif not preview.new and preview.fillable:
        lines.append(speaker.text("import-preview-only-fill", count=preview.fillable))
    elif not preview.new:
        lines.append(speaker.text("import-preview-nothing-new"))
    fills = preview.fillable and len(preview.new) <= preview.room
    lines.append(speaker.text("import-preview-footer-fill" if fills else "import-preview-footer"))
    return "\n".join(lines)


def preview_keyboard(speaker: Speaker, preview: Preview) -> InlineKeyboardMarkup:
    """📥 Import N · 🏷 Tag, rhythm, how we met · ✖️ Cancel; 📥 Complete N · ✖️ Cancel with
    no one new but contacts to complete; only Cancel with nothing to write."""
    cancel = button(speaker.text("button-import-cancel"), ImportButton("no"))
    if len(preview.new) > preview.room:  # the first that fit, or a choice; else make room
        if not preview.room:
            return InlineKeyboardMarkup([[cancel]])
        fit = button(speaker.text("button-import-fit", count=preview.room), ImportButton("fit"))
        choose = button(speaker.text("button-import-choose"), ImportButton("pick"))
        return InlineKeyboardMarkup([[fit], [choose], [cancel]])
    if not preview.new:
        if not preview.fillable:
            return InlineKeyboardMarkup([[cancel]])
        fill = button(
            speaker.text("button-import-fill", count=preview.fillable), ImportButton("go")
        )
        return InlineKeyboardMarkup([[fill], [cancel]])
    go = button(speaker.text("button-import-go", count=len(preview.new)), ImportButton("go"))
    choose = button(speaker.text("button-import-choose"), ImportButton("pick"))
    defaults = button(speaker.text("button-import-defaults"), ImportButton("set"))
    return InlineKeyboardMarkup([[go, choose], [defaults], [cancel]])


def choose_text(speaker: Speaker, file_name: str, chosen: int) -> str:
    """The head of ☑️ Choose: what to do, and how many are ticked."""
    return speaker.text("import-choose-title", name=clip(file_name, FILE_NAME_LIMIT), count=chosen)


def choose_keyboard(
    speaker: Speaker, people: Sequence[tuple[int, str]], chosen: frozenset[int], page: int
) -> InlineKeyboardMarkup:
    """One button per person of the page (✅ ticked, ⬜ not), ◀ ▶, Import the ticked, Cancel."""
    pages = max(1, -(-len(people) // PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = [
        [
            button(
                f"{'✅' if number in chosen else '⬜'} {clip(name, NAME_LIMIT)}",
                ImportToggle(number, page),
            )
        ]
        for number, name in people[page * PER_PAGE : (page + 1) * PER_PAGE]
    ]
    if pages > 1:
        rows.append(
            [
                button("◀", ImportPage((page - 1) % pages)),
                button(f"{page + 1}/{pages}", ImportPage(page)),
                button("▶", ImportPage((page + 1) % pages)),
            ]
        )
    last = [button(speaker.text("button-import-cancel"), ImportButton("no"))]
    if chosen:
        go = button(speaker.text("button-import-chosen", count=len(chosen)), ImportButton("go"))
        last.insert(0, go)
    rows.append(last)
    return InlineKeyboardMarkup(rows)


def undo_keyboard(speaker: Speaker) -> InlineKeyboardMarkup:
    """↩️ Undo import."""
    return InlineKeyboardMarkup(
        [[button(speaker.text("button-import-undo"), ImportButton("undo"))]]
    )
