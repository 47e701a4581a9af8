"""The handler table, wired in one place; order matters within a group."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import (
    AskAgain,
    AskedButton,
    BackAgain,
    BackDay,
    BackOk,
    BackWho,
    ContactAction,
    DailyMax,
    DaysPreset,
    DayToggle,
    EraseChoice,
    ExportChoice,
    FavorDone,
    FavorDrop,
    FavorLater,
    FavorUndrop,
    FutureLog,
    HistoryButton,
    IdeaButton,
    ImportButton,
    ImportPage,
    ImportToggle,
    ListPage,
    MergeChoice,
    NudgeAnswer,
    NudgePause,
    PickLanguage,
    ReminderCancel,
    RemindOffer,
    RestoreChoice,
    ReviewDay,
    ReviewFavor,
    ReviewLog,
    SettingsMenu,
    SnoozeChoice,
    StayButton,
    TagRhythmChoice,
    UndoLog,
    WhichNudge,
    handler,
)
from bot.context import App
from bot.handlers import (
    account,
    ask,
    back,
    card,
    favors,
    followups,
    history,
    ideas,
    importing,
    leaving,
    listing,
    log_note,
    merge,
    nudge_answers,
    nudge_pause,
    nudge_settings,
    reminders,
    review,
    rhythm,
    today,
)
from bot.handlers import quick_actions as quick
from bot.handlers.access import refuse_strangers
from bot.handlers.dialog import dialog
from bot.handlers.errors import on_error
from bot.handlers.help import (
    expired_button,
    nothing_to_cancel,
    show_help,
    stray_message,
    unknown_command,
)
from bot.handlers.pick import is_action
from bot.handlers.settings import ask_language, picked_language, show_settings

_GATE = -1  # runs before everything else and can stop an update


def register(app: App) -> None:
    """Attach every handler and the error handler to the application."""
    app.add_handler(TypeHandler(Update, refuse_strangers), group=_GATE)
    app.add_handlers(
        [
            dialog(),
            CommandHandler("help", show_help),
            CommandHandler("settings", show_settings),
            CommandHandler("language", ask_language),
            handler(SettingsMenu, ask_language, when=lambda menu: menu.item == "lang"),
            handler(PickLanguage, picked_language),
            CommandHandler("cancel", nothing_to_cancel),
            CommandHandler("list", listing.list_command),
            handler(ListPage, listing.list_page),
            CommandHandler("contact", card.contact_command),
            handler(ContactAction, card.card_button, when=is_action("card")),
            handler(ContactAction, card.pause_button, when=is_action("cpause", "cresume")),
            handler(ContactAction, card.snooze_menu, when=is_action("csnooze")),
            handler(SnoozeChoice, card.snooze_picked),
            handler(ContactAction, card.card_back, when=is_action("cback")),
            CommandHandler("log", log_note.log_command),
            handler(ContactAction, log_note.log_picked, when=is_action("log")),
            handler(FutureLog, log_note.future_log_pressed),
            CommandHandler("note", history.note_command),
            handler(ContactAction, history.note_picked, when=is_action("note")),
            handler(UndoLog, history.undo_pressed),
            handler(HistoryButton, history.history_button),
            CommandHandler("remind", reminders.remind_command),
            handler(ReminderCancel, reminders.cancel_pressed),
            handler(ContactAction, followups.remind_picked, when=is_action("remind")),
            handler(RemindOffer, followups.offer_pressed),
            # The note question's button still logs once the question is closed.
            handler(ContactAction, log_note.log_without_note, when=is_action("lognow")),
            CommandHandler("remove", quick.remove_command),
            handler(ContactAction, quick.remove_button, when=is_action("remove")),
            handler(ContactAction, quick.remove_confirmed, when=is_action("rm")),
            handler(ContactAction, quick.remove_cancelled, when=is_action("keep")),
            CommandHandler("pause", quick.pause_command),
            CommandHandler("resume", quick.resume_command),
            handler(ContactAction, quick.pause_picked, when=is_action("pause", "resume")),
            CommandHandler("tag", quick.tag_command),
            CommandHandler("untag", quick.untag_command),
            handler(ContactAction, quick.tag_picked, when=is_action("tag", "untag")),
            CommandHandler("today", today.today_command),
            handler(NudgeAnswer, ideas.another_idea, when=lambda p: p.action == "idea"),
            CommandHandler("idea", ideas.idea_command),
            handler(IdeaButton, ideas.idea_button),
            CommandHandler("leaving", leaving.leaving_command),
            handler(StayButton, leaving.stay_button),
            CommandHandler("taper", leaving.taper_command),
            handler(BackDay, back.day_button),
            handler(BackWho, back.who_button),
            handler(BackAgain, back.again_button),
            handler(BackOk, back.ok_button),
            CommandHandler("rhythm", rhythm.rhythm_command),
            handler(TagRhythmChoice, rhythm.choice_button),
            CommandHandler("review", review.review_command),
            handler(ReviewLog, review.log_button),
            handler(ReviewFavor, review.favor_button),
            handler(SettingsMenu, review.menu_button, when=review.is_review_item),
            handler(ReviewDay, review.day_button),
            handler(ContactAction, leaving.taper_picked, when=leaving.is_taper_choice),
            handler(SettingsMenu, nudge_settings.menu_button, when=nudge_settings.is_nudge_item),
            handler(DaysPreset, nudge_settings.days_button),
            handler(DayToggle, nudge_settings.days_button),
            handler(DailyMax, nudge_settings.max_button),
            # ✅ ⏰ 📅 ⏭ on a nudge (its 🎲 is the ideas' above).
            handler(NudgeAnswer, nudge_answers.nudge_button, when=lambda p: p.action != "idea"),
            handler(NudgePause, nudge_pause.pause_pressed),
            handler(WhichNudge, nudge_answers.which_button),
            # "done", "fait !"... and replies to nudges; anything else gets the stray hint.
            MessageHandler(filters.TEXT & ~filters.COMMAND, nudge_answers.done_words),
            CommandHandler("ask", ask.ask_command),
            handler(AskedButton, ask.asked_button),
            handler(AskAgain, ask.ask_again_button),
            CommandHandler(("favors", "favours"), favors.favors_command),
            handler(FavorDone, favors.done_button),
            handler(FavorLater, favors.wait_button),
            handler(FavorDrop, favors.drop_button),
            handler(FavorUndrop, favors.undrop_button),
            # A full backup sent back: before the import, which takes any other contacts file.
            MessageHandler(filters.Document.FileExtension("json"), account.backup_document),
            # A contacts file sent into the chat (the defaults question is the dialog's).
            MessageHandler(importing.CONTACTS_FILES, importing.document_sent),
            MessageHandler(filters.Document.ALL, importing.other_document),
            handler(
                ImportButton, importing.import_button, when=lambda p: p.action in {"go", "fit"}
            ),
            handler(ImportButton, importing.undo_button, when=lambda p: p.action == "undo"),
            handler(ImportButton, importing.cancel_button, when=lambda p: p.action == "no"),
            handler(ImportButton, importing.choose_button, when=lambda p: p.action == "pick"),
            handler(ImportToggle, importing.toggle_button),
            handler(ImportPage, importing.page_button),
            CommandHandler("export", account.export_command),
            handler(ExportChoice, account.export_button),
            CommandHandler("merge", merge.merge_command),
            handler(MergeChoice, merge.merge_button),
            CommandHandler("deleteme", account.deleteme_command),
            handler(EraseChoice, account.deleteme_button),
            handler(RestoreChoice, account.restore_button),
            # Last: whatever nothing above understood gets a hint, never silence.
            MessageHandler(filters.COMMAND, unknown_command),
            MessageHandler(filters.ChatType.PRIVATE, stray_message),
            CallbackQueryHandler(expired_button),
        ]
    )
    app.add_error_handler(on_error)
