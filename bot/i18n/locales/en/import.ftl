## Importing a contacts file sent into the chat: a phone's .vcf, LinkedIn's export, a CSV

import-too-big = 📦 This file is { $size } MB: Telegram lets me download files of up to 20 MB. Send a smaller export (for a phone, without pictures), or split it in two.
import-download-failed = 😕 I couldn't download this file from Telegram. Could you send it again?
import-unknown =
    🤔 I can't find any contacts in “{ $name }”.
    I can read:
    • a phone's contacts export (<code>.vcf</code>, one or many cards);
    • LinkedIn's export: <code>Connections.csv</code>, or the whole <code>Basic_LinkedInDataExport_….zip</code>;
    • a Google Contacts export (<code>.csv</code>);
    • any CSV whose first line names its columns, with at least a name: <code>Name</code> (or <code>First Name</code> and <code>Last Name</code>), then, if you have them, <code>Phone</code>, <code>Email</code>, <code>Company</code>, <code>Position</code>, <code>Birthday</code>.
import-empty = 🤔 “{ $name }” holds no one I can read.{ $unreadable ->
    [0] {""}
   *[other] {" "}Unreadable: { $where }.
}
import-source = { $source ->
    [vcf] contact cards
    [linkedin] LinkedIn connections
    [google] Google Contacts
   *[csv] spreadsheet
}
import-preview-title = 📥 <b>{ $count ->
    [one] One person found
   *[other] { $count } people found
}</b> in “{ $name }” ({ $source }):
import-preview-new = { $count ->
    [0] • no one new
    [one] • 1 new
   *[other] • { $count } new
}
import-preview-new-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
import-preview-known = { $count ->
    [one] • 1 already in your contacts
   *[other] • { $count } already in your contacts
}{ $fillable ->
    [0] {""}
    [one] {" "}(one has empty fields the file could fill)
   *[other] {" "}({ $fillable } have empty fields the file could fill)
}
import-preview-known-names = { $names }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
import-known-pair = { $name } (= { $contact })
import-preview-unreadable = { $count ->
    [one] • 1 unreadable ({ $where })
   *[other] • { $count } unreadable ({ $where })
}
import-where = { $kind ->
    [vcf] { $count ->
        [one] card { $numbers }
       *[other] cards { $numbers }
    }
   *[other] { $count ->
        [one] line { $numbers }
       *[other] lines { $numbers }
    }
}
import-preview-defaults = 🏷 For all of them: { $defaults }
import-default-met = met: { $met }
import-preview-nothing-new = Everyone in it is already in your contacts: nothing to import. (Nothing is ever merged on its own.)
import-preview-footer = Nothing is saved yet. Existing contacts are left as they are.
import-preview-only-fill = No one new, but the file can complete { $count ->
    [one] 1 of your contacts
   *[other] { $count } of your contacts
}: only their empty fields, and the phones and e-mails they lack.
import-preview-footer-fill = Nothing is saved yet. Existing contacts only get their empty fields filled: nothing already there changes.
button-import-fill = 📥 Complete { $count }
button-import-go = 📥 Import { $count }
button-import-defaults = 🏷 Tag, rhythm, how we met
button-import-cancel = ✖️ Cancel
button-import-undo = ↩️ Undo import
import-ask-defaults =
    🏷 What should all of them get? Any of: tags, a rhythm, how you met. For example:
    <code>#linkedin every 3 months met: internship at Airbus</code>
    /skip keeps things as they are.
import-defaults-unclear = 🤔 I didn't get that. Write tags (<code>#linkedin</code>), a rhythm (<code>every 3 months</code>) and/or <code>met: …</code>, or /skip.
import-defaults-set = ✅ Noted: here's the import again with that.
import-file-gone = 😕 I can no longer find this file: send it again, please.
import-done = { $count ->
    [0] ✅ Nothing imported: no one new.
    [one] ✅ Imported: 1 new contact. /list shows them.
   *[other] ✅ Imported: { $count } new contacts. /list shows them.
}
import-done-completed = ✅ Imported: { $count ->
    [0] no one new
    [one] 1 new contact
   *[other] { $count } new contacts
}, and { $completed ->
    [one] 1 of your contacts completed
   *[other] { $completed } of your contacts completed
} with what the file had. /list shows them.
import-undone-restored = ↩️ Import undone: { $count ->
    [0] no contact removed
    [one] 1 contact removed
   *[other] { $count } contacts removed
}, and { $restored ->
    [one] 1 of your contacts put back as it was
   *[other] { $restored } of your contacts put back as they were
}.
import-cancelled = ✖️ Import cancelled: nothing was saved.
import-undone = { $count ->
    [one] ↩️ Import undone: 1 contact removed.
   *[other] ↩️ Import undone: { $count } contacts removed.
}
import-undo-changed = Some of them were edited or logged since: I won't undo this import. /remove still removes one at a time.
import-met-linkedin = connected on LinkedIn on { $date }
dialog-closed-import = (I've left the import's question; the import itself is still waiting for your button.)
button-import-choose = ☑️ Choose
import-choose-title = ☑️ <b>Choose who to import</b> from “{ $name }”: tap a name to tick it. { $count ->
    [0] No one ticked yet.
    [one] 1 ticked.
   *[other] { $count } ticked.
}
button-import-chosen = { $count ->
    [one] 📥 Import the one ticked
   *[other] 📥 Import the { $count } ticked
}
import-preview-repeated = { $count ->
    [one] • 1 twice in the file, kept once ({ $where })
   *[other] • { $count } twice in the file, kept once ({ $where })
}
