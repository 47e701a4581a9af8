"""The TinyDB adapter: one crash-safe JSON file per user, cached in memory as model objects."""
