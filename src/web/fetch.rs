//! One HTTP GET of a schedule, with a blocking client (ureq over rustls): conditional when the
//! offline copy has validators (`If-None-Match`, `If-Modified-Since`; a 304 is an answer, not an
//! error), gzip, at most [`MAX_REDIRECTS`] redirects followed here (never from `https` to `http`,
//! never to another scheme), connect and total timeouts, and a cap on the bytes read (after
//! decompression). Every way it can fail is one [`Failure`], a fact for `wording::web` to word.

use std::io::{self, Read};
use std::time::{Duration, Instant};

use ureq::http::{self, StatusCode};

use super::Address;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 5;

/// A validator from a server is kept only when it is this short (they are a few dozen bytes).
const MAX_VALIDATOR_LEN: usize = 1024;

/// The client's bounds.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Time to set up a connection (DNS, TCP, TLS).
    pub connect: Duration,
    /// Time for the whole exchange, redirects and body included.
    pub total: Duration,
    /// The most bytes of a body taken (decompressed).
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { connect: Duration::from_secs(15), total: Duration::from_secs(120), max_bytes: 256 << 20 }
    }
}

/// How far a fetch has come, reported as the body arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes received so far (decompressed).
    pub received: u64,
    /// Bytes the server announced, when it did (compressed bodies announce none we can use).
    pub total: Option<u64>,
    /// Time since the request started.
    pub elapsed: Duration,
}

/// What the server's copy is known by: its entity tag and modification date, as it sent them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A fetch that succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// 304: the copy we have is current.
    NotModified,
    /// 200: the body, with its validators and media type.
    Body { bytes: Vec<u8>, validators: Validators, content_type: Option<String> },
}

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Not an `http`/`https` address.
    BadAddress,
    /// The address holds control characters (an escape, a new line): refused before any fetch.
    ControlInAddress,
    /// The host name did not resolve (no network, or no such host).
    HostNotFound,
    /// Nothing listens there: the server is down, or the address is wrong.
    Refused,
    /// The connection failed otherwise (network unreachable, reset).
    ConnectionFailed(String),
    /// No answer within the time allowed.
    TimedOut,
    /// The server answered with an error status.
    Status(u16),
    /// The server sent a web page (a login page, an error page), not a schedule.
    WebPage,
    /// The body ended before it was whole.
    Truncated { received: u64 },
    /// The body is larger than the cap.
    TooLarge { max_bytes: u64 },
    /// The server's certificate is not valid for this address.
    Certificate(Certificate),
    /// The secure connection could not be set up.
    Tls(String),
    /// More than [`MAX_REDIRECTS`] redirects.
    TooManyRedirects,
    /// A redirect from `https` to `http`, refused.
    InsecureRedirect,
    /// A redirect to something that is not an `http`/`https` address.
    BadRedirect,
    /// The body arrived but is not a programme: the first problem found reading it.
    NotProgramme(String),
    /// The body is text in no format whrcf reads (Markdown, prose), sent as this media type.
    NoFormat { content_type: Option<String> },
    /// The offline copy could not be written (the fetched programme is still used).
    CannotKeep(String),
    /// Any other protocol problem.
    Protocol(String),
}

/// What is wrong with a server's certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Certificate {
    /// No authority whrcf trusts signed it (self-signed, or a private authority).
    UnknownIssuer,
    /// It has expired.
    Expired,
    /// It is not valid yet (or this machine's clock is wrong).
    NotValidYet,
    /// It is for another host name.
    OtherHost,
    /// It was revoked.
    Revoked,
    /// Something else, as the TLS library names it.
    Other(String),
}

impl Certificate {
    fn of(e: &rustls::CertificateError) -> Certificate {
        use rustls::CertificateError as C;
        match e {
            C::UnknownIssuer => Certificate::UnknownIssuer,
            C::Expired | C::ExpiredContext { .. } => Certificate::Expired,
            C::NotValidYet | C::NotValidYetContext { .. } => Certificate::NotValidYet,
            C::NotValidForName | C::NotValidForNameContext { .. } => Certificate::OtherHost,
            C::Revoked => Certificate::Revoked,
            other => Certificate::Other(format!("{other:?}")),
        }
    }
}

