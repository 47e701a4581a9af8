## Answers found by the QA pass: double taps and stale buttons on the new commands.

log-no-note-twice = Déjà noté : je ne le compte pas deux fois.
