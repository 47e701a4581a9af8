## Écrire en un geste, sous les rappels et les fiches : des liens, et des copies de ce qu'un bouton ne peut pas ouvrir

reach-telegram = ✈️ Telegram
reach-whatsapp = 💬 WhatsApp
reach-linkedin = 💼 LinkedIn
reach-url = 🔗 { $site }
# Un bouton qui copie le numéro ou l'adresse (Telegram n'ouvre ni tel: ni mailto:).
reach-copy-phone = 📋 { $value }
reach-copy-email = 📋 { $value }
button-copy-idea = 📋 Copier l'idée
