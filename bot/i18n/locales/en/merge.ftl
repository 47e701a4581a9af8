## /merge

cmd-merge = merge two records of one person
merge-usage = 🔗 Type both names, separated by a comma: <i>/merge Marie Dupont, Marie D</i>. The first keeps everything and gains what the second adds.
merge-confirm = 🔗 Merge <b>{ $other }</b> into <b>{ $kept }</b>?
    <b>{ $kept }</b> keeps their details and gains those of <b>{ $other }</b>: ways to reach them, tags, interests and { $count ->
        [0] their history (empty)
        [one] the exchange you noted
       *[other] the { $count } exchanges you noted
    }. Then the record <b>{ $other }</b> is removed.
button-merge-yes = 🔗 Merge
button-merge-no = ↩️ Cancel
merge-done = 🔗 Done: <b>{ $other }</b> is now part of <b>{ $kept }</b>.
merge-kept = 👍 Nothing changed; both records stay.
merge-gone = 🤔 One of the two records no longer exists: I merged nothing.
button-merge-twin = 🔗 Same person: merge
form-merged = 🔗 Merged: what you just added completes their card.

## The form's channels question, since channels merge

form-channels-added = What you type is added to these.
