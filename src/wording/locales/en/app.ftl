### The app's own words in English (grid, notices, hiding, titles, key hints).
### Keys as in wording/catalogue/app.rs; the Korean file has the same keys and arguments.

grid-title = Timeline { $day } · { $columns } · times { $zone }
grid-overlaps = overlaps in this room
grid-no-sessions = no sessions this day
grid-no-timed-sessions = no sessions with a time
grid-room-shown = room { $first } of { $n }
grid-rooms-shown = rooms { $first }–{ $last } of { $n }
grid-kind-shown = kind { $first } of { $n }
grid-kinds-shown = kinds { $first }–{ $last } of { $n }

## The app's notice log.
level-error = error
level-warning = warning
level-info = info
notice-in-session = session `{ $session }`: { $message }
no-day-n = No day { $n }: this programme has { $tabs }
filter-option-empty = No session would pass “{ $option }” with the other filters: left unselected
filter-day-empty = No session of this day passes these filters: see the other days' tabs
notice-cut = {" "}… ({ $key }: read it all)
notices-to-read = { $counts } — press { $key } to read
notices-title-empty = Notices
notices-title = Notices · { $counts }
notices-none = Nothing to report: the programme file read cleanly.
notice-title = Notice
notice-no-data-directory = No data directory (set WHRCF_DATA_DIR): marks are kept in memory only
notice-agenda-not-saved = Agenda not saved, marks kept in memory: { $reason }
ask-quit-unsaved = Agenda not saved: { $key } again quits and loses the changes ({ $reason })
agenda-removed-undo = Removed from your agenda ({ $marked }): { $title } · { $key } undo
agenda-restored = Back in your agenda ({ $marked }): { $title }
nothing-to-undo = Nothing removed to bring back
notice-keys-unusable = Key bindings: { $problem }; using the defaults
notice-keys-problem = Key bindings: { $problem }

## What the user hides.
hidden-count = hidden: { $n }
hidden-count-shown = hidden: { $n } (shown)
notice-hidden = Hidden: { $title }
notice-shown-again = Shown again: { $title }
notice-hidden-shown = Hidden sessions shown for now ({ $n }); they stay hidden next time
notice-hidden-hidden = Hiding { $sessions } again
notice-nothing-hidden = Nothing is hidden
notice-hidden-not-saved = What is hidden was not saved (kept for this run): { $reason }
hidden-set-aside = The file of hidden sessions was corrupt: kept as { $aside }, nothing is hidden ({ $problem })
hidden-not-set-aside = The file of hidden sessions { $path } is corrupt ({ $problem }) and could not be moved aside: { $reason }
hint-hide = { $key } hide

## The app's titles and key hints: `{key}` is the key bound to the action, as the user's
## keymap has it; `{keys}` the keys of two actions that go together (`←→`).
title-session = Session
title-filters = Filters
title-help = Help · keys (rebind in keys.toml)
help-mouse = Mouse: click a day tab, a row, a filter group or option, an entry of a list or a block of the grid; the wheel scrolls what is under it.
title-agenda = My agenda · { $marked } marked
agenda-legend = [ ] planned · [x] attended · [-] skipped
title-clashes = Clashes · { $found } found
hint-back = { $key } back
hint-close = { $key } close
hint-open = { $key } open
hint-go-to = { $key } go to
hint-go-to-first = { $key } go to the first session
hint-status = { $key } status
hint-note = { $key } note
hint-remove = { $key } remove
hint-select = { $key } select
hint-clear-all = { $key } clear all
hint-group = { $keys } group
hint-rooms = { $keys } rooms
hint-time = { $keys } time
hint-change-day = { $first } and { $second } change the day.
no-session-this-day = No session on this day.
no-session-matches = No session matches.
no-session-shown-all-hidden = Every session of this day is hidden.
hint-show-hidden = Press { $key } to show hidden sessions.
hint-clear-filters = Press { $key } to clear filters and search.
hint-clear-search = { $key } clears the search.
hint-add-to-agenda = Press { $key } on a session to add it to your agenda.
hint-this-day-only = ({ $key }: this day only)
search-prompt = search:
searching-all-days = searching all days
grid-no-timed = No session with a published time on this day.
too-small-enlarge = Enlarge the window.
too-small-quit = Enlarge the window, or press { $key } to quit.
reminder = in { $minutes } min: { $title }
reminder-in-room = in { $minutes } min: { $title } · { $room }
reminder-more = (+{ $n } more)

## The header, the too-small notice and the help's markers.
header-in-agenda = ★ { $n } in my agenda
header-search = search: "{ $query }"
header-this-day = (this day)
too-small = Terminal too small
too-small-needs = { $size }; whrcf needs at least { $least }.
help-markers = Markers: ▶ on now · ★ in my agenda · ⊘ hidden (shown for a while) · ◌ incomplete record · [ ] planned [x] attended [-] skipped

