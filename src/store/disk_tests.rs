//! The store against hostile files: a linked agenda, a private file, a FIFO, a directory or a
//! device where the agenda should be, and temporary files left behind by killed saves.

use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use crate::store::tests::file_with;
use crate::store::{Notice, Store};

fn c_path(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).unwrap()
}

fn mkfifo(path: &Path) {
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path(path).as_ptr(), 0o600) }, 0, "mkfifo {}", path.display());
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Load, then save one mark to `path`, on another thread: the load's notice and the save's
/// error, or a failure when either blocks.
fn load_and_save(path: PathBuf) -> (Option<String>, String) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let store = Store::new(&path);
        let notice = store.load().notice.as_ref().map(crate::wording::agenda::notice);
        let _ = tx.send((notice, store.save(&file_with(&["2021-peace"], 0)).map(|_| ())));
    });
    let (notice, saved) = rx.recv_timeout(Duration::from_secs(20)).expect("neither blocked");
    (notice, saved.expect_err("refused").to_string())
}

/// The error of saving to `path`, which loading refuses too.
fn save_error(path: PathBuf) -> String {
    let (notice, error) = load_and_save(path);
    assert!(notice.is_some_and(|n| n.contains("not a regular file")), "the read is refused too");
    error
}

fn temp_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_linked_agenda_is_written_through_the_link_which_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("synced")).unwrap();
    let target = dir.path().join("synced/agenda-real.toml");
    Store::new(&target).save(&file_with(&["2021-refugees"], 0)).unwrap();
    let link = dir.path().join("agenda.toml");
    symlink("synced/agenda-real.toml", &link).unwrap();
    let (merged, _) = Store::new(&link).save(&file_with(&["2021-peace"], 1)).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    assert_eq!(Store::new(&target).load().file, merged, "the target has the new marks");
    let agenda = &merged.programmes["whrcf-2021"];
    assert!(agenda.is_marked("2021-refugees") && agenda.is_marked("2021-peace"));
    assert!(temp_files(dir.path()).is_empty() && temp_files(&dir.path().join("synced")).is_empty());
    assert!(dir.path().join("synced/.agenda-real.toml.lock").is_file(), "locked beside the file it protects");
    // A corrupt file behind the link is kept aside beside it; the link stays and leads to the new one.
    fs::write(&target, b"not = = toml").unwrap();
    let (_, notice) = Store::new(&link).save(&file_with(&["2021-peace"], 3)).unwrap();
    let Some(Notice::SetAside { aside, .. }) = notice else { panic!("the user is told: {notice:?}") };
    assert!(aside.to_string_lossy().starts_with(&format!("{}.corrupt-", target.display())), "{aside:?}");
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(Store::new(&target).load().file.programmes["whrcf-2021"].is_marked("2021-peace"));
    // A link to a file not written yet: the file is created where the link points.
    let dangling = dir.path().join("new-agenda.toml");
    symlink("synced/new.toml", &dangling).unwrap();
    Store::new(&dangling).save(&file_with(&["2021-sdgs"], 2)).unwrap();
    assert!(fs::symlink_metadata(&dangling).unwrap().file_type().is_symlink());
    assert!(Store::new(dir.path().join("synced/new.toml")).load().file.programmes["whrcf-2021"].is_marked("2021-sdgs"));
}

#[test]
fn the_mode_of_an_existing_file_is_kept_and_a_new_file_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.toml");
    let store = Store::new(&path);
    store.save(&file_with(&["2021-refugees"], 0)).unwrap();
    assert_eq!(mode(&path), 0o600, "notes are personal: a new agenda is readable by its owner only");
    for kept in [0o640, 0o600, 0o644] {
        fs::set_permissions(&path, fs::Permissions::from_mode(kept)).unwrap();
        store.save(&file_with(&["2021-peace"], 1)).unwrap();
        assert_eq!(mode(&path), kept);
    }
}

#[test]
fn a_fifo_a_directory_or_a_device_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("agenda.fifo");
    mkfifo(&fifo);
    let err = save_error(fifo.clone());
    assert!(
        err.contains(&fifo.display().to_string()) && err.contains("is a named pipe (FIFO), not a regular file"),
        "{err}"
    );
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "left alone");
    // Through a link, the error names what the link points to.
    let link = dir.path().join("agenda.toml");
    symlink(&fifo, &link).unwrap();
    let err = save_error(link.clone());
    assert!(
        err.contains(&link.display().to_string()) && err.contains(&format!("{} is a named pipe", fifo.display())),
        "{err}"
    );
    let folder = dir.path().join("folder.toml");
    fs::create_dir(&folder).unwrap();
    assert!(save_error(folder.clone()).contains("is a directory, not a regular file"));
    assert!(folder.is_dir());
    // A character device (the numbers of /dev/null), made here when this user may.
    let device = dir.path().join("null");
    // SAFETY: a valid NUL-terminated path.
    let made = unsafe { libc::mknod(c_path(&device).as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) } == 0;
    if made {
        assert!(save_error(device.clone()).contains("is a character device, not a regular file"));
        assert!(fs::symlink_metadata(&device).unwrap().file_type().is_char_device(), "left alone");
    }
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn stale_temporary_files_are_removed_and_a_live_writers_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.toml");
    let make = |name: &str, age: u64| {
        let file = fs::File::create(dir.path().join(name)).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(age)).unwrap();
    };
    // No process has the largest pid (Linux's pid_max is at most 2^22); pid 1 and our parent live.
    let parent = std::os::unix::process::parent_id();
    make(&format!(".agenda.toml.tmp-{}", i32::MAX), 0);
    make(&format!(".agenda.toml.tmp-{parent}"), 120);
    make(".agenda.toml.tmp-1", 0);
    make(".agenda.toml.tmp-draft", 300);
    make("notes.tmp-12", 300);
    Store::new(&path).save(&file_with(&["2021-peace"], 0)).unwrap();
    let kept = vec![".agenda.toml.tmp-1".to_owned(), ".agenda.toml.tmp-draft".to_owned(), "notes.tmp-12".to_owned()];
    assert_eq!(temp_files(dir.path()), kept, "a dead writer's and an old one removed, a live writer's kept");
    // Opening the store cleans up too.
    make(&format!(".agenda.toml.tmp-{}", i32::MAX), 0);
    assert!(Store::new(&path).load().file.programmes["whrcf-2021"].is_marked("2021-peace"));
    assert_eq!(temp_files(dir.path()), kept);
}

#[test]
fn a_lock_file_that_is_not_a_regular_file_is_refused_and_a_new_one_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.toml");
    Store::new(&path).save(&file_with(&["2021-refugees"], 0)).unwrap();
    let lock = dir.path().join(".agenda.toml.lock");
    assert_eq!(mode(&lock), 0o600);
    fs::remove_file(&lock).unwrap();
    mkfifo(&lock);
    let (notice, error) = load_and_save(path.clone());
    assert_eq!(notice, None, "the agenda itself is readable");
    assert!(error.contains(&format!("its lock file {} is a named pipe (FIFO)", lock.display())), "{error}");
    assert!(fs::symlink_metadata(&lock).unwrap().file_type().is_fifo(), "left alone");
    assert!(Store::new(&path).load().file.programmes["whrcf-2021"].is_marked("2021-refugees"), "the agenda too");
}
