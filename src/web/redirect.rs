//! Where a redirect leads: its `Location` resolved against the address it came from (absolute,
//! scheme-relative, host-relative or relative), checked as any address is, and refused when it
//! leaves `https` for plain `http` or goes to another scheme. Redirects are followed by
//! `web::fetch`, not by the HTTP client, so this check sees every hop.

use ureq::http;

use super::Address;
use super::fetch::Failure;

/// Where a redirect from `from` leads: absolute, scheme-relative, host-relative or relative.
pub fn target(from: &Address, location: Option<&http::HeaderValue>) -> Result<Address, Failure> {
    let location = location.and_then(|l| l.to_str().ok()).ok_or(Failure::BadRedirect)?.trim();
    let (scheme, rest) = from.as_str().split_once("://").ok_or(Failure::BadRedirect)?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let raw = if super::looks_like_address(location) {
        location.to_owned()
    } else if let Some(rest) = location.strip_prefix("//") {
        format!("{scheme}://{rest}")
    } else if location.starts_with('/') {
        format!("{scheme}://{}{location}", &rest[..host_end])
    } else {
        let path = &rest[host_end..];
        let path = path.split(['?', '#']).next().unwrap_or("");
        let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
        format!("{scheme}://{}{dir}{location}", &rest[..host_end])
    };
    let to = Address::parse(&raw).ok_or(Failure::BadRedirect)?;
    if from.is_https() && !to.is_https() {
        return Err(Failure::InsecureRedirect);
    }
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn location(to: &str) -> http::HeaderValue {
        http::HeaderValue::from_str(to).unwrap()
    }

    #[test]
    fn a_redirect_is_resolved_against_the_address_and_never_downgrades() {
        let from = Address::parse("https://ex.org/2026/schedule.xml?v=1").unwrap();
        let to = |l: &str| target(&from, Some(&location(l))).map(|a| a.to_string());
        assert_eq!(to("https://cdn.ex.org/s.xml").as_deref(), Ok("https://cdn.ex.org/s.xml"));
        assert_eq!(to("//mirror.ex.org/s.xml").as_deref(), Ok("https://mirror.ex.org/s.xml"));
        assert_eq!(to("/2027/s.json").as_deref(), Ok("https://ex.org/2027/s.json"));
        assert_eq!(to("new.xml").as_deref(), Ok("https://ex.org/2026/new.xml"));
        assert_eq!(to("http://ex.org/s.xml"), Err(Failure::InsecureRedirect));
        assert_eq!(to("file:///etc/passwd"), Err(Failure::BadRedirect));
        assert_eq!(target(&from, None), Err(Failure::BadRedirect));
        let plain = Address::parse("http://ex.org/a.xml").unwrap();
        assert_eq!(target(&plain, Some(&location("https://ex.org/a.xml"))).unwrap().as_str(), "https://ex.org/a.xml");
    }
}
