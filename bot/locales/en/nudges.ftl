## Nudges: the daily reminders and the answers to them

nudge-title = 🔔 Time to write to <b>{ $name }</b>!
nudge-birthday = 🎂 It's <b>{ $name }</b>'s birthday today!
nudge-birthday-age = 🎂 <b>{ $name }</b> turns { $age } today!
nudge-birthday-soon = { $count ->
    [one] 🎂 <b>{ $name }</b>'s birthday is tomorrow.
   *[other] 🎂 <b>{ $name }</b>'s birthday is in { $count } days.
}
nudge-met = 🤝 You met: { $met }
nudge-last = 🕰 Last talked: { $when }
nudge-last-note = 📝 Last time: “{ $note }”
nudge-never = 🕰 You haven't noted a conversation yet.
nudge-their-time = 🌍 It's { $time } in { $place }.
nudge-their-time-later = 🌍 It's { $time } in { $place }: better write to them { $moment }.
nudge-idea = 💡 { $idea }

moment-today-night = tonight
moment-today-early_morning = early this morning
moment-today-morning = this morning
moment-today-afternoon = this afternoon
moment-today-evening = this evening
moment-today-late_evening = late this evening
moment-tomorrow-night = tomorrow night
moment-tomorrow-early_morning = early tomorrow morning
moment-tomorrow-morning = tomorrow morning
moment-tomorrow-afternoon = tomorrow afternoon
moment-tomorrow-evening = tomorrow evening
moment-tomorrow-late_evening = late tomorrow evening

idea-birthday = Wish them a happy birthday, and ask what they're doing to celebrate.
idea-follow-up = Ask how it went since last time: “{ $note }”
idea-interest = Send them something about { $interest }: an article, a photo, a question.
idea-work = Ask how things are going at { $work }.
idea-news = Share a piece of your own news: a trip, a project, a photo from your week.

button-done = ✅ Done
button-tomorrow = ⏰ Tomorrow
button-next-week = 📅 Next week
button-skip-once = ⏭ Skip this time

nudge-outcome-done = ✅ Noted! Next reminder { $when } ({ $date }).
nudge-outcome-tmrw = ⏰ OK, I'll remind you tomorrow.
nudge-outcome-week = 📅 OK, I'll remind you next week.
nudge-outcome-skip = ⏭ Skipped this time. Next reminder { $when } ({ $date }).

digest-title = { $count ->
    [one] 🔔 One person to write to today:
   *[other] 🔔 { $count } people to write to today:
}
digest-line = • <b>{ $name }</b>: { $when }

done-which = Who did you get in touch with?
done-nothing-waiting = No reminder is waiting for an answer. To note that you talked to someone, type their name after “done” or use /log Marie.
done-unknown-name = I couldn't tell who “{ $rest }” is. Try /log with their name, or /list to see your contacts.
today-none = 🎉 Nobody is due right now. Enjoy!
today-more = { $count ->
    [one] …and one more: /list overdue
   *[other] …and { $count } more: /list overdue
}
