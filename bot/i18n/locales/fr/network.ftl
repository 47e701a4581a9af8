## Les retouches du tour QA « réseau et compte »

# /leaving off sans date de séjour enregistrée : rien n'a été oublié, le dire.
stay-none = 🧳 Tu n'as pas de date de séjour enregistrée : il n'y a rien à oublier. Pour en donner une : /leaving 30/06.
