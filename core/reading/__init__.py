"""Reading what people type: dates, times, cadences, channels, done words."""
