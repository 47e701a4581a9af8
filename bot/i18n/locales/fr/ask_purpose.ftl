## /ask : ce que la demande cherche (un voyage, un job ou un stage, un conseil)

# Sous une réponse dont le but a été deviné : les messages demandent un conseil.
ask-purpose-unsure = 🧭 Ces messages demandent un conseil. C'est pour autre chose ? Choisis ci-dessous, je les réécris.
# Le lieu lu dans la demande quand il ne s'écrit pas comme tapé (« montrel »).
ask-understood-place = 📍 J'ai compris : { $place }.
button-ask-trip = ✈️ Un voyage
button-ask-job = 💼 Un job, un stage
button-ask-advice = 💡 Un conseil
button-ask-place = 📍 Tu voulais dire { $place } ?
