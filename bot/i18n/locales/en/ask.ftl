## /ask: who in your network can help, and /favors: asks to report back on

cmd-ask = who in your network can help
cmd-favors = the favours you asked for

ask-empty =
    🤝 What do you need? Tell me a place or a topic, e.g. <code>/ask Montréal</code>, <code>/ask data science Berlin</code> or <code>/ask project manager</code>.
ask-too-long = That's a long question: please keep it to { $limit } characters, e.g. a city or a field.
ask-found = { $count ->
    [one] 🔎 One person in your network can help with “{ $query }”.
   *[other] 🔎 { $count } people in your network can help with “{ $query }”.
}
    Tap a message to copy it, send it, then tap 🙋 I asked: I'll remind you to thank them.
ask-closest =
    🤔 Nobody in your network matches “{ $query }” yet. These come closest: they may know someone.
    Tap a message to copy it, send it, then tap 🙋 I asked.
ask-nobody =
    🤔 Nobody in your network matches “{ $query }”, even loosely.
    The more you note about your contacts (where they live, their work, their interests), the better I can answer: /edit adds it.
ask-card-title = 👤 <b>{ $name }</b>
ask-reason-city = 📍 lives in { $text }
ask-reason-country = 📍 lives in { $text }
ask-reason-near = 📍 same country: { $text }
ask-reason-region = 🌍 same part of the world: { $text }
ask-reason-work = 💼 { $text }
ask-reason-interest = ✨ into { $text }
ask-reason-tag = 🏷 #{ $text }
ask-reason-met = 🤝 met: { $text }
ask-reason-note = 📝 you noted: “{ $text }”
ask-draft-title = ✍️ <i>A message for them (tap to copy):</i>
# Countries that take "the" in a sentence; $name is the country's name in English.
ask-country = { $code ->
    [US] the United States
    [GB] the UK
    [NL] the Netherlands
    [AE] the United Arab Emirates
    [CZ] the Czech Republic
    [PH] the Philippines
    [DO] the Dominican Republic
    [BS] the Bahamas
    [GM] the Gambia
    [CD] the Democratic Republic of the Congo
    [CF] the Central African Republic
   *[other] { $name }
}
# Ready to send to someone who can help; no dates: the user knows when.
# $home is yes when they live in the place asked about: nobody is told about their own country.
ask-draft = <code>{ $kind ->
    [city] Hi { $name }! I'll be in { $place } soon. Any favourite places you'd recommend?
    [country] { $home ->
        [yes] Hi { $name }! I'll be in your part of the world soon. Any tips or places you'd recommend?
       *[no] Hi { $name }! I'm planning a trip to { $place }. Any tips or places you'd recommend?
    }
    [job] Hi { $name }! I'm looking for { $lead ->
        [internship] an internship
        [workstudy] an apprenticeship
       *[job] a job
    }{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    } at the moment, and you were the first person I thought of. Any leads or contacts?
    [role] Hi { $name }! I'm looking for { $lead ->
        [internship] { $sound ->
            [vowel] an { $topic } internship
            [at] an internship { $topic }
           *[other] a { $topic } internship
        }
        [workstudy] { $sound ->
            [vowel] an { $topic } apprenticeship
            [at] an apprenticeship { $topic }
           *[other] a { $topic } apprenticeship
        }
       *[job] { $sound ->
            [vowel] an { $topic } role
            [at] a role { $topic }
           *[other] a { $topic } role
        }
    }{ $company }{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    }. { $firm ->
        [yes] Do you know anyone there?
       *[no] Do you know anyone in that field?
    }
   *[advice] Hi { $name }! I'd love your advice on something: “{ $topic }”{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    }. Any tips, or someone I should talk to?
}</code>
# To someone who only comes close: do they know someone?
ask-draft-intro = <code>{ $kind ->
    [city] Hi { $name }! I'll be in { $place } soon. Do you know anyone there, or any places you'd recommend?
    [country] Hi { $name }! I'm planning a trip to { $place }. Do you know anyone there, or have any tips?
    [job] Hi { $name }! I'm looking for { $lead ->
        [internship] an internship
        [workstudy] an apprenticeship
       *[job] a job
    }{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    } at the moment. Do you know anyone who could help?
    [role] Hi { $name }! I'm looking for { $lead ->
        [internship] { $sound ->
            [vowel] an { $topic } internship
            [at] an internship { $topic }
           *[other] a { $topic } internship
        }
        [workstudy] { $sound ->
            [vowel] an { $topic } apprenticeship
            [at] an apprenticeship { $topic }
           *[other] a { $topic } apprenticeship
        }
       *[job] { $sound ->
            [vowel] an { $topic } role
            [at] a role { $topic }
           *[other] a { $topic } role
        }
    }{ $company }{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    }. { $firm ->
        [yes] Do you know anyone there I could talk to?
       *[no] Do you know anyone in that field I could talk to?
    }
   *[advice] Hi { $name }! I'm after some advice on something: “{ $topic }”{ $where ->
        [place] {" "}in { $place }
       *[none] {""}
    }. Do you know anyone who knows about it?
}</code>
button-asked = 🙋 I asked
asked-done =
    🙋 Logged in your history with <b>{ $name }</b>, as an ask: “{ $topic }”.
    On { $date } I'll remind you to tell them how it went and to thank them. /favors lists your open asks.
asked-already = Already noted: it's in /favors.
asked-lost = I no longer know what this suggestion was about. Please send /ask again.

## /favors and the follow-up

favors-title = 🙋 <b>Your open asks</b> ({ $count })
favors-none = 🙌 No open asks. When you need a hand, /ask finds who can help, and 🙋 I asked keeps track until you've thanked them.
favors-more = …and { $count } more: close some to see them.
favor-item =
    🙋 <b>{ $name }</b>: “{ $topic }”
    🕰 Asked { $when } ({ $date })
    📅 Follow-up: { $follow }
button-favor-done = ✅ Thanked
favor-closed = ✅ Closed: you thanked <b>{ $name }</b> for their help (“{ $topic }”). Nice one!
favor-already-closed = This one is already closed.
favor-nudge =
    🙋 On { $date } you asked <b>{ $name }</b> for a hand: “{ $topic }”. How did it go?
    Tell them, and thank them 🙏
favor-thanks-draft = <code>Hi { $name }! Thanks again for your help, it really made a difference!</code>
