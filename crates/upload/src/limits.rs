//! The VideoRegistry's limits, checked here before anything is transcoded, and again on what was
//! produced before any transaction: a registration the contract would refuse is refused first,
//! with the allowed range in the message.
//!
//! The values are those of `src-sol/VideoRegistry.sol` (`MAX_CID_LENGTH`, `MAX_TITLE_LENGTH`,
//! `MAX_FORMAT_LENGTH`, `MAX_FORMATS`) and `_checkInput`/`_recordFormats` (nonzero duration,
//! segment length and segment size; formats 1 to 31 bytes, none twice). The crate's tests read
//! the deployed contract's constants and compare, so a contract change cannot leave them behind.

use paratii_media::{UploadRecord, UploadSettings, segments_for};

/// Longest title, in bytes of UTF-8 (`MAX_TITLE_LENGTH`).
pub const MAX_TITLE_BYTES: usize = 256;
/// Longest directory CID string, in bytes (`MAX_CID_LENGTH`).
pub const MAX_CID_BYTES: usize = 128;
/// Longest format name, in bytes (`MAX_FORMAT_LENGTH`).
pub const MAX_FORMAT_BYTES: usize = 31;
/// Most formats per video (`MAX_FORMATS`).
pub const MAX_FORMATS: usize = 16;

/// A registry limit broken, or a record that does not hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LimitError {
    /// The title is empty.
    #[error("the title is empty: give one of 1 to {MAX_TITLE_BYTES} bytes (--title)")]
    TitleEmpty,

    /// The title is too long.
    #[error(
        "the title is {bytes} bytes long: the VideoRegistry takes 1 to {MAX_TITLE_BYTES} bytes of UTF-8; shorten it"
    )]
    TitleTooLong {
        /// Its length in bytes.
        bytes: usize,
    },

    /// The title holds a character that would act on a terminal rather than show in it.
    #[error(
        "the title holds the control character {escaped} at character {position}: titles are printed in other people's terminals, so control characters (C0, DEL, C1, newlines) and bidirectional overrides are refused; remove it"
    )]
    TitleControl {
        /// Its position, in characters from 0.
        position: usize,
        /// The character, escaped (`\u{1b}`).
        escaped: String,
    },

    /// No format.
    #[error("no format given: give 1 to {MAX_FORMATS} (--formats)")]
    NoFormats,

    /// Too many formats.
    #[error("{count} formats given: the VideoRegistry takes 1 to {MAX_FORMATS}")]
    TooManyFormats {
        /// How many.
        count: usize,
    },

    /// A format name is empty or too long.
    #[error(
        "format name {name} is {bytes} bytes long: the VideoRegistry takes names of 1 to {MAX_FORMAT_BYTES} bytes"
    )]
    FormatName {
        /// The name, escaped for printing.
        name: String,
        /// Its length in bytes.
        bytes: usize,
    },

    /// A format given twice.
    #[error("format {name} is given twice: give each format once")]
    DuplicateFormat {
        /// The name, escaped for printing.
        name: String,
    },

    /// The segment length is zero.
    #[error("the segment length is 0 s: give 1 s or more (--segment-seconds)")]
    ZeroSegmentLength,

    /// The directory CID is too long.
    #[error(
        "the directory CID {cid} is {bytes} bytes long: the VideoRegistry takes at most {MAX_CID_BYTES}"
    )]
    CidTooLong {
        /// The CID.
        cid: String,
        /// Its length in bytes.
        bytes: usize,
    },

    /// A produced record has a zero duration or segment size.
    #[error(
        "the upload produced a zero {what}: the VideoRegistry refuses it; nothing was registered"
    )]
    Zero {
        /// `duration` or `segment size`.
        what: &'static str,
    },

    /// A table of contents does not have the length a viewer computes from the duration.
    #[error(
        "the table of contents of {format} lists {listed} segments, but a viewer expects ceil({duration_s} s / {segment_seconds} s) = {expected}: nothing was registered"
    )]
    TableLength {
        /// The format.
        format: String,
        /// Its table's length.
        listed: usize,
        /// What `ceil(duration / segmentLength)` gives.
        expected: u64,
        /// The duration that would be registered.
        duration_s: u32,
        /// The segment length.
        segment_seconds: u32,
    },

    /// The record's formats and its tables of contents disagree.
    #[error(
        "the upload record lists formats {formats:?} but has tables of contents for {tables:?}: nothing was registered"
    )]
    FormatsWithoutTables {
        /// The record's formats.
        formats: Vec<String>,
        /// The formats that have a table.
        tables: Vec<String>,
    },
}

/// Whether `c` would act on a terminal instead of showing in it: a control character (C0, DEL,
/// C1: `char::is_control`) or a bidirectional embedding, override or isolate (which reorder the
/// text around them).
pub fn is_terminal_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every [`is_terminal_control`] character written as a Rust escape (`\u{1b}`),
/// safe to print anywhere.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_terminal_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Checks a title: 1 to [`MAX_TITLE_BYTES`] bytes, no [`is_terminal_control`] character.
pub fn check_title(title: &str) -> Result<(), LimitError> {
    if title.is_empty() {
        return Err(LimitError::TitleEmpty);
    }
    if title.len() > MAX_TITLE_BYTES {
        return Err(LimitError::TitleTooLong { bytes: title.len() });
    }
    if let Some((position, c)) = title
        .chars()
        .enumerate()
        .find(|(_, c)| is_terminal_control(*c))
    {
        return Err(LimitError::TitleControl {
            position,
            escaped: c.escape_unicode().to_string(),
        });
    }
    Ok(())
}

