## Second QA round on the address book

remove-asked-below = ☝️ Je te l'ai déjà demandé juste en dessous : 🗑 Supprimer ou ↩️ Garder.
