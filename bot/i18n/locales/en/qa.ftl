## Answers found by the QA pass: double taps and stale buttons on the new commands.

log-no-note-twice = Already logged: I won't count it twice.
favor-contact-gone = 🗑 This ask was about someone no longer in your contacts: it's closed.
log-bad-day = 🤔 I couldn't read “{ $text }” as a past day. Try /log { $name } yesterday, /log { $name } 12 September or /log { $name } 3 days ago: coffee.
pick-used = Already done.
rhythm-ask-typed = Type it after the tag, e.g. /rhythm #{ $tag } every 2 weeks.
