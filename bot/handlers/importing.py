"""Importing a contacts file sent into the chat: preview, defaults, import, undo.

The file is read twice: once for the preview, again when Import is pressed (Telegram keeps
the file; its id waits in the preview's memo), so nothing large is held between the two and
the duplicates are found against the contacts as they are at that moment.
"""

from __future__ import annotations

import asyncio
import html
import math
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler, MessageHandler, filters

from bot.callbacks import ImportButton, ImportPage, ImportToggle, handler, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.i18n import Html
from bot.memo import MemoKey
from bot.views.form import cadence_words
from bot.views.importing import (
    choose_keyboard,
    choose_text,
    defaults_words,
    preview_keyboard,
    preview_text,
    undo_keyboard,
    where_words,
)
from bot.views.render import day_words
from core.reading.importing import Reading, read_file
from core.reading.importing.defaults import Defaults, read_defaults
from core.rules.cadence import Cadence
from services import importing
from services.importing import Batch
from services.repository import MAX_CONTACTS_PER_USER, TooManyContactsError

MAX_DOWNLOAD = 20 * 1024 * 1024  # the Bot API's limit on files a bot downloads
IMPORT_DEFAULTS = "import:defaults"  # the dialog state asking the batch's defaults
END = ConversationHandler.END
# The files this feature reads; any other document is told what it can read (other_document).
CONTACTS_FILES = (
    filters.Document.FileExtension("vcf")
    | filters.Document.FileExtension("vcard")
    | filters.Document.FileExtension("csv")
    | filters.Document.FileExtension("zip")
    | filters.Document.MimeType("text/vcard")
    | filters.Document.MimeType("text/x-vcard")
    | filters.Document.MimeType("text/csv")
)


@dataclass(frozen=True)
class PendingImport:
    """A previewed file waiting for its buttons: where to fetch it again, and the defaults."""

    file_id: str
    file_name: str
    defaults: Defaults = field(default_factory=Defaults)
    # ☑️ Choose: the new people (number, name) once asked for, and those ticked; None: all.
    people: tuple[tuple[int, str], ...] = ()
    chosen: frozenset[int] | None = None


PENDING = MemoKey("import", PendingImport, size=5)
BATCHES = MemoKey("import-batch", Batch, size=5)


async def document_sent(update: Update, context: Context) -> None:
    """A file sent into the chat: read it and show what an import would do."""
    message = update.effective_message
    document = message.document if message else None
    if document is None:
        return
    size = document.file_size or 0
    if size > MAX_DOWNLOAD:
        await context.say("import-too-big", size=math.ceil(size / 1024 / 1024))
        return
    await show_preview(context, PendingImport(document.file_id, document.file_name or ""))


async def other_document(update: Update, context: Context) -> None:
    """A file that is no contacts file (a .txt, an .xlsx, a picture): say which ones are read,
    rather than the hint for stray words, which would not tell how to import."""
    message = update.effective_message
    document = message.document if message else None
    if document is not None:
        await context.say("import-unknown", name=document.file_name or "")


async def _download(context: Context, pending: PendingImport) -> bytes | None:
    try:
        file = await context.bot.get_file(pending.file_id)
        if (file.file_size or 0) > MAX_DOWNLOAD:
            return None
        return bytes(await file.download_as_bytearray())
    except TelegramError:
        return None


async def _reading(context: Context, pending: PendingImport) -> Reading | Literal["failed"] | None:
    """The file's reading; None when it is no contacts file; "failed" when it cannot be fetched."""
    data = await _download(context, pending)
    if data is None:
        return "failed"
    # Parsing 2,000 cards takes about a second: off the event loop, so others are not held.
    return await asyncio.to_thread(read_file, pending.file_name, data)


async def show_preview(context: Context, pending: PendingImport) -> None:
    """Send the preview of an import, with Import / defaults / Cancel."""
    reading = await _reading(context, pending)
    if reading == "failed":
        await context.say("import-download-failed")
        return
    if reading is None:
        await context.say("import-unknown", name=pending.file_name)
        return
    assert isinstance(reading, Reading)
    if not reading.candidates and not reading.unreadable:  # an empty .vcf, like an empty .csv
        await context.say("import-unknown", name=pending.file_name)
        return
    if not reading.candidates:
        where = where_words(context, reading.source, reading.unreadable)
        empty = context.text(
            "import-empty", name=pending.file_name, unreadable=len(reading.unreadable), where=where
        )
        await context.send(f"{empty}\n{context.text('import-empty-next')}")
        return
    preview = await importing.preview(context.repo, context.user.id, reading)
    text = preview_text(context, preview, pending.file_name, _defaults_line(context, pending))
    sent = await context.send(text, markup=preview_keyboard(context, preview))
    context.remember(PENDING, sent.message_id, pending)


