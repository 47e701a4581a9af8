## /add et /edit : les questions sur chaque information d'un contact

form-ask-name = 👤 Comment s'appelle cette personne ?
form-ask-met = 🤝 Comment et où as-tu rencontré <b>{ $name }</b> ? (ex. <i>stage chez Airbus à Hambourg</i>)
form-ask-place = 🏙 Où habite <b>{ $name }</b> ? Une ville, un pays, ou les deux.
form-ask-work = 💼 Son domaine, son poste ou son entreprise ?
form-ask-interests = ✨ Qu'est-ce qui l'intéresse ? Une liste séparée par des virgules, ex. <i>jazz, escalade, startups</i>.
form-ask-channels =
    📬 Comment joindre <b>{ $name }</b> ? Téléphone, e-mail, @pseudo Telegram, LinkedIn ou un autre lien ; sépare-les par des virgules.
    Astuce : un e-mail ou un numéro perso dure plus longtemps qu'une adresse pro.
form-ask-birthday = 🎂 Quelle est sa date d'anniversaire ? Le jour et le mois, l'année si tu la connais : <i>12/09</i> ou <i>12 septembre 1998</i>.
form-ask-cadence = 🔁 À quel rythme veux-tu garder le contact avec <b>{ $name }</b> ? Choisis, ou écris par exemple <i>tous les 10 jours</i>.
form-ask-last = 🕰 Quand vous êtes-vous parlé pour la dernière fois ? Choisis, ou écris une date : <i>12/09</i>, <i>il y a deux mois</i>.
form-skip-hint = /skip pour laisser vide, /cancel pour arrêter.
form-current = Actuellement : { $value }

button-skip = Passer ⏭
button-keep-as-typed = Garder tel quel
button-save = 💾 Enregistrer
button-edit-field = ✏️ Modifier une info
button-cancel = ✖️ Annuler
button-open-card = 📇 Ouvrir sa fiche
button-add-anyway = ➕ Ajouter quand même

cadence-choice-1w = Chaque semaine
cadence-choice-2w = Toutes les 2 semaines
cadence-choice-1m = Chaque mois
cadence-choice-3m = Tous les 3 mois
cadence-choice-6m = Tous les 6 mois
cadence-choice-1y = Chaque année
last-choice-0 = Aujourd'hui
last-choice-7 = Il y a une semaine
last-choice-30 = Il y a un mois
last-choice-91 = Il y a 3 mois
last-choice-long = Plus longtemps

field-label-name = Nom
field-label-met = Rencontre
field-label-place = Lieu de vie
field-label-work = Travail
field-label-interests = Centres d'intérêt
field-label-channels = Coordonnées
field-label-birthday = Anniversaire
field-label-cadence = Rythme
field-label-last = Dernier échange

field-name-empty = Le nom ne peut pas être vide. Comment s'appelle cette personne ?
field-name-too-long = Ce nom est trop long : pas plus de { $limit } caractères.
field-empty = Je n'ai rien reçu. Écris une réponse, ou /skip.
field-too-long = Ça dépasse { $limit } caractères ; tu peux raccourcir ?
field-birthday-invalid = 🤔 Je n'ai pas reconnu de date. Écris un jour et un mois, comme <i>12/09</i> ou <i>12 septembre</i>, ou /skip.
field-cadence-invalid = 🤔 Je n'ai pas compris ce rythme. Choisis un bouton ou écris par exemple <i>toutes les 2 semaines</i> ou <i>tous les 10 jours</i> (entre un jour et deux ans).
field-last-invalid = 🤔 Je n'arrive pas à situer ça dans le passé. Essaie <i>hier</i>, <i>12/09</i> ou <i>il y a trois semaines</i>, ou choisis un bouton.
field-channels-invalid = 🤔 Je n'ai pas reconnu : { $rejected }. Écris les numéros avec l'indicatif (+33…), des e-mails, des @pseudos ou des liens, séparés par des virgules, ou /skip.
field-interests-too-many = Pas plus de { $count } centres d'intérêt, de { $limit } caractères chacun au maximum.
field-place-no-timezone = 📍 J'ai gardé « { $place } » tel quel, mais je n'ai pas trouvé son fuseau horaire : je ne pourrai pas t'indiquer son heure locale.
field-place-pick = 📍 Lequel veux-tu dire ?

form-summary-title = 📇 Nouvelle fiche, prête à être enregistrée : <b>{ $name }</b>
form-summary-title-saved = 📇 <b>{ $name }</b>
form-use-buttons = 👆 Utilise les boutons ci-dessus, ou /cancel pour arrêter.
form-summary-empty = (vide)
form-duplicate = Tu as déjà <b>{ $name }</b> dans tes contacts. Tu veux ouvrir sa fiche, ou ajouter une autre personne du même nom ?
form-saved = ✅ C'est enregistré : <b>{ $name }</b> fait partie de tes contacts. /contact { $name } affiche sa fiche.
form-updated = ✅ C'est modifié.
form-pick-field = ✏️ Que veux-tu modifier pour <b>{ $name }</b> ?
form-too-many = Tu as déjà { $limit } contacts, le maximum que je peux garder pour une personne. Supprime quelqu'un avec /remove avant d'en ajouter.
form-card-queued = 📇 J'ajouterai <b>{ $name }</b> juste après.
form-cancelled = D'accord, j'arrête là. Rien n'a été enregistré.

form-summary-line = <b>{ $label }</b> : { $value }
cadence-every = { $unit ->
    [day] { $count ->
        [one] Tous les jours
       *[other] Tous les { $count } jours
    }
    [week] { $count ->
        [one] Chaque semaine
       *[other] Toutes les { $count } semaines
    }
    [month] { $count ->
        [one] Chaque mois
       *[other] Tous les { $count } mois
    }
   *[year] { $count ->
        [one] Chaque année
       *[other] Tous les { $count } ans
    }
}

form-ask-reminder = 🎂 Combien de jours avant l'anniversaire de <b>{ $name }</b> veux-tu un rappel ? (0 : le jour même seulement)
field-label-reminder = Rappel d'anniversaire
field-reminder-invalid = 🤔 Écris un nombre de jours entre 0 et { $limit }, ou /skip pour supprimer le rappel.
reminder-days = { $count ->
    [0] le jour même
    [one] 1 jour avant
   *[other] { $count } jours avant
}
