## Conversation ideas: suggestions to the user, one line each, with the contact's facts filled in.
## The facts each idea needs are listed in bot/domain/ideas.py; $days counts from today (0 = today).

## Your own news
idea-own_news-1 = Share a snapshot of your week: a photo, a place you found, a small win. Easy to reply to, too.
idea-own_news-2 = Tell them about something new on your side (a course, a move, a project) and ask what's new with them.
idea-own_news-3 = Send { $first_name } a quick update: “Hey, it's been ages! Here's my news, now I want yours.”
idea-own_news-4 = Seen something lately that made you think of { $first_name }? Send it over, with a line on why.
idea-own_news-5 = Tell { $first_name } about your plans for the coming months: they may have advice, or a reason to meet up.
idea-own_news-6 = Bring back a memory from when you met (“{ $met }”) and tell { $first_name } what you're up to now.
idea-own_news-7 = { $band ->
   *[months] { $months } months since you last talked to { $first_name }.
    [a-year] A year since you last talked to { $first_name }.
    [over-a-year] Over a year since you last talked to { $first_name }.
    [year-and-a-half] A year and a half since you last talked to { $first_name }.
    [almost-two-years] Almost two years since you last talked to { $first_name }.
    [two-years] Two years since you last talked to { $first_name }.
    [over-two-years] Over two years since you last talked to { $first_name }.
} No need to apologise: share one bit of news and ask for theirs.
idea-own_news-8 = { $band ->
   *[months] It's been { $months } months
    [a-year] It's been a year
    [over-a-year] It's been over a year
    [year-and-a-half] It's been a year and a half
    [almost-two-years] It's been almost two years
    [two-years] It's been two years
    [over-two-years] It's been over two years
}. Break the silence lightly: “Hey, you just crossed my mind! How are things?”

## Their interests
idea-interests-1 = Send { $first_name } something about { $interest } that made you think of them: an article, a video, a playlist.
idea-interests-2 = Check in on { $first_name }'s love of { $interest }: “Still into { $interest }? Found anything good lately?”
idea-interests-3 = Spotted an event for { $interest } fans? Tell { $first_name } about it, even if it's far away: it's the thought that counts.
idea-interests-4 = Ask { $first_name } for a recommendation: “I'd like to get into { $interest }. Where would you start?”
idea-interests-5 = “Did you see the news about…?” Anything new in { $interest } is a perfect excuse to text { $first_name }.
idea-interests-6 = Share something from the world of { $interest } and ask what they make of it.

## Following up on last time
idea-follow_up-1 = Last time you noted: “{ $note }”. Ask { $first_name } how it turned out.
idea-follow_up-2 = You noted: “{ $note }”. Pick up the thread with { $first_name }: “I was thinking of you. Any news on that?”
idea-follow_up-3 = Your note from last time: “{ $note }”. Show { $first_name } you remember and ask what happened next.
idea-follow_up-4 = You noted: “{ $note }”. Ask { $first_name } how things stand: people love it when you remember the details.
idea-follow_up-5 = Your last conversation, as you noted it: “{ $note }”. Ask { $first_name } where things stand now.
idea-follow_up-6 = Last time you noted: “{ $note }”. A simple “So, how did it go?” is plenty.

## Asking for a tip
idea-tip-1 = Ask { $first_name } for a good address: “If I had just one evening in { $city }, where should I eat?”
idea-tip-2 = Ask { $first_name } what's on in { $city } these days: a festival, a gig, a neighbourhood worth exploring.
idea-tip-3 = Planning a trip? Ask { $first_name } for their top three things to do in { $city }. Nobody knows it better than a local.
idea-tip-4 = Ask { $first_name } for a hidden gem in { $city }: a café, a bookshop, a walk the tourists miss.
idea-tip-5 = Ask { $first_name } for a book, podcast or newsletter worth following in their line of work ({ $work }).
idea-tip-6 = Ask { $first_name } which conference or meetup is actually worth going to in their field ({ $work }).
idea-tip-7 = Curious about what { $first_name } does ({ $work })? Ask what they'd tell someone just starting out.

## Their work
idea-work-1 = Ask { $first_name } how work's going ({ $work }): “What are you working on these days?”
idea-work-2 = Ask { $first_name } about the project they're on right now ({ $work }): the exciting part and the hard part.
idea-work-3 = Ask { $first_name } what's changed at work since you last talked ({ $work }).
idea-work-4 = Any big news on the job front for { $first_name } ({ $work })? A launch, a new team, a promotion: ask!
idea-work-5 = Ask { $first_name } what a typical day looks like now ({ $work }). A great way to learn about their field.
idea-work-6 = “How's work?” is fine, but mention something specific about their job ({ $work }) so { $first_name } sees you remember.

## Anniversaries of the day you met
idea-anniversary-1 = { $days ->
        [0] Today marks
        [1] Tomorrow marks
       *[other] In { $days } days it'll be
    } { $years ->
        [one] a year
       *[other] { $years } years
    } since you met { $first_name }. Nice excuse to say hi!
idea-anniversary-2 = { $years ->
        [one] A year ago
       *[other] { $years } years ago
    } { $days ->
        [0] today
       *[other] this week
    } you met { $first_name } (“{ $met }”). Send them a memory from back then.
idea-anniversary-3 = Dig out a photo from when you met (“{ $met }”): { $years ->
        [one] a year ago
       *[other] { $years } years ago
    } { $days ->
        [0] today!
       *[other] this week!
    } Send it to { $first_name } with “Can you believe it?”
idea-anniversary-4 = “{ $years ->
        [one] One year
       *[other] { $years } years
    } since we met, time flies!” A fun way to get back in touch with { $first_name } { $days ->
        [0] today.
       *[other] this week.
    }
idea-anniversary-5 = { $days ->
        [0] It's six months today
       *[other] It'll be six months this week
    } since you met { $first_name }: a good moment to check in and hear how they're doing.
idea-anniversary-6 = { $days ->
        [0] Six months to the day
       *[other] Almost six months
    } since you met (“{ $met }”)! Ask { $first_name } what they miss most from that time.

## Holidays in their country
idea-holiday-1 = It's { $holiday } { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    } where { $first_name } lives: ask what they've got planned.
idea-holiday-2 = It's { $holiday } { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    } over there: write to { $first_name } for the occasion. “Doing anything special?”
idea-holiday-3 = A ready-made excuse: it's { $holiday } { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    } where { $first_name } lives. Ask how it's marked, and what they're up to.
idea-holiday-4 = It's { $holiday } { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    } where they live. A short note saying you're thinking of them goes a long way.

## Their birthday
idea-birthday-1 = A message, or even a voice note, for { $first_name }: “Happy birthday! 🎉 Any plans for today?”
idea-birthday-2 = Wish { $first_name } a happy birthday and add a memory you share: it'll stand out from the usual messages.
idea-birthday-3 = A photo from your time with { $first_name } makes your birthday message really personal.
idea-birthday-4 = Two lines are enough to make their day: “Happy birthday! Hope the year ahead is a great one.”
