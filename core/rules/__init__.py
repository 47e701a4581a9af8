"""Rules of time: due dates, cadences, birthdays, the daily plan, the stay."""
