"""A web page that plays a Telegram private chat with the bot, served by the emulator.

`WebChat(tg, controls).install` adds the page and its small JSON API to the emulator's own
server (same port): the page long-polls the chat's view and posts what the user does (text,
button presses, a contact card, a location, a file); each action becomes the Update Telegram
would send. `Controls` is what the host adds beside the chat (the playground's clock).
"""

from .chat import Controls, WebChat
from .view import chat_view, commands_for, reply_keyboard

__all__ = ["Controls", "WebChat", "chat_view", "commands_for", "reply_keyboard"]
