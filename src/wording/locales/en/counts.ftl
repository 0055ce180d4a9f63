### Counts in English: each chooses its form by the plural rule of $n (one, other).
### Keys as in wording/catalogue.rs; the Korean file has the same keys.

count-sessions =
    { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
count-marked-sessions =
    { $n ->
        [one] { $n } marked session
       *[other] { $n } marked sessions
    }
count-events =
    { $n ->
        [one] { $n } event
       *[other] { $n } events
    }
count-problems =
    { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }
count-themes =
    { $n ->
        [one] { $n } theme
       *[other] { $n } themes
    }
count-editions =
    { $n ->
        [one] { $n } edition
       *[other] { $n } editions
    }
count-organizers =
    { $n ->
        [one] { $n } organizer
       *[other] { $n } organizers
    }
count-people =
    { $n ->
        [one] { $n } person
       *[other] { $n } people
    }
count-clashes =
    { $n ->
        [one] { $n } clash
       *[other] { $n } clashes
    }
count-no-end =
    { $n ->
        [one] { $n } session without an end
       *[other] { $n } sessions without an end
    }
count-changes =
    { $n ->
        [one] { $n } change
       *[other] { $n } changes
    }
count-more-problems =
    { $n ->
        [one] { $n } more problem
       *[other] { $n } more problems
    }
count-errors =
    { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }
count-warnings =
    { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
count-notices =
    { $n ->
        [one] { $n } notice
       *[other] { $n } notices
    }
count-matches-best-first =
    { $n ->
        [one] { $n } match, best first
       *[other] { $n } matches, best first
    }
count-matches-this-day =
    { $n ->
        [one] { $n } match this day
       *[other] { $n } matches this day
    }
count-more-load-warnings =
    { $n ->
        [one] … and { $n } more warning: whrcf validate { $file } lists them all
       *[other] … and { $n } more warnings: whrcf validate { $file } lists them all
    }
agenda-import-left-out =
    { $n ->
        [one] left out its { $n } marked session of { $programme } ({ $hint } to import it)
       *[other] left out its { $n } marked sessions of { $programme } ({ $hint } to import them)
    }
count-rooms =
    { $n ->
        [one] { $n } room
       *[other] { $n } rooms
    }
count-day-tabs =
    { $n ->
        [one] { $n } day tab
       *[other] { $n } day tabs
    }
count-kinds =
    { $n ->
        [one] { $n } kind
       *[other] { $n } kinds
    }
count-untimed-not-shown = { $n } without a time not shown

## Added with the live programme, the library, changes, printing and the command line.
count-calendar-left-out-untimed =
    { $n ->
        [one] left out { $n } session without a published time (a calendar event needs one)
       *[other] left out { $n } sessions without a published time (a calendar event needs one)
    }
count-minutes-ago =
    { $n ->
        [one] { $n } min ago
       *[other] { $n } min ago
    }
count-hours-ago =
    { $n ->
        [one] { $n } hour ago
       *[other] { $n } hours ago
    }
count-days-ago =
    { $n ->
        [one] { $n } day ago
       *[other] { $n } days ago
    }

## What-if moves.
count-moves =
    { $n ->
        [one] { $n } move
       *[other] { $n } moves
    }
count-moves-applied =
    { $n ->
        [one] { $n } move applied
       *[other] { $n } moves applied
    }
count-grid-clashes =
    { $n ->
        [one] { $n } clash (rooms, people)
       *[other] { $n } clashes (rooms, people)
    }
count-more-empty-events =
    { $n ->
        [one] event skipped: { $n } more event from here on has neither a title nor a time
       *[other] event skipped: { $n } more events from here on have neither a title nor a time
    }
