//! The Livepeer backend: the source is cut locally into equal segments, each segment is pushed to
//! a broadcaster's HTTP ingest (`POST {url}/live/{manifest}/{seq}.ts`, `Accept: multipart/mixed`)
//! and the broadcaster answers with one multipart part per rendition, named by its
//! `Rendition-Name` header (or, failing that, the profile in the `Content-Disposition`
//! filename, `"<rendition>_<seq>.ts"`); a part typed `application/vnd+livepeer.uri` carries the
//! rendition's URL instead of its bytes, which is then fetched. These are the names go-livepeer's
//! `HandlePush` (`server/mediaserver.go`) writes and its `getTranscodeConfiguration` reads.
//!
//! The renditions are requested per segment with the `Livepeer-Transcode-Configuration` header
//! (`{"profiles":[{"name","width","height","bitrate","fps"}]}`), named with our format names; the
//! Livepeer preset names (`P240p30fps16x9`, …) are accepted back too.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::library::write_atomic;
use crate::transcode::{
    Ffmpeg, Job, Probe, Progress, ProgressFn, Rendition, Stage, Transcoder, complete_segments,
    list_segments, micros,
};

/// Bitrate of the locally cut source segments (only the broadcaster sees them).
pub const SOURCE_BITRATE: u32 = 6_000_000;

/// The Livepeer broadcaster backend.
#[derive(Debug, Clone)]
pub struct Livepeer {
    /// The broadcaster's HTTP base URL, e.g. `http://127.0.0.1:8935`.
    pub url: String,
    /// Probes and cuts the source.
    pub ffmpeg: Ffmpeg,
    client: reqwest::Client,
}

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Its headers, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Its bytes.
    pub body: Bytes,
}

impl Part {
    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The rendition this part carries: `Rendition-Name`, else the profile in the
    /// `Content-Disposition` filename, which go-livepeer (`server/mediaserver.go`, `HandlePush`)
    /// writes as `"<profile>_<seq>.<ext>"`.
    pub fn rendition(&self) -> Option<String> {
        if let Some(name) = self.header("rendition-name") {
            return Some(name.trim().to_owned());
        }
        let disposition = self.header("content-disposition")?;
        let filename = disposition
            .split(';')
            .filter_map(|kv| kv.trim().strip_prefix("filename="))
            .next()?
            .trim_matches('"');
        let stem = filename.rsplit_once('.').map_or(filename, |(stem, _)| stem);
        match stem.rsplit_once('_') {
            Some((profile, seq)) if !profile.is_empty() && seq.parse::<u64>().is_ok() => {
                Some(profile.to_owned())
            }
            _ => None,
        }
    }

    /// Whether the part carries the rendition's URL instead of its bytes (go-livepeer does so,
    /// as `application/vnd+livepeer.uri`, when the broadcaster stores renditions elsewhere).
    pub fn is_uri(&self) -> bool {
        self.header("content-type").is_some_and(|t| {
            t.trim()
                .to_ascii_lowercase()
                .starts_with("application/vnd+livepeer.uri")
        })
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Parses a `multipart/*` body (RFC 2046) given its `Content-Type` header value.
pub fn parse_multipart(content_type: &str, body: &[u8]) -> Result<Vec<Part>> {
    let bad = |m: &str| MediaError::Multipart(m.to_owned());
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/")
    {
        return Err(bad(&format!(
            "content type {content_type:?} is not multipart"
        )));
    }
    let boundary = content_type
        .split(';')
        .filter_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            k.eq_ignore_ascii_case("boundary")
                .then(|| v.trim().trim_matches('"').to_owned())
        })
        .next()
        .filter(|b| !b.is_empty())
        .ok_or_else(|| bad("no boundary parameter"))?;
    let delim = format!("--{boundary}").into_bytes();
    let mut pos = if body.starts_with(&delim) {
        0
    } else {
        let mut d = b"\r\n".to_vec();
        d.extend_from_slice(&delim);
        find(body, &d, 0).ok_or_else(|| bad("no opening boundary"))? + 2
    };
    let mut parts = Vec::new();
    loop {
        pos += delim.len();
        if body[pos..].starts_with(b"--") {
            return Ok(parts);
        }
        let line_end =
            find(body, b"\r\n", pos).ok_or_else(|| bad("boundary line not terminated"))?;
        let head_start = line_end + 2;
        let (head_end, body_start) = if body[head_start..].starts_with(b"\r\n") {
            (head_start, head_start + 2)
        } else {
            let e =
                find(body, b"\r\n\r\n", head_start).ok_or_else(|| bad("headers not terminated"))?;
            (e, e + 4)
        };
        let head = std::str::from_utf8(&body[head_start..head_end])
            .map_err(|_| bad("headers are not UTF-8"))?;
        let mut headers = Vec::new();
        for line in head.split("\r\n").filter(|l| !l.is_empty()) {
            let (n, v) = line
                .split_once(':')
                .ok_or_else(|| bad(&format!("header line {line:?} has no colon")))?;
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
        let mut next = b"\r\n".to_vec();
        next.extend_from_slice(&delim);
        let end = find(body, &next, body_start)
            .ok_or_else(|| bad("part not terminated by a boundary"))?;
        parts.push(Part {
            headers,
            body: Bytes::copy_from_slice(&body[body_start..end]),
        });
        pos = end + 2;
    }
}

impl Livepeer {
    /// A backend pushing to `url`.
    pub fn new(url: &str, ffmpeg: Ffmpeg) -> Self {
        Self {
            url: url.trim_end_matches('/').to_owned(),
            ffmpeg,
            client: reqwest::Client::new(),
        }
    }

