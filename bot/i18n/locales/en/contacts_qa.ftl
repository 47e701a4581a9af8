## Contacts QA sweep: /merge's answers when the names make no pair, and /timezone's own question

merge-not-found = 🤔 I can't find two different records for “{ $first }” and “{ $second }”. Check the names with /list; for two records with the same name, type it twice: <i>/merge Léa Martin, Léa Martin</i>.
merge-same-name = 🤔 “{ $name }” doesn't name exactly two records, so I can't tell which to merge. Check with /list.
# /timezone and the settings' button: the same question as /start's, minus its "First".
ask-timezone-change =
    🌍 Where do you live now? Send me your city (<i>Lyon</i>, <i>Montréal</i>…), your country, or tap the button to share your location.
    /skip keeps your current one, on the button below.
