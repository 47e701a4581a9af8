## Second QA round on the address book

remove-asked-below = ☝️ Je te l'ai déjà demandé juste en dessous : 🗑 Supprimer ou ↩️ Garder.
field-channels-short-handle = 🤔 Je n'ai pas reconnu : { $rejected }. Un @pseudo Telegram fait au moins 5 caractères (lettres, chiffres ou _), { $handle } est trop court : vérifie-le dans son profil Telegram. Écris les numéros avec l'indicatif (+33…), des e-mails, des @pseudos ou des liens, séparés par des virgules, ou /skip.
form-duplicate-several = Tu as déjà { $count } contacts nommés <b>{ $name }</b> :
    { $names }
    Tu veux ouvrir une de leurs fiches, ou ajouter encore une autre personne du même nom ?
form-duplicate-line = • { $name }
button-open-namesake = 📇 { $name }
button-merge-namesake = 🔗 C'est { $name } : réunir
namesake-order = { $number ->
    [1] 1er ajout
   *[other] { $number }e ajout
}
