## Les suites d'une demande : merci, pas encore de réponse, laisser tomber ; et la réponse en mots à la relance

button-favor-wait = ⏳ Pas encore de réponse
button-favor-drop = 🗑 Laisser tomber
button-favor-undrop = ↩️ Annuler
favor-nudge-hint = Réponds à ce message en quelques mots (« elle m'a trouvé un contact », « pas encore de réponse »), ou touche un bouton.
# Tournée sans « de { $name } » : « de Ana » ne se dit pas, et l'élision dépend du nom.
favor-waiting =
    ⏳ <b>{ $name }</b> n'a pas encore répondu pour « { $topic } ». Je t'en reparle le { $date }.
favor-reply-kept = 📝 Noté : « { $words } »
favor-last-reply = 📝 Tu avais noté : « { $words } »
favor-dropped = 🗑 Laissé tomber : « { $topic } », demandé à <b>{ $name }</b>. Plus de relance.
favor-unchanged = C'est déjà fait.
favor-reply-unclear = 🙋 Pour « { $topic } », où en es-tu ? Touche un bouton : je garde tes mots avec.

## L'historique d'une fiche : les demandes et les remerciements
card-history-ask = • { $date } : 🙋 demande « { $about } »
card-history-thanks = • { $date } : 🙏 merci pour « { $about } »
card-history-thanks-words = • { $date } : 🙏 merci pour « { $about } » : « { $note } »
