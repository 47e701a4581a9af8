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


button-another-idea = 🎲 Another idea
idea-for = ✍️ An idea for <b>{ $name }</b>:
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
digest-outcome = <b>{ $name }</b>: { $outcome }
digest-line = • <b>{ $name }</b>: { $when }

done-which = Who did you get in touch with?
done-nothing-waiting = No reminder is waiting for an answer. To note that you talked to someone, type their name after “done” or use /log Marie.
done-unknown-name = I couldn't tell who “{ $rest }” is. Try /log with their name, or /list to see your contacts.
today-none = 🎉 Nobody is due right now. Enjoy!
today-more = { $count ->
    [one] …and one more: /list overdue
   *[other] …and { $count } more: /list overdue
}

## The end of a stay abroad

stay-usage = 🧳 Tell me the last day of your internship or stay, and I'll help you leave with everyone's details and keep in touch once back. For example: /leaving 30/06, or /leaving 27/11 if you are already back.
stay-bad-date = 🤔 I couldn't read “{ $text }” as the last day of your stay (within the past year or the next two). Try /leaving 30/06, /leaving in 3 weeks, or, if you are already back, /leaving 27/11 or /leaving yesterday.
stay-set = 🧳 You leave on <b>{ $date }</b> ({ $when }). Until then, a short checklist comes with your reminders: once a week, then every day for the last two weeks.
stay-past = 🧳 Your stay ended on <b>{ $date }</b>.
stay-plan-on = 🔁 Welcome-back plan on: from the day after, a first check-in with everyone you met during the stay, spread over two weeks, then weekly for a month, and monthly until three months after you're back.
stay-plan-off = 🔁 Welcome-back plan off: everyone keeps their own rhythm.
stay-forgotten = 🧳 OK, I've forgotten the date of your stay.
button-taper-off = 🔁 Turn the welcome-back plan off
button-taper-on = 🔁 Turn the welcome-back plan on
button-stay-forget = ✖️ Forget this date
# $unit: the unit of $when (day, week, month, year); "days left" is only said of a few days.
stay-checklist-title = { $unit ->
    [day] { $count ->
        [0] 🧳 <b>Last day of your stay!</b> A quick check before you go:
        [one] 🧳 <b>One day left</b> before you leave ({ $date }):
       *[other] 🧳 <b>{ $count } days left</b> before you leave ({ $date }):
    }
   *[other] 🧳 <b>You leave { $when }</b> ({ $date }):
}
stay-checklist-added = { $count ->
    [0] • You haven't added anyone met during the stay yet: /add the colleagues you want to keep.
    [one] • You've added one person met during the stay. Anyone else you worked with? /add them while you still see them.
   *[other] • You've added { $count } people met during the stay. Anyone else you worked with? /add them while you still see them.
}
stay-checklist-missing = { $more ->
    [0] • No personal e-mail or phone yet for: { $names }. A work address stops working when the job ends.
   *[other] • No personal e-mail or phone yet for: { $names } and { $more } more. A work address stops working when the job ends.
}
stay-checklist-yours = • Have you given your own personal details (Telegram, e-mail, LinkedIn) to the people you want to keep?
stay-welcome = { $count ->
    [0] 👋 Welcome back! You didn't add anyone during the stay; /add them now while the memories are fresh.
    [one] 👋 Welcome back! Over the next two weeks I'll suggest a first check-in with the person you met during your stay, then more often than usual for a while.
   *[other] 👋 Welcome back! Over the next two weeks I'll suggest a first check-in with each of the { $count } people you met during your stay, then more often than usual for a while.
}
stay-welcome-no-taper = 👋 Welcome back! Everyone you met keeps their own rhythm; /leaving turns the welcome-back plan on.
taper-usage = Use /taper off or /taper on for everyone, or /taper Marie off for one person.
taper-all-on = 🔁 Welcome-back plan on for everyone met during the stay.
taper-all-off = 🔁 Welcome-back plan off: everyone keeps their own rhythm.
taper-contact-on = 🔁 <b>{ $name }</b> follows the welcome-back plan again.
taper-contact-off = 🔁 <b>{ $name }</b> keeps their own rhythm.
