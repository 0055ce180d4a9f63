### Messages shared by the app, the command line and the exports, in English.
### Keys as in wording/catalogue.rs; the Korean file has the same keys and arguments.

## A programme followed on the web (`wording::web`).
web-failed = { $address }: { $what }
web-bad-address = not a web address whrcf can fetch (only http:// and https:// addresses with a host)
web-host-not-found = the host name was not found (offline, or no such host)
web-refused = the connection was refused (the server is down, or the address is wrong)
web-connection-failed = could not connect: { $why }
web-timed-out = the server did not answer in time
web-status = the server answered { $status }
web-page = the server sent a web page (a login or error page?), not a schedule
web-truncated = the download broke off after { $received }
web-too-large = the schedule is larger than { $max }, the most whrcf fetches
web-certificate = the server's certificate is not valid: { $why }
web-cert-unknown-issuer = no authority whrcf trusts signed it
web-cert-expired = it has expired
web-cert-not-valid-yet = it is not valid yet (or this computer's clock is wrong)
web-cert-other-host = it is for another host
web-cert-revoked = it was revoked
web-tls = the secure connection failed ({ $why })
web-too-many-redirects = more than { $max } redirects
web-insecure-redirect = refused a redirect from https to plain http
web-bad-redirect = the server redirected to something that is not an http or https address
web-not-programme = what the server sent is not a programme: { $problem }
web-cannot-keep = the offline copy could not be written: { $why }
web-protocol = the server's answer could not be read: { $why }
web-copy-kept = { $failure }; the offline copy of { $fetched_at } is kept
web-fetching = fetching { $address }: { $received } at { $rate }/s
web-fetched = fetched { $address }: { $received } at { $rate }/s
web-not-modified = { $address }: not modified (offline copy of { $fetched_at })
web-updated = { $address }: updated ({ $sessions }, { $size })
web-refresh-needs-address = refresh follows a programme on the web: give its address (whrcf refresh https://…/schedule.xml, or --programme URL)
web-opened-copy = { $address }: showing the offline copy fetched { $fetched_at } (whrcf refresh fetches a newer one)
web-opened-fetched = { $address }: fetched { $fetched_at }
web-first-fetch = { $address }: fetched and kept offline ({ $sessions }, { $size })

## The detail of one session (the app's detail pane and `whrcf show`).
detail-day = Day
detail-time = Time
detail-kind = Kind
detail-format = Format
detail-room = Room
detail-languages = Languages
detail-interpretation = Interpret.
detail-themes = Themes
detail-organizers = Organizers
detail-people = People
detail-notes = Notes
detail-sources = Sources
detail-id = Id
detail-edition = Edition
detail-not-published = not published
date-not-published = date not published
time-not-published = time not published
time-disputed = time not published: sources disagree
detail-not-published-disputed = not published: sources disagree
detail-end-not-published = end not published
role-not-published = role not published
role-organizer = organizer
detail-as-stated = { $value } ("{ $stated }")
detail-in-zone = { $range } ({ $zone })
detail-cut-off-legend = […] cut off in the stored copy: the text stops there.
detail-cut-off-value = ({ $what } cut off in the stored copy)
detail-cut-off-organizer = organizer '{ $name }'
detail-incomplete = The record of this session is incomplete.
detail-edition-ordinal = { $label } ({ $ordinal } forum)
problems-not-listed = … and { $more }, not listed (the first { $listed } are)

## The agenda plan.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days } d { $hours } h
plan-no-date = no date
plan-no-time = no time
plan-no-room = no room
change-day = day was { $was }, now { $now }
change-time = was { $was }, now { $now }
change-room = room was { $was }, now { $now }
change-title = title was "{ $was }"
plan-overlap = { $title }, { $range }
plan-tight = { $gap } from { $from } to { $to }
plan-free = free { $time }
plan-overlaps = overlaps: { $what }
plan-tight-change = tight change: { $what }
plan-changed = changed: { $what }
times-in-zone = { $text } ({ $zone } time)
agenda-was = was { $where }
plan-note = note: { $note }
plan-removed = removed
plan-section-untimed = Day and time not published
plan-section-gone = No longer in the programme

## The agenda from the command line.
agenda-heading = My agenda · { $programme } · { $marked } marked
agenda-empty-hint = Nothing marked yet: `whrcf agenda add ID` or Space in the app.
agenda-added = added { $id }: { $title }
agenda-already-marked = already marked: { $id }
agenda-removed = removed { $id }: { $title }
agenda-cleared = removed { $sessions } from the agenda of { $programme }
agenda-note-saved = note saved on { $id }
ics-versions-not-saved = the agenda could not be saved ({ $reason }): a calendar may not move an event whose session moves before the next export
agenda-merged = merged { $sessions } of { $programme } from { $file }
agenda-unknown = not in { $programme } or not marked: { $ids } (see `whrcf list` and `whrcf agenda list`)
next-now = now: { $title }{ $place }
next-now-until = now: { $title } until { $end }{ $place }
next-place = , { $room }
next-later = in { $wait }: { $title } ({ $when }{ $place })

## Checks from the command line.
found-in = { $programme }: { $what } found
clashes-untimed = No time
no-clashes = no clashes
clashes-not-checked = Not checked for clashes: { $sessions }
validate-ok = { $file }: ok ({ $sessions })
validate-skipped = { $file }: { $problems } found ({ $sessions } loaded)

## Exports of the agenda.
my-agenda = My agenda: { $programme }
markdown-legend = Times in { $zone } · exported { $exported } · [ ] planned, [x] attended, [-] skipped
nothing-marked = Nothing marked yet.
ics-end-not-published = End not published.
ics-skipped = Skipped: marked as skipped in my agenda (the session itself takes place).
ics-listed = { $label }: { $names }
ics-my-note = My note: { $note }
ics-source = Source: { $source }
left-out-gone = left out `{ $id }`: no longer in the programme
left-out-untimed = left out `{ $id }` ({ $title }): { $why }

## Which zone times are shown in (`wording::when::zone_shown`).
zone-forum = forum time: { $zone }
zone-forum-given = forum time: { $zone }, from --tz
zone-forum-place = forum time: { $zone }, guessed from the file's place
zone-forum-offsets = forum time: { $zone }, from the file's offsets
zone-forum-unknown = forum time: unknown, times as the file writes them
zone-local = local time: { $zone }
zone-named = times in { $zone }

## A programme's header.
found-of-total = { $found } of { $total } sessions found
found-no-total = { $sessions } found, no total stated
completeness = { $found }, { $dated } dated, { $timed } timed
filter-theme = theme: { $values }
filter-organizer = organizer: { $values }
filter-kind = kind: { $values }
filter-format = format: { $values }
filter-room = room: { $values }

## Programme versions compared (`whrcf diff`).
diff-when = { $day } { $time }
diff-at = { $when } in { $place }
diff-id = id was `{ $was }` (agendas keyed by the old id will show it as removed)
diff-people-gone = no longer: { $people }
diff-people-new = new: { $people }
person-with-role = { $name } ({ $role })
no-role = no role

## The agenda file.
agenda-unreadable = cannot read { $path }: { $reason }
agenda-set-aside = The agenda file was corrupt: kept as { $aside }, a new agenda was started ({ $problem })
agenda-not-set-aside = The agenda file { $path } is corrupt ({ $problem }) and could not be moved aside: { $reason }

## Clashes of a programme.
clash-room = "{ $a }"{ $which_a } and "{ $b }"{ $which_b } are both in { $room }
clash-person = { $name } is in "{ $a }"{ $which_a }{ $role_a } and in "{ $b }"{ $which_b }{ $role_b }
clash-role = {" "}({ $role })
clash-maybe-person = "{ $name_a }" in "{ $a }"{ $which_a } may be "{ $name_b }" in "{ $b }"{ $which_b }

# Said after each of two equal titles in a clash, to tell the sessions apart.
clash-which = {" "}({ $which })
clash-organizer = { $organizer } organizes both "{ $a }"{ $which_a } and "{ $b }"{ $which_b }
clash-outside-days = "{ $title }" is on { $date }, outside the programme's days { $first } to { $last }
clash-ends-before-start = "{ $title }" ends at { $end } but starts at { $start }
clash-no-end = "{ $title }" has a start but no end
clash-buffer = { $name } has { $minutes } min to get from { $from } ("{ $a }") to { $to } ("{ $b }")

## Added with the live programme, the library, changes, printing and the command line.
unknown-column = unknown column `{ $column }`{ $meant }: the columns are { $columns }
unknown-column-meant = {" "}(did you mean `{ $column }`?)
output-not-written = cannot write the output: { $why }
man-exit-success = Success; for validate, every file is valid (warnings may be printed).
man-exit-found = validate found problems, clashes found clashes, diff found changes, moves found moves that no longer apply.
man-exit-error = Bad usage; an unreadable file or web programme; an unknown session id, edition, day, theme or kind; an agenda or output that cannot be written.

## What-if moves.
move-line = move '{ $title }' from { $from } to { $to }
move-place-time = { $room } { $time }
move-place-day-time = { $room } { $day } { $time }
move-no-room = (no room)
move-gone = not applied: '{ $title }' ({ $id }) is no longer in the programme
move-changed = not applied: '{ $title }' ({ $id }) is no longer at { $from }
move-twice = not applied: '{ $title }' ({ $id }) is moved by an earlier move
move-already-there = already applied: '{ $title }' ({ $id }) is at { $to }
moves-none = No moves for { $programme }
moves-cleared = Cleared { $moves } of { $programme }
moves-set-aside = The file of moves was corrupt: kept as { $aside }, no moves ({ $problem })
moves-not-set-aside = The file of moves { $path } is corrupt ({ $problem }) and could not be moved aside: { $reason }
detail-cut-off-title = title
detail-cut-off-subtitle = subtitle
detail-cut-off-room = room
detail-cut-off-venue = venue
detail-cut-off-name = name
detail-cut-off-role = role
detail-cut-off-affiliation = affiliation
detail-cut-off-country = country
detail-cut-off-topic = topic
detail-cut-off-and = { $first } and { $then }
language-unknown = `{ $value }` is not a language whrcf speaks: en or ko
clock-unknown = `{ $value }` is not a clock: 24h or 12h
edition-unknown = unknown edition `{ $value }`: expected a year or an ordinal: { $editions }
edition-not-bundled = no programme of the { $ordinal } forum ({ $year }) was found, so it is not bundled: expected one of { $editions }
editions-or-all = { $editions }, or `all`
instant-expected = expected an RFC 3339 time such as 2021-10-07T14:00:00+09:00, found `{ $text }`
config-using-defaults = { $problem }; using the defaults
config-not-a-setting = `{ $name }` is not a setting; it is left out
config-not-a-setting-meant = `{ $name }` is not a setting (did you mean `{ $near }`?); it is left out
config-bad-value = { $key } { $must }; it is left out
config-must-minutes = must be a number of minutes from 0 to 1440
config-must-bool = must be true or false
config-must-language = must be "en" or "ko"
config-must-clock = must be "24h" or "12h"
config-must-programme = must be the name, path or address of a programme
config-must-refresh = must be a number of minutes from 0 (never by itself) to 10080
config-must-zone = must be a zone name (Asia/Seoul), "local", "UTC" or "forum"
io-disk-full = the disk is full
io-is-a-directory = it is a directory
io-not-a-directory = a part of the path is not a directory
io-read-only-filesystem = read-only file system
io-no-such-device = no such device or address
io-no-terminal = not a terminal
agenda-cannot-save = cannot save the agenda to { $path }: { $reason }
cli-warning = whrcf: warning: { $warning }
file-problem-at = line { $line }, column { $column }: { $problem }
file-not-utf8 = not UTF-8 text at byte { $at }
file-version-unknown = version { $version } is not one this whrcf reads ({ $known })
no-column-named = no column named: the columns are { $columns }
day-mark = ({ $days }d)
