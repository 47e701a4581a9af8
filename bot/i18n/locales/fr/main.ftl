## Accueil

welcome =
    👋 Salut { $name } ! Moi, c'est Garder Contact : je t'aide à faire vivre ton réseau.
    📇 Parle-moi des gens que tu as rencontrés : collègues, camarades, amis de ton séjour à l'étranger.
    ⏰ Quand il est temps de donner des nouvelles à quelqu'un, je te le rappelle avec une idée de message.
    🤝 Besoin d'un conseil ou d'une piste ? Je te dis à qui poser la question dans ton réseau.
ask-timezone =
    Pour commencer, où habites-tu ? Envoie-moi ta ville (<i>Lyon</i>, <i>Montréal</i>…), ton pays, ou partage ta position avec le bouton.
    /skip garde celui du bouton ci-dessous.
placeholder-place = Ta ville ou ton fuseau horaire
button-share-location = 📍 Partager ma position
timezone-set = 🌍 C'est noté : <b>{ $place }</b>, où il est { $time } en ce moment.
timezone-pick = Lequel veux-tu dire ?
timezone-not-found =
    🤔 Je n'ai pas trouvé « { $query } ».
    Essaie une grande ville proche ou ton pays (<i>Japon</i>, <i>Canada</i>…).
timezone-no-zone-here = 🤔 Je n'ai pas trouvé de fuseau horaire pour cet endroit. Écris plutôt le nom de ta ville.
ask-hour =
    ⏰ À quelle heure veux-tu recevoir tes rappels ?
    Choisis une heure ou tape-la (par exemple <i>8 h 30</i> ou <i>19h</i>) ; /skip garde 9 h.
hour-invalid =
    🤔 « { $text } » ne ressemble pas à une heure.
    Écris-la par exemple <i>9 h</i>, <i>18h30</i> ou <i>07:45</i>, ou choisis une heure.
hour-set = ⏰ C'est fait : tes rappels arriveront à <b>{ $hour }</b> ({ $zone }).
onboarding-done =
    ✅ Tout est prêt ! Tes rappels arriveront à <b>{ $hour }</b> ({ $zone }).
    Tu peux changer ça à tout moment avec /settings, et /help liste tout ce que je sais faire.
welcome-back =
    👋 Re-bonjour { $name } ! Tes rappels arrivent à <b>{ $hour }</b> ({ $zone }).
    /settings pour changer ça, /help pour voir tout ce que je sais faire.

## Réglages

settings-card =
    ⚙️ <b>Tes réglages</b>
    🌍 Fuseau horaire : { $zone } (il est { $now })
    ⏰ Heure des rappels : { $hour }
    📆 Jours : { $days }
    🔢 { $most ->
        [one] Au plus { $most } rappel par jour
       *[other] Au plus { $most } rappels par jour
    }
    📨 { $mode }
    🗣 Langue : { $language }
button-timezone = 🌍 Changer de fuseau horaire
button-hour = ⏰ Changer l'heure des rappels
button-days = 📆 Choisir les jours
button-max = 🔢 Rappels par jour
button-mode = 📨 Un message chacun / un récapitulatif
button-language = 🗣 Changer de langue
settings-mode-single = Un message par personne à relancer
settings-mode-digest = Un récapitulatif avec tout le monde
ask-days = 📆 Quels jours veux-tu recevoir tes rappels ? Touche pour cocher ou décocher, puis Terminé.
button-days-done = ✔️ Terminé
ask-max = 🔢 Combien de rappels par jour au maximum ? Les autres attendent le lendemain.
days-every = tous les jours
days-weekdays = en semaine
day-1 = lun.
day-2 = mar.
day-3 = mer.
day-4 = jeu.
day-5 = ven.
day-6 = sam.
day-7 = dim.
ask-language = Dans quelle langue veux-tu que je te parle ?
language-set = 🇫🇷 C'est noté, je te parle en français à partir de maintenant.

## Aide et tout le reste

help-intro = <b>Ce que je sais faire</b>
cmd-start = présentation et premiers réglages
cmd-today = à qui écrire maintenant
cmd-add = ajouter quelqu'un
cmd-list = tes contacts, en retard d'abord
cmd-contact = la fiche de quelqu'un
cmd-log = noter un échange avec quelqu'un
cmd-idea = une idée de message pour quelqu'un
cmd-edit = corriger une fiche
cmd-tag = ajouter des étiquettes
cmd-untag = retirer des étiquettes
cmd-pause = mettre quelqu'un en pause
cmd-resume = relancer les rappels pour quelqu'un
cmd-remove = supprimer quelqu'un et son historique
cmd-leaving = ton séjour : départ et plan de retour
cmd-taper = activer ou couper le plan de retour
cmd-settings = voir et changer tes réglages
cmd-timezone = changer de fuseau horaire
cmd-time = changer l'heure des rappels
cmd-language = passer du français à l'anglais
cmd-help = toutes les commandes, par thème
cmd-cancel = arrêter ce qu'on est en train de faire
cancelled = D'accord, c'est annulé.
nothing-to-cancel = Il n'y a rien à annuler pour le moment.
unknown-command = Je ne connais pas la commande { $command }. /help liste celles que je connais.
stray-message = Je ne sais pas trop quoi faire de ce message. /help liste ce que je sais faire.
button-expired = Ce bouton n'est plus valable.
private-only = Je ne fonctionne qu'en discussion privée, pour que ton réseau reste à toi. Écris-moi directement.
not-allowed = Désolé, ce bot est privé : il ne répond qu'aux personnes invitées par son propriétaire.
error-generic = 😕 Désolé, un problème est survenu de mon côté. Réessaie dans un instant.
error-data-unavailable = 😕 Je n'arrive pas à lire tes données pour le moment, donc je n'ai rien modifié. La personne qui gère ce bot peut voir le problème dans ses journaux.
# Said on the next message when the confirmation of a stored change could not be delivered.
reply-lost = ✅ Ta dernière action a bien été enregistrée, mais je n'ai pas pu te le confirmer sur le moment.

## Refermer une question ouverte : une autre commande est arrivée, ou pas de réponse

dialog-closed = ↩️ J'ai refermé la question en cours.
dialog-closed-field = ↩️ J'ai refermé la question sur « { $field } » pour <b>{ $name }</b>.
dialog-closed-new-name = ↩️ J'ai refermé la question sur le nom du nouveau contact.
dialog-closed-form = ↩️ J'ai refermé la fiche en cours pour <b>{ $name }</b>.
dialog-closed-timezone = ↩️ J'ai refermé la question sur ton fuseau horaire.
dialog-closed-hour = ↩️ J'ai refermé la question sur l'heure de tes rappels.
dialog-closed-note = ↩️ J'ai refermé la question sur la note pour <b>{ $name }</b>.
dialog-not-saved = Rien n'a été enregistré ; /add pour recommencer.
dialog-timed-out = ⌛ Pas de réponse depuis { $minutes } minutes : j'ai refermé la question en cours.
