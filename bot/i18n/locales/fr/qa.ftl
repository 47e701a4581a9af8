## Answers found by the QA pass: double taps and stale buttons on the new commands.

log-no-note-twice = Déjà noté : je ne le compte pas deux fois.
favor-contact-gone = 🗑 Cette demande concernait quelqu'un qui n'est plus dans tes contacts : elle est close.
