## Contacts QA sweep: /merge's answers when the names make no pair, and /timezone's own question

merge-not-found = 🤔 Je ne trouve pas deux fiches distinctes pour « { $first } » et « { $second } ». Vérifie les noms avec /list ; pour deux fiches du même nom, écris-le deux fois : <i>/merge Léa Martin, Léa Martin</i>.
merge-same-name = 🤔 « { $name } » ne désigne pas exactement deux fiches : je ne sais pas lesquelles réunir. Vérifie avec /list.
# /timezone and the settings' button: the same question as /start's, minus its « Pour commencer ».
ask-timezone-change =
    🌍 Où habites-tu maintenant ? Envoie-moi ta ville (<i>Lyon</i>, <i>Montréal</i>…), ton pays, ou partage ta position avec le bouton.
    /skip garde ton fuseau actuel, celui du bouton ci-dessous.
