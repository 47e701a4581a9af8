## Les lieux et les fuseaux horaires, écrits dans la langue du lecteur

# Sur la fiche, quand son heure n'est pas la tienne.
card-place-time = 📍 { $place } (il est { $time } là-bas)
# Un pays ou un fuseau sans ville : $zone nomme l'horloge (« Toronto »).
card-place-time-zone = 📍 { $place } ({ $zone } : { $time })
# Un bouton parmi plusieurs lieux possibles, avec leur heure locale.
place-choice = { $place } (il est { $time })
# L'heure d'un fuseau, dans « tes rappels arriveront à 9 h (heure de Paris) » ;
# $initial vaut vowel quand le nom commence par une voyelle.
zone-time = heure { $initial ->
        [vowel] d'{ $zone }
       *[other] de { $zone }
    }
