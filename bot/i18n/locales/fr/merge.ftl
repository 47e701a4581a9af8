## /merge

cmd-merge = réunir deux fiches en une
merge-usage = 🔗 Écris les deux noms, séparés par une virgule : <i>/merge Marie Dupont, Marie D</i>. La première fiche garde tout et reçoit ce que la seconde ajoute.
merge-confirm = 🔗 Réunir <b>{ $other }</b> dans <b>{ $kept }</b> ?
    <b>{ $kept }</b> garde ses infos et reçoit celles de <b>{ $other }</b> : coordonnées, étiquettes, centres d'intérêt et { $count ->
        [0] son historique (vide)
        [one] son échange noté
       *[other] ses { $count } échanges notés
    }. Ensuite, la fiche <b>{ $other }</b> disparaît.
button-merge-yes = 🔗 Réunir
button-merge-no = ↩️ Annuler
merge-done = 🔗 C'est fait : <b>{ $other }</b> fait maintenant partie de <b>{ $kept }</b>.
merge-kept = 👍 Je n'ai rien changé, les deux fiches restent.
merge-gone = 🤔 L'une des deux fiches n'existe plus : je n'ai rien réuni.
button-merge-twin = 🔗 C'est la même personne : réunir
form-merged = 🔗 C'est réuni : ce que tu viens d'ajouter complète sa fiche.

## The form's channels question, since channels merge

form-channels-added = Ce que tu écris s'ajoute à ces coordonnées.
