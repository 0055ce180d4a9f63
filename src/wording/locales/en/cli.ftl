### The command line's own words in English: headings of list and editions, errors.
### Keys as in wording/catalogue/cli.rs; the Korean file has the same keys and arguments.

list-heading = { $title } · { $shown } shown of { $total }
list-archive-heading = { $label }, every bundled edition · { $shown } shown of { $total }
list-cut-off-legend = { $mark } title cut off in the stored copy
list-day-range = days 1-{ $n } ({ $first } to { $last }) or `undated`
list-no-day-n = no day { $day }: expected { $range }
list-bad-day = --day: { $problem }; expected { $range }
list-not-a-day = { $date } is not a day of { $programme }: expected { $range }
list-unknown-theme = unknown theme `{ $theme }`: expected one of { $known }
list-unknown-kind = unknown kind `{ $kind }`: expected one of { $known }
editions-intro = { $editions } bundled, newest first; the default is { $year } ({ $ordinal }).
editions-found-legend = found: sessions found of the organisers' own total (- when they stated none).
editions-no-programme = no programme found
editions-headings = year|no.|days|found|dated|timed|theme
editions-days = { $first } to { $last }
editions-found-of = { $found } of { $stated }
theme-not-published = theme not published
show-unknown-id = no session `{ $id }` in { $programme }: { $hint }
show-other-edition = ids starting with { $year } are in the { $year } edition: add `--edition { $year }` (or `--edition all`)
show-see-list = see `whrcf list` for ids
show-did-you-mean = did you mean { $ids }?
cli-cannot-write = cannot write { $path }: { $reason }
cli-wrote = wrote { $path } ({ $sessions } of { $title }, { $themes })
cli-cannot-run-app = cannot run the terminal app: { $error } (without a terminal, use a subcommand such as `whrcf list`)

## `whrcf people` and `whrcf agenda`.
people-heading = { $programme } · { $people } and { $organizers }
people-matching = matching "{ $query }"
people-in-rooms = in rooms matching "{ $room }"
people-across = { $sessions } in { $n } editions
room-unknown-none = no room matches `{ $room }`: { $programme } names no rooms
room-unknown-meant = no room matches `{ $room }`: did you mean `{ $meant }`?
room-unknown = no room matches `{ $room }`: expected one of { $known }
rooms-more = and { $n } more (see `whrcf list`)
agenda-no-data-directory = no data directory: set WHRCF_DATA_DIR or pass --agenda PATH

## Added with the live programme, the library, changes, printing and the command line.
programme-added = added { $source } as { $name }
programme-removed = removed { $name }
programme-removed-default = warning: `{ $name }` was the default programme ([programme] default in { $file }), which now names nothing: set another default there or remove the line
programme-bad-name = `{ $name }` cannot name a programme: use letters, digits, - and _
programme-taken = a programme named `{ $name }` is already added ({ $source }); remove it first
programme-unknown = no programme is added as `{ $name }`; see `whrcf programmes`
programme-unknown-near = no programme is added as `{ $name }` (did you mean `{ $near }`?); see `whrcf programmes`
programmes-not-saved = cannot save the programmes: { $reason }
programmes-no-config-dir = no configuration directory (set WHRCF_CONFIG_DIR)
programme-not-address = { $source } is not a usable http or https address
programme-not-found = cannot find { $source }: { $reason }
programme-path-not-utf8 = { $source }: the path is not UTF-8 text
programmes-unreadable = cannot read { $path }: { $reason }
programmes-set-aside = the added programmes' file was corrupt ({ $problem }); it is kept as { $aside }
programmes-not-set-aside = { $path } is corrupt ({ $problem }) and could not be moved aside: { $reason }
recent-set-aside = the list of recent programmes was corrupt ({ $problem }); it is kept as { $aside }
recent-not-saved = the list of recent programmes was not saved: { $reason }
names-nothing = `{ $name }` is no file and no added programme
names-nothing-near = `{ $name }` is no file and no added programme (did you mean `{ $near }`?)
default-names-nothing = { $file }: [programme] default = "{ $name }" is no file and no added programme{ $near }; see `whrcf programmes`
did-you-mean = {" "}(did you mean `{ $near }`?)
web-address-control = the address contains control characters (shown escaped here); whrcf does not fetch it
web-no-format = the server's file is not a programme in any format whrcf reads (expected { $formats }); it was sent as { $content_type }
web-no-content-type = no content type
web-fetching-of = fetching { $address }: { $received } of { $total } ({ $percent }%) at { $rate }/s
web-from-copy = from the offline copy of { $address } fetched at { $fetched_at } (whrcf refresh fetches a newer one)
library-column-kind = KIND
library-column-name = NAME
library-column-source = SOURCE
library-column-fetched = FETCHED
library-bundled = bundled
library-added = added
library-recent = recent
library-edition = WHRCF { $edition } ({ $ordinal } forum)
library-bundled-name = WHRCF { $edition }
library-fetched = fetched { $at }
library-not-fetched = not fetched yet
library-none-added = no programme added yet: whrcf programmes add URL|PATH --name NAME
library-how-to-open = open one with --edition YEAR, --programme NAME or --programme PATH|URL, or from the app's programme switcher
title-switcher = Programmes · { $shown } of { $total }
switcher-prompt = open:
switcher-none = No programme matches.
switcher-opening = Opening { $name }…
hint-filter = type to filter
print-language = en
print-contents = Days
print-to-contents = Back to the days
print-undated = Date not published
print-times = Times: { $zone }
export-wrote = wrote { $file } ({ $sessions } of { $programme })
export-wrote-left-out = wrote { $file } ({ $sessions } of { $programme }, { $left } left out)

