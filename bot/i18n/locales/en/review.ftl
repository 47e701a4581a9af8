## The weekly review.

cmd-review = your week in review
review-title = 🗓 <b>Your week</b>
review-kept = { $count ->
    [one] ✅ You were in touch with { $names }.
   *[other] { $more ->
        [0] ✅ You were in touch with { $count } people: { $names }.
       *[other] ✅ You were in touch with { $count } people: { $names } and { $more } more.
    }
}
review-kept-none = 💤 No exchange noted this week.
review-streak = { $count ->
    [one] 🔥 One week with at least one exchange: keep it up!
   *[other] 🔥 { $count } weeks in a row with at least one exchange!
}
review-slipping-title = { $count ->
    [one] ⏳ <b>Slipping</b>:
   *[other] ⏳ <b>Slipping</b> ({ $count } overdue, the longest first):
}
review-line = • { $name } — { $when }
review-favors-title = { $count ->
    [one] 🙋 <b>One open ask</b>:
   *[other] 🙋 <b>{ $count } open asks</b>:
}
review-favor-line = • { $name }: “{ $topic }” ({ $when })
review-birthdays-title = 🎂 <b>Birthdays in the next 7 days</b>:
review-quiet = A quiet week. /today tells you who to write to.
review-already-logged = ✅ Already noted for <b>{ $name }</b>.
review-no-contacts = 🗓 No review yet: add someone first with /add.
settings-review = 🗓 Weekly review: { $day }
button-review = 🗓 Weekly review
ask-review-day = 🗓 Which day would you like your weekly review (at your reminder time)?
button-review-off = ✖️ No review
review-off = off
review-on-1 = on Mondays
review-on-2 = on Tuesdays
review-on-3 = on Wednesdays
review-on-4 = on Thursdays
review-on-5 = on Fridays
review-on-6 = on Saturdays
review-on-7 = on Sundays