/// GET `address`; conditional when `validators` are given. `progress` hears of the body as it comes.
pub fn get(
    address: &Address,
    validators: Option<&Validators>,
    limits: &Limits,
    progress: Option<super::Tell>,
) -> Result<Fetched, Failure> {
    let started = Instant::now();
    let mut current = address.clone();
    for _ in 0..=MAX_REDIRECTS {
        let left = limits.total.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(Failure::TimedOut);
        }
        let mut request = agent(limits, left, &current).get(current.as_str());
        if let Some(v) = validators {
            if let Some(etag) = v.etag.as_deref() {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = v.last_modified.as_deref() {
                request = request.header("If-Modified-Since", date);
            }
        }
        let response = request.call().map_err(|e| failure(e, None))?;
        let status = response.status();
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            current = super::redirect::target(&current, response.headers().get(http::header::LOCATION))?;
            continue;
        }
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(Failure::Status(status.as_u16()));
        }
        let header = |name| response.headers().get(name).and_then(|v| kept(v.to_str().ok()?));
        let validators =
            Validators { etag: header(http::header::ETAG), last_modified: header(http::header::LAST_MODIFIED) };
        let content_type = header(http::header::CONTENT_TYPE);
        let encoded = response.headers().contains_key(http::header::CONTENT_ENCODING);
        let announced = response.body().content_length().filter(|_| !encoded);
        if announced.is_some_and(|n| n > limits.max_bytes) {
            return Err(Failure::TooLarge { max_bytes: limits.max_bytes });
        }
        let body = response.into_body().into_with_config().limit(u64::MAX).reader();
        let tell = |p| {
            if let Some(progress) = progress {
                progress(address, p);
            }
        };
        let bytes = read_body(body, announced, limits.max_bytes, started, &tell)?;
        return Ok(Fetched::Body { bytes, validators, content_type });
    }
    Err(Failure::TooManyRedirects)
}

/// The client for one request to `to`, with `left` of the total time: a proxy named in the
/// environment (`HTTPS_PROXY`, …) is used, except for this machine's own addresses, which no
/// proxy can reach for us.
fn agent(limits: &Limits, left: Duration, to: &Address) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(left))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("whrcf/", env!("CARGO_PKG_VERSION")));
    if is_loopback(to) {
        config = config.proxy(None);
    }
    config.build().into()
}

/// Whether `address` names this machine (`localhost`, `127.x.x.x`, `[::1]`).
fn is_loopback(address: &Address) -> bool {
    let rest = address.as_str().split_once("://").map_or("", |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A validator worth keeping: printable ASCII of a sane length (it goes back in a header).
fn kept(value: &str) -> Option<String> {
    (value.len() <= MAX_VALIDATOR_LEN && value.bytes().all(|b| (0x20..0x7f).contains(&b))).then(|| value.to_owned())
}

/// Read the body, at most `max_bytes` of it, telling `progress` as it comes.
fn read_body(
    mut body: impl Read,
    announced: Option<u64>,
    max_bytes: u64,
    started: Instant,
    progress: &dyn Fn(Progress),
) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::with_capacity(usize::try_from(announced.unwrap_or(0).min(max_bytes)).unwrap_or(0));
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match body.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(failure(ureq::Error::from(e), Some(bytes.len() as u64))),
        };
        if (bytes.len() + n) as u64 > max_bytes {
            return Err(Failure::TooLarge { max_bytes });
        }
        bytes.extend_from_slice(&chunk[..n]);
        progress(Progress { received: bytes.len() as u64, total: announced, elapsed: started.elapsed() });
    }
    if announced.is_some_and(|n| (bytes.len() as u64) < n) {
        return Err(Failure::Truncated { received: bytes.len() as u64 });
    }
    Ok(bytes)
}

/// The failure behind a client error; `received` bytes of the body had arrived when it came
/// while the body was read.
fn failure(e: ureq::Error, received: Option<u64>) -> Failure {
    use ureq::Error as E;
    if let (E::Protocol(_), Some(received)) = (&e, received) {
        return Failure::Truncated { received };
    }
    match e {
        E::HostNotFound => Failure::HostNotFound,
        E::Timeout(_) => Failure::TimedOut,
        E::BodyExceedsLimit(max_bytes) => Failure::TooLarge { max_bytes },
        E::BadUri(_) | E::RequireHttpsOnly(_) => Failure::BadAddress,
        E::TooManyRedirects => Failure::TooManyRedirects,
        E::Rustls(rustls::Error::InvalidCertificate(why)) => Failure::Certificate(Certificate::of(&why)),
        E::Rustls(other) => Failure::Tls(other.to_string()),
        E::Tls(why) => Failure::Tls(why.to_owned()),
        E::Io(io) if io.get_ref().is_some_and(|inner| inner.is::<rustls::Error>()) => {
            match io.into_inner().map(|inner| inner.downcast::<rustls::Error>()) {
                Some(Ok(tls)) => failure(E::Rustls(*tls), received),
                _ => Failure::Tls("the secure connection failed".into()),
            }
        }
        // The system's resolver knew no such name: the standard library gives it no kind of its own.
        E::Io(io) if io.to_string().starts_with("failed to lookup address information") => Failure::HostNotFound,
        E::Io(io) => match (io.kind(), received) {
            (io::ErrorKind::ConnectionRefused, _) => Failure::Refused,
            (io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock, _) => Failure::TimedOut,
            (_, Some(received)) => Failure::Truncated { received },
            _ => Failure::ConnectionFailed(io.to_string()),
        },
        E::ConnectionFailed => Failure::ConnectionFailed("the connection failed".into()),
        other => Failure::Protocol(other.to_string()),
    }
}

#[cfg(test)]
#[path = "fetch_tests.rs"]
mod tests;