    /// The `Livepeer-Transcode-Configuration` header value for `formats`.
    pub fn transcode_configuration(formats: &[Format]) -> String {
        let profiles: Vec<serde_json::Value> = formats
            .iter()
            .map(|f| {
                serde_json::json!({
                    "name": f.name,
                    "width": f.width,
                    "height": f.height,
                    "bitrate": f.video_bitrate,
                    "fps": f.fps,
                })
            })
            .collect();
        serde_json::json!({ "profiles": profiles }).to_string()
    }

    /// Pushes one source segment and returns the parts of the answer.
    pub async fn push(
        &self,
        manifest: &str,
        seq: u64,
        segment: Bytes,
        duration_ms: u64,
        resolution: (u32, u32),
        formats: &[Format],
    ) -> Result<Vec<Part>> {
        let url = format!("{}/live/{manifest}/{seq}.ts", self.url);
        let err = |reason: String| MediaError::Livepeer {
            url: url.clone(),
            reason,
        };
        let response = self
            .client
            .post(&url)
            .header("Accept", "multipart/mixed")
            .header("Content-Type", "video/mp2t")
            .header("Content-Duration", duration_ms.to_string())
            // go-livepeer takes the source profile's size from it (`params.resolution`).
            .header(
                "Content-Resolution",
                format!("{}x{}", resolution.0, resolution.1),
            )
            .header(
                "Livepeer-Transcode-Configuration",
                Self::transcode_configuration(formats),
            )
            .body(segment)
            .send()
            .await
            .map_err(|e| err(format!("unreachable: {e}")))?;
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response
            .bytes()
            .await
            .map_err(|e| err(format!("reading the answer: {e}")))?;
        if !status.is_success() {
            return Err(err(format!(
                "HTTP {status}: {}",
                String::from_utf8_lossy(&body[..body.len().min(200)])
            )));
        }
        let mut parts = parse_multipart(&content_type, &body)?;
        for part in parts.iter_mut().filter(|p| p.is_uri()) {
            let target = String::from_utf8_lossy(&part.body).trim().to_owned();
            // go-livepeer writes the rendition's URL, absolute or relative to the broadcaster.
            let target = if target.starts_with("http://") || target.starts_with("https://") {
                target
            } else {
                format!("{}/{}", self.url, target.trim_start_matches('/'))
            };
            let fetched = self
                .client
                .get(&target)
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| err(format!("fetching rendition {target}: {e}")))?;
            part.body = fetched
                .bytes()
                .await
                .map_err(|e| err(format!("reading rendition {target}: {e}")))?;
        }
        Ok(parts)
    }
}

#[async_trait]
impl Transcoder for Livepeer {
    fn id(&self) -> String {
        "livepeer-v1".into()
    }

    async fn probe(&self, input: &Path) -> Result<Probe> {
        self.ffmpeg.probe(input).await
    }

    async fn segment_seconds(&self, segment: &Path) -> Result<f64> {
        self.ffmpeg.measure_segment(segment).await
    }

    fn children(&self) -> Vec<PathBuf> {
        vec![self.ffmpeg.ffmpeg.clone()]
    }

