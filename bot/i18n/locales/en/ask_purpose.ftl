## /ask: what the ask is for (a trip, a job or internship lead, advice)

# Under an answer whose purpose was a guess: the messages ask for advice.
ask-purpose-unsure = 🧭 These messages ask for advice. Is it for something else? Pick below and I'll rewrite them.
# The place read in the question when it is not spelt as typed ("montrel").
ask-understood-place = 📍 I read that as { $place }.
button-ask-trip = ✈️ A trip
button-ask-job = 💼 A job or internship
button-ask-advice = 💡 Advice
button-ask-place = 📍 Did you mean { $place }?
