## Dated reminders: "call on Thursday", /remind, and /log with a day to come

remind-day-tomorrow = tomorrow
remind-day-weekday = on { $weekday }
remind-day-date = on { $date }
button-remind-offer = ⏰ Remind me { $when }?
reminder-set = ⏰ Planned: { $when } at { $time }, I'll remind you to get back to <b>{ $name }</b>.
reminder-title = ⏰ You wanted to get back to <b>{ $name }</b> today.
reminder-what = 📌 “{ $what }”
reminder-not-ahead = 🤔 A reminder is for a day to come, from tomorrow on.
remind-usage = Tell me who and when: /remind Tom Thursday, or /remind Marie on 9 January call about the internship.
remind-bad-when = 🤔 I found no day to come at the start of “{ $text }”. Try /remind { $name } Thursday, tomorrow, in two weeks or on 9 January.
log-future-ask = 📅 You mention { $date }, a day that hasn't come yet: I don't log an exchange in advance. Shall I remind you to get back to <b>{ $name }</b> that day?
button-log-future-plan = ⏰ Remind me { $when }
button-log-future-today = ✅ It happened today
button-log-future-cancel = ✖️ Cancel
log-future-cancelled = All right, nothing logged.
card-reminder = ⏰ Reminder planned { $when }
card-reminder-what = ⏰ Reminder planned { $when }: { $what }
cmd-remind = a reminder on a given day
