## Contacts: /list, /contact and the card, /log, /pause, /resume, /tag, /untag, /remove

## Due dates in words
# $band rounds months past a year ("over a year", not "13 months"): see core.rules.due.months_band.

when-today = today
when-paused = paused
when-upcoming = { $unit ->
    [day] { $count ->
        [one] tomorrow
       *[other] in { $count } days
    }
    [week] { $count ->
        [one] in a week
       *[other] in { $count } weeks
    }
    [month] { $band ->
        [a-year] in a year
        [over-a-year] in over a year
        [year-and-a-half] in a year and a half
        [almost-two-years] in almost two years
        [two-years] in two years
        [over-two-years] in over two years
       *[months] { $count ->
            [one] in a month
           *[other] in { $count } months
        }
    }
   *[year] { $count ->
        [one] in a year
       *[other] in { $count } years
    }
}
when-overdue = { $unit ->
    [day] { $count ->
        [one] overdue by a day
       *[other] overdue by { $count } days
    }
    [week] { $count ->
        [one] overdue by a week
       *[other] overdue by { $count } weeks
    }
    [month] { $band ->
        [a-year] overdue by a year
        [over-a-year] overdue by over a year
        [year-and-a-half] overdue by a year and a half
        [almost-two-years] overdue by almost two years
        [two-years] overdue by two years
        [over-two-years] overdue by over two years
       *[months] { $count ->
            [one] overdue by a month
           *[other] overdue by { $count } months
        }
    }
   *[year] { $count ->
        [one] overdue by a year
       *[other] overdue by { $count } years
    }
}
when-ago = { $unit ->
    [day] { $count ->
        [one] yesterday
       *[other] { $count } days ago
    }
    [week] { $count ->
        [one] a week ago
       *[other] { $count } weeks ago
    }
    [month] { $band ->
        [a-year] a year ago
        [over-a-year] over a year ago
        [year-and-a-half] a year and a half ago
        [almost-two-years] almost two years ago
        [two-years] two years ago
        [over-two-years] over two years ago
       *[months] { $count ->
            [one] a month ago
           *[other] { $count } months ago
        }
    }
   *[year] { $count ->
        [one] a year ago
       *[other] { $count } years ago
    }
}

## Choosing a contact by name

pick-empty =
    Who do you mean? Add their name, e.g. <code>/{ $command } Marie</code>.
    /list shows your contacts.
pick-no-contacts = You have no contacts yet. Add the first one with /add, e.g. <code>/add Marie Dupont</code>.
pick-too-long = That's longer than any name: names have at most { $limit } characters.
pick-which = Several people match “{ $query }”. Which one do you mean?
pick-nobody = 🤔 Nobody in your contacts matches “{ $query }”.
pick-nobody-similar = 🤔 Nobody in your contacts matches “{ $query }”. Did you mean one of these?
pick-maybe = 🤔 Nobody is called “{ $query }”. Did you mean <b>{ $name }</b>?
pick-add-hint = To add them: <code>/add { $query }</code>
pick-lost-args = I lost track of what you asked. Please send the command again, e.g. <code>/{ $command } { $name } …</code>

## /list

list-title-all = 📇 <b>Your contacts</b> ({ $count })
list-title-due = ⏰ <b>To get in touch with now</b> ({ $count })
list-title-tag = 🏷 <b>#{ $tag }</b> ({ $count })
list-title-place = 📍 <b>{ $place }</b> ({ $count })
list-page = page { $page }/{ $pages }
list-line = { $number }. <b>{ $name }</b> — { $when }
list-line-place = { $number }. <b>{ $name }</b> — { $when } · { $place }
list-footer = Tap a number to open their card.
list-empty-none =
    📇 You have no contacts yet.
    Add the first one with /add, e.g. <code>/add Marie Dupont</code>.
list-empty-due = 🎉 Nobody is due right now: you're up to date. /list shows everyone.
list-empty-tag = Nobody has the tag #{ $tag }. Add it with <code>/tag Marie { $tag }</code>, or see everyone with /list.
list-empty-place = Nobody in your contacts lives in “{ $place }”. /list shows everyone.
list-expired = This list is out of date: send /list again.
list-tag-blank = Which tag? Write it right after the #, e.g. <code>/list #work</code>.
list-tag-yours = Your tags: { $tags }
# What tells two contacts of the same name apart, when neither place nor work does.
namesake-added = added { $date }

