## What became of an ask: thanked, no answer yet, dropped; and a reply in words to the follow-up

button-favor-wait = ⏳ No answer yet
button-favor-drop = 🗑 Drop it
button-favor-undrop = ↩️ Undo
favor-nudge-hint = Reply to this message in a few words (“she found me a contact”, “no answer yet”), or tap a button.
favor-waiting =
    ⏳ No answer yet from <b>{ $name }</b> about “{ $topic }”. I'll ask you again on { $date }.
favor-reply-kept = 📝 Noted: “{ $words }”
favor-last-reply = 📝 You noted: “{ $words }”
favor-dropped = 🗑 Dropped: “{ $topic }”, asked of <b>{ $name }</b>. No more follow-ups.
favor-unchanged = Already done.
favor-reply-unclear = 🙋 How is “{ $topic }” going? Tap a button: I'll keep your words with it.

## A card's history: asks and thanks
card-history-ask = • { $date }: 🙋 asked about “{ $about }”
card-history-thanks = • { $date }: 🙏 thanked for “{ $about }”
card-history-thanks-words = • { $date }: 🙏 thanked for “{ $about }”: “{ $note }”
