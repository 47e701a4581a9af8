## /rhythm: a tag's own rhythm.

cmd-rhythm = a group's rhythm
rhythm-usage = 🔁 Give a tag a rhythm: its members follow it, except those with a rhythm of their own. For example <code>/rhythm #airbus every 2 weeks</code>; <code>/rhythm #airbus off</code> removes it.
rhythm-list-title = 🔁 <b>Your tags' rhythms</b>
rhythm-list-line = { $count ->
    [one] • #{ $tag }: { $rhythm } (1 person)
   *[other] • #{ $tag }: { $rhythm } ({ $count } people)
}
rhythm-none = no rhythm of its own
rhythm-ask = { $count ->
    [0] 🔁 Which rhythm for #{ $tag }? (nobody has this tag yet; for now: { $rhythm })
    [one] 🔁 Which rhythm for #{ $tag }? (1 person; for now: { $rhythm })
   *[other] 🔁 Which rhythm for #{ $tag }? ({ $count } people; for now: { $rhythm })
}
button-rhythm-off = ✖️ No group rhythm
rhythm-set = 🔁 #{ $tag }: <b>{ $rhythm }</b>.
rhythm-set-members = { $count ->
    [0] Nobody has this tag yet: add it with <code>/tag Marie { $tag }</code>.
    [one] It applies to 1 person.
   *[other] It applies to { $count } people.
}
rhythm-set-own = { $count ->
    [one] { $names } keeps their own rhythm.
   *[other] { $more ->
        [0] { $names } keep their own rhythm.
       *[other] { $names } and { $more } more keep their own rhythm.
    }
}
rhythm-off = 🔁 #{ $tag } has no group rhythm any more: everyone goes back to their own.
rhythm-off-none = #{ $tag } had no group rhythm.
rhythm-bad = 🤔 I couldn't read “{ $text }” as a rhythm. Try <code>/rhythm #{ $tag } every 2 weeks</code> or <code>/rhythm #{ $tag } every 3 months</code>.
rhythm-bad-tag = 🤔 For which tag? Write it with a #, for example <code>/rhythm #airbus every 2 weeks</code>.
rhythm-too-many = 🔁 You already gave a rhythm to { $limit } tags: remove one first (<code>/rhythm #tag off</code>).
card-every-group = 🔁 { $rhythm } (#{ $tag }'s rhythm)
list-rhythm = 🔁 { $rhythm }
button-cadence-group = 🏷 #{ $tag }'s rhythm ({ $rhythm })
form-cadence-group = { $rhythm } (#{ $tag }'s rhythm)
