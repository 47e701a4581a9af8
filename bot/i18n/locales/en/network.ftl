## Fixes from the QA sweep of the network and the account

# /leaving off with no stay on record: nothing was forgotten, say so.
stay-none = 🧳 You have no stay date on record: there's nothing to forget. To set one: /leaving 30/06.
