## /ask for a place to live ("a flat", "a room", "housing"): the message says so, unquoted

ask-draft-housing = <code>Hi { $name }! I'm looking for { $home ->
        [flatshare] a flatshare
        [room] a room
       *[home] a place to live
    }{ $where ->
        [city] {" "}in { $place }
        [country] {" "}in { $place }
       *[none] {""}
    }. Any leads, or anyone you know who's { $home ->
        [flatshare] looking for a flatmate
        [room] renting out a room
       *[home] renting something
    }?</code>
# To someone only close to the place: do they know anyone?
ask-draft-housing-intro = <code>Hi { $name }! I'm looking for { $home ->
        [flatshare] a flatshare
        [room] a room
       *[home] a place to live
    }{ $where ->
        [city] {" "}in { $place }. Do you know anyone there who could help me find one?
        [country] {" "}in { $place }. Do you know anyone there who could help me find one?
       *[none] . Do you know anyone who could help me find one?
    }</code>

## /export with nothing stored: no empty file, the next step instead
export-nothing = 📤 Nothing to export yet: you have no contacts. Add someone with /add, or send me your phone's contacts (<code>.vcf</code>) or your LinkedIn export to import them.

## A contacts file where no one is readable: the next step
import-empty-next = Export it again from your phone's Contacts app or from LinkedIn and send it back, or add these people one at a time with /add.

## An import that would pass the limit: import the first that fit, choose, or make room
import-preview-room-left = ⚠️ You can keep { $limit } contacts: { $room ->
    [0] you're there already. Remove some first with /remove, or send a smaller file.
    [one] only one more fits. Import the first one in the file, choose who to import, or remove some first with /remove.
   *[other] only { $room } more fit. Import the first { $room } in the file, choose who to import, or remove some first with /remove.
}
button-import-fit = { $count ->
    [one] 📥 Import the first one
   *[other] 📥 Import the first { $count }
}
import-done-first = ✅ Imported: { $count ->
    [one] the first one in the file
   *[other] the first { $count } in the file
}. { $left ->
    [one] The last one was not imported
   *[other] The other { $left } were not imported
}: you've reached { $limit } contacts. /list to see them.
import-done-first-completed = { $completed ->
    [one] 1 of your contacts completed
   *[other] { $completed } of your contacts completed
} with the file's details.

## A reply in words to the follow-up of a favour dropped already
favor-dropped-already = 🗑 You had already dropped “{ $topic }”, asked of <b>{ $name }</b>: no more follow-ups. Tap ↩️ to have follow-ups again.

# 📥 Import pressed with more people ticked than fit: the preview stays, to untick some.
import-too-many-ticked = ⚠️ { $room ->
    [0] You have reached { $limit } contacts: nothing was imported. Remove some first with /remove.
    [one] Only one more contact fits, and { $count } are to be imported: nothing was imported. Untick some in the preview above (☑️ Choose), then try again.
   *[other] Only { $room } more contacts fit, and { $count } are to be imported: nothing was imported. Untick some in the preview above (☑️ Choose), then try again.
}
