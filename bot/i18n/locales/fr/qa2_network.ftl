## /ask pour un logement (« un logement », « une coloc », « une chambre ») : le message le dit, sans guillemets

ask-draft-housing = <code>Salut { $name } ! Je cherche { $home ->
        [flatshare] une coloc
        [room] une chambre
       *[home] un logement
    }{ $where ->
        [place] , côté { $place }
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
        [place] , côté { $place }. Tu connaîtrais quelqu'un sur place qui pourrait m'aider à trouver ?
       *[none] . Tu connaîtrais quelqu'un qui pourrait m'aider à trouver ?
    }</code>
