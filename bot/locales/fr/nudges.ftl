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

idea-birthday = Souhaite-lui un joyeux anniversaire et demande-lui comment il ou elle va le fêter.
idea-follow-up = Demande-lui des nouvelles depuis la dernière fois : « { $note } »
idea-interest = Envoie-lui quelque chose en rapport avec { $interest } : un article, une photo, une question.
idea-work = Demande-lui comment ça se passe chez { $work }.
idea-news = Donne-lui de tes nouvelles : un voyage, un projet, une photo de ta semaine.

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
digest-line = • <b>{ $name }</b> : { $when }

done-which = Avec qui as-tu échangé ?
done-nothing-waiting = Aucun rappel n'attend de réponse. Pour noter que tu as parlé à quelqu'un, écris son nom après « fait » ou utilise /log Marie.
done-unknown-name = Je n'ai pas compris qui est « { $rest } ». Essaie /log avec son nom, ou /list pour voir tes contacts.
today-none = 🎉 Personne à relancer pour le moment. Profites-en !
today-more = { $count ->
    [one] …et une personne de plus : /list overdue
   *[other] …et { $count } personnes de plus : /list overdue
}
