## Second pass on the daily loop

# A dated reminder for a day the bot was down, sent on the first day it runs.
reminder-missed-day = on { $weekday }, { $date }
reminder-title-missed = ⏰ You wanted to get back to <b>{ $name }</b> { $when }: I couldn't remind you that day.

# The review of a week with nothing to tell, when /today has nobody either.
review-quiet-nobody = A quiet week, and nobody to get back to for now: I'll let you know when it's time.

# ⏸ on a nudge: no more reminders about them until /resume (↩️ undoes it).
button-nudge-pause = ⏸ Pause
nudge-paused = ⏸ No more reminders about <b>{ $name }</b>. You can turn them back on with /resume or from their card.

# /log and /idea without a name: the people most due, as buttons.
pick-due-log =
    Who were you in touch with? Here are the people most due.
    Someone else? Type their name: <code>/{ $command } Marie</code>.
pick-due-idea =
    Who would you like a message idea for? Here are the people most due.
    Someone else? Type their name: <code>/{ $command } Marie</code>.
