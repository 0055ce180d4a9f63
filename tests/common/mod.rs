//! What the end-to-end tests of the terminal app share: the pseudo-terminal harness and the
//! waits it is built on.

pub mod pty;
pub mod wait;

pub use pty::Pty;
