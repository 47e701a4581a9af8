"""What a user takes away: a full backup (JSON), contact cards (vCard 3.0), a spreadsheet."""
