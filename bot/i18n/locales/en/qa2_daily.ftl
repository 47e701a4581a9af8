## Second pass on the daily loop

# A dated reminder for a day the bot was down, sent on the first day it runs.
reminder-missed-day = on { $weekday }, { $date }
reminder-title-missed = ⏰ You wanted to get back to <b>{ $name }</b> { $when }: I couldn't remind you that day.
