## The weekly review.

cmd-review = le bilan de ta semaine
review-title = 🗓 <b>Ta semaine</b>
review-kept = { $count ->
    [one] ✅ Tu as échangé avec { $names }.
   *[other] { $more ->
        [0] ✅ Tu as échangé avec { $count } personnes : { $names }.
       *[other] ✅ Tu as échangé avec { $count } personnes : { $names } et { $more } autres.
    }
}
review-kept-none = 💤 Aucun échange noté cette semaine.
review-streak = { $count ->
    [one] 🔥 Une semaine avec au moins un échange : continue comme ça !
   *[other] 🔥 { $count } semaines d'affilée avec au moins un échange !
}
review-slipping-title = { $count ->
    [one] ⏳ <b>À recontacter</b> :
   *[other] ⏳ <b>À recontacter</b> ({ $count } en retard, les plus anciens d'abord) :
}
review-line = • { $name } — { $when }
review-favors-title = { $count ->
    [one] 🙋 <b>Une demande en cours</b> :
   *[other] 🙋 <b>{ $count } demandes en cours</b> :
}
review-favor-line = • { $name } : « { $topic } » ({ $when })
review-birthdays-title = 🎂 <b>Anniversaires des 7 prochains jours</b> :
review-quiet = Une semaine calme. /today te dit à qui écrire.
review-already-logged = ✅ C'est déjà noté pour <b>{ $name }</b>.
review-no-contacts = 🗓 Pas encore de bilan : ajoute d'abord quelqu'un avec /add.
settings-review = 🗓 Bilan de la semaine : { $day }
button-review = 🗓 Bilan de la semaine
ask-review-day = 🗓 Quel jour veux-tu recevoir le bilan de ta semaine (à l'heure de tes rappels) ?
button-review-off = ✖️ Pas de bilan
review-off = désactivé
review-on-1 = le lundi
review-on-2 = le mardi
review-on-3 = le mercredi
review-on-4 = le jeudi
review-on-5 = le vendredi
review-on-6 = le samedi
review-on-7 = le dimanche
