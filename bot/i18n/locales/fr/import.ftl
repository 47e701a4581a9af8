## Importer un fichier de contacts envoyé dans la conversation : .vcf d'un téléphone, export LinkedIn, CSV

import-too-big = 📦 Ce fichier fait { $size } Mo : Telegram me laisse télécharger 20 Mo au plus. Envoie un export plus léger (pour un téléphone, sans les photos), ou coupe-le en deux.
import-download-failed = 😕 Je n'ai pas réussi à récupérer ce fichier auprès de Telegram. Tu peux le renvoyer ?
import-unknown =
    🤔 Je ne trouve aucun contact dans « { $name } ».
    Je sais lire :
    • l'export des contacts d'un téléphone (<code>.vcf</code>, une ou plusieurs fiches) ;
    • l'export LinkedIn : <code>Connections.csv</code>, ou tout le <code>Basic_LinkedInDataExport_….zip</code> ;
    • un export Google Contacts (<code>.csv</code>) ;
    • n'importe quel CSV dont la première ligne nomme les colonnes, avec au moins un nom : <code>Nom</code> (ou <code>Prénom</code> et <code>Nom</code>), puis, si tu les as, <code>Téléphone</code>, <code>Email</code>, <code>Entreprise</code>, <code>Poste</code>, <code>Anniversaire</code>.
import-empty = 🤔 Je n'ai trouvé personne de lisible dans « { $name } ».{ $unreadable ->
    [0] {""}
   *[other] {" "}Illisibles : { $where }.
}
import-source = { $source ->
    [vcf] fiches contact
    [linkedin] relations LinkedIn
    [google] Google Contacts
   *[csv] tableau
}
import-preview-title = 📥 <b>{ $count ->
    [one] Une personne trouvée
   *[other] { $count } personnes trouvées
}</b> dans « { $name } » ({ $source }) :
import-preview-new = { $count ->
    [0] • aucune nouvelle
    [one] • 1 nouvelle
   *[other] • { $count } nouvelles
}
import-preview-new-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
import-preview-known = { $count ->
    [one] • 1 déjà dans tes contacts
   *[other] • { $count } déjà dans tes contacts
}{ $fillable ->
    [0] {""}
    [one] {" "}(une a des champs vides que le fichier pourrait compléter)
   *[other] {" "}({ $fillable } ont des champs vides que le fichier pourrait compléter)
}
import-preview-known-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
import-known-pair = { $name } (= { $contact })
import-preview-unreadable = { $count ->
    [one] • 1 illisible ({ $where })
   *[other] • { $count } illisibles ({ $where })
}
import-where = { $kind ->
    [vcf] { $count ->
        [one] fiche { $numbers }
       *[other] fiches { $numbers }
    }
   *[other] { $count ->
        [one] ligne { $numbers }
       *[other] lignes { $numbers }
    }
}
import-preview-defaults = 🏷 Pour tout le monde : { $defaults }
import-default-met = rencontre : { $met }
import-preview-nothing-new = Tout le monde y est déjà dans tes contacts : rien à importer. (Je ne fusionne jamais rien de moi-même.)
import-preview-footer = Rien n'est encore enregistré. Tes contacts existants restent tels quels.
import-preview-only-fill = Personne de nouveau, mais le fichier peut compléter { $count ->
    [one] 1 de tes contacts
   *[other] { $count } de tes contacts
} : seulement leurs champs vides, et les numéros et e-mails qui leur manquent.
import-preview-footer-fill = Rien n'est encore enregistré. Tes contacts existants ne sont que complétés là où c'est vide : rien de ce qui y est déjà ne change.
button-import-fill = 📥 Compléter { $count }
button-import-go = 📥 Importer { $count }
button-import-defaults = 🏷 Étiquettes, rythme, rencontre
button-import-cancel = ✖️ Annuler
button-import-undo = ↩️ Annuler l'import
import-ask-defaults =
    🏷 Qu'est-ce qu'ils reçoivent tous ? Au choix : des étiquettes, un rythme, où vous vous êtes rencontrés. Par exemple :
    <code>#linkedin tous les 3 mois rencontre : stage chez Airbus</code>
    /skip pour ne rien changer.
import-defaults-unclear = 🤔 Je n'ai pas compris. Écris des étiquettes (<code>#linkedin</code>), un rythme (<code>tous les 3 mois</code>) et/ou <code>rencontre : …</code>, ou /skip.
import-defaults-set = ✅ C'est noté : voici l'import avec ces réglages.
import-file-gone = 😕 Je ne retrouve plus ce fichier : renvoie-le, s'il te plaît.
import-done = { $count ->
    [0] ✅ Rien d'importé : personne de nouveau.
    [one] ✅ C'est importé : 1 nouveau contact. /list pour le voir.
   *[other] ✅ C'est importé : { $count } nouveaux contacts. /list pour les voir.
}
import-done-completed = ✅ C'est importé : { $count ->
    [0] personne de nouveau
    [one] 1 nouveau contact
   *[other] { $count } nouveaux contacts
}, et { $completed ->
    [one] 1 de tes contacts complété
   *[other] { $completed } de tes contacts complétés
} avec les infos du fichier. /list pour les voir.
import-undone-restored = ↩️ Import annulé : { $count ->
    [0] aucun contact retiré
    [one] 1 contact retiré
   *[other] { $count } contacts retirés
}, et { $restored ->
    [one] 1 de tes contacts remis comme avant
   *[other] { $restored } de tes contacts remis comme avant
}.
import-cancelled = ✖️ Import annulé : rien n'a été enregistré.
import-undone = { $count ->
    [one] ↩️ Import annulé : 1 contact retiré.
   *[other] ↩️ Import annulé : { $count } contacts retirés.
}
import-undo-changed = Certains ont été modifiés ou notés depuis : je n'annule pas cet import. /remove les retire toujours un par un.
import-met-linkedin = relation LinkedIn depuis le { $date }
dialog-closed-import = (J'ai laissé tomber la question de l'import ; l'import lui-même attend toujours ton bouton.)
button-import-choose = ☑️ Choisir
import-choose-title = ☑️ <b>Choisis qui importer</b> depuis « { $name } » : touche un nom pour le cocher. { $count ->
    [0] Personne n'est coché pour l'instant.
    [one] 1 coché.
   *[other] { $count } cochés.
}
button-import-chosen = { $count ->
    [one] 📥 Importer la personne cochée
   *[other] 📥 Importer les { $count } cochés
}
import-preview-repeated = { $count ->
    [one] • 1 en double dans le fichier, gardée une fois ({ $where })
   *[other] • { $count } en double dans le fichier, gardées une fois ({ $where })
}