/// Checks format names as the registry will: 1 to [`MAX_FORMATS`] of them, each 1 to
/// [`MAX_FORMAT_BYTES`] bytes, none twice.
pub fn check_formats(formats: &[String]) -> Result<(), LimitError> {
    if formats.is_empty() {
        return Err(LimitError::NoFormats);
    }
    if formats.len() > MAX_FORMATS {
        return Err(LimitError::TooManyFormats {
            count: formats.len(),
        });
    }
    for (i, name) in formats.iter().enumerate() {
        if name.is_empty() || name.len() > MAX_FORMAT_BYTES {
            return Err(LimitError::FormatName {
                name: format!("{:?}", escape(name)),
                bytes: name.len(),
            });
        }
        if formats[..i].contains(name) {
            return Err(LimitError::DuplicateFormat {
                name: format!("{:?}", escape(name)),
            });
        }
    }
    Ok(())
}

/// Everything about the settings the registry will check, before anything is read or written.
pub fn check_settings(settings: &UploadSettings) -> Result<(), LimitError> {
    check_title(&settings.title)?;
    check_formats(&settings.formats)?;
    if settings.segment_seconds == 0 {
        return Err(LimitError::ZeroSegmentLength);
    }
    Ok(())
}

/// Everything the registry and the viewers will check of a produced record, before any
/// transaction: the limits, and every table of contents as long as `ceil(duration /
/// segmentLength)`.
pub fn check_record(record: &UploadRecord) -> Result<(), LimitError> {
    check_title(&record.title)?;
    check_formats(&record.formats)?;
    let cid = record.directory.to_string();
    if cid.len() > MAX_CID_BYTES {
        return Err(LimitError::CidTooLong {
            bytes: cid.len(),
            cid,
        });
    }
    if record.segment_seconds == 0 {
        return Err(LimitError::ZeroSegmentLength);
    }
    if record.duration_s == 0 {
        return Err(LimitError::Zero { what: "duration" });
    }
    if record.segment_size_kib == 0 {
        return Err(LimitError::Zero {
            what: "segment size",
        });
    }
    let tables: Vec<String> = record.tables.keys().cloned().collect();
    let mut formats = record.formats.clone();
    formats.sort();
    let mut with_toc: Vec<String> = record.toc_cids.keys().cloned().collect();
    with_toc.sort();
    if formats != tables || formats != with_toc {
        return Err(LimitError::FormatsWithoutTables {
            formats: record.formats.clone(),
            tables,
        });
    }
    let expected = segments_for(record.duration_s, record.segment_seconds);
    for (format, toc) in &record.tables {
        if toc.0.len() as u64 != expected {
            return Err(LimitError::TableLength {
                format: format.clone(),
                listed: toc.0.len(),
                expected,
                duration_s: record.duration_s,
                segment_seconds: record.segment_seconds,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        check_title("My talk").unwrap();
        check_title(&"é".repeat(128)).unwrap();
        assert_eq!(check_title(""), Err(LimitError::TitleEmpty));
        assert_eq!(
            check_title(&"é".repeat(129)),
            Err(LimitError::TitleTooLong { bytes: 258 })
        );
        assert_eq!(
            check_title(&"x".repeat(10_000)),
            Err(LimitError::TitleTooLong { bytes: 10_000 })
        );
        for (title, position, escaped) in [
            ("a\u{1b}[31mred", 1, "\\u{1b}"),
            ("bell\u{7}", 4, "\\u{7}"),
            ("two\nlines", 3, "\\u{a}"),
            ("del\u{7f}", 3, "\\u{7f}"),
            ("c1\u{9b}31m", 2, "\\u{9b}"),
            ("\u{202e}txt.exe", 0, "\\u{202e}"),
        ] {
            assert_eq!(
                check_title(title),
                Err(LimitError::TitleControl {
                    position,
                    escaped: escaped.into()
                }),
                "{title:?}"
            );
        }
        let message = check_title(&"x".repeat(300)).unwrap_err().to_string();
        assert!(message.contains("1 to 256 bytes"), "{message}");
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("a\u{1b}[2Jb\u{7}\n"), "a\\u{1b}[2Jb\\u{7}\\u{a}");
        assert_eq!(escape("plain, ünïcode ✓"), "plain, ünïcode ✓");
        assert_eq!(escape("\u{85}\u{2066}"), "\\u{85}\\u{2066}");
    }

    #[test]
    fn formats() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        check_formats(&names(&["720p30", "240p30"])).unwrap();
        assert_eq!(check_formats(&[]), Err(LimitError::NoFormats));
        let many: Vec<String> = (0..17).map(|i| format!("f{i}")).collect();
        assert_eq!(
            check_formats(&many),
            Err(LimitError::TooManyFormats { count: 17 })
        );
        check_formats(&many[..16]).unwrap();
        assert!(matches!(
            check_formats(&names(&["240p30", "240p30"])),
            Err(LimitError::DuplicateFormat { .. })
        ));
        assert!(matches!(
            check_formats(&names(&[&"x".repeat(32)])),
            Err(LimitError::FormatName { bytes: 32, .. })
        ));
        assert!(matches!(
            check_formats(&names(&[""])),
            Err(LimitError::FormatName { bytes: 0, .. })
        ));
    }
}
