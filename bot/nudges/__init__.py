"""Nudges: what is due today, sent once at the user's hour, and what the user answers."""
