"""Logging set-up, with the bot token scrubbed from every line."""

from __future__ import annotations

import logging

from bot.config import Secret


class RedactSecret(logging.Filter):
    """Replace a secret wherever it would appear in a log line (URLs of HTTP libraries...)."""

    def __init__(self, secret: Secret) -> None:
        super().__init__()
        self._secret = secret.reveal()

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message without the secret."""
        message = record.getMessage()
        if self._secret in message:
            record.msg = message.replace(self._secret, "***")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            if self._secret in text:
                record.exc_text = text.replace(self._secret, "***")
        return True


def configure_logging(level: str, token: Secret, *secrets: Secret) -> None:
    """Log to stderr at `level`, never showing the token or the other `secrets` (the
    webhook's, which PTB's debug log of setWebhook would show)."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for secret in (token, *secrets):
        handler.addFilter(RedactSecret(secret))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL at INFO, and Telegram puts the token in the URL.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # vobject logs each line of an imported card it skips, with its text: a user's contacts.
    logging.getLogger("vobject").setLevel(logging.CRITICAL)
