## Notes, undo, and a card's history

button-undo = ↩️ Undo
undo-done = ↩️ Undone: the exchange with <b>{ $name }</b> is no longer logged.
undo-already = Already undone.
already-logged = ✅ Already logged: you were in touch with <b>{ $name }</b> { $when } ({ $date }). I won't count it twice.
note-usage = Write the note after the name, e.g. /note Jonas mentioned an opening at Airbus Toulouse
note-saved = 🗒 Note added to <b>{ $name }</b>'s card. It doesn't count as an exchange: the next reminder stays where it was.
note-too-long = This note is { $length } characters long; { $limit } at most, please.
card-notes-title = 🗒 <b>Notes</b>
card-note-line = • { $date }: { $note }
card-history-none-logged = 📝 No history yet: the exchanges you log with ✅ Log will show here.
button-card-history = 🗂 History
history-pick = Which line of { $name }'s history do you want to delete?
history-nothing = { $name }'s history is empty: nothing to delete.
history-confirm = Delete this line from { $name }'s history?
    { $line }
button-history-delete = 🗑 Delete
button-history-keep = ↩️ Keep it
history-deleted = 🗑 Deleted from { $name }'s history.
history-kept = All right, nothing deleted.
history-gone = That line is no longer in the history.
cmd-note = a note about someone
