## /ask for a place to live ("a flat", "a room", "housing"): the message says so, unquoted

ask-draft-housing = <code>Hi { $name }! I'm looking for { $home ->
        [flatshare] a flatshare
        [room] a room
       *[home] a place to live
    }{ $where ->
        [place] {" "}in { $place }
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
        [place] {" "}in { $place }. Do you know anyone there who could help me find one?
       *[none] . Do you know anyone who could help me find one?
    }</code>

## /export with nothing stored: no empty file, the next step instead
export-nothing = 📤 Nothing to export yet: you have no contacts. Add someone with /add, or send me your phone's contacts (<code>.vcf</code>) or your LinkedIn export to import them.

## A contacts file where no one is readable: the next step
import-empty-next = Export it again from your phone's Contacts app or from LinkedIn and send it back, or add these people one at a time with /add.
