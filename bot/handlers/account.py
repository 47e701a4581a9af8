"""/export, /deleteme, and restoring a full backup sent back as a document."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import EraseChoice, ExportChoice, RestoreChoice, button, handler, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.memo import MemoKey
from core.export.backup import (
    MAX_BACKUP_BYTES,
    NotABackupError,
    looks_like_backup,
    read_backup,
    write_backup,
)
from core.export.cards import write_cards
from core.export.sheet import COLUMNS, write_sheet
from core.model import UserProfile
from services import account

log = logging.getLogger(__name__)

# The file_id of a backup offered for restoring, by the message asking.
RESTORE_FILE: MemoKey[str] = MemoKey("restore-file", str, size=3)

_FILES = {"json": "application/json", "vcf": "text/vcard", "csv": "text/csv"}


def question_closers() -> list[CallbackQueryHandler[Context, None]]:
    """Buttons that close an open question before they run (bot.handlers.dialog)."""
    return [handler(EraseChoice, deleteme_button), handler(RestoreChoice, restore_button)]


# -- /export ------------------------------------------------------------------------------------


async def export_command(update: Update, context: Context) -> None:
    """/export: which file? With nothing stored, what to do first instead of an empty file."""
    if (await account.holdings(context.repo, context.user.id)).empty:
        await context.say("export-nothing")
        return
    markup = InlineKeyboardMarkup(
        [
            [button(context.text("button-export-json"), ExportChoice("json"))],
            [button(context.text("button-export-vcf"), ExportChoice("vcf"))],
            [button(context.text("button-export-csv"), ExportChoice("csv"))],
        ]
    )
    await context.say("export-menu", markup=markup)


async def export_button(update: Update, context: Context) -> None:
    """Send the file chosen, as a document named after today's date."""
    choice = payload_of(update, ExportChoice)
    if choice is None:
        await reject_button(context)
        return
    await answer_button(update)
    # Exporting stores nothing: a user without a profile gets the defaults in their backup.
    profile = context.profile or UserProfile(context.user.id, context.now())
    backup = await account.backup_of(context.repo, profile)
    if choice.kind == "json":
        data = write_backup(backup, context.now())
    elif choice.kind == "vcf":
        data = write_cards(backup.contacts, context.language)
    else:
        headers = [context.text(f"export-column-{column}") for column in COLUMNS]
        data = write_sheet(headers, backup.contacts, context.language)
    await context.bot.send_document(
        context.chat_id,
        document=data,
        filename=f"garder-contact-{context.today().isoformat()}.{choice.kind}",
        caption=context.text(f"export-caption-{choice.kind}", count=len(backup.contacts)),
    )


# -- /deleteme ----------------------------------------------------------------------------------


async def deleteme_command(update: Update, context: Context) -> None:
    """/deleteme: say what would be lost, offer /export first, and ask."""
    held = await account.holdings(context.repo, context.user.id)
    if context.profile is None and held.empty:  # never came, or erased already
        await context.say("deleteme-nothing")
        return
    markup = InlineKeyboardMarkup(
        [
            [
                button(context.text("button-deleteme-yes"), EraseChoice("yes")),
                button(context.text("button-deleteme-no"), EraseChoice("no")),
            ]
        ]
    )
    await context.say(
        "deleteme-confirm",
        contacts=held.contacts,
        interactions=held.interactions,
        favors=held.favors,
        markup=markup,
    )


async def deleteme_button(update: Update, context: Context) -> None:
    """Erase everything, or keep it."""
    choice = payload_of(update, EraseChoice)
    if choice is None:
        await reject_button(context)
        return
    await answer_button(update)
    if choice.answer == "no":
        await edit_pressed(context, context.text("deleteme-kept"))
        return
    user_id = context.user.id
    # Not in the middle of their delivery: its writes would bring part of the file back.
    async with context.bot_data.delivery_locks[user_id]:
        await account.erase(context.repo, user_id)
        context.bot_data.due.put(user_id, None)
    context.application.drop_user_data(user_id)
    context.profile = None
    log.info("Erased the data of user %s at their request", user_id)
    await edit_pressed(context, context.text("deleteme-done"))


# -- restoring a backup -------------------------------------------------------------------------


async def backup_document(update: Update, context: Context) -> None:
    """A .json document: if it is our backup, offer to restore it into an empty account."""
    message = update.effective_message
    document = message.document if message is not None else None
    if document is None:
        return
    if document.file_size is not None and document.file_size > MAX_BACKUP_BYTES:
        await context.say("restore-not-backup")
        return
    data = await _download(context, document.file_id)
    if not looks_like_backup(data):
        await context.say("restore-not-backup")
        return
    try:
        backup = read_backup(data)
    except NotABackupError as error:
        log.info("User %s sent a backup that cannot be read: %s", context.user.id, error)
        await context.say("restore-unreadable")
        return
    held = await account.holdings(context.repo, context.user.id)
    if not held.empty:
        await context.say("restore-not-empty", contacts=held.contacts)
        return
    markup = InlineKeyboardMarkup(
        [
            [
                button(context.text("button-restore-yes"), RestoreChoice("yes")),
                button(context.text("button-restore-no"), RestoreChoice("no")),
            ]
        ]
    )
    asked = await context.say(
        "restore-offer",
        contacts=len(backup.contacts),
        interactions=len(backup.interactions),
        favors=len(backup.favors),
        markup=markup,
    )
    context.remember(RESTORE_FILE, asked.message_id, document.file_id)


async def restore_button(update: Update, context: Context) -> None:
    """Restore the backup the question was about, or leave the account as it is."""
    choice = payload_of(update, RestoreChoice)
    file_id = context.recall(RESTORE_FILE)
    if choice is None or file_id is None:
        await reject_button(context)
        return
    await answer_button(update)
    if choice.answer == "no":
        await edit_pressed(context, context.text("restore-kept"))
        return
    backup = read_backup(await _download(context, file_id))
    try:
        profile = await account.restore(
            context.repo, context.user.id, backup, context.user.language_code
        )
    except account.AccountNotEmptyError:
        held = await account.holdings(context.repo, context.user.id)
        await edit_pressed(context, context.text("restore-not-empty", contacts=held.contacts))
        return
    context.bot_data.reschedule(profile)
    await context.load(context.incoming)  # the restored language speaks from now on
    await edit_pressed(
        context,
        context.text(
            "restore-done",
            contacts=len(backup.contacts),
            interactions=len(backup.interactions),
            favors=len(backup.favors),
        ),
    )


async def _download(context: Context, file_id: str) -> bytes:
    file = await context.bot.get_file(file_id)
    return bytes(await file.download_as_bytearray())
