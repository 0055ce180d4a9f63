//! The WHRCF programmes embedded in the binary, one TOML file per edition.

/// One bundled edition.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The year of the edition.
    pub edition: i32,
    /// The file name under `data/`.
    pub file: &'static str,
    /// The TOML text.
    pub text: &'static str,
}

/// Every bundled edition, newest first; the first is the default.
pub const BUNDLED: [Bundled; 3] = [
    Bundled { edition: 2021, file: "data/whrcf-2021.toml", text: include_str!("../../data/whrcf-2021.toml") },
    Bundled { edition: 2020, file: "data/whrcf-2020.toml", text: include_str!("../../data/whrcf-2020.toml") },
    Bundled { edition: 2019, file: "data/whrcf-2019.toml", text: include_str!("../../data/whrcf-2019.toml") },
];

/// The bundled edition of `year`.
pub fn find(year: i32) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.edition == year)
}

/// The newest bundled edition.
pub fn newest() -> &'static Bundled {
    &BUNDLED[0]
}
