## /help's sections (bot/commands.py HELP_SECTIONS), and what the empty chat says

help-section-week = ⭐ <b>Every week</b>
help-section-contacts = 📇 <b>One person</b>: their card; correct, tag, pause or delete them; merge two cards
help-section-abroad = 🌍 <b>Favours and stays abroad</b>: what you asked for, leaving and coming home
help-section-settings = ⚙️ <b>Settings</b>: time zone, reminder time, language
help-section-data = 🗂 <b>Your data</b>: bring it in (send me your phone's <code>.vcf</code> file, your LinkedIn export or your backup), download it or erase it
help-section-basics = 💬 <b>Anytime</b>
help-footer = ☰ The everyday commands are also in the menu next to the text field.
# The empty chat's "What can this bot do?" (plain text, at most 512 characters).
about-description =
    👋 I keep your network alive.

    📇 Tell me about the people you met: colleagues, classmates, friends from your stay abroad.
    ⏰ When it's time to write to someone, I remind you at your hour, in your time zone, with an idea of what to say.
    🤝 Need advice or a lead? I tell you who in your network to ask and draft the message.

    Press Start to begin. I speak English and French.
# The bot's profile page and shared links (plain text, at most 120 characters).
about-short-description = Keeps your network alive: reminds you to write to the people you met, with an idea of what to say.
# One line per command of /help's "Every week" section, with an example; the phone's menu
# shows cmd-* (short: it cuts them after about forty characters).
help-cmd-today = who to write to now, with the same buttons as the reminders
help-cmd-add = add someone, e.g. /add Marie Dupont
help-cmd-list = your contacts, who is due first (/list overdue, /list #tag, /list Berlin)
help-cmd-log = note that you were in touch, e.g. /log Marie coffee in Lyon
help-cmd-ask = who can help with a place or a topic, e.g. /ask Montréal, /ask data science Berlin
help-cmd-idea = an idea of what to write to someone, e.g. /idea Marie
help-cmd-review = your week in review
