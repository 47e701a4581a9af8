## La boucle quotidienne : rappels, réglages (QA)

# /timezone ou le bouton des réglages : l'utilisateur a déjà un fuseau, ce n'est plus « pour commencer ».
ask-timezone-change =
    🌍 Où habites-tu maintenant ? Envoie-moi ta ville (<i>Lyon</i>, <i>Montréal</i>…), ton pays, ou partage ta position avec le bouton.
    /skip garde ton fuseau actuel, celui du bouton ci-dessous.

# Le ✅ d'un récapitulatif pour quelqu'un déjà noté par un « fait » écrit : le bouton s'en va.
digest-line-answered = C'est déjà noté : j'enlève ce bouton.

# Décocher le dernier jour coché des rappels : il reste coché, et on dit pourquoi.
days-keep-one = Il faut garder au moins un jour pour tes rappels. Pour faire une pause avec quelqu'un, ouvre sa fiche (/contact) et touche ⏸ Pause.

# /remind Léa aujourd'hui (ou ce soir) : un rappel arrive un jour à venir, à l'heure des rappels.
remind-today = ⏰ Un rappel, c'est pour un jour à venir, et aujourd'hui, on y est déjà : écris à <b>{ $name }</b> dès que tu peux (/idea te donne une idée de message), ou choisis un autre jour, par exemple /remind { $name } demain.

# Le ✅ d'un récapitulatif pour quelqu'un que /today a renvoyé en message à part : le bouton s'en va.
digest-line-shown-again = /today t'a renvoyé ce rappel plus bas : réponds-y là-bas. J'enlève ce bouton.
