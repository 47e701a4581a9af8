## Onboarding

welcome =
    👋 Hi { $name }! I'm Garder Contact, and I keep your network alive.
    📇 Tell me about the people you met: colleagues, classmates, friends from abroad.
    ⏰ When it's time to write to someone, I send you a reminder with an idea of what to say.
    🤝 When you need a tip or a lead, I tell you who in your network to ask.
ask-timezone =
    First, where do you live? Send me your city (<i>Lyon</i>, <i>Montréal</i>…), your country, or tap the button to share your location.
    /skip keeps the one on the button below.
placeholder-place = Your city or time zone
button-share-location = 📍 Share my location
timezone-set = 🌍 Got it: <b>{ $place }</b>, where it's { $time } right now.
timezone-pick = Which one do you mean?
timezone-not-found =
    🤔 I couldn't find “{ $query }”.
    Try a nearby big city or your country (<i>Japan</i>, <i>Canada</i>…).
timezone-no-zone-here = 🤔 I couldn't find a time zone for that location. Type your city instead.
ask-hour =
    ⏰ At what time of day should I send your reminders?
    Tap an hour or type one (for example <i>8:30</i> or <i>7pm</i>); /skip keeps 09:00.
hour-invalid =
    🤔 “{ $text }” doesn't look like a time of day.
    Type it like <i>9:00</i>, <i>18:30</i> or <i>7pm</i>, or tap an hour.
hour-set = ⏰ Done: your reminders will arrive at <b>{ $hour }</b> ({ $zone }).
onboarding-done =
    ✅ You're all set! Your reminders will arrive at <b>{ $hour }</b> ({ $zone }).
    /settings changes this at any time, and /help lists everything I can do.
welcome-back =
    👋 Welcome back, { $name }! Your reminders arrive at <b>{ $hour }</b> ({ $zone }).
    /settings changes this, and /help lists everything I can do.

## Settings

settings-card =
    ⚙️ <b>Your settings</b>
    🌍 Time zone: { $zone } (it's { $now })
    ⏰ Reminder time: { $hour }
    📆 Days: { $days }
    🔢 { $most ->
        [one] At most { $most } reminder a day
       *[other] At most { $most } reminders a day
    }
    📨 { $mode }
    🗣 Language: { $language }
button-timezone = 🌍 Change time zone
button-hour = ⏰ Change reminder time
button-days = 📆 Choose the days
button-max = 🔢 Reminders per day
button-mode = 📨 One message each / a digest
button-language = 🗣 Change language
settings-mode-single = One message per person due
settings-mode-digest = One digest listing everyone due
ask-days = 📆 On which days should I send your reminders? Tap to tick or untick, then Done.
button-days-done = ✔️ Done
ask-max = 🔢 At most how many reminders a day? The others wait for the next day.
days-every = every day
days-weekdays = weekdays
day-1 = Mon
day-2 = Tue
day-3 = Wed
day-4 = Thu
day-5 = Fri
day-6 = Sat
day-7 = Sun
ask-language = Which language should I speak?
language-set = 🇬🇧 Done, I'll speak English from now on.

## Help and everything else

help-intro = <b>What I can do</b>
cmd-start = introduction and first setup
cmd-today = who to write to now
cmd-add = add someone
cmd-list = your contacts, who is due first
cmd-contact = someone's card
cmd-log = note that you were in touch
cmd-idea = an idea of what to write
cmd-edit = correct someone's details
cmd-tag = add tags
cmd-untag = remove tags
cmd-pause = stop reminders about someone for now
cmd-resume = start reminders about someone again
cmd-remove = delete someone and their history
cmd-leaving = your stay: checklist and welcome-back
cmd-taper = the welcome-back plan on or off
cmd-settings = see and change your settings
cmd-timezone = change your time zone
cmd-time = change when reminders arrive
cmd-language = switch between French and English
cmd-help = every command, by topic
cmd-cancel = stop what we're doing
cancelled = OK, cancelled.
nothing-to-cancel = There's nothing to cancel right now.
unknown-command = I don't know the command { $command }. /help lists the ones I know.
stray-message = I'm not sure what to do with that. /help lists what I can do.
button-expired = This button is no longer valid.
private-only = I only work in a private chat, so that your network stays yours. Write to me directly.
not-allowed = Sorry, this bot is private: it only answers the people its owner has invited.
error-generic = 😕 Sorry, something went wrong on my side. Please try again in a moment.
error-data-unavailable = 😕 I can't read your data right now, so I haven't changed anything. The person who runs this bot can see the problem in the logs.
# Said on the next message when the confirmation of a stored change could not be delivered.
reply-lost = ✅ Your last action was saved, but I couldn't confirm it at the time.

## Closing an open question: another command came, or no answer for a while

dialog-closed = ↩️ I closed the open question.
dialog-closed-field = ↩️ I closed the question about “{ $field }” for <b>{ $name }</b>.
dialog-closed-new-name = ↩️ I closed the question about the new contact's name.
dialog-closed-form = ↩️ I closed the form for <b>{ $name }</b>.
dialog-closed-timezone = ↩️ I closed the question about your time zone.
dialog-closed-hour = ↩️ I closed the question about your reminder time.
dialog-closed-note = ↩️ I closed the question about the note for <b>{ $name }</b>.
dialog-not-saved = Nothing was saved; /add starts again.
dialog-timed-out = ⌛ No answer for { $minutes } minutes, so I closed the open question.
