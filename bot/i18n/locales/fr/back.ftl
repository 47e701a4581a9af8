## /leaving told once already back: the day, who belongs to the stay, the plan.

back-which = 🧳 « { $text } » : tu parles de la date passée, ou de l'an prochain ?
button-back-past = 🏠 Déjà de retour : { $date }
button-back-ahead = 🧳 Départ le { $date }
back-who =
    🏠 <b>Bon retour !</b> Ton séjour s'est terminé le <b>{ $date }</b> ({ $when }).
    Qui en fait partie ? Je te proposerai de reprendre contact avec ces personnes dans les deux semaines qui viennent, puis chaque semaine pendant un mois et chaque mois jusqu'à trois mois après ton retour.
button-back-all = 👥 Tout le monde ({ $count })
button-back-before = 🗓 Ajoutés avant le { $date } ({ $count })
button-back-tag = 🏷 #{ $tag } ({ $count })
button-back-met = 🤝 Rencontre : { $word } ({ $count })
back-none = 🏠 Bon retour ! Tu n'as encore personne dans tes contacts : ajoute les personnes rencontrées pendant le séjour avec /add (ou envoie-moi un fichier de contacts), puis refais <code>/leaving { $date }</code> pour lancer le plan de retour.
back-preview = { $count ->
    [one] 👀 Cette personne fait partie de ton séjour : { $names }
   *[other] { $more ->
        [0] 👀 Ces { $count } personnes font partie de ton séjour : { $names }
       *[other] 👀 Ces { $count } personnes font partie de ton séjour : { $names } et { $more } autres
    }
}
back-preview-empty = 🤷 Personne ne correspond : choisis autrement.
button-back-ok = ✅ C'est bon
button-back-again = ↩️ Choisir autrement
back-set = { $count ->
    [one] ✅ C'est parti ! Je te proposerai d'écrire à cette personne dans les deux semaines qui viennent, puis chaque semaine pendant un mois et chaque mois jusqu'à trois mois après ton retour. /leaving montre ton séjour, /taper off arrête le plan.
   *[other] ✅ C'est parti ! Je te proposerai d'écrire à chacune des { $count } personnes dans les deux semaines qui viennent, puis chaque semaine pendant un mois et chaque mois jusqu'à trois mois après ton retour. /leaving montre ton séjour, /taper off arrête le plan.
}
back-set-no-taper = ✅ C'est noté. Le plan de retour est désactivé : chacun garde son propre rythme ; /taper on l'active.
stay-plan-back = 🔁 Plan de retour activé depuis le { $date } : un premier message à chaque personne du séjour, réparti sur deux semaines, puis chaque semaine pendant un mois et chaque mois jusqu'à trois mois après ton retour.
