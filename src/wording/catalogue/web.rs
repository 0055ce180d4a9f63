//! The words of a programme followed on the web (`wording::web`: why a fetch or a refresh
//! failed) and of the settings' mistakes in `config.toml`. Gathered into the catalogue's
//! `MESSAGES` by the parent.

use super::super::Message;

messages! {
    WEB_MESSAGES:
    WEB_FAILED = "web-failed";
    WEB_BAD_ADDRESS = "web-bad-address";
    WEB_HOST_NOT_FOUND = "web-host-not-found";
    WEB_REFUSED = "web-refused";
    WEB_CONNECTION_FAILED = "web-connection-failed";
    WEB_TIMED_OUT = "web-timed-out";
    WEB_STATUS = "web-status";
    WEB_PAGE = "web-page";
    WEB_TRUNCATED = "web-truncated";
    WEB_TOO_LARGE = "web-too-large";
    WEB_CERTIFICATE = "web-certificate";
    WEB_CERT_UNKNOWN_ISSUER = "web-cert-unknown-issuer";
    WEB_CERT_EXPIRED = "web-cert-expired";
    WEB_CERT_NOT_VALID_YET = "web-cert-not-valid-yet";
    WEB_CERT_OTHER_HOST = "web-cert-other-host";
    WEB_CERT_REVOKED = "web-cert-revoked";
    WEB_TLS = "web-tls";
    WEB_TOO_MANY_REDIRECTS = "web-too-many-redirects";
    WEB_INSECURE_REDIRECT = "web-insecure-redirect";
    WEB_BAD_REDIRECT = "web-bad-redirect";
    WEB_NOT_PROGRAMME = "web-not-programme";
    WEB_CANNOT_KEEP = "web-cannot-keep";
    WEB_PROTOCOL = "web-protocol";
    WEB_COPY_KEPT = "web-copy-kept";
    WEB_FETCHING = "web-fetching";
    WEB_FETCHED = "web-fetched";
    WEB_NOT_MODIFIED = "web-not-modified";
    WEB_UPDATED = "web-updated";
    WEB_REFRESH_NEEDS_ADDRESS = "web-refresh-needs-address";
    WEB_OPENED_COPY = "web-opened-copy";
    WEB_OPENED_FETCHED = "web-opened-fetched";
    WEB_FIRST_FETCH = "web-first-fetch";
}

messages! {
    SETTINGS_MESSAGES:
    CONFIG_USING_DEFAULTS = "config-using-defaults";
    CONFIG_NOT_A_SETTING = "config-not-a-setting";
    CONFIG_NOT_A_SETTING_MEANT = "config-not-a-setting-meant";
    CONFIG_BAD_VALUE = "config-bad-value";
    CONFIG_MUST_MINUTES = "config-must-minutes";
    CONFIG_MUST_BOOL = "config-must-bool";
    CONFIG_MUST_LANGUAGE = "config-must-language";
    CONFIG_MUST_CLOCK = "config-must-clock";
    CONFIG_MUST_PROGRAMME = "config-must-programme";
    CONFIG_MUST_REFRESH = "config-must-refresh";
    CONFIG_MUST_ZONE = "config-must-zone";
}
