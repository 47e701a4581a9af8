## Places and time zones, written in the reader's language

# On the card, when their time is not yours.
card-place-time = 📍 { $place } ({ $time } there now)
# A country or a zone without a city: $zone names the clock ("Toronto").
card-place-time-zone = 📍 { $place } ({ $zone }: { $time })
# One button among several possible places, with the time there.
place-choice = { $place } (it's { $time })
# A zone's time, in "your nudges will arrive at 9:00 (Paris time)"; $initial only serves
# French elision ("heure d'Amsterdam").
zone-time = { $initial ->
       *[other] { $zone } time
    }