## The contact card

card-title = 👤 <b>{ $name }</b>
card-met = 🤝 Met: { $met }
card-place = 📍 { $place }
card-work = 💼 { $work }
card-interests = ✨ Into: { $interests }
card-channels = 📬 { $channels }
card-birthday = 🎂 Birthday: { $date }
card-tags = 🏷 { $tags }
card-every = 🔁 { $unit ->
    [day] { $count ->
        [one] Every day
       *[other] Every { $count } days
    }
    [week] { $count ->
        [one] Every week
       *[other] Every { $count } weeks
    }
    [month] { $count ->
        [one] Every month
       *[other] Every { $count } months
    }
   *[year] { $count ->
        [one] Every year
       *[other] Every { $count } years
    }
}
card-last = 🕰 Last in touch: { $when } ({ $date })
card-last-never = 🕰 No exchange logged yet
next-upcoming = 📅 Next reminder: { $when } ({ $date })
next-today = 📅 Time to get in touch: today
next-overdue = 📅 Time to get in touch: { $when } (since { $date })
card-snoozed = 😴 Snoozed until { $date }
card-paused = ⏸ Paused: no reminders until you resume.
card-history-title = 📝 <b>Latest exchanges</b>
card-history-line = • { $date }: { $note }
card-history-bare = • { $date }
card-history-empty = 📝 No exchanges yet: tap ✅ Log after you've been in touch.
button-card-log = ✅ Log
button-card-edit = ✏️ Edit
button-card-snooze = ⏰ Snooze
button-card-pause = ⏸ Pause
button-card-resume = ▶️ Resume
button-card-delete = 🗑 Delete
button-snooze-1w = 1 week
button-snooze-2w = 2 weeks
button-snooze-1m = 1 month
button-snooze-end = ⏰ End the snooze
button-back = ↩️ Back
snoozed-toast = 😴 Snoozed until { $date }
unsnoozed-toast = ⏰ Snooze ended
paused-toast = ⏸ Paused
resumed-toast = ▶️ Reminders back on

## /log and the card's Log button

log-ask-note =
    📝 What did you talk about with <b>{ $name }</b>? Send me a short note to remember it by, or tap the button to log it without one.
    /cancel logs nothing.
button-log-no-note = ✅ Log without a note
log-done = ✅ Logged: in touch with <b>{ $name }</b> { $when } ({ $date }).
log-next-paused = ⏸ They're paused, so no reminder until you /resume them.
log-note-too-long = That note is { $length } characters long; please keep it to { $limit } at most.
log-contact-gone = That contact no longer exists, so I logged nothing.

## /pause, /resume, /tag, /untag, /remove

pause-done = ⏸ Reminders about <b>{ $name }</b> are paused. /resume brings them back.
pause-already = <b>{ $name }</b> is already paused. /resume brings the reminders back.
resume-done = ▶️ Reminders about <b>{ $name }</b> are back on.
resume-already = <b>{ $name }</b> isn't paused.
tag-usage =
    Which tags? For example <code>/{ $command } { $name } airbus lyon</code>.
    A tag is 1 to 30 letters, digits, - or _.
tag-current = <b>{ $name }</b>'s tags: { $tags }
tag-none = <b>{ $name }</b> has no tags yet.
tag-done = 🏷 Tagged <b>{ $name }</b>: { $tags }
tag-invalid = 🤔 Not valid as tags: { $rejected }. A tag is 1 to 30 letters, digits, - or _.
tag-too-many = That would give <b>{ $name }</b> more than { $limit } tags; remove some with /untag first.
untag-done = 🏷 Removed. <b>{ $name }</b>'s tags now: { $tags }
untag-done-none = 🏷 Removed. <b>{ $name }</b> has no tags left.
untag-missing = 🤔 I can't find { $tags } among <b>{ $name }</b>'s tags.
remove-confirm = 🗑 Delete <b>{ $name }</b> and your whole history with them? This can't be undone.
button-remove-yes = 🗑 Delete
button-remove-no = ↩️ Keep
remove-done = 🗑 <b>{ $name }</b> is deleted, along with your history.
remove-kept = 👍 <b>{ $name }</b> stays in your contacts.
