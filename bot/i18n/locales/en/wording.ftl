## Grammar the data cannot write: dates, days, what /skip does.

# A date: the day, CLDR's (Babel's) month name; the year is text.
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

# The reminder days: "Monday to Saturday", "Monday and Friday".
days-range = { $first } to { $last }
day-name-1 = Monday
day-name-2 = Tuesday
day-name-3 = Wednesday
day-name-4 = Thursday
day-name-5 = Friday
day-name-6 = Saturday
day-name-7 = Sunday

# During /add, the starting value (the rhythm) is a default; /skip keeps it.
form-default = Default: { $value }
form-skip-keep = /skip to keep “{ $value }”, /cancel to stop.
# In /edit, /skip clears the field, or puts the rhythm back to the default one.
form-skip-clear = /skip to clear it, /cancel to stop.
form-skip-reset = /skip to go back to “{ $value }”, /cancel to stop.

# The birthday on the card, with the reminder asked for before it.
birthday-with-reminder = { $date } (🔔 { $reminder })
