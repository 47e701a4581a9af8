## /rhythm: a tag's own rhythm.

cmd-rhythm = le rythme d'un groupe
rhythm-usage = 🔁 Donne un rythme à une étiquette : ses membres le suivent, sauf ceux qui ont leur propre rythme. Par exemple <code>/rhythm #airbus toutes les 2 semaines</code> ; <code>/rhythm #airbus off</code> l'enlève.
rhythm-list-title = 🔁 <b>Les rythmes de tes étiquettes</b>
rhythm-list-line = { $count ->
    [one] • #{ $tag } : { $rhythm } (1 personne)
   *[other] • #{ $tag } : { $rhythm } ({ $count } personnes)
}
rhythm-none = pas de rythme propre
rhythm-ask = { $count ->
    [0] 🔁 Quel rythme pour #{ $tag } ? (personne n'a encore cette étiquette ; pour l'instant : { $rhythm })
    [one] 🔁 Quel rythme pour #{ $tag } ? (1 personne ; pour l'instant : { $rhythm })
   *[other] 🔁 Quel rythme pour #{ $tag } ? ({ $count } personnes ; pour l'instant : { $rhythm })
}
button-rhythm-off = ✖️ Pas de rythme de groupe
rhythm-set = 🔁 #{ $tag } : <b>{ $rhythm }</b>.
rhythm-set-members = { $count ->
    [0] Personne n'a encore cette étiquette : ajoute-la avec <code>/tag Marie { $tag }</code>.
    [one] Ça s'applique à 1 personne.
   *[other] Ça s'applique à { $count } personnes.
}
rhythm-set-own = { $count ->
    [one] { $names } garde son propre rythme.
   *[other] { $more ->
        [0] { $names } gardent leur propre rythme.
       *[other] { $names } et { $more } autres gardent leur propre rythme.
    }
}
rhythm-off = 🔁 #{ $tag } n'a plus de rythme de groupe : chacun reprend le sien.
rhythm-off-none = #{ $tag } n'avait pas de rythme de groupe.
rhythm-bad = 🤔 Je n'ai pas compris « { $text } » comme un rythme. Essaie <code>/rhythm #{ $tag } toutes les 2 semaines</code> ou <code>/rhythm #{ $tag } tous les 3 mois</code>.
rhythm-bad-tag = 🤔 Pour quelle étiquette ? Écris-la avec un #, par exemple <code>/rhythm #airbus toutes les 2 semaines</code>.
rhythm-too-many = 🔁 Tu as déjà donné un rythme à { $limit } étiquettes : enlèves-en un avant (<code>/rhythm #étiquette off</code>).
card-every-group = 🔁 { $rhythm } (rythme de #{ $tag })
list-rhythm = 🔁 { $rhythm }
button-cadence-group = 🏷 Rythme de #{ $tag } ({ $rhythm })
form-cadence-group = { $rhythm } (rythme de #{ $tag })
