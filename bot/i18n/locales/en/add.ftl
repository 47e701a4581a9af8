## /add and /edit: asking for each field of a contact

form-ask-name = 👤 What's their name?
form-ask-met = 🤝 How and where did you meet <b>{ $name }</b>? (e.g. <i>internship at Airbus in Hamburg</i>)
form-ask-place = 🏙 Where does <b>{ $name }</b> live? A city, a country, or both.
form-ask-work = 💼 What's their field, role or company?
form-ask-interests = ✨ What are they into? A comma-separated list, e.g. <i>jazz, climbing, startups</i>.
form-ask-channels =
    📬 How can you reach <b>{ $name }</b>? Phone, e-mail, Telegram @handle, LinkedIn or another link; separate several with commas.
    Tip: a personal e-mail or phone outlives a work address.
form-ask-birthday = 🎂 When is their birthday? Day and month, year optional: <i>12 Sept</i> or <i>12 September 1998</i>.
form-ask-cadence = 🔁 How often do you want to be in touch with <b>{ $name }</b>? Tap, or type something like <i>every 10 days</i>.
form-ask-last = 🕰 When did you last talk? Tap, or type a date or a phrase: <i>12 Sept</i>, <i>two months ago</i>.
form-skip-hint = /skip to leave it empty, /cancel to stop.
form-current = Now: { $value }

button-skip = Skip ⏭
button-keep-as-typed = Keep as written
button-save = 💾 Save
button-edit-field = ✏️ Change a field
button-cancel = ✖️ Cancel
button-open-card = 📇 Open their card
button-add-anyway = ➕ Add anyway

cadence-choice-1w = Every week
cadence-choice-2w = Every 2 weeks
cadence-choice-1m = Every month
cadence-choice-3m = Every 3 months
cadence-choice-6m = Every 6 months
cadence-choice-1y = Every year
last-choice-0 = Today
last-choice-7 = A week ago
last-choice-30 = A month ago
last-choice-91 = 3 months ago
last-choice-long = Longer

field-label-name = Name
field-label-met = How you met
field-label-place = Where they live
field-label-work = Work
field-label-interests = Interests
field-label-channels = How to reach them
field-label-birthday = Birthday
field-label-cadence = Keep in touch
field-label-last = Last talked

field-name-empty = A name can't be empty. What's their name?
field-name-too-long = That name is too long: keep it under { $limit } characters.
field-empty = I didn't get anything there. Type an answer, or /skip.
field-too-long = That's over { $limit } characters; could you shorten it?
field-birthday-invalid = 🤔 I couldn't read a date there. Type a day and month like <i>12 Sept</i> or <i>12 September</i>, or /skip.
field-cadence-invalid = 🤔 I didn't understand that rhythm. Tap a button or type something like <i>every 2 weeks</i> or <i>every 10 days</i> (from a day to two years).
field-last-invalid = 🤔 I couldn't place that in the past. Try <i>yesterday</i>, <i>12 Sept</i> or <i>three weeks ago</i>, or tap a button.
field-channels-invalid = 🤔 I couldn't recognise: { $rejected }. Type phone numbers with their country code (+33…), e-mails, @handles or links, separated by commas, or /skip.
field-interests-too-many = Keep it to { $count } interests of at most { $limit } characters each.
field-place-no-timezone = 📍 I kept “{ $place }” as written, but I couldn't find its time zone, so I won't be able to show their local time.
field-place-pick = 📍 Which one do you mean?

form-summary-title = 📇 <b>{ $name }</b>, ready to save:
form-summary-title-saved = 📇 <b>{ $name }</b>
form-use-buttons = 👆 Use the buttons above, or /cancel to stop.
form-summary-empty = (empty)
form-duplicate = You already have <b>{ $name }</b> in your contacts. Open their card, or add someone else with the same name?
form-saved = ✅ <b>{ $name }</b> is saved. /contact { $name } shows their card.
form-updated = ✅ Updated.
form-pick-field = ✏️ What do you want to change for <b>{ $name }</b>?
form-too-many = You already have { $limit } contacts, the most I can keep for one person. Remove someone with /remove before adding more.
form-card-queued = 📇 I'll add <b>{ $name }</b> right after this one.
form-cancelled = OK, I've stopped. Nothing was saved.

form-summary-line = <b>{ $label }</b>: { $value }
cadence-every = { $unit ->
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

form-ask-reminder = 🎂 How many days before <b>{ $name }</b>'s birthday should I remind you? (0: only on the day)
field-label-reminder = Birthday reminder
field-reminder-invalid = 🤔 Type a number of days between 0 and { $limit }, or /skip to remove the reminder.
reminder-days = { $count ->
    [0] on the day
    [one] 1 day before
   *[other] { $count } days before
}
