## Contacts : /list, /contact et la fiche, /log, /pause, /resume, /tag, /untag, /remove

## Échéances en toutes lettres
# $band arrondit les mois passé un an (« plus d'un an », pas « 13 mois ») : voir core.rules.due.months_band.

when-today = aujourd'hui
when-paused = en pause
when-upcoming = { $unit ->
    [day] { $count ->
        [one] demain
       *[other] dans { $count } jours
    }
    [week] { $count ->
        [one] dans une semaine
       *[other] dans { $count } semaines
    }
    [month] { $band ->
        [a-year] dans un an
        [over-a-year] dans plus d'un an
        [year-and-a-half] dans un an et demi
        [almost-two-years] dans presque deux ans
        [two-years] dans deux ans
        [over-two-years] dans plus de deux ans
       *[months] { $count ->
            [one] dans un mois
           *[other] dans { $count } mois
        }
    }
   *[year] { $count ->
        [one] dans un an
       *[other] dans { $count } ans
    }
}
when-overdue = { $unit ->
    [day] { $count ->
        [one] en retard d'un jour
       *[other] en retard de { $count } jours
    }
    [week] { $count ->
        [one] en retard d'une semaine
       *[other] en retard de { $count } semaines
    }
    [month] { $band ->
        [a-year] en retard d'un an
        [over-a-year] en retard de plus d'un an
        [year-and-a-half] en retard d'un an et demi
        [almost-two-years] en retard de presque deux ans
        [two-years] en retard de deux ans
        [over-two-years] en retard de plus de deux ans
       *[months] { $count ->
            [one] en retard d'un mois
           *[other] en retard de { $count } mois
        }
    }
   *[year] { $count ->
        [one] en retard d'un an
       *[other] en retard de { $count } ans
    }
}
when-ago = { $unit ->
    [day] { $count ->
        [one] hier
       *[other] il y a { $count } jours
    }
    [week] { $count ->
        [one] il y a une semaine
       *[other] il y a { $count } semaines
    }
    [month] { $band ->
        [a-year] il y a un an
        [over-a-year] il y a plus d'un an
        [year-and-a-half] il y a un an et demi
        [almost-two-years] il y a presque deux ans
        [two-years] il y a deux ans
        [over-two-years] il y a plus de deux ans
       *[months] { $count ->
            [one] il y a un mois
           *[other] il y a { $count } mois
        }
    }
   *[year] { $count ->
        [one] il y a un an
       *[other] il y a { $count } ans
    }
}

## Choisir un contact par son nom

pick-empty =
    De qui parles-tu ? Ajoute son nom, par exemple <code>/{ $command } Marie</code>.
    /list affiche tes contacts.
pick-no-contacts = Tu n'as encore aucun contact. Ajoute le premier avec /add, par exemple <code>/add Marie Dupont</code>.
pick-too-long = C'est plus long qu'un nom : un nom fait au plus { $limit } caractères.
pick-which = Plusieurs personnes correspondent à « { $query } ». De laquelle parles-tu ?
pick-nobody = 🤔 Personne dans tes contacts ne correspond à « { $query } ».
pick-nobody-similar = 🤔 Personne dans tes contacts ne correspond à « { $query } ». Tu pensais à l'une de ces personnes ?
pick-maybe = 🤔 Personne ne s'appelle « { $query } ». Tu pensais à <b>{ $name }</b> ?
pick-add-hint = Pour l'ajouter : <code>/add { $query }</code>
pick-lost-args = J'ai perdu le fil de ta demande. Renvoie la commande, par exemple <code>/{ $command } { $name } …</code>

## /list

list-title-all = 📇 <b>Tes contacts</b> ({ $count })
list-title-due = ⏰ <b>À recontacter maintenant</b> ({ $count })
list-title-tag = 🏷 <b>#{ $tag }</b> ({ $count })
list-title-place = 📍 <b>{ $place }</b> ({ $count })
list-page = page { $page }/{ $pages }
list-line = { $number }. <b>{ $name }</b> — { $when }
list-line-place = { $number }. <b>{ $name }</b> — { $when } · { $place }
list-footer = Touche un numéro pour ouvrir la fiche.
list-empty-none =
    📇 Tu n'as encore aucun contact.
    Ajoute le premier avec /add, par exemple <code>/add Marie Dupont</code>.
list-empty-due = 🎉 Personne à recontacter pour le moment : tu es à jour. /list affiche tout le monde.
list-empty-tag = Personne n'a l'étiquette #{ $tag }. Ajoute-la avec <code>/tag Marie { $tag }</code>, ou affiche tout le monde avec /list.
list-empty-place = Personne dans tes contacts ne correspond au lieu « { $place } ». /list affiche tout le monde.
list-expired = Cette liste n'est plus à jour : renvoie /list.
list-tag-blank = Quelle étiquette ? Écris-la juste après le #, par exemple <code>/list #boulot</code>.
list-tag-yours = Tes étiquettes : { $tags }
# Ce qui distingue deux contacts du même nom, quand ni le lieu ni le travail ne suffisent.
namesake-added = ajout du { $date }

