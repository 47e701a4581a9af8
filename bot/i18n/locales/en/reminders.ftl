## Dated reminders to come: the weekly review's list, /remind alone, cancelling one

review-reminders-title = ⏰ <b>Reminders in the next 7 days</b>:
review-reminder-line-what = • { $name } — { $when }: { $what }
