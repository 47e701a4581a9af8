"""Running the bot for real: polling or webhook, start-up errors, the health server."""
