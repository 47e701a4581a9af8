## The daily loop: nudges, settings (QA)

# /timezone or the settings button: the user has a zone already, so no "First,".
ask-timezone-change =
    🌍 Where do you live now? Send me your city (<i>Lyon</i>, <i>Montréal</i>…), your country, or tap the button to share your location.
    /skip keeps your current one, on the button below.

# A digest's ✅ for someone a typed "done" already logged: the button goes.
digest-line-answered = Already logged: I've taken this button away.

# Unticking the last day ticked for reminders: it stays ticked, and the user is told why.
days-keep-one = Keep at least one day for your reminders. To pause someone, open their card (/contact) and tap ⏸ Pause.

# /remind Léa today (or tonight): a reminder comes on a day to come, at the reminder time.
remind-today = ⏰ A reminder is for a day to come, and today is already here: write to <b>{ $name }</b> when you can (/idea gives you an idea of what to say), or pick another day, e.g. /remind { $name } tomorrow.

# A digest's ✅ for someone /today showed again in a message of their own: the button goes.
digest-line-shown-again = /today showed this reminder again below: answer it there. I've taken this button away.