def _defaults_line(context: Context, pending: PendingImport) -> Html:
    defaults = pending.defaults
    cadence = (
        cadence_words(context, Cadence.from_spec(defaults.cadence)) if defaults.cadence else ""
    )
    return defaults_words(context, defaults, cadence)


async def _pressed(update: Update, context: Context) -> tuple[ImportButton, int] | None:
    payload = payload_of(update, ImportButton)
    query = update.callback_query
    message = query.message if query is not None else None
    if payload is None or not isinstance(message, Message):
        return None
    return payload, message.message_id


async def import_button(update: Update, context: Context) -> None:
    """📥 Import: add the new people and fill the known ones' empty fields in one go, then
    offer ↩️ Undo."""
    pending = context.recall(PENDING)
    pressed = await _pressed(update, context)
    if pending is None or pressed is None:
        await reject_button(context)
        return
    await answer_button(update)
    message_id = pressed[1]
    context.state.memos.forget(PENDING, message_id)  # a double tap imports once
    reading = await _reading(context, pending)
    if not isinstance(reading, Reading):
        await edit_pressed(context, context.text("import-file-gone"))
        return
    today = context.today()
    chosen, left = pending.chosen, 0
    if pressed[0].action == "fit":  # over the limit: the first ones of the file that fit
        found = await importing.preview(context.repo, context.user.id, reading)
        chosen = importing.first_that_fit(found)
        left = len(found.new) - len(chosen)

    def connected(day: date) -> str:
        words = context.text("import-met-linkedin", date=day_words(context, day, today))
        return html.unescape(words)

    try:
        batch = await importing.commit(
            context.repo,
            context.user.id,
            reading,
            now=context.now(),
            defaults=pending.defaults,
            connected=connected,
            chosen=chosen,
        )
    except TooManyContactsError:
        # The preview (and any ticks) stays, to untick some and import again.
        context.remember(PENDING, message_id, pending)
        found = await importing.preview(context.repo, context.user.id, reading)
        wanted = len(chosen) if chosen is not None else len(found.new)
        limit = MAX_CONTACTS_PER_USER
        await context.say("import-too-many-ticked", count=wanted, room=found.room, limit=limit)
        return
    count, completed = len(batch.contact_ids), len(batch.previous)
    markup = undo_keyboard(context) if count or completed else None
    if left:
        text = context.text(
            "import-done-first", count=count, left=left, limit=MAX_CONTACTS_PER_USER
        )
        if completed:
            text += "\n" + context.text("import-done-first-completed", completed=completed)
    elif completed:
        text = context.text("import-done-completed", count=count, completed=completed)
    else:
        text = context.text("import-done", count=count)
    await edit_pressed(context, text, markup=markup)
    if count or completed:
        context.remember(BATCHES, message_id, batch)


async def undo_button(update: Update, context: Context) -> None:
    """↩️ Undo import: remove exactly what it added and put back the contacts it filled,
    unless one was edited or logged since."""
    batch = context.recall(BATCHES)
    pressed = await _pressed(update, context)
    query = update.callback_query
    if batch is None or pressed is None or query is None:
        await reject_button(context)
        return
    outcome = await importing.undo(context.repo, context.user.id, batch)
    if outcome == "changed":
        await query.answer(context.text("import-undo-changed"), show_alert=True)
        return
    await answer_button(update)
    context.state.memos.forget(BATCHES, pressed[1])
    count, restored = len(batch.contact_ids), len(batch.previous)
    if restored:
        text = context.text("import-undone-restored", count=count, restored=restored)
    else:
        text = context.text("import-undone", count=count)
    await edit_pressed(context, text)


async def cancel_button(update: Update, context: Context) -> None:
    """✖️ Cancel: forget the file; nothing was written."""
    pressed = await _pressed(update, context)
    if context.recall(PENDING) is None or pressed is None:
        await reject_button(context)
        return
    await answer_button(update)
    context.state.memos.forget(PENDING, pressed[1])
    await edit_pressed(context, context.text("import-cancelled"))


