## La grammaire que les données ne savent pas écrire : dates, jours, ce que fait /skip.

# Une date : le 1er du mois, le mois de CLDR (Babel) ; l'année est un texte.
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
date-day-month-year = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

# Les jours des rappels : « du lundi au samedi », « lundi et vendredi ».
days-range = du { $first } au { $last }
day-name-1 = lundi
day-name-2 = mardi
day-name-3 = mercredi
day-name-4 = jeudi
day-name-5 = vendredi
day-name-6 = samedi
day-name-7 = dimanche

# Pendant /add, la valeur de départ (le rythme) est une valeur par défaut ; /skip la garde.
form-default = Par défaut : { $value }
form-skip-keep = /skip pour garder « { $value } », /cancel pour arrêter.
# Dans /edit, /skip efface l'information, ou remet le rythme par défaut.
form-skip-clear = /skip pour l'effacer, /cancel pour arrêter.
form-skip-reset = /skip pour revenir à « { $value } », /cancel pour arrêter.

# La date d'anniversaire sur la fiche, avec le rappel demandé avant.
birthday-with-reminder = { $date } (🔔 { $reminder })
