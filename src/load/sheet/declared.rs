//! What an .xlsx declares, checked against what it holds before calamine reads it: calamine
//! reserves room for as many shared strings as `xl/sharedStrings.xml` declares (`uniqueCount`),
//! so a file declaring billions in a few bytes would ask for gigabytes. Each string takes at
//! least five bytes of that part (`<si/>`), so a count beyond a fifth of its real length is a lie.

use std::io::{Cursor, Read};

/// The most of the shared strings part read to find its declared count.
const HEAD: u64 = 4096;

/// `Err` with what the file declares when it declares more shared strings than it can hold.
pub fn check_shared_strings(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // Not a ZIP: calamine says what it is.
    };
    let shared = |n: &str| n.replace('\\', "/").trim_start_matches('/').eq_ignore_ascii_case("xl/sharedStrings.xml");
    let Some(name) = zip.file_names().filter_map(Result::ok).find(|n| shared(n)).map(|n| n.into_owned()) else {
        return Ok(());
    };
    let declared = {
        let Ok(part) = zip.by_name(&name) else { return Ok(()) };
        let mut head = Vec::new();
        if part.take(HEAD).read_to_end(&mut head).is_err() {
            return Ok(());
        }
        let head = String::from_utf8_lossy(&head);
        let Some(at) = head.find("uniqueCount=\"").map(|i| i + "uniqueCount=\"".len()) else { return Ok(()) };
        let digits: String = head[at..].chars().take_while(char::is_ascii_digit).collect();
        match digits.parse::<u64>() {
            Ok(n) => n,
            Err(_) => return Ok(()),
        }
    };
    let Ok(part) = zip.by_name(&name) else { return Ok(()) };
    // Counted as it is decompressed, never held: the length the part really has.
    let real =
        std::io::copy(&mut part.take(declared.saturating_mul(5).saturating_add(1)), &mut std::io::sink()).unwrap_or(0);
    if declared.saturating_mul(5) > real {
        return Err(format!("it declares {declared} shared strings in {real} bytes of text"));
    }
    Ok(())
}