## The footer's key hints: what the key shown before each does.
footer-move = move
footer-day = day
footer-open = open
footer-search = search
footer-filters = filters
footer-agenda = agenda
footer-grid = grid
footer-clashes = clashes
footer-people = people
footer-now = now
footer-clear = clear
footer-zone = zone
footer-help = help
footer-quit = quit
footer-all-days-this-day = all days/this day
footer-keep-as-filter = keep as filter
footer-scroll = scroll
footer-next-session = next session
footer-back = back
footer-group = group
footer-select = select
footer-hide = hide
footer-clear-all = clear all
footer-close = close
footer-go-to = go to
footer-status = status
footer-note = note
footer-remove = remove
footer-undo = undo
footer-keep-the-note = keep the note
footer-cancel = cancel
footer-time = time
footer-room = room
footer-mark = mark
footer-go-to-session = go to session
footer-session-pick-one = session / pick one
footer-all-editions = all editions
footer-clear-back = clear / back
footer-last = last

## Added with the live programme, the library, changes, printing and the command line.
title-changes = Changes since you last looked · { $changes }
changes-none = Nothing changed since you last marked this programme seen.
changes-group-new = New · { $sessions }
changes-group-moved = Moved · { $sessions }
changes-group-changed = Changed · { $sessions }
changes-group-cancelled = Cancelled · { $sessions }
changes-indicator = ± { $changes }
changes-legend = List marks since you last looked: + new · » moved · ~ changed (the Changes screen says what changed).
change-cancelled = cancelled
hint-mark-all-seen = { $key } mark all seen
notice-all-seen = Marked all seen ({ $changes }): the next changes will be marked from this version
notice-seen-not-saved = What you have seen was not recorded (the marks stay): { $reason }
notice-cancelled-no-open = Cancelled: no longer in the programme, nothing to open
notice-cancelled-in-agenda = Cancelled, in your agenda: { $title } (was { $when })
seen-set-aside = The file of what you have seen was corrupt: kept as { $aside }, this version is now the one seen ({ $problem })
seen-not-set-aside = The file of what you have seen { $path } is corrupt ({ $problem }) and could not be moved aside: { $reason }
live-refreshing = refreshing…
live-opening = opening { $what }…
live-updated-ago = updated { $ago }
live-copy-from = copy from { $ago }
live-offline = offline: copy from { $ago }
live-not-on-the-web = Only a programme opened from the web can be refreshed; this one is a file or a bundled edition
live-already-busy = Still fetching: the programme is swapped in when it is done
live-updated = Newer programme from the web: { $sessions }
live-not-modified = The server has no newer version: this is the latest programme
live-opened = Opened { $title }
live-cannot-open = Cannot open { $source }: { $reason }
live-edition = WHRCF { $year }
live-newest-edition = the newest WHRCF edition
live-job-failed = the fetch stopped unexpectedly; the programme shown is kept
age-just-now = just now
footer-mark-all-seen = mark all seen
footer-move-session = move it

## What-if moves.
grid-no-session-here = No session here: move onto a block
grid-moved-from = moved from { $from }
notice-moved = Moved '{ $title }' to { $to } ({ $key } undoes)
notice-move-undone = Move undone ({ $key } redoes)
notice-move-redone = Move redone
notice-nothing-to-undo = No move to undo
notice-nothing-to-redo = No move to redo
notice-move-no-slot = Only a session with a date and a start can be moved
notice-move-out-of-range = That would move the session out of the calendar
notice-move-no-further = No room or day further that way
notice-moves-not-saved = The moves were not saved (kept for this run): { $reason }
mark-on-now = on now
mark-in-agenda = in agenda
mark-hidden = hidden
mark-clash = clash
mark-moved = moved
mark-note = note
mark-new = new
mark-changed = changed
mark-current = current
mark-organizer = organizer
mark-end-unknown = end not published
mark-empty-cell = no session here
mark-days-before = earlier days not shown
mark-days-after = later days not shown
keys-meant = {" "}(did you mean { $name }?)
keys-not-toml = { $at }: { $problem }; the default keys are used
keys-unknown-mode = { $path }: unknown mode [{ $mode }]{ $near } (expected { $modes })
keys-mode-not-table = { $path }: [{ $mode }] must be a table of keys (`"j" = "down"` under it)
keys-action-not-name = { $path }: [{ $mode }] `{ $key }`: the action must be a name in quotes (`"{ $key }" = "down"`)
keys-unknown-action = { $path }: [{ $mode }] `{ $key }`: unknown action `{ $action }`{ $near } (expected one of: { $actions }, or none)
keys-unknown-key = unknown key `{ $key }`{ $near } (expected { $names })
keys-key-names = a character, or up, down, left, right, pgup, pgdn, home, end, enter, esc, tab, backtab, space, backspace, f1 to f12, with ctrl- / alt- / shift- before it
