## /ask : qui, dans ton réseau, peut t'aider ; /favors : les demandes à boucler

cmd-ask = qui peut t'aider dans ton réseau
cmd-favors = les coups de main demandés

ask-empty =
    🤝 De quoi as-tu besoin ? Donne-moi un lieu ou un sujet, par exemple <code>/ask Montréal</code>, <code>/ask data science Berlin</code> ou <code>/ask coordinateur de projet</code>.
ask-too-long = C'est un peu long : { $limit } caractères au plus, par exemple une ville ou un domaine.
ask-found = { $count ->
    [one] 🔎 Une personne de ton réseau peut t'aider pour « { $query } ».
   *[other] 🔎 { $count } personnes de ton réseau peuvent t'aider pour « { $query } ».
}
    Touche un message pour le copier, envoie-le, puis appuie sur 🙋 Je lui ai demandé : je te rappellerai de dire merci.
ask-closest =
    🤔 Personne dans ton réseau ne correspond à « { $query } » pour l'instant. Voici les plus proches : ils connaissent peut-être quelqu'un.
    Touche un message pour le copier, envoie-le, puis appuie sur 🙋 Je lui ai demandé.
ask-nobody =
    🤔 Personne dans ton réseau ne correspond à « { $query } », même de loin.
    Plus tu notes de choses sur tes contacts (où ils vivent, leur travail, leurs centres d'intérêt), mieux je peux répondre : /edit pour les ajouter.
ask-card-title = 👤 <b>{ $name }</b>
ask-reason-city = 📍 habite { $text }
ask-reason-country = 📍 { $text }
ask-reason-near = 📍 même pays : { $text }
ask-reason-region = 🌍 même coin du monde : { $text }
ask-reason-work = 💼 { $text }
ask-reason-interest = ✨ centre d'intérêt : { $text }
ask-reason-tag = 🏷 #{ $text }
ask-reason-met = 🤝 rencontre : { $text }
ask-reason-note = 📝 tu as noté : « { $text } »
ask-draft-title = ✍️ <i>Un message à lui envoyer (touche pour le copier) :</i>
# Les messages sont tournés pour éviter l'article du pays (« au Canada », « en France ») :
# $name est le nom du pays en français.
ask-country = { $code ->
   *[other] { $name }
}
# À envoyer à qui peut aider ; pas de date : l'utilisateur sait quand.
# $home vaut yes quand la personne habite le lieu demandé : on ne lui annonce pas son propre pays.
ask-draft = <code>{ $kind ->
    [city] Salut { $name } ! Je passe bientôt à { $place } : tu aurais deux ou trois bonnes adresses à me conseiller ?
    [country] { $home ->
        [yes] Salut { $name } ! Je passe bientôt dans ton coin : tu aurais deux ou trois bons plans à me conseiller ?
       *[no] Salut { $name } ! Prochaine destination : { $place } ! Tu aurais deux ou trois bons plans à me conseiller ?
    }
    [job] Salut { $name } ! Je cherche { $lead ->
        [internship] un stage
        [workstudy] une alternance
       *[job] un poste
    }{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. J'ai tout de suite pensé à toi : tu aurais des contacts ou des pistes ?
    [role] Salut { $name } ! Je cherche { $lead ->
        [internship] un stage
        [workstudy] une alternance
       *[job] un poste
    } { $sound ->
        [vowel] d'{ $topic }
        [h] d'{ $topic }
        [at] { $topic }
       *[consonant] de { $topic }
    }{ $company }{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. { $firm ->
        [yes] Tu aurais des contacts là-bas ?
       *[no] Tu aurais des contacts dans ce domaine ?
    }
   *[advice] Salut { $name } ! J'aimerais bien ton avis sur un sujet : « { $topic } »{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. Tu aurais un conseil ou un contact à me recommander ?
}</code>
# À qui s'en approche seulement : connaît-il quelqu'un ?
ask-draft-intro = <code>{ $kind ->
    [city] Salut { $name } ! Je passe bientôt à { $place } : tu y connais quelqu'un, ou tu aurais deux ou trois bonnes adresses ?
    [country] Salut { $name } ! Prochaine destination : { $place } ! Tu connais quelqu'un sur place, ou tu aurais deux ou trois bons plans ?
    [job] Salut { $name } ! Je cherche { $lead ->
        [internship] un stage
        [workstudy] une alternance
       *[job] un poste
    }{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. Tu connaîtrais quelqu'un qui pourrait m'aider à trouver ?
    [role] Salut { $name } ! Je cherche { $lead ->
        [internship] un stage
        [workstudy] une alternance
       *[job] un poste
    } { $sound ->
        [vowel] d'{ $topic }
        [h] d'{ $topic }
        [at] { $topic }
       *[consonant] de { $topic }
    }{ $company }{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. { $firm ->
        [yes] Tu connaîtrais quelqu'un là-bas, à qui je pourrais en parler ?
       *[no] Tu connaîtrais quelqu'un dans ce domaine, à qui je pourrais en parler ?
    }
   *[advice] Salut { $name } ! Je cherche des conseils sur un sujet : « { $topic } »{ $where ->
        [place] , côté { $place }
       *[none] {""}
    }. Tu connaîtrais quelqu'un qui s'y connaît, à qui je pourrais en parler ?
}</code>
button-asked = 🙋 Je lui ai demandé
asked-done =
    🙋 C'est noté dans ton historique avec <b>{ $name }</b>, comme une demande : « { $topic } ».
    Le { $date }, je te rappellerai de lui raconter la suite et de lui dire merci. /favors liste tes demandes en cours.
asked-already = Déjà noté : c'est dans /favors.
asked-lost = Je ne sais plus à quoi correspondait cette suggestion. Renvoie /ask, s'il te plaît.

## /favors et la relance

favors-title = 🙋 <b>Tes demandes en cours</b> ({ $count })
favors-none = 🙌 Aucune demande en cours. Quand tu as besoin d'un coup de main, /ask trouve qui peut t'aider, et 🙋 Je lui ai demandé garde la trace jusqu'à ce que tu aies dit merci.
favors-more = …et { $count } de plus : boucle les premières pour les voir.
favor-item =
    🙋 <b>{ $name }</b> : « { $topic } »
    🕰 Demandé { $when } ({ $date })
    📅 Relance : { $follow }
button-favor-done = ✅ J'ai dit merci
favor-closed = ✅ Bouclé : tu as remercié <b>{ $name }</b> pour son aide (« { $topic } »). Bien joué !
favor-already-closed = Celle-ci est déjà bouclée.
favor-nudge =
    🙋 Le { $date }, tu as demandé un coup de main à <b>{ $name }</b> : « { $topic } ». Alors, ça a donné quoi ?
    Raconte-lui la suite et dis-lui merci 🙏
favor-thanks-draft = <code>Salut { $name } ! Encore merci pour ton aide, ça m'a été super utile !</code>
