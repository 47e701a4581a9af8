## Les sections de /help (bot/commands.py HELP_SECTIONS), et ce que dit la discussion vide

help-section-week = ⭐ <b>Chaque semaine</b>
help-section-contacts = 📇 <b>Une personne</b> : sa fiche, la corriger, l'étiqueter, la mettre en pause, la supprimer, ou réunir deux fiches
help-section-abroad = 🌍 <b>Coups de main et séjour à l'étranger</b> : tes demandes, ton départ et ton retour
help-section-settings = ⚙️ <b>Réglages</b> : fuseau horaire, heure des rappels, langue
help-section-data = 🗂 <b>Tes données</b> : les importer (envoie-moi le fichier <code>.vcf</code> de ton téléphone, ton export LinkedIn ou ta sauvegarde), les télécharger ou les effacer
help-section-basics = 💬 <b>À tout moment</b>
help-footer = ☰ Les commandes de tous les jours sont aussi dans le menu, à côté du champ de saisie.
# « Que peut faire ce bot ? » dans la discussion vide (texte brut, 512 caractères au plus).
about-description =
    👋 Je fais vivre ton réseau.

    📇 Parle-moi des gens que tu as rencontrés : collègues, camarades, amis de ton séjour à l'étranger.
    ⏰ Quand il est temps d'écrire à quelqu'un, je te le rappelle à ton heure, dans ton fuseau horaire, avec une idée de message.
    🤝 Besoin d'un conseil ou d'une piste ? Je te dis à qui demander dans ton réseau et je rédige le message avec toi.

    Appuie sur Démarrer pour commencer. Je parle français et anglais.
# La page du bot et les liens partagés (texte brut, 120 caractères au plus).
about-short-description = Fait vivre ton réseau : te rappelle d'écrire aux gens que tu as rencontrés, avec une idée de message.
# Une ligne par commande de la section « Chaque semaine » de /help, avec un exemple ; le menu
# du téléphone montre cmd-* (courts : il coupe après une quarantaine de caractères).
help-cmd-today = à qui écrire maintenant, avec les mêmes boutons que les rappels
help-cmd-add = ajouter quelqu'un, ex. /add Marie Dupont
help-cmd-list = tes contacts, les plus en retard d'abord (/list retard, /list #tag, /list Berlin)
help-cmd-log = noter que vous avez échangé, ex. /log Marie café à Lyon
help-cmd-ask = qui peut t'aider pour un lieu ou un sujet, ex. /ask Montréal, /ask data science Berlin
help-cmd-idea = une idée de message pour quelqu'un, ex. /idea Marie
help-cmd-review = le bilan de ta semaine
