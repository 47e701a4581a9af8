## Les retouches du tour QA « réseau et compte »

# /leaving off sans date de séjour enregistrée : rien n'a été oublié, le dire.
stay-none = 🧳 Tu n'as pas de date de séjour enregistrée : il n'y a rien à oublier. Pour en donner une : /leaving 30/06.

# /deleteme quand je ne garde rien (jamais venu, ou déjà effacé) : pas de « Tout effacer ? » à zéro partout.
deleteme-nothing = 🗑 Je ne garde rien sur toi : il n'y a rien à effacer.
