### The screens' own words in English: titles, notices after an action, clash kinds, people.
### Keys as in wording/catalogue/screens.rs; the Korean file has the same keys and arguments.

title-details = Details
nothing-selected = Nothing selected.
no-session-selected = No session selected
no-session-to-open = No session to open
no-session-here = No session here: move onto a block
undated = Undated
row-time-disputed = sources disagree
row-time-disputed-short = disputed
row-time-not-published = time not published
list-undated = Date not published · { $sessions }
notice-added = ★ Added to your agenda ({ $marked }): { $title }
notice-removed = Removed from your agenda ({ $marked }): { $title }
notice-no-longer = This session is no longer in the programme
notice-status = Status: { $status }
status-planned = planned
status-attended = attended
status-skipped = skipped
notice-note-saved = Note saved
no-values = No values in this programme.
notice-filters-cleared = Filters and search cleared
notice-now-showing = Now showing { $zone }
notice-on-now = On now: { $title }
notice-next = Next: { $title }
notice-nothing-on = Nothing on now or later in this programme (it is over)
notice-opening = Opening { $address }
notice-no-web-page = This session has no web page (no http or https source)
notice-cannot-open = Cannot open { $address }: { $reason }
notice-no-clash = No clash in this programme
clashes-none = No room or person is booked twice, and every session is within the programme's days.
clash-kind-no-end = ? no end
clash-kind-room = ▣ room
clash-kind-person = ◉ person
clash-kind-name = { $kind }
diff-kind-heading = { $kind } ({ $n })
clash-kind-same-person = ◌ same person?
clash-kind-organizer = ◇ organizer
clash-kind-dates = ✗ dates
clash-kind-length = ✗ length
clash-kind-buffer = ⇢ buffer
people-not-here = Not in { $programme }: in { $edition } (whrcf --edition { $year })
people-no-one = No one matches
people-pick-one = { $n } sessions: pick one, Enter to open it
people-only-bundled = Only a bundled WHRCF edition opens the index of every edition
people-every-edition = every edition
people-of = People and organizers of { $scope }
people-title = { $people } · { $scope }
people-sessions = Sessions
people-sessions-pick = Sessions · pick one
people-prompt = find:
note-prompt = note:

## The filter panel's groups.
facet-themes = Themes
facet-organizers = Organizers
facet-kinds = Kinds
facet-formats = Formats
facet-rooms = Rooms
detail-in-agenda = ★ In my agenda · { $status }
row-undated = undated
format-name = { $format }
format-badge = { $format ->
    [on-site] on site
    [livestream] live
   *[other] { $format }
}
grid-no-room = (no room)
grid-no-kind = (no kind)
help-section = { $mode }
