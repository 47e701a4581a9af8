"""Views: model objects to catalog text and keyboards; no sends, no store."""
