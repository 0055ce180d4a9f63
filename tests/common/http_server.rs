//! A real HTTP server on 127.0.0.1 for the web tests (std `TcpListener`, one thread per
//! connection; over TLS with the self-signed certificate in `tests/fixtures/tls` when asked). It
//! serves one schedule with an ETag and a Last-Modified date, answers 304 to a request carrying
//! them, gzips when asked, and can be told, path by path, to fail, stall, truncate, send a login
//! page, some other text or a redirect. It records every request's headers. Nothing leaves the machine.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How a path is answered.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// The schedule, 304 when the validators match, gzip when the client accepts it.
    Serve,
    /// This status with a short text body.
    Status(u16),
    /// 200 with an HTML login page.
    LoginPage,
    /// Announces the whole schedule's length, sends half of it, closes.
    Truncate,
    /// Sends the headers and never the body (until the server stops; at most 20 s).
    Stall,
    /// 302 to this location.
    Redirect(String),
    /// 200 with this body, sent as this media type (a Markdown page where a schedule was meant).
    Text { content_type: String, body: Vec<u8> },
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    /// The status answered.
    pub status: u16,
}

struct State {
    body: Vec<u8>,
    etag: String,
    last_modified: String,
    routes: HashMap<String, Behaviour>,
    seen: Vec<Seen>,
}

/// A running server; stopped when dropped.
pub struct Server {
    addr: SocketAddr,
    tls: bool,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl Server {
    /// Serve `body` over plain HTTP.
    pub fn start(body: Vec<u8>) -> Server {
        Server::launch(body, None)
    }

    /// Serve `body` over TLS with the self-signed test certificate.
    pub fn start_tls(body: Vec<u8>) -> Server {
        Server::launch(body, Some(tls_config()))
    }

    fn launch(body: Vec<u8>, tls: Option<Arc<rustls::ServerConfig>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State {
            body,
            etag: "\"v1\"".into(),
            last_modified: "Mon, 30 Nov 2026 00:00:00 GMT".into(),
            routes: HashMap::new(),
            seen: Vec::new(),
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let is_tls = tls.is_some();
        let (state2, stop2) = (state.clone(), stop.clone());
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (state, stop, tls) = (state2.clone(), stop2.clone(), tls.clone());
                std::thread::spawn(move || match tls {
                    None => answer(stream, &state, &stop),
                    Some(config) => {
                        let Ok(conn) = rustls::ServerConnection::new(config) else { return };
                        answer(rustls::StreamOwned::new(conn, stream), &state, &stop);
                    }
                });
            }
        });
        Server { addr, tls: is_tls, state, stop, accept: Some(accept) }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}://{}{path}", if self.tls { "https" } else { "http" }, self.addr)
    }

    /// Answer `path` this way from now on.
    pub fn route(&self, path: &str, behaviour: Behaviour) {
        self.state.lock().unwrap().routes.insert(path.to_owned(), behaviour);
    }

    /// Serve a new version of the schedule, with a new ETag and date.
    pub fn publish(&self, body: Vec<u8>, etag: &str, last_modified: &str) {
        let mut s = self.state.lock().unwrap();
        s.body = body;
        s.etag = etag.to_owned();
        s.last_modified = last_modified.to_owned();
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// Stop listening: the port refuses connections from now on.
    pub fn stop(mut self) {
        self.shut();
    }

    fn shut(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut();
    }
}

fn tls_config() -> Arc<rustls::ServerConfig> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls");
    let cert = CertificateDer::from_pem_file(dir.join("cert.pem")).unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join("key.pem")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    Arc::new(config)
}

fn answer(stream: impl Read + Write, state: &Mutex<State>, stop: &AtomicBool) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = HashMap::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    let (behaviour, body, etag, modified) = {
        let s = state.lock().unwrap();
        let behaviour = s.routes.get(&path).cloned().unwrap_or(Behaviour::Serve);
        (behaviour, s.body.clone(), s.etag.clone(), s.last_modified.clone())
    };
    let current = headers.get("if-none-match") == Some(&etag) || headers.get("if-modified-since") == Some(&modified);
    let gzip = headers.get("accept-encoding").is_some_and(|e| e.contains("gzip"));
    let validators = format!("ETag: {etag}\r\nLast-Modified: {modified}\r\n");
    let (status, head, payload): (u16, String, Vec<u8>) = match &behaviour {
        Behaviour::Serve if current => (304, validators, Vec::new()),
        Behaviour::Serve if gzip => {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder.write_all(&body).unwrap();
            (200, format!("{validators}Content-Encoding: gzip\r\n"), encoder.finish().unwrap())
        }
        Behaviour::Serve => (200, validators, body),
        Behaviour::Status(code) => (*code, String::new(), b"no such schedule".to_vec()),
        Behaviour::LoginPage => (
            200,
            "Content-Type: text/html; charset=utf-8\r\n".into(),
            b"<!DOCTYPE html>\n<html><body><form action=/login>Sign in</form></body></html>\n".to_vec(),
        ),
        Behaviour::Truncate => (200, format!("Content-Length: {}\r\n", body.len()), body[..body.len() / 2].to_vec()),
        Behaviour::Stall => (200, format!("Content-Length: {}\r\n", body.len()), Vec::new()),
        Behaviour::Redirect(to) => (302, format!("Location: {to}\r\n"), Vec::new()),
        Behaviour::Text { content_type, body } => (200, format!("Content-Type: {content_type}\r\n"), body.clone()),
    };
    state.lock().unwrap().seen.push(Seen { path, headers, status });
    let length = match behaviour {
        Behaviour::Truncate | Behaviour::Stall => String::new(),
        _ => format!("Content-Length: {}\r\n", payload.len()),
    };
    let mut stream = reader.into_inner();
    let response = format!("HTTP/1.1 {status} X\r\n{head}{length}Connection: close\r\n\r\n");
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.write_all(&payload);
    let _ = stream.flush();
    if matches!(behaviour, Behaviour::Stall) {
        let until = Instant::now() + Duration::from_secs(20);
        while !stop.load(Ordering::SeqCst) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
