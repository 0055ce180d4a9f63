//! Tests of `web::fetch` that need no server: redirects, the failures client errors become,
//! validators and this machine's addresses (the server tests are `tests/web_programme.rs`).

use super::*;

fn location(to: &str) -> http::HeaderValue {
    http::HeaderValue::from_str(to).unwrap()
}

#[test]
fn a_redirect_is_resolved_against_the_address_and_never_downgrades() {
    let from = Address::parse("https://ex.org/2026/schedule.xml?v=1").unwrap();
    let to = |l: &str| redirect_target(&from, Some(&location(l))).map(|a| a.to_string());
    assert_eq!(to("https://cdn.ex.org/s.xml").as_deref(), Ok("https://cdn.ex.org/s.xml"));
    assert_eq!(to("//mirror.ex.org/s.xml").as_deref(), Ok("https://mirror.ex.org/s.xml"));
    assert_eq!(to("/2027/s.json").as_deref(), Ok("https://ex.org/2027/s.json"));
    assert_eq!(to("new.xml").as_deref(), Ok("https://ex.org/2026/new.xml"));
    assert_eq!(to("http://ex.org/s.xml"), Err(Failure::InsecureRedirect));
    assert_eq!(to("file:///etc/passwd"), Err(Failure::BadRedirect));
    assert_eq!(redirect_target(&from, None), Err(Failure::BadRedirect));
    let plain = Address::parse("http://ex.org/a.xml").unwrap();
    assert_eq!(
        redirect_target(&plain, Some(&location("https://ex.org/a.xml"))).unwrap().as_str(),
        "https://ex.org/a.xml"
    );
}

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
