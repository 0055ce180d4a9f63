//! Tests of `web::fetch` that need no server: the failures client errors become, validators and
//! this machine's addresses (the server tests are `tests/web_programme.rs`).

use super::*;

#[test]
fn client_errors_become_the_failures_they_are() {
    assert_eq!(failure(ureq::Error::HostNotFound, None), Failure::HostNotFound);
    let refused = io::Error::from(io::ErrorKind::ConnectionRefused);
    assert_eq!(failure(ureq::Error::Io(refused), None), Failure::Refused);
    let cut = io::Error::from(io::ErrorKind::UnexpectedEof);
    assert_eq!(failure(ureq::Error::Io(cut), Some(10)), Failure::Truncated { received: 10 });
    assert_eq!(kept("\"abc\""), Some("\"abc\"".into()));
    let loopback = |a: &str| is_loopback(&Address::parse(a).unwrap());
    assert!(loopback("http://127.0.0.1:8080/s.xml") && loopback("http://[::1]/s") && loopback("http://LOCALHOST/"));
    assert!(!loopback("https://127.0.0.1.example.org/s.xml") && !loopback("https://ex.org/"));
    assert_eq!(kept("a\u{7f}b"), None, "a validator goes back in a header: printable ASCII only");
}

#[test]
fn a_name_that_does_not_resolve_is_a_host_not_found() {
    // What the standard library says when the system's resolver knows no such name.
    let lookup = io::Error::other("failed to lookup address information: Name or service not known");
    assert_eq!(failure(ureq::Error::Io(lookup), None), Failure::HostNotFound);
}
