## Les retouches du tour QA « réseau et compte »

# /leaving off sans date de séjour enregistrée : rien n'a été oublié, le dire.
stay-none = 🧳 Tu n'as pas de date de séjour enregistrée : il n'y a rien à oublier. Pour en donner une : /leaving 30/06.

# /deleteme quand je ne garde rien (jamais venu, ou déjà effacé) : pas de « Tout effacer ? » à zéro partout.
deleteme-nothing = 🗑 Je ne garde rien sur toi : il n'y a rien à effacer.

# /ask suivi du nom entier d'un contact, que rien ne rapproche de la question : sans doute « demander à Léa ».
ask-is-a-contact = 🤔 « { $name } » est dans tes contacts. /ask cherche qui, dans ton réseau, peut t'aider pour un lieu ou un sujet, par exemple /ask Montréal. Pour écrire à { $name }, <code>/idea { $name }</code> te propose un message.
