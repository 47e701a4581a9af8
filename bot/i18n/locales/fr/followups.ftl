## Rappels datés : « on s'appelle jeudi », /remind, et /log avec un jour à venir

remind-day-tomorrow = demain
remind-day-weekday = { $weekday }
remind-day-date = le { $date }
button-remind-offer = ⏰ Me le rappeler { $when } ?
reminder-set = ⏰ C'est prévu : { $when } à { $time }, je te rappellerai de reprendre contact avec <b>{ $name }</b>.
reminder-title = ⏰ Tu voulais reprendre contact avec <b>{ $name }</b> aujourd'hui.
reminder-what = 📌 « { $what } »
reminder-not-ahead = 🤔 Un rappel se prévoit pour un jour à venir, à partir de demain.
remind-usage = Dis-moi qui et quand : /remind Tom jeudi, ou /remind Marie le 9 janvier appeler pour le stage.
remind-bad-when = 🤔 Je n'ai pas trouvé de jour à venir au début de « { $text } ». Essaie /remind { $name } jeudi, demain, dans deux semaines ou le 9 janvier.
log-future-ask = 📅 Tu parles du { $date }, un jour qui n'est pas encore arrivé : je ne note pas d'échange à l'avance. Veux-tu que je te rappelle de reprendre contact avec <b>{ $name }</b> ce jour-là ?
button-log-future-plan = ⏰ Me le rappeler { $when }
button-log-future-today = ✅ C'est fait aujourd'hui
button-log-future-cancel = ✖️ Annuler
log-future-cancelled = D'accord, je n'ai rien noté.
card-reminder = ⏰ Rappel prévu { $when }
card-reminder-what = ⏰ Rappel prévu { $when } : { $what }
cmd-remind = un rappel pour un jour précis
