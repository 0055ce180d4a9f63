//! JSON output that is faithful and safe on a terminal: serde_json escapes C0 controls, and this
//! escapes every other character that must not reach a terminal raw (DEL, C1 controls, bidi and
//! zero-width controls, line and paragraph separators) as `\uXXXX`. Nothing is deleted: a JSON
//! reader gets back exactly the text the file gave. Those characters can only occur inside JSON
//! strings, where `\uXXXX` means the same character, so the output stays valid JSON. Output is
//! written as it is produced, so a large list never exists whole in memory.

use std::io::{self, Write};

use serde::Serialize;

use crate::sanitize::is_unsafe;

/// A writer that passes JSON text through, escaping unsafe characters as `\uXXXX`. A character
/// split across two writes is held back until it is whole.
pub struct EscapingWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> EscapingWriter<W> {
    pub fn new(inner: W) -> Self {
        EscapingWriter { inner, pending: Vec::new() }
    }

    /// Escape and write the complete characters of `bytes`; keep an incomplete last one.
    fn pass(&mut self, bytes: &[u8]) -> io::Result<()> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() => {
                let (whole, tail) = bytes.split_at(e.valid_up_to());
                self.pending.extend_from_slice(tail);
                std::str::from_utf8(whole).unwrap_or_default()
            }
            // serde_json writes only valid UTF-8; anything else is passed on as it came.
            Err(_) => return self.inner.write_all(bytes),
        };
        let mut start = 0;
        for (at, c) in text.char_indices().filter(|(_, c)| is_unsafe(*c) && *c != '\n') {
            self.inner.write_all(&text.as_bytes()[start..at])?;
            write!(self.inner, "\\u{:04x}", u32::from(c))?;
            start = at + c.len_utf8();
        }
        self.inner.write_all(&text.as_bytes()[start..])
    }
}

impl<W: Write> Write for EscapingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            self.pass(buf)?;
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            self.pass(&joined)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner.write_all(&rest)?;
        }
        self.inner.flush()
    }
}

/// `value` as pretty-printed, terminal-safe JSON text.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = EscapingWriter::new(Vec::new());
    serde_json::to_writer_pretty(&mut out, value)?;
    out.flush().map_err(serde_json::Error::io)?;
    Ok(String::from_utf8(out.inner).unwrap_or_default())
}

/// Write the items as one pretty-printed, terminal-safe JSON array, each item serialised as the
/// iterator gives it (the array is never held in memory), and a final newline.
pub fn write_array<W: Write, T: Serialize>(out: W, items: impl IntoIterator<Item = T>) -> io::Result<()> {
    let mut out = EscapingWriter::new(io::BufWriter::new(out));
    let mut serializer = serde_json::Serializer::pretty(&mut out);
    serde::Serializer::collect_seq(&mut serializer, items).map_err(io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on_and_round_trips() {
        let hostile = "a\u{1b}]52;c;SGk=\u{7} \u{7f} \u{9b}2J \u{202e}x\u{200d}y\u{2028}z\u{7f} 광주 🌏";
        let text = to_string_pretty(&serde_json::json!({ "title": hostile })).unwrap();
        assert!(text.chars().all(|c| !is_unsafe(c) || c == '\n'), "{text:?}");
        assert!(text.contains("\\u001b") && text.contains("\\u009b") && text.contains("\\u202e"), "{text}");
        assert!(text.contains("광주 🌏"), "other text is left as it is: {text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["title"], hostile);
    }

    #[test]
    fn a_character_split_between_writes_is_escaped_whole() {
        let mut out = EscapingWriter::new(Vec::new());
        let bytes = "\"a\u{202e}b광\"".as_bytes();
        for chunk in bytes.chunks(1) {
            out.write_all(chunk).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(String::from_utf8(out.inner).unwrap(), "\"a\\u202eb광\"");
    }

    #[test]
    fn an_array_streams_as_serde_would_print_it() {
        let items = vec![serde_json::json!({"id": "a\u{85}"}), serde_json::json!({"id": "b"})];
        let mut out = Vec::new();
        write_array(&mut out, items.iter()).unwrap();
        let expected = serde_json::to_string_pretty(&items).unwrap().replace('\u{85}', "\\u0085") + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}
