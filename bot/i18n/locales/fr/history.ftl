## Notes, annuler, et l'historique d'une fiche

button-undo = ↩️ Annuler
undo-done = ↩️ C'est annulé : l'échange avec <b>{ $name }</b> n'est plus noté.
undo-already = C'est déjà annulé.
already-logged = ✅ C'est déjà noté : tu as échangé avec <b>{ $name }</b> { $when } ({ $date }). Je ne le compte pas deux fois.
note-usage = Écris la note après le nom, par exemple : /note Jonas m'a parlé d'un poste chez Airbus Toulouse
note-saved = 🗒 Note ajoutée à la fiche de <b>{ $name }</b>. Elle ne compte pas comme un échange : le prochain rappel ne bouge pas.
note-too-long = Cette note fait { $length } caractères ; { $limit } au plus, s'il te plaît.
card-notes-title = 🗒 <b>Notes</b>
card-note-line = • { $date } : { $note }
card-history-none-logged = 📝 Pas encore d'historique : les échanges que tu noteras avec ✅ Noter apparaîtront ici.
button-card-history = 🗂 Historique
history-pick = Quelle ligne de l'historique de { $name } veux-tu supprimer ?
history-nothing = L'historique de { $name } est vide : rien à supprimer.
history-confirm = Supprimer cette ligne de l'historique de { $name } ?
    { $line }
button-history-delete = 🗑 Supprimer
button-history-keep = ↩️ Garder
history-deleted = 🗑 C'est supprimé de l'historique de { $name }.
history-kept = D'accord, je n'ai rien supprimé.
history-gone = Cette ligne n'est plus dans l'historique.
cmd-note = une note sur quelqu'un
