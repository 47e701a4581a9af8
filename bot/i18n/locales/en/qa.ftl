## Answers found by the QA pass: double taps and stale buttons on the new commands.

log-no-note-twice = Already logged: I won't count it twice.
favor-contact-gone = 🗑 This ask was about someone no longer in your contacts: it's closed.
