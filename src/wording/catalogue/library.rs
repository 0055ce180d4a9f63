//! The words of the programme library: `whrcf programmes` (adding, removing, listing), what
//! `--programme` and `[programme] default` name, and the app's programme switcher. Same keys and
//! texts as the rest of the catalogue, gathered into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    LIBRARY_MESSAGES:
    PROGRAMME_ADDED = "programme-added" => "added {source} as {name}";
    PROGRAMME_REMOVED = "programme-removed" => "removed {name}";
    PROGRAMME_REMOVED_DEFAULT = "programme-removed-default" => "warning: `{name}` was the default programme ([programme] default in {file}), which now names nothing: set another default there or remove the line";
    PROGRAMME_BAD_NAME = "programme-bad-name" => "`{name}` cannot name a programme: use letters, digits, - and _";
    PROGRAMME_TAKEN = "programme-taken" => "a programme named `{name}` is already added ({source}); remove it first";
    PROGRAMME_UNKNOWN = "programme-unknown" => "no programme is added as `{name}`; see `whrcf programmes`";
    PROGRAMME_UNKNOWN_NEAR = "programme-unknown-near" => "no programme is added as `{name}` (did you mean `{near}`?); see `whrcf programmes`";
    PROGRAMMES_NOT_SAVED = "programmes-not-saved" => "cannot save the programmes: {reason}";
    PROGRAMMES_NO_CONFIG_DIR = "programmes-no-config-dir" => "no configuration directory (set WHRCF_CONFIG_DIR)";
    PROGRAMME_NOT_ADDRESS = "programme-not-address" => "{source} is not a usable http or https address";
    PROGRAMME_NOT_FOUND = "programme-not-found" => "cannot find {source}: {reason}";
    PROGRAMME_PATH_NOT_UTF8 = "programme-path-not-utf8" => "{source}: the path is not UTF-8 text";
    PROGRAMMES_UNREADABLE = "programmes-unreadable" => "cannot read {path}: {reason}";
    PROGRAMMES_SET_ASIDE = "programmes-set-aside" => "the added programmes' file was corrupt ({problem}); it is kept as {aside}";
    PROGRAMMES_NOT_SET_ASIDE = "programmes-not-set-aside" => "{path} is corrupt ({problem}) and could not be moved aside: {reason}";
    RECENT_SET_ASIDE = "recent-set-aside" => "the list of recent programmes was corrupt ({problem}); it is kept as {aside}";
    RECENT_NOT_SAVED = "recent-not-saved" => "the list of recent programmes was not saved: {reason}";
    NAMES_NOTHING = "names-nothing" => "`{name}` is no file and no added programme";
    NAMES_NOTHING_NEAR = "names-nothing-near" => "`{name}` is no file and no added programme (did you mean `{near}`?)";
    DEFAULT_NAMES_NOTHING = "default-names-nothing" => "{file}: [programme] default = \"{name}\" is no file and no added programme{near}; see `whrcf programmes`";
    DID_YOU_MEAN = "did-you-mean" => " (did you mean `{near}`?)";
    // A programme followed on the web (more of `wording::web`).
    WEB_ADDRESS_CONTROL = "web-address-control" => "the address contains control characters (shown escaped here); whrcf does not fetch it";
    WEB_NO_FORMAT = "web-no-format" => "the server's file is not a programme in any format whrcf reads (expected {formats}); it was sent as {content_type}";
    WEB_NO_CONTENT_TYPE = "web-no-content-type" => "no content type";
    WEB_FETCHING_OF = "web-fetching-of" => "fetching {address}: {received} of {total} ({percent}%) at {rate}/s";
    WEB_FROM_COPY = "web-from-copy" => "from the offline copy of {address} fetched at {fetched_at} (whrcf refresh fetches a newer one)";
    // The library as listed by `whrcf programmes`.
    LIBRARY_COLUMN_KIND = "library-column-kind" => "KIND";
    LIBRARY_COLUMN_NAME = "library-column-name" => "NAME";
    LIBRARY_COLUMN_SOURCE = "library-column-source" => "SOURCE";
    LIBRARY_COLUMN_FETCHED = "library-column-fetched" => "FETCHED";
    LIBRARY_BUNDLED = "library-bundled" => "bundled";
    LIBRARY_ADDED = "library-added" => "added";
    LIBRARY_RECENT = "library-recent" => "recent";
    LIBRARY_EDITION = "library-edition" => "WHRCF {edition} ({ordinal} forum)";
    LIBRARY_BUNDLED_NAME = "library-bundled-name" => "WHRCF {edition}";
    LIBRARY_FETCHED = "library-fetched" => "fetched {at}";
    LIBRARY_NOT_FETCHED = "library-not-fetched" => "not fetched yet";
    LIBRARY_NONE_ADDED = "library-none-added" => "no programme added yet: whrcf programmes add URL|PATH --name NAME";
    LIBRARY_HOW_TO_OPEN = "library-how-to-open" => "open one with --edition YEAR, --programme NAME or --programme PATH|URL, or from the app's programme switcher";
    // The app's programme switcher.
    TITLE_SWITCHER = "title-switcher" => "Programmes · {shown} of {total}";
    SWITCHER_PROMPT = "switcher-prompt" => "open:";
    SWITCHER_NONE = "switcher-none" => "No programme matches.";
    SWITCHER_OPENING = "switcher-opening" => "Opening {name}…";
    HINT_FILTER = "hint-filter" => "type to filter";
}
