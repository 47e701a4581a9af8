## Deuxième passe sur la boucle quotidienne

# Un rappel daté d'un jour où le bot était arrêté, envoyé au premier jour où il tourne.
reminder-missed-day = le { $weekday } { $date }
reminder-title-missed = ⏰ Tu voulais reprendre contact avec <b>{ $name }</b> { $when } : je n'ai pas pu te le rappeler ce jour-là.

# Le bilan d'une semaine sans rien à dire, quand /today n'a personne non plus.
review-quiet-nobody = Une semaine calme, et personne à relancer pour l'instant : je te ferai signe quand ce sera le moment.

# ⏸ sur un rappel : plus de rappels pour cette personne, jusqu'à /resume (↩️ annule).
button-nudge-pause = ⏸ Pause
nudge-paused = ⏸ Plus de rappels pour <b>{ $name }</b>. Tu pourras les relancer avec /resume ou depuis sa fiche.

# /log et /idea sans nom : les personnes les plus à recontacter, en boutons.
pick-due-log =
    Avec qui as-tu échangé ? Voici les personnes à recontacter en premier.
    Quelqu'un d'autre ? Tape son nom : <code>/{ $command } Marie</code>.
pick-due-idea =
    Pour qui veux-tu une idée de message ? Voici les personnes à recontacter en premier.
    Quelqu'un d'autre ? Tape son nom : <code>/{ $command } Marie</code>.