# -- ☑️ Choose: a paged list of the new people to tick -------------------------------------------


async def choose_button(update: Update, context: Context) -> None:
    """☑️ Choose: turn the preview into the list of the new people, none ticked."""
    pending = context.recall(PENDING)
    pressed = await _pressed(update, context)
    if pending is None or pressed is None:
        await reject_button(context)
        return
    await answer_button(update)
    reading = await _reading(context, pending)
    if not isinstance(reading, Reading):
        await edit_pressed(context, context.text("import-file-gone"))
        return
    preview = await importing.preview(context.repo, context.user.id, reading)
    people = tuple((candidate.number, candidate.name) for candidate in preview.new)
    pending = replace(pending, people=people, chosen=frozenset())
    context.remember(PENDING, pressed[1], pending)
    await _show_choice(context, pending, 0)


async def toggle_button(update: Update, context: Context) -> None:
    """A name under ☑️ Choose: tick or untick them."""
    pending = context.recall(PENDING)
    payload = payload_of(update, ImportToggle)
    query = update.callback_query
    message = query.message if query is not None else None
    if (
        pending is None
        or pending.chosen is None
        or payload is None
        or not isinstance(message, Message)
        or payload.number not in {number for number, _ in pending.people}
    ):
        await reject_button(context)
        return
    await answer_button(update)
    pending = replace(pending, chosen=pending.chosen ^ {payload.number})
    context.remember(PENDING, message.message_id, pending)
    await _show_choice(context, pending, payload.page)


async def page_button(update: Update, context: Context) -> None:
    """◀ ▶ under ☑️ Choose."""
    pending = context.recall(PENDING)
    payload = payload_of(update, ImportPage)
    if pending is None or payload is None or pending.chosen is None:
        await reject_button(context)
        return
    await answer_button(update)
    await _show_choice(context, pending, payload.page)


async def _show_choice(context: Context, pending: PendingImport, page: int) -> None:
    chosen = pending.chosen or frozenset()
    text = choose_text(context, pending.file_name, len(chosen))
    await edit_pressed(context, text, markup=choose_keyboard(context, pending.people, chosen, page))


# -- 🏷 the one question setting the batch's defaults: a question of the bot's one dialog ---------


async def ask_defaults(update: Update, context: Context) -> str | None:
    """🏷 under a preview: ask the tags, rhythm and how-we-met for everyone in the file."""
    pressed = await _pressed(update, context)
    if context.recall(PENDING) is None or pressed is None:
        await reject_button(context)
        return None
    await answer_button(update)
    context.state.importing = pressed[1]
    await context.say("import-ask-defaults")
    return IMPORT_DEFAULTS


async def got_defaults(update: Update, context: Context) -> int | None:
    """The defaults typed: show the preview again with them (the old one loses its buttons)."""
    message = update.effective_message
    defaults = read_defaults((message.text if message else None) or "")
    if defaults is None:
        await context.say("import-defaults-unclear")
        return None  # stay: the user can try again
    return await _with_defaults(context, defaults)


async def skip_defaults(update: Update, context: Context) -> int:
    """/skip: keep the preview as it was."""
    context.state.importing = None
    return END


async def _with_defaults(context: Context, defaults: Defaults) -> int:
    preview_id, context.state.importing = context.state.importing, None
    pending = context.state.memos.recall(PENDING, preview_id)
    if pending is None or preview_id is None:
        await context.say("import-file-gone")
        return END
    context.state.memos.forget(PENDING, preview_id)
    # Its buttons now find nothing in the memo; removing them may fail on an old message.
    with suppress(TelegramError):
        await context.bot.edit_message_reply_markup(context.chat_id, preview_id, reply_markup=None)
    await context.say("import-defaults-set")
    await show_preview(context, replace(pending, defaults=defaults))
    return END


def entry_points() -> list[BaseHandler[Update, Context, object]]:
    """What opens the defaults question."""
    return [handler(ImportButton, ask_defaults, when=lambda p: p.action == "set")]


def states() -> dict[object, list[BaseHandler[Update, Context, object]]]:
    """What the defaults question listens to."""
    return {
        IMPORT_DEFAULTS: [
            MessageHandler(filters.TEXT & ~filters.COMMAND, got_defaults),
            CommandHandler("skip", skip_defaults),
        ]
    }


async def closed_word(context: Context, key: object) -> str:
    """What to say when another command closes the defaults question."""
    return context.text("dialog-closed-import")
