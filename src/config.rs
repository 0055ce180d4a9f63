//! Where whrcf keeps its files. Only this module resolves paths: `WHRCF_CONFIG_DIR` and
//! `WHRCF_DATA_DIR` override the platform directories (tests use them to stay hermetic).

use std::path::PathBuf;

use directories::ProjectDirs;

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "whrcf", "whrcf")
}

/// The directory of the user's configuration (`keys.toml`).
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("WHRCF_CONFIG_DIR").map(PathBuf::from).or_else(|| project().map(|p| p.config_dir().to_path_buf()))
}

/// The directory of the user's data (the agenda).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("WHRCF_DATA_DIR").map(PathBuf::from).or_else(|| project().map(|p| p.data_dir().to_path_buf()))
}

/// The key bindings file: `keys.toml` in the config directory.
pub fn keymap_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("keys.toml"))
}
