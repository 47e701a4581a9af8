## Second QA round on the address book

remove-asked-below = ☝️ I've already asked just below: 🗑 Delete or ↩️ Keep.
