## Contacts QA sweep: /merge's answers when the names make no pair

merge-not-found = 🤔 Je ne trouve pas deux fiches distinctes pour « { $first } » et « { $second } ». Vérifie les noms avec /list ; pour deux fiches du même nom, écris-le deux fois : <i>/merge Léa Martin, Léa Martin</i>.
merge-same-name = 🤔 « { $name } » ne désigne pas exactement deux fiches : je ne sais pas lesquelles réunir. Vérifie avec /list.
