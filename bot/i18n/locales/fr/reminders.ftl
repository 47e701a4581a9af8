## Les rappels datés à venir : la liste du bilan de la semaine, /remind seul, en annuler un

review-reminders-title = ⏰ <b>Rappels des 7 prochains jours</b> :
review-reminder-line-what = • { $name } — { $when } : { $what }
