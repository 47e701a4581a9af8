"""Jobs: scheduling the daily nudges and delivering them exactly once."""
