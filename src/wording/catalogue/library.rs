//! The words of the programme library: `whrcf programmes` (adding, removing, listing), what
//! `--programme` and `[programme] default` name, and the app's programme switcher. Same keys and
//! texts as the rest of the catalogue, gathered into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    LIBRARY_MESSAGES:
    PROGRAMME_ADDED = "programme-added";
    PROGRAMME_REMOVED = "programme-removed";
    PROGRAMME_REMOVED_DEFAULT = "programme-removed-default";
    PROGRAMME_BAD_NAME = "programme-bad-name";
    PROGRAMME_TAKEN = "programme-taken";
    PROGRAMME_UNKNOWN = "programme-unknown";
    PROGRAMME_UNKNOWN_NEAR = "programme-unknown-near";
    PROGRAMMES_NOT_SAVED = "programmes-not-saved";
    PROGRAMMES_NO_CONFIG_DIR = "programmes-no-config-dir";
    PROGRAMME_NOT_ADDRESS = "programme-not-address";
    PROGRAMME_NOT_FOUND = "programme-not-found";
    PROGRAMME_PATH_NOT_UTF8 = "programme-path-not-utf8";
    PROGRAMMES_UNREADABLE = "programmes-unreadable";
    PROGRAMMES_SET_ASIDE = "programmes-set-aside";
    PROGRAMMES_NOT_SET_ASIDE = "programmes-not-set-aside";
    RECENT_SET_ASIDE = "recent-set-aside";
    RECENT_NOT_SAVED = "recent-not-saved";
    NAMES_NOTHING = "names-nothing";
    NAMES_NOTHING_NEAR = "names-nothing-near";
    DEFAULT_NAMES_NOTHING = "default-names-nothing";
    DID_YOU_MEAN = "did-you-mean";
    // A programme followed on the web (more of `wording::web`).
    WEB_ADDRESS_CONTROL = "web-address-control";
    WEB_NO_FORMAT = "web-no-format";
    WEB_NO_CONTENT_TYPE = "web-no-content-type";
    WEB_FETCHING_OF = "web-fetching-of";
    WEB_FROM_COPY = "web-from-copy";
    // The library as listed by `whrcf programmes`.
    LIBRARY_COLUMN_KIND = "library-column-kind";
    LIBRARY_COLUMN_NAME = "library-column-name";
    LIBRARY_COLUMN_SOURCE = "library-column-source";
    LIBRARY_COLUMN_FETCHED = "library-column-fetched";
    LIBRARY_BUNDLED = "library-bundled";
    LIBRARY_ADDED = "library-added";
    LIBRARY_RECENT = "library-recent";
    LIBRARY_EDITION = "library-edition";
    LIBRARY_BUNDLED_NAME = "library-bundled-name";
    LIBRARY_FETCHED = "library-fetched";
    LIBRARY_NOT_FETCHED = "library-not-fetched";
    LIBRARY_NONE_ADDED = "library-none-added";
    LIBRARY_HOW_TO_OPEN = "library-how-to-open";
    // The app's programme switcher.
    TITLE_SWITCHER = "title-switcher";
    SWITCHER_PROMPT = "switcher-prompt";
    SWITCHER_NONE = "switcher-none";
    SWITCHER_OPENING = "switcher-opening";
    HINT_FILTER = "hint-filter";
}
