## /help's sections (bot/commands.py HELP_SECTIONS), and what the empty chat says

help-section-week = ⭐ <b>Every week</b>
help-section-contacts = 📇 <b>One person</b>: their card; correct, tag, pause or delete them; merge two cards
help-section-abroad = 🌍 <b>Favours and stays abroad</b>: what you asked for, leaving and coming home
help-section-settings = ⚙️ <b>Settings</b>: time zone, reminder time, language
help-section-data = 🗂 <b>Your data</b>: download it or erase it
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
