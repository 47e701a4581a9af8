## A country's holidays, named as the subject of a sentence ("It's { $holiday } tomorrow").
## The keys are core/ideas/holiday_calendar.py's (NAMED); a French reader is told of a holiday
## without a key as "un jour férié", an English one by the holidays library's own name.

holiday-unnamed = a public holiday
holiday-new-year = New Year's Day
holiday-new-year-eve = New Year's Eve
holiday-epiphany = Epiphany
holiday-valentine = Valentine's Day
holiday-saint-patrick = St Patrick's Day
holiday-good-friday = Good Friday
holiday-easter = Easter
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension = Ascension Day
holiday-pentecost = Pentecost
holiday-pentecost-monday = Whit Monday
holiday-corpus-christi = Corpus Christi
holiday-mothers-day = Mother's Day
holiday-fathers-day = Father's Day
holiday-assumption = Assumption Day
holiday-all-saints = All Saints' Day
holiday-halloween = Halloween
holiday-christmas-eve = Christmas Eve
holiday-christmas = Christmas
holiday-boxing-day = Boxing Day
holiday-national-day = the national day
holiday-independence-day = Independence Day
holiday-constitution-day = Constitution Day
holiday-republic-day = Republic Day
holiday-liberation-day = Liberation Day
holiday-german-unity = German Unity Day
holiday-saint-francis = the feast of St Francis
holiday-kings-day = King's Day
holiday-canada-day = Canada Day
holiday-thanksgiving = Thanksgiving
holiday-lunar-new-year = Lunar New Year
holiday-mid-autumn = the Mid-Autumn Festival
holiday-childrens-day = Children's Day
holiday-coming-of-age = Coming of Age Day
holiday-emperors-birthday = the Emperor's Birthday
holiday-culture-day = Culture Day
