## Rappels : les messages du jour et les réponses

nudge-title = 🔔 C'est le moment d'écrire à <b>{ $name }</b> !
nudge-birthday = 🎂 C'est l'anniversaire de <b>{ $name }</b> aujourd'hui !
nudge-birthday-age = 🎂 <b>{ $name }</b> fête ses { $age } ans aujourd'hui !
nudge-birthday-soon = { $count ->
    [one] 🎂 L'anniversaire de <b>{ $name }</b>, c'est demain.
   *[other] 🎂 L'anniversaire de <b>{ $name }</b>, c'est dans { $count } jours.
}
nudge-met = 🤝 Rencontre : { $met }
nudge-last = 🕰 Dernier échange : { $when }
nudge-last-note = 📝 La dernière fois : « { $note } »
nudge-never = 🕰 Tu n'as pas encore noté d'échange.
nudge-their-time = 🌍 Il est { $time } à { $place }.
nudge-their-time-later = 🌍 Il est { $time } à { $place } : écris-lui plutôt { $moment }.
nudge-idea = 💡 { $idea }

moment-today-night = cette nuit
moment-today-early_morning = tôt ce matin
moment-today-morning = ce matin
moment-today-afternoon = cet après-midi
moment-today-evening = ce soir
moment-today-late_evening = tard ce soir
moment-tomorrow-night = demain soir, tard
moment-tomorrow-early_morning = demain, tôt le matin
moment-tomorrow-morning = demain matin
moment-tomorrow-afternoon = demain après-midi
moment-tomorrow-evening = demain soir
moment-tomorrow-late_evening = demain, en fin de soirée


button-another-idea = 🎲 Une autre idée
idea-for = ✍️ Une idée pour <b>{ $name }</b> :
button-done = ✅ C'est fait
button-tomorrow = ⏰ Demain
button-next-week = 📅 La semaine prochaine
button-skip-once = ⏭ Pas cette fois

nudge-outcome-done = ✅ C'est noté ! Prochain rappel { $when } ({ $date }).
nudge-outcome-tmrw = ⏰ D'accord, je te le rappelle demain.
nudge-outcome-week = 📅 D'accord, je te le rappelle la semaine prochaine.
nudge-outcome-skip = ⏭ On passe pour cette fois. Prochain rappel { $when } ({ $date }).

digest-title = { $count ->
    [one] 🔔 Une personne à qui écrire aujourd'hui :
   *[other] 🔔 { $count } personnes à qui écrire aujourd'hui :
}
digest-outcome = <b>{ $name }</b> : { $outcome }
digest-line = • <b>{ $name }</b> : { $when }

done-which = Avec qui as-tu échangé ?
done-nothing-waiting = Aucun rappel n'attend de réponse. Pour noter que tu as parlé à quelqu'un, écris son nom après « fait » ou utilise /log Marie.
done-unknown-name = Je n'ai pas compris qui est « { $rest } ». Essaie /log avec son nom, ou /list pour voir tes contacts.
today-none = 🎉 Personne à relancer pour le moment. Profites-en !
today-more = { $count ->
    [one] …et une personne de plus : /list retard
   *[other] …et { $count } personnes de plus : /list retard
}

## La fin d'un séjour à l'étranger

stay-usage = 🧳 Donne-moi le dernier jour de ton stage ou de ton séjour : je t'aiderai à partir avec les coordonnées de chacun et à garder le contact une fois de retour. Par exemple : /leaving 30/06, ou /leaving 27/11 si tu es déjà de retour.
stay-bad-date = 🤔 Je n'ai pas compris « { $text } » comme le dernier jour de ton séjour (dans l'année écoulée ou les deux à venir). Essaie /leaving 30/06, /leaving dans 3 semaines ou, si tu es déjà de retour, /leaving 27/11 ou /leaving hier.
stay-set = 🧳 Tu pars le <b>{ $date }</b> ({ $when }). D'ici là, une petite liste de choses à faire arrive avec tes rappels : une fois par semaine, puis chaque jour pendant les deux dernières semaines.
stay-past = 🧳 Ton séjour s'est terminé le <b>{ $date }</b>.
stay-plan-on = 🔁 Plan de retour activé : dès le lendemain, un premier message à chaque personne rencontrée pendant le séjour, réparti sur deux semaines, puis chaque semaine pendant un mois, et chaque mois jusqu'à trois mois après ton retour.
stay-plan-off = 🔁 Plan de retour désactivé : chacun garde son propre rythme.
stay-forgotten = 🧳 D'accord, j'ai oublié la date de ton séjour.
button-taper-off = 🔁 Désactiver le plan de retour
button-taper-on = 🔁 Activer le plan de retour
button-stay-forget = ✖️ Oublier cette date
# $unit : l'unité de $when (day, week, month, year) ; « plus que » ne se dit que de quelques jours.
stay-checklist-title = { $unit ->
    [day] { $count ->
        [0] 🧳 <b>Dernier jour de ton séjour !</b> Petite vérification avant de partir :
        [one] 🧳 <b>Plus qu'un jour</b> avant ton départ ({ $date }) :
       *[other] 🧳 <b>Plus que { $count } jours</b> avant ton départ ({ $date }) :
    }
   *[other] 🧳 <b>Départ { $when }</b> ({ $date }) :
}
stay-checklist-added = { $count ->
    [0] • Tu n'as encore ajouté personne rencontré pendant le séjour : ajoute avec /add les collègues que tu veux garder.
    [one] • Tu as ajouté une personne rencontrée pendant le séjour. D'autres collègues ? Ajoute-les avec /add tant que tu les vois encore.
   *[other] • Tu as ajouté { $count } personnes rencontrées pendant le séjour. D'autres collègues ? Ajoute-les avec /add tant que tu les vois encore.
}
stay-checklist-missing = { $more ->
    [0] • Pas encore d'e-mail ni de numéro perso pour : { $names }. Une adresse pro ne marche plus une fois le contrat fini.
   *[other] • Pas encore d'e-mail ni de numéro perso pour : { $names } et { $more } autres. Une adresse pro ne marche plus une fois le contrat fini.
}
stay-checklist-yours = • As-tu donné tes propres coordonnées perso (Telegram, e-mail, LinkedIn) aux personnes que tu veux garder ?
stay-welcome = { $count ->
    [0] 👋 Bon retour ! Tu n'as ajouté personne pendant le séjour ; ajoute-les avec /add tant que les souvenirs sont frais.
    [one] 👋 Bon retour ! Dans les deux semaines qui viennent, je te proposerai de reprendre contact avec la personne rencontrée pendant ton séjour, puis plus souvent que d'habitude pendant un temps.
   *[other] 👋 Bon retour ! Dans les deux semaines qui viennent, je te proposerai de reprendre contact avec chacune des { $count } personnes rencontrées pendant ton séjour, puis plus souvent que d'habitude pendant un temps.
}
stay-welcome-no-taper = 👋 Bon retour ! Chacun garde son propre rythme ; /leaving permet d'activer le plan de retour.
taper-usage = Utilise /taper off ou /taper on pour tout le monde, ou /taper Marie off pour une seule personne.
taper-all-on = 🔁 Plan de retour activé pour toutes les personnes rencontrées pendant le séjour.
taper-all-off = 🔁 Plan de retour désactivé : chacun garde son propre rythme.
taper-contact-on = 🔁 <b>{ $name }</b> suit de nouveau le plan de retour.
taper-contact-off = 🔁 <b>{ $name }</b> garde son propre rythme.
