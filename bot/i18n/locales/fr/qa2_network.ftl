## /ask pour un logement (« un logement », « une coloc », « une chambre ») : le message le dit, sans guillemets

ask-draft-housing = <code>Salut { $name } ! Je cherche { $home ->
        [flatshare] une coloc
        [room] une chambre
       *[home] un logement
    }{ $where ->
        [city] {" "}à { $place }
        [country] , côté { $place }
       *[none] {""}
    }. Tu aurais des pistes, ou quelqu'un { $home ->
        [flatshare] qui cherche un ou une colocataire
        [room] qui loue une chambre
       *[home] qui loue quelque chose
    } ?</code>
# À qui s'en approche seulement : connaît-il quelqu'un ?
ask-draft-housing-intro = <code>Salut { $name } ! Je cherche { $home ->
        [flatshare] une coloc
        [room] une chambre
       *[home] un logement
    }{ $where ->
        [city] {" "}à { $place }. Tu connaîtrais quelqu'un sur place qui pourrait m'aider à trouver ?
        [country] , côté { $place }. Tu connaîtrais quelqu'un sur place qui pourrait m'aider à trouver ?
       *[none] . Tu connaîtrais quelqu'un qui pourrait m'aider à trouver ?
    }</code>

## /export sans rien d'enregistré : pas de fichier vide, la marche à suivre
export-nothing = 📤 Rien à exporter pour l'instant : tu n'as encore aucun contact. Ajoute quelqu'un avec /add, ou envoie-moi les contacts de ton téléphone (<code>.vcf</code>) ou ton export LinkedIn pour les importer.

## Un fichier de contacts où personne n'est lisible : la marche à suivre
import-empty-next = Exporte-le à nouveau depuis l'appli Contacts de ton téléphone ou depuis LinkedIn, puis renvoie-le-moi ; ou ajoute ces personnes une à une avec /add.

## Un import qui dépasserait la limite : importer les premiers qui rentrent, choisir, ou faire de la place
import-preview-room-left = ⚠️ Tu peux garder { $limit } contacts : { $room ->
    [0] tu y es déjà. Retire d'abord quelques contacts avec /remove, ou envoie un fichier plus petit.
    [one] il n'en rentre plus qu'un. Importe le premier du fichier, choisis qui importer, ou retire d'abord quelques contacts avec /remove.
   *[other] il n'en rentre plus que { $room }. Importe les { $room } premiers du fichier, choisis qui importer, ou retire d'abord quelques contacts avec /remove.
}
button-import-fit = { $count ->
    [one] 📥 Importer le premier
   *[other] 📥 Importer les { $count } premiers
}
import-done-first = ✅ C'est importé : { $count ->
    [one] le premier du fichier
   *[other] les { $count } premiers du fichier
}. { $left ->
    [one] Le dernier n'a pas été importé
   *[other] Les { $left } autres n'ont pas été importés
} : tu as atteint { $limit } contacts. /list pour les voir.
import-done-first-completed = { $completed ->
    [one] 1 de tes contacts complété
   *[other] { $completed } de tes contacts complétés
} avec les infos du fichier.

## Une réponse en mots à la relance d'un coup de main déjà laissé tombé
favor-dropped-already = 🗑 Tu avais déjà laissé tomber « { $topic } », demandé à <b>{ $name }</b> : plus de relance. Touche ↩️ pour reprendre les relances.

# 📥 Importer pressé avec plus de personnes cochées qu'il n'en rentre : l'aperçu reste, pour décocher.
import-too-many-ticked = ⚠️ { $room ->
    [0] Tu as atteint { $limit } contacts : je n'ai rien importé. Supprime d'abord quelques contacts avec /remove.
    [one] Il ne rentre plus qu'un contact, et { $count } sont à importer : je n'ai rien importé. Décoches-en dans l'aperçu ci-dessus (☑️ Choisir), puis réessaie.
   *[other] Il ne rentre plus que { $room } contacts, et { $count } sont à importer : je n'ai rien importé. Décoches-en dans l'aperçu ci-dessus (☑️ Choisir), puis réessaie.
}
