//! The rendition ladder, named after Livepeer's standard renditions.

use crate::error::{MediaError, Result};

/// One rendition of the ladder: H.264 video at a fixed size and frame rate, AAC audio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// The name registered on chain, e.g. `720p30`.
    pub name: &'static str,
    /// Livepeer's name for the same profile (`P720p30fps16x9`), accepted in multipart answers.
    pub livepeer_name: &'static str,
    /// Output width in pixels.
    pub width: u32,
    /// Output height in pixels.
    pub height: u32,
    /// Frames per second.
    pub fps: u32,
    /// Target video bitrate in bits per second (Livepeer's profile bitrates).
    pub video_bitrate: u32,
}

/// AAC bitrate of every rendition, in bits per second.
pub const AUDIO_BITRATE: u32 = 128_000;
/// Audio sample rate of every rendition.
pub const AUDIO_RATE: u32 = 48_000;

/// The ladder, best first.
pub const LADDER: [Format; 4] = [
    Format {
        name: "720p30",
        livepeer_name: "P720p30fps16x9",
        width: 1280,
        height: 720,
        fps: 30,
        video_bitrate: 4_000_000,
    },
    Format {
        name: "480p30",
        livepeer_name: "P480p30fps16x9",
        width: 854,
        height: 480,
        fps: 30,
        video_bitrate: 1_600_000,
    },
    Format {
        name: "360p30",
        livepeer_name: "P360p30fps16x9",
        width: 640,
        height: 360,
        fps: 30,
        video_bitrate: 1_200_000,
    },
    Format {
        name: "240p30",
        livepeer_name: "P240p30fps16x9",
        width: 426,
        height: 240,
        fps: 30,
        video_bitrate: 600_000,
    },
];

impl Format {
    /// The ladder entry called `name` (ours or Livepeer's).
    pub fn by_name(name: &str) -> Result<Self> {
        LADDER
            .iter()
            .find(|f| f.name == name || f.livepeer_name == name)
            .copied()
            .ok_or_else(|| MediaError::UnknownFormat(name.to_owned()))
    }

    /// Parses a list of names: at least one, no duplicates, in the given order.
    pub fn parse_list(names: &[String]) -> Result<Vec<Self>> {
        let mut out: Vec<Self> = Vec::with_capacity(names.len());
        for name in names {
            let f = Self::by_name(name.trim())?;
            if out.iter().any(|o| o.name == f.name) {
                return Err(MediaError::InvalidFormats(names.to_vec()));
            }
            out.push(f);
        }
        if out.is_empty() {
            return Err(MediaError::InvalidFormats(names.to_vec()));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_lists() {
        assert_eq!(Format::by_name("360p30").unwrap().width, 640);
        assert_eq!(Format::by_name("P240p30fps16x9").unwrap().name, "240p30");
        assert!(matches!(Format::by_name("4k"), Err(MediaError::UnknownFormat(n)) if n == "4k"));
        let two = Format::parse_list(&["360p30".into(), "240p30".into()]).unwrap();
        assert_eq!(two.len(), 2);
        assert!(Format::parse_list(&["240p30".into(), "240p30".into()]).is_err());
        assert!(Format::parse_list(&[]).is_err());
    }
}
