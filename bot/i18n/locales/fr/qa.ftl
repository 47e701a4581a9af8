## Answers found by the QA pass: double taps and stale buttons on the new commands.

log-no-note-twice = Déjà noté : je ne le compte pas deux fois.
favor-contact-gone = 🗑 Cette demande concernait quelqu'un qui n'est plus dans tes contacts : elle est close.
log-bad-day = 🤔 Je n'ai pas compris « { $text } » comme un jour passé. Essaie /log { $name } hier, /log { $name } 12/09 ou /log { $name } il y a 3 jours : café.
pick-used = C'est déjà fait.
rhythm-ask-typed = Écris-le après l'étiquette, par exemple /rhythm #{ $tag } toutes les 2 semaines.
