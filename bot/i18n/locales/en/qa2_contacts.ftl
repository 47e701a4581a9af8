## Second QA round on the address book

remove-asked-below = ☝️ I've already asked just below: 🗑 Delete or ↩️ Keep.
field-channels-short-handle = 🤔 I couldn't recognise: { $rejected }. A Telegram @handle has at least 5 characters (letters, digits or _), so { $handle } is too short: check it in their Telegram profile. Type phone numbers with their country code (+33…), e-mails, @handles or links, separated by commas, or /skip.
form-duplicate-several = You already have { $count } contacts named <b>{ $name }</b>:
    { $names }
    Open one of their cards, or add someone else with the same name?
form-duplicate-line = • { $name }
button-open-namesake = 📇 { $name }
button-merge-namesake = 🔗 It's { $name }: merge
namesake-order = added { $number ->
    [1] 1st
    [2] 2nd
    [3] 3rd
   *[other] { $number }th
}
