"""The pure core: the model and its rules, with no Telegram, no TinyDB and no I/O."""
