## Dated reminders to come: the weekly review's list, /remind alone, cancelling one

review-reminders-title = ⏰ <b>Reminders in the next 7 days</b>:
review-reminder-line-what = • { $name } — { $when }: { $what }
reminders-title = { $count ->
    [one] ⏰ <b>One reminder to come</b>:
   *[other] ⏰ <b>{ $count } reminders to come</b>:
}
reminders-item = • { $name } — { $when }
reminders-item-what = • { $name } — { $when }: { $what }
reminders-more = … and { $count } more.
reminders-hint = ✖️ cancels one. To add one: /remind Tom Thursday.
button-reminder-cancel = ✖️ Cancel the reminder ({ $when })
button-reminder-cancel-named = ✖️ { $name } ({ $when })
reminder-cancel-ask = Cancel the reminder about <b>{ $name }</b> { $when }?
button-reminder-cancel-yes = ✖️ Yes, cancel it
button-reminder-cancel-no = Keep it
reminder-cancelled = ✖️ Cancelled: no reminder about <b>{ $name }</b> { $when }.
reminder-kept = 👍 Kept: the reminder stays planned.
reminder-gone = This reminder is no longer planned (already sent or cancelled).
reminders-none = ⏰ No reminder to come. To add one: /remind Tom Thursday.
