## /leaving told once already back: the day, who belongs to the stay, the plan.

back-which = 🧳 “{ $text }”: the one that has passed, or next year's?
button-back-past = 🏠 Already back: { $date }
button-back-ahead = 🧳 Leaving on { $date }
back-who =
    🏠 <b>Welcome back!</b> Your stay ended on <b>{ $date }</b> ({ $when }).
    Who was part of it? I'll suggest getting back in touch with them over the next two weeks, then weekly for a month and monthly until three months after you're back.
button-back-all = 👥 Everyone ({ $count })
button-back-before = 🗓 Added before { $date } ({ $count })
button-back-tag = 🏷 #{ $tag } ({ $count })
button-back-met = 🤝 Met: { $word } ({ $count })
back-none = 🏠 Welcome back! You have no contacts yet: add the people you met during the stay with /add (or send me a contacts file), then send <code>/leaving { $date }</code> again to start the welcome-back plan.
back-preview = { $count ->
    [one] 👀 This person was part of your stay: { $names }
   *[other] { $more ->
        [0] 👀 These { $count } people were part of your stay: { $names }
       *[other] 👀 These { $count } people were part of your stay: { $names } and { $more } more
    }
}
back-preview-empty = 🤷 Nobody matches: choose another way.
button-back-ok = ✅ That's right
button-back-again = ↩️ Choose another way
back-set = { $count ->
    [one] ✅ All set! I'll suggest writing to them over the next two weeks, then weekly for a month and monthly until three months after you're back. /leaving shows your stay, /taper off stops the plan.
   *[other] ✅ All set! I'll suggest writing to each of these { $count } people over the next two weeks, then weekly for a month and monthly until three months after you're back. /leaving shows your stay, /taper off stops the plan.
}
back-set-no-taper = ✅ Noted. The welcome-back plan is off: everyone keeps their own rhythm; /taper on turns it on.
stay-plan-back = 🔁 Welcome-back plan on since { $date }: a first check-in with everyone from the stay, spread over two weeks, then weekly for a month and monthly until three months after you're back.
