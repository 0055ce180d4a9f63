//! End-to-end: the app opened on a web address fetches the programme once, says in its notices
//! which offline copy it shows, and opens from that copy when the server is gone.

mod common;
#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/http_server.rs"]
mod http_server;

use common::Pty;
use http_server::Server;

#[test]
fn the_app_shows_a_web_programme_and_opens_its_offline_copy_without_the_server() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let url = server.url("/schedule.xml");
    let env = [("WHRCF_DATA_DIR", data.path().to_str().unwrap())];
    let args = ["--programme", url.as_str(), "--tz", "UTC"];
    let mut first = Pty::spawn_env(&args, &env, 200, 50);
    first.wait_for("Opening Ceremony");
    // Fetched as it opened: said so; the offline copy is what a later open shows.
    first.wait_for(&format!("{url}: fetched "));
    first.send("q");
    first.wait_exit();
    server.stop();
    let mut again = Pty::spawn_env(&args, &env, 200, 50);
    again.wait_for("Opening Ceremony");
    again.wait_for(&format!("{url}: showing the offline copy fetched"));
    // Information, not a warning: the notice log says so.
    again.send("!");
    again.wait_for(&format!("info    {url}: showing the offline copy fetched"));
    again.send("q");
    again.wait_exit();
}