    async fn transcode(
        &self,
        input: &Path,
        probe: &Probe,
        job: &Job,
        out_dir: &Path,
        progress: ProgressFn<'_>,
    ) -> Result<Vec<Rendition>> {
        // 1. Cut the source locally at its own size (even dimensions for yuv420p), with the
        //    same forced keyframes, so every pushed segment lasts exactly the segment length.
        let source = Format {
            name: "source",
            livepeer_name: "source",
            width: probe.width.div_ceil(2) * 2,
            height: probe.height.div_ceil(2) * 2,
            fps: 30,
            video_bitrate: SOURCE_BITRATE,
        };
        let resolution = (source.width, source.height);
        let source_dir = out_dir.join("source");
        let cut = Job {
            formats: vec![source],
            segment_seconds: job.segment_seconds,
        };
        // Only a complete cut is reused: an interrupted one lists just the segments it finished.
        let segments = if let Some(segments) = complete_segments(&source_dir) {
            segments
        } else {
            let _ = std::fs::remove_dir_all(&source_dir);
            std::fs::create_dir_all(&source_dir).map_err(io("creating", &source_dir))?;
            let args = Ffmpeg::command_args(input, probe, &cut, out_dir);
            self.ffmpeg
                .run_ffmpeg(&args, input, micros(probe.duration_s), &|_| {})
                .await?;
            list_segments(&source_dir)?
        };

        // 2. Push each segment; a segment whose renditions are all on disk is not pushed again.
        let manifest = {
            let mut h = Sha256::new();
            h.update(input.to_string_lossy().as_bytes());
            h.update(job.segment_seconds.to_be_bytes());
            let d = h.finalize();
            format!(
                "paratii-{}",
                d[..8]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            )
        };
        let mut outputs: Vec<Vec<PathBuf>> = vec![Vec::new(); job.formats.len()];
        let total = segments.len() as u64;
        for (index, path) in segments.iter().enumerate() {
            let targets: Vec<PathBuf> = job
                .formats
                .iter()
                .map(|f| out_dir.join(f.name).join(format!("{index:05}.ts")))
                .collect();
            if !targets.iter().all(|t| t.is_file()) {
                let bytes = std::fs::read(path).map_err(io("reading", path))?;
                let duration_ms = u64::from(job.segment_seconds) * 1000;
                // Livepeer's media sequence numbers start at 1.
                let seq = index as u64 + 1;
                let parts = self
                    .push(
                        &manifest,
                        seq,
                        Bytes::from(bytes),
                        duration_ms,
                        resolution,
                        &job.formats,
                    )
                    .await?;
                for (f, target) in job.formats.iter().zip(&targets) {
                    let part = parts
                        .iter()
                        .find(|p| {
                            p.rendition()
                                .is_some_and(|r| r == f.name || r == f.livepeer_name)
                        })
                        .ok_or_else(|| MediaError::MissingRendition {
                            url: format!("{}/live/{manifest}/{seq}.ts", self.url),
                            format: f.name.to_owned(),
                            got: parts.iter().filter_map(Part::rendition).collect(),
                        })?;
                    write_atomic(target, &part.body)?;
                }
            }
            for (o, t) in outputs.iter_mut().zip(targets) {
                o.push(t);
            }
            progress(Progress {
                stage: Stage::Transcode,
                done: index as u64 + 1,
                total,
            });
        }
        Ok(job
            .formats
            .iter()
            .zip(outputs)
            .map(|(f, segments)| Rendition {
                format: f.name.to_owned(),
                segments,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_livepeer_style_multipart() {
        let body = b"--xYz\r\nContent-Type: video/MP2T\r\nRendition-Name: P240p30fps16x9\r\n\r\nAB\r\n--\r\nC\r\n--xYz\r\nContent-Disposition: attachment; filename=\"360p30_1.ts\"\r\n\r\n\r\n--xYz--\r\n";
        let parts = parse_multipart("multipart/mixed; boundary=\"xYz\"", body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(&parts[0].body[..], b"AB\r\n--\r\nC");
        assert_eq!(parts[0].rendition().as_deref(), Some("P240p30fps16x9"));
        assert_eq!(parts[0].header("content-type"), Some("video/MP2T"));
        assert_eq!(&parts[1].body[..], b"");
        assert_eq!(parts[1].rendition().as_deref(), Some("360p30"));
        assert!(parse_multipart("video/mp2t", body).is_err());
        assert!(parse_multipart("multipart/mixed; boundary=other", body).is_err());
        assert!(parse_multipart("multipart/mixed; boundary=xYz", &body[..40]).is_err());
    }
}
