//! A rendition directory read through its HLS playlist: which segments are finished, and whether
//! the rendition is.

use std::path::{Path, PathBuf};

use crate::error::{Result, io};

/// A rendition directory's playlist: the segments it lists, and whether it is complete.
fn read_playlist(dir: &Path) -> Option<(Vec<PathBuf>, bool)> {
    let text = std::fs::read_to_string(dir.join("index.m3u8")).ok()?;
    let segments = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| dir.join(l.trim()))
        .collect();
    let complete = text.lines().any(|l| l.trim() == "#EXT-X-ENDLIST");
    Some((segments, complete))
}

/// The segments of a rendition directory that are complete: those its playlist lists (ffmpeg,
/// with `temp_file`, lists a segment only once it is written whole and renamed into place),
/// while the transcode runs or after it was killed. The segment being written is not listed.
pub fn finished_segments(dir: &Path) -> Vec<PathBuf> {
    read_playlist(dir)
        .map(|(segments, _)| segments.into_iter().take_while(|s| s.is_file()).collect())
        .unwrap_or_default()
}

/// The segments of a rendition whose playlist is complete (`#EXT-X-ENDLIST`, written when ffmpeg
/// finished the rendition), or `None`.
pub fn complete_segments(dir: &Path) -> Option<Vec<PathBuf>> {
    match read_playlist(dir)? {
        (segments, true) if !segments.is_empty() && segments.iter().all(|s| s.is_file()) => {
            Some(segments)
        }
        _ => None,
    }
}

/// The segment files of a rendition directory, from its playlist when there is one, else by name.
pub fn list_segments(dir: &Path) -> Result<Vec<PathBuf>> {
    if let Some((segments, _)) = read_playlist(dir) {
        return Ok(segments);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io("listing", dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .collect();
    files.sort();
    Ok(files)
}
