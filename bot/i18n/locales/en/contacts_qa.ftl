## Contacts QA sweep: /merge's answers when the names make no pair

merge-not-found = 🤔 I can't find two different records for “{ $first }” and “{ $second }”. Check the names with /list; for two records with the same name, type it twice: <i>/merge Léa Martin, Léa Martin</i>.
merge-same-name = 🤔 “{ $name }” doesn't name exactly two records, so I can't tell which to merge. Check with /list.