## La fiche d'un contact

card-title = 👤 <b>{ $name }</b>
card-met = 🤝 Rencontre : { $met }
card-place = 📍 { $place }
card-work = 💼 { $work }
card-interests = ✨ Centres d'intérêt : { $interests }
card-channels = 📬 { $channels }
card-birthday = 🎂 Anniversaire : { $date }
card-tags = 🏷 { $tags }
card-every = 🔁 { $unit ->
    [day] { $count ->
        [one] Tous les jours
       *[other] Tous les { $count } jours
    }
    [week] { $count ->
        [one] Toutes les semaines
       *[other] Toutes les { $count } semaines
    }
    [month] { $count ->
        [one] Tous les mois
       *[other] Tous les { $count } mois
    }
   *[year] { $count ->
        [one] Tous les ans
       *[other] Tous les { $count } ans
    }
}
card-last = 🕰 Dernier échange : { $when } ({ $date })
card-last-never = 🕰 Aucun échange noté pour l'instant
next-upcoming = 📅 Prochain rappel : { $when } ({ $date })
next-today = 📅 À recontacter : aujourd'hui
next-overdue = 📅 À recontacter : { $when } (depuis le { $date })
card-snoozed = 😴 Rappel reporté au { $date }
card-paused = ⏸ En pause : aucun rappel tant que tu ne les relances pas.
card-history-title = 📝 <b>Derniers échanges</b>
card-history-line = • { $date } : { $note }
card-history-bare = • { $date }
card-history-empty = 📝 Aucun échange pour l'instant : touche ✅ Noter après avoir pris des nouvelles.
button-card-log = ✅ Noter
button-card-edit = ✏️ Modifier
button-card-snooze = ⏰ Reporter
button-card-pause = ⏸ Pause
button-card-resume = ▶️ Reprendre
button-card-delete = 🗑 Supprimer
button-snooze-1w = 1 semaine
button-snooze-2w = 2 semaines
button-snooze-1m = 1 mois
button-snooze-end = ⏰ Annuler le report
button-back = ↩️ Retour
snoozed-toast = 😴 Reporté au { $date }
unsnoozed-toast = ⏰ Report annulé
paused-toast = ⏸ En pause
resumed-toast = ▶️ Rappels relancés

## /log et le bouton Noter de la fiche

log-ask-note =
    📝 De quoi avez-vous parlé avec <b>{ $name }</b> ? Envoie-moi une petite note pour t'en souvenir, ou touche le bouton pour l'enregistrer sans note.
    /cancel n'enregistre rien.
button-log-no-note = ✅ Enregistrer sans note
log-done = ✅ C'est noté : échange avec <b>{ $name }</b> { $when } ({ $date }).
log-next-paused = ⏸ Ce contact est en pause : pas de rappel tant que tu ne le relances pas avec /resume.
log-note-too-long = Cette note fait { $length } caractères ; raccourcis-la à { $limit } au maximum.
log-contact-gone = Ce contact n'existe plus, donc je n'ai rien noté.

## /pause, /resume, /tag, /untag, /remove

pause-done = ⏸ Les rappels pour <b>{ $name }</b> sont en pause. /resume les relance.
pause-already = <b>{ $name }</b> est déjà en pause. /resume relance les rappels.
resume-done = ▶️ Les rappels pour <b>{ $name }</b> reprennent.
resume-already = <b>{ $name }</b> n'est pas en pause.
tag-usage =
    Quelles étiquettes ? Par exemple <code>/{ $command } { $name } airbus lyon</code>.
    Une étiquette, c'est 1 à 30 lettres, chiffres, - ou _.
tag-current = Étiquettes de <b>{ $name }</b> : { $tags }
tag-none = <b>{ $name }</b> n'a pas encore d'étiquette.
tag-done = 🏷 Étiquettes de <b>{ $name }</b> : { $tags }
tag-invalid = 🤔 Étiquettes non valables : { $rejected }. Une étiquette, c'est 1 à 30 lettres, chiffres, - ou _.
tag-too-many = <b>{ $name }</b> aurait plus de { $limit } étiquettes ; retires-en d'abord avec /untag.
untag-done = 🏷 C'est retiré. Étiquettes de <b>{ $name }</b> : { $tags }
untag-done-none = 🏷 C'est retiré. <b>{ $name }</b> n'a plus d'étiquette.
untag-missing = 🤔 Je ne trouve pas { $tags } parmi les étiquettes de <b>{ $name }</b>.
remove-confirm = 🗑 Supprimer <b>{ $name }</b> et tout son historique ? C'est définitif.
button-remove-yes = 🗑 Supprimer
button-remove-no = ↩️ Garder
remove-done = 🗑 C'est fait : <b>{ $name }</b> et son historique sont supprimés.
remove-kept = 👍 <b>{ $name }</b> reste dans tes contacts.
