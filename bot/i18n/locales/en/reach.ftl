## One-tap reach under nudges and cards: links, and copies of what a button cannot open

reach-telegram = ✈️ Telegram
reach-whatsapp = 💬 WhatsApp
reach-linkedin = 💼 LinkedIn
reach-url = 🔗 { $site }
# A button copying the number or the address (Telegram opens neither tel: nor mailto:).
reach-copy-phone = 📋 { $value }
reach-copy-email = 📋 { $value }
button-copy-idea = 📋 Copy the idea
