"""Conversation ideas: what to write to someone, and the holidays behind some."""
