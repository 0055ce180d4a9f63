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
people-across = in { $n } editions
room-unknown-none = no room matches `{ $room }`: { $programme } names no rooms
room-unknown-meant = no room matches `{ $room }`: did you mean `{ $meant }`?
room-unknown = no room matches `{ $room }`: expected one of { $known }
rooms-more = and { $n } more (see `whrcf list`)
agenda-no-data-directory = no data directory: set WHRCF_DATA_DIR or pass --agenda PATH
