"""Use cases: a repository and a clock in, model objects out; no Telegram, no TinyDB."""
