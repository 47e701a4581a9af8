## /export, /deleteme, restoring a backup

cmd-export = download your data
cmd-deleteme = erase everything I know about you
export-menu = 📤 Which file would you like?
    📦 <b>Full backup</b>: everything, to get it all back later by sending it to me.
    📇 <b>For my phone</b>: your contacts as .vcf cards, to open with your Contacts app.
    📊 <b>Spreadsheet</b>: a .csv file for Excel, Numbers or LibreOffice.
button-export-json = 📦 Full backup
button-export-vcf = 📇 For my phone
button-export-csv = 📊 Spreadsheet
export-caption-json = 📦 Your full backup: your settings, your contacts ({ $count }), their history and your favours. To get it all back, send me this file. It stays in this chat's history: delete it here if you don't want it kept.
export-caption-vcf = 📇 { $count ->
        [0] You have no contacts yet: this vCard file is empty.
        [one] Your contact as a vCard: open the file on your phone to add it to your contacts.
       *[other] Your { $count } contacts as vCards: open the file on your phone to add them to your contacts.
    } It stays in this chat's history.
export-caption-csv = 📊 { $count ->
        [0] You have no contacts yet: this table is empty.
        [one] Your contact as a table, for Excel, Numbers or LibreOffice.
       *[other] Your { $count } contacts as a table, for Excel, Numbers or LibreOffice.
    } The file stays in this chat's history.
export-column-name = Name
export-column-phones = Phones
export-column-emails = E-mails
export-column-links = Links
export-column-birthday = Birthday
export-column-place = Place
export-column-work = Work
export-column-met = Met
export-column-interests = Interests
export-column-tags = Tags
export-column-last-talk = Last talk
export-column-rhythm = Rhythm
deleteme-confirm = ⚠️ <b>Erase everything?</b>
    I will forget your settings, the reminders planned and:
    • 📇 your contacts: { $contacts }
    • 🕰 the exchanges you noted: { $interactions }
    • 🙋 the favours you asked for: { $favors }
    This cannot be undone.
    💡 To keep a copy, first use /export and pick 📦 Full backup: sending me that file gets it all back.
button-deleteme-yes = 🗑 Erase everything
button-deleteme-no = ↩️ Keep my data
deleteme-done = 🗑 Done: I erased everything. If you come back one day, /start starts afresh.
deleteme-kept = 👍 Nothing was erased.
restore-not-backup = 🤔 This file is not a Garder Contact backup. To make one: /export, then 📦 Full backup.
restore-unreadable = 😕 This backup is damaged or comes from a version I cannot read: I changed nothing.
restore-not-empty = ⚠️ I only restore a backup into an empty account, and you already have { $contacts ->
        [0] some data
        [one] one contact
       *[other] { $contacts } contacts
    }. To start again from the backup, first erase everything with /deleteme, then send me the file again.
restore-offer = 📦 This is a Garder Contact backup: { $contacts ->
        [0] no contacts
        [one] one contact
       *[other] { $contacts } contacts
    }, { $interactions ->
        [0] no exchanges
        [one] one exchange noted
       *[other] { $interactions } exchanges noted
    } and { $favors ->
        [0] no favours
        [one] one favour
       *[other] { $favors } favours
    }. Shall I restore it, settings included?
button-restore-yes = ✅ Restore
button-restore-no = ↩️ No thanks
restore-done = ✅ Restored: { $contacts ->
        [0] no contacts
        [one] one contact
       *[other] { $contacts } contacts
    }, { $interactions ->
        [0] no exchanges
        [one] one exchange
       *[other] { $interactions } exchanges
    } and { $favors ->
        [0] no favours
        [one] one favour
       *[other] { $favors } favours
    }. /list shows them.
restore-kept = 👍 All right, I restored nothing.