## Spreadsheet import.
sheet-no-title = this row has no title: expected one in the title column; the row is left out
sheet-not-a-time = { $field } `{ $found }` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out
sheet-not-a-date = date `{ $found }` is not a date: expected one such as 2021-10-07, 2021.10.07 or 10월 7일; the session is left out
sheet-no-year = date `{ $found }` has no year, and the sheet names no one year elsewhere: give it as `year = …` in a --column-map file; the session is left out
sheet-end-before-start = the end { $end } is not after the start { $start }: the end is left out
sheet-no-date = a time but no date (no date column, no date above, none in the sheet's name): the session is imported without its date and time
sheet-read-as = not UTF-8: read as { $encoding }
sheet-no-header = no header row found in the first 50 rows: expected one naming a title (title, session, 세션명, 제목) and another field (date/날짜, time/시간, start/시작, room/장소, …), or a --column-map file
sheet-no-title-column = the header row names no title column: expected title, session, 세션명 or 제목 (or `title = "B"` in a --column-map file)
sheet-header-not-found = the --column-map file gives { $field } as the header "{ $header }", but the sheet has no such header
sheet-skipped = sheet skipped: { $why }
sheet-not-workbook = not a spreadsheet whrcf can read (.xlsx, .xls or .ods): { $why }
sheet-too-many-cells = more than { $max } cells: a programme is far smaller, so the file is not read
sheet-no-sessions = no sessions found below the header row
field-title = title
field-date = date
field-start = start time
field-end = end time
field-time = time
field-room = room
field-speakers = speakers
field-moderator = moderator
field-organizer = organizer
field-theme = theme
field-kind = kind
field-summary = summary
columns-unknown-field = { $file }: unknown field `{ $key }` in [columns]: expected one of { $keys }
columns-not-a-column = { $file }: [columns] { $key }: expected a column letter ("C") or a header text
columns-bad-year = { $file }: year { $year }: expected a year from 1 to 9999
columns-not-toml = { $file }: { $why }
load-zone-from-place = no time zone in the file: { $zone } is taken from { $by } (another can be given with --tz)
load-zone-by-city = the city "{ $city }"
load-zone-by-domain = the web addresses on .{ $domain }
load-cut-short-inside = the file ends inside <{ $open }>: it is cut short ({ $read } read)
load-cut-short-event-lost = the file ends inside <{ $open }>: it is cut short; the event it was reading is lost ({ $read } read)
load-cut-short-calendar = the file ends without END:VCALENDAR: it may be cut short ({ $read } read)
cannot-read = cannot read { $path }: { $reason }
no-such-file = No such file or directory
permission-denied = permission denied
file-not-regular = it is { $kind ->
    [directory] a directory
    [fifo] a named pipe (FIFO)
    [character-device] a character device
    [block-device] a block device
    [socket] a socket
   *[other] an unknown kind of file
}, not a regular file
file-named-not-regular = { $what } is { $kind ->
    [directory] a directory
    [fifo] a named pipe (FIFO)
    [character-device] a character device
    [block-device] a block device
    [socket] a socket
   *[other] an unknown kind of file
}, not a regular file
load-no-format = { $path }: not a programme in any format whrcf reads: expected { $expected }
load-binary = cannot read { $path }: not a text file (binary data at byte { $offset }): expected { $expected }
one-edition-only = `{ $command }` works on one edition: give `--edition` a year or an ordinal (`--edition all` is for list, show, people, themes and organizers)
problem-error = error
problem-warning = warning
problem-session = session `{ $id }`

## `whrcf agenda import`.
import-hint-edition = add `--edition { $year }`
import-hint-programme = give its programme with --edition or --programme
import-nothing-marked = { $path }: no marked sessions in it: nothing to import
import-other-programmes = { $path }: it holds no agenda of { $programme } but { $marked } of { $others }: it is another programme's agenda ({ $hint } to import it)
import-not-an-agenda = { $at }: { $problem }: expected an agenda file (agenda.toml) or a JSON export of `whrcf agenda export --format json`
import-item = { $path }: item { $i }: { $problem }
import-unknown-status = { $path }: item { $i }: unknown status `{ $status }`
import-agenda-of-other = { $path }: it is the agenda of { $ids }, not of { $programme } ({ $hint } to import it)
import-none-in-programme = { $path }: none of its { $sessions } are in { $programme }: it is another programme's agenda{ $hint }
import-ids-look-like = {" "}(its ids look like the { $year } edition: add `--edition { $year }`)
import-give-programme = {" "}(give its programme with --edition or --programme)
list-column-headings = day|time|title|kind|format|room|themes|organizers|people|id
list-column-twice = --columns names `{ $column }` twice: name each column once
one-edition-app = the app works on one edition: give `--edition` a year or an ordinal (`--edition all` is for list, show, people, themes and organizers)
