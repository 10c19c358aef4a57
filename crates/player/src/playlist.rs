//! The HLS playlists the player serves.
//!
//! The feature's playlist is VOD: every segment is listed from the start (so players can seek) and
//! carries its own `#EXT-X-KEY` (each segment has its own AES-128 key, RFC 8216 §4.3.2.4; the IV is
//! the segment index, as the uploader encrypts). A player asks for a key only when it loads that
//! segment, and asking is what pays for it.

use std::fmt::Write as _;

/// A segment's length in seconds, by index.
pub trait Durations {
    /// Seconds of segment `index`.
    fn seconds(&self, index: u64) -> f64;
}

impl<F: Fn(u64) -> f64> Durations for F {
    fn seconds(&self, index: u64) -> f64 {
        self(index)
    }
}

fn header(out: &mut String, target: u32) {
    out.push_str("#EXTM3U\n#EXT-X-VERSION:3\n");
    let _ = writeln!(out, "#EXT-X-TARGETDURATION:{}", target.max(1));
    out.push_str("#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n");
}

fn token_suffix(token: Option<&str>) -> String {
    token.map(|t| format!("?token={t}")).unwrap_or_default()
}

/// The feature: `segments` encrypted segments at `seg/N.ts`, each with its key at `key/N`. With
/// `token`, every URI carries it (for players that keep no cookies, such as ffmpeg).
pub fn feature(
    segments: u64,
    target: u32,
    durations: &dyn Durations,
    token: Option<&str>,
) -> String {
    let q = token_suffix(token);
    let mut out = String::new();
    header(&mut out, target);
    for index in 0..segments {
        let _ = writeln!(
            out,
            "#EXT-X-KEY:METHOD=AES-128,URI=\"key/{index}{q}\",IV=0x{index:032x}"
        );
        let _ = writeln!(
            out,
            "#EXTINF:{:.3},\nseg/{index}.ts{q}",
            durations.seconds(index)
        );
    }
    out.push_str("#EXT-X-ENDLIST\n");
    out
}

/// An ad (already decrypted by the attention exchange): `segments` plain segments at `N.ts`,
/// relative to the playlist.
pub fn ad(segments: u64, target: u32, durations: &dyn Durations, token: Option<&str>) -> String {
    let q = token_suffix(token);
    let mut out = String::new();
    header(&mut out, target);
    for index in 0..segments {
        let _ = writeln!(
            out,
            "#EXTINF:{:.3},\n{index}.ts{q}",
            durations.seconds(index)
        );
    }
    out.push_str("#EXT-X-ENDLIST\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_playlist_has_one_key_per_segment() {
        let d = |i: u64| if i == 2 { 1.5 } else { 2.0 };
        let p = feature(3, 2, &d, None);
        assert_eq!(p.matches("#EXT-X-KEY:METHOD=AES-128").count(), 3);
        assert!(p.contains(
            "URI=\"key/2\",IV=0x00000000000000000000000000000002\n#EXTINF:1.500,\nseg/2.ts\n"
        ));
        assert!(p.ends_with("#EXT-X-ENDLIST\n"));
        let t = feature(1, 2, &d, Some("abc"));
        assert!(t.contains("URI=\"key/0?token=abc\"") && t.contains("seg/0.ts?token=abc"));
    }

    #[test]
    fn ad_playlist_is_plain() {
        let d = |_| 2.0;
        let p = ad(2, 2, &d, None);
        assert!(!p.contains("EXT-X-KEY"));
        assert!(p.contains("#EXTINF:2.000,\n1.ts\n"));
    }
}
