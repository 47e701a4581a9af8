## /export, /deleteme, restoring a backup

cmd-export = télécharger tes données
cmd-deleteme = effacer tout ce que je sais de toi
export-menu = 📤 Quel fichier veux-tu ?
    📦 <b>Sauvegarde complète</b> : tout, pour tout retrouver plus tard en me la renvoyant.
    📇 <b>Pour ton téléphone</b> : tes contacts en fiches .vcf, à ouvrir avec l'appli Contacts.
    📊 <b>Tableur</b> : un fichier .csv pour Excel, Numbers ou LibreOffice.
button-export-json = 📦 Sauvegarde complète
button-export-vcf = 📇 Pour mon téléphone
button-export-csv = 📊 Tableur
export-caption-json = 📦 Ta sauvegarde complète : tes réglages, tes contacts ({ $count }), leur historique et tes coups de main. Pour tout retrouver, renvoie-moi ce fichier. Il reste dans l'historique de cette conversation : supprime-le ici si tu ne veux pas l'y laisser.
export-caption-vcf = 📇 { $count ->
        [0] Tu n'as encore aucun contact : ce fichier vCard est vide.
        [one] Ton contact au format vCard : ouvre le fichier sur ton téléphone pour l'ajouter à tes contacts.
       *[other] Tes { $count } contacts au format vCard : ouvre le fichier sur ton téléphone pour les ajouter à tes contacts.
    } Il reste dans l'historique de cette conversation.
export-caption-csv = 📊 { $count ->
        [0] Tu n'as encore aucun contact : ce tableau est vide.
        [one] Ton contact en tableau, à ouvrir avec Excel, Numbers ou LibreOffice.
       *[other] Tes { $count } contacts en tableau, à ouvrir avec Excel, Numbers ou LibreOffice.
    } Le fichier reste dans l'historique de cette conversation.
export-column-name = Nom
export-column-phones = Téléphones
export-column-emails = E-mails
export-column-links = Liens
export-column-birthday = Anniversaire
export-column-place = Lieu
export-column-work = Travail
export-column-met = Rencontre
export-column-interests = Centres d'intérêt
export-column-tags = Étiquettes
export-column-last-talk = Dernier échange
export-column-rhythm = Rythme
deleteme-confirm = ⚠️ <b>Tout effacer ?</b>
    J'oublierai tes réglages, les rappels prévus et :
    • 📇 tes contacts : { $contacts }
    • 🕰 les échanges notés : { $interactions }
    • 🙋 les coups de main demandés : { $favors }
    C'est définitif.
    💡 Pour en garder une copie, fais d'abord /export et choisis 📦 Sauvegarde complète : il suffira de me renvoyer le fichier pour tout retrouver.
button-deleteme-yes = 🗑 Tout effacer
button-deleteme-no = ↩️ Ne rien effacer
deleteme-done = 🗑 C'est fait : j'ai tout effacé. Si tu reviens un jour, /start pour repartir de zéro.
deleteme-kept = 👍 Je n'ai rien effacé.
restore-not-backup = 🤔 Ce fichier n'est pas une sauvegarde Garder Contact. Pour en faire une : /export, puis 📦 Sauvegarde complète.
restore-unreadable = 😕 Cette sauvegarde est abîmée ou vient d'une version que je ne sais pas lire : je n'ai rien changé.
restore-not-empty = ⚠️ Je ne restaure une sauvegarde que dans un compte vide, et tu as déjà { $contacts ->
        [0] des données
        [one] un contact
       *[other] { $contacts } contacts
    }. Pour repartir de la sauvegarde, efface d'abord tout avec /deleteme, puis renvoie-moi le fichier.
restore-offer = 📦 C'est une sauvegarde Garder Contact : { $contacts ->
        [0] aucun contact
        [one] un contact
       *[other] { $contacts } contacts
    }, { $interactions ->
        [0] aucun échange
        [one] un échange noté
       *[other] { $interactions } échanges notés
    } et { $favors ->
        [0] aucun coup de main
        [one] un coup de main
       *[other] { $favors } coups de main
    }. Je la restaure, réglages compris ?
button-restore-yes = ✅ Restaurer
button-restore-no = ↩️ Non merci
restore-done = ✅ C'est restauré : { $contacts ->
        [0] aucun contact
        [one] un contact
       *[other] { $contacts } contacts
    }, { $interactions ->
        [0] aucun échange
        [one] un échange
       *[other] { $interactions } échanges
    } et { $favors ->
        [0] aucun coup de main
        [one] un coup de main
       *[other] { $favors } coups de main
    }. Tape /list pour les voir.
restore-kept = 👍 D'accord, je n'ai rien restauré.
