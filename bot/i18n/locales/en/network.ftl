## Fixes from the QA sweep of the network and the account

# /leaving off with no stay on record: nothing was forgotten, say so.
stay-none = 🧳 You have no stay date on record: there's nothing to forget. To set one: /leaving 30/06.

# /deleteme when nothing is held (never started, or erased already): no "Erase everything?" over zeros.
deleteme-nothing = 🗑 I hold nothing about you: there's nothing to erase.

# /ask followed by a contact's whole name, that nothing matches: most likely "ask Léa".
ask-is-a-contact = 🤔 “{ $name }” is one of your contacts. /ask finds who in your network can help with a place or a topic, e.g. /ask Montréal. To write to { $name }, <code>/idea { $name }</code> suggests a message.
