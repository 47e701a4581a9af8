## Les rappels datés à venir : la liste du bilan de la semaine, /remind seul, en annuler un

review-reminders-title = ⏰ <b>Rappels des 7 prochains jours</b> :
review-reminder-line-what = • { $name } — { $when } : { $what }
reminders-title = { $count ->
    [one] ⏰ <b>Un rappel à venir</b> :
   *[other] ⏰ <b>{ $count } rappels à venir</b> :
}
reminders-item = • { $name } — { $when }
reminders-item-what = • { $name } — { $when } : { $what }
reminders-more = … et { $count } de plus.
reminders-hint = ✖️ en annule un. Pour en ajouter un : /remind Tom jeudi.
button-reminder-cancel = ✖️ Annuler le rappel ({ $when })
button-reminder-cancel-named = ✖️ { $name } ({ $when })
reminder-cancel-ask = Annuler le rappel pour <b>{ $name }</b> { $when } ?
button-reminder-cancel-yes = ✖️ Oui, l'annuler
button-reminder-cancel-no = Le garder
reminder-cancelled = ✖️ Annulé : plus de rappel pour <b>{ $name }</b> { $when }.
reminder-kept = 👍 C'est gardé : le rappel reste prévu.
reminder-gone = Ce rappel n'est plus prévu (déjà envoyé ou annulé).
reminders-none = ⏰ Aucun rappel à venir. Pour en ajouter un : /remind Tom jeudi.
