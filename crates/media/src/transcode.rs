//! Transcoding behind a trait; the local ffmpeg backend.

use std::path::{Path, PathBuf};

use async_trait::async_trait;

use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::process;

mod args;
mod playlist;

pub use playlist::{complete_segments, finished_segments, list_segments};

/// What ffprobe says about an input.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    /// Seconds.
    pub duration_s: f64,
    /// Width of the first video stream.
    pub width: u32,
    /// Height of the first video stream.
    pub height: u32,
    /// Whether there is an audio stream.
    pub has_audio: bool,
}

/// What to produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The renditions.
    pub formats: Vec<Format>,
    /// Seconds per segment (every segment but the last lasts exactly this).
    pub segment_seconds: u32,
}

/// One format's segments, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendition {
    /// The format name.
    pub format: String,
    /// The MPEG-TS segment files.
    pub segments: Vec<PathBuf>,
}

/// Progress of a long step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Which step.
    pub stage: Stage,
    /// Units done (microseconds of media when transcoding, segments when adding).
    pub done: u64,
    /// Units in all.
    pub total: u64,
}

/// The steps that report progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Transcoding (media microseconds).
    Transcode,
    /// Encrypting and adding segments to the local store (segments).
    Add,
    /// Adding the video's objects to a remote IPFS node (objects).
    Publish,
}

/// A progress callback.
pub type ProgressFn<'a> = &'a (dyn Fn(Progress) + Send + Sync);

/// Turns a source file into equal-length MPEG-TS segments of each format.
#[async_trait]
pub trait Transcoder: Send + Sync {
    /// A short name of the backend and its output-affecting settings; part of the settings hash,
    /// so switching backends never resumes another backend's work.
    fn id(&self) -> String;

    /// Probes the input: typed errors when it is unreadable, not a video, or ffprobe is missing.
    async fn probe(&self, input: &Path) -> Result<Probe>;

    /// The duration in seconds of one produced segment, measured on the file (its video stream):
    /// what is registered comes from what was produced, not from what the source claims.
    async fn segment_seconds(&self, segment: &Path) -> Result<f64>;

    /// The local programs this backend runs with output under the work directory, so that a
    /// re-run can stop any that outlived an interrupted upload (see [`process::stop_strays`]).
    fn children(&self) -> Vec<PathBuf> {
        Vec::new()
    }

    /// Produces every format of `job` under `out_dir/<format>/`. A backend that writes
    /// `index.m3u8` playlists lists each segment there once it is complete (see
    /// [`finished_segments`]), which lets the pipeline encrypt and add segments while the
    /// transcode runs and keep them when it is interrupted.
    async fn transcode(
        &self,
        input: &Path,
        probe: &Probe,
        job: &Job,
        out_dir: &Path,
        progress: ProgressFn<'_>,
    ) -> Result<Vec<Rendition>>;
}

/// The local ffmpeg/ffprobe backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ffmpeg {
    /// The ffmpeg program.
    pub ffmpeg: PathBuf,
    /// The ffprobe program.
    pub ffprobe: PathBuf,
}

impl Default for Ffmpeg {
    fn default() -> Self {
        Self {
            ffmpeg: "ffmpeg".into(),
            ffprobe: "ffprobe".into(),
        }
    }
}

/// A generated test clip (ffmpeg's `lavfi` sources): what the demo, the tests and the benchmark
/// upload, so that none of them needs a video file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestClip {
    /// The lavfi video source, e.g. `testsrc` or `testsrc2`.
    pub pattern: &'static str,
    /// Length in seconds.
    pub seconds: u32,
    /// Frame width.
    pub width: u32,
    /// Frame height.
    pub height: u32,
    /// A sine tone of this frequency as the audio track; `None` for a clip without audio.
    pub tone_hz: Option<u32>,
}

/// The x264 preset: fast enough for a laptop upload, and fixed so output stays byte-identical.
pub const X264_PRESET: &str = "veryfast";

impl Ffmpeg {
    /// `$PARATII_FFMPEG` / `$PARATII_FFPROBE`, else `ffmpeg` / `ffprobe` on `PATH`.
    pub fn from_env() -> Self {
        let pick = |var: &str, default: &str| {
            std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from)
        };
        Self {
            ffmpeg: pick("PARATII_FFMPEG", "ffmpeg"),
            ffprobe: pick("PARATII_FFPROBE", "ffprobe"),
        }
    }

    /// Writes `clip` to `out` (H.264 + AAC in the container `out`'s extension names, 30 fps).
    pub fn generate(&self, clip: &TestClip, out: &Path) -> Result<()> {
        let TestClip {
            pattern,
            seconds,
            width,
            height,
            tone_hz,
        } = *clip;
        let mut cmd = std::process::Command::new(&self.ffmpeg);
        cmd.args(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i"])
            .arg(format!(
                "{pattern}=duration={seconds}:size={width}x{height}:rate=30"
            ));
        if let Some(hz) = tone_hz {
            cmd.args(["-f", "lavfi", "-i"])
                .arg(format!("sine=frequency={hz}:duration={seconds}"));
        }
        cmd.args([
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
        ]);
        if tone_hz.is_some() {
            cmd.args(["-c:a", "aac", "-shortest"]);
        }
        let output = cmd
            .arg(out)
            .output()
            .map_err(Self::spawn_err("ffmpeg", &self.ffmpeg))?;
        if !output.status.success() {
            return Err(MediaError::Transcode {
                input: PathBuf::from(format!("lavfi:{pattern}")),
                status: output.status.to_string(),
                stderr: last_lines(&output.stderr),
            });
        }
        Ok(())
    }

    fn spawn_err(tool: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> MediaError {
        let path = path.to_owned();
        move |e| MediaError::ToolMissing {
            tool,
            path,
            reason: e.to_string(),
        }
    }

    /// Runs ffprobe as a guarded child (see [`process`]); stdout and the finished child.
    async fn ffprobe(&self, args: &[String]) -> Result<(String, process::Finished)> {
        let mut stdout = String::new();
        let done = process::run("ffprobe", &self.ffprobe, args, |line| {
            stdout.push_str(line);
            stdout.push('\n');
        })
        .await?;
        Ok((stdout, done))
    }

    async fn run_ffprobe(&self, input: &Path) -> Result<Probe> {
        std::fs::File::open(input).map_err(|e| MediaError::Unreadable {
            path: input.to_owned(),
            reason: e.to_string(),
        })?;
        let args: Vec<String> = [
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .chain([input.to_string_lossy().into_owned()])
        .collect();
        let (stdout, out) = self.ffprobe(&args).await?;
        let not_video = |reason: String| MediaError::NotAVideo {
            path: input.to_owned(),
            reason,
        };
        if !out.status.success() {
            return Err(not_video(last_lines(&out.stderr)));
        }
        let json: serde_json::Value =
            serde_json::from_str(&stdout).map_err(|e| not_video(e.to_string()))?;
        let streams = json["streams"].as_array().cloned().unwrap_or_default();
        // Pictures (cover art, a PNG probed as image2) have one frame: not a video.
        let video = streams
            .iter()
            .find(|s| {
                s["codec_type"] == "video"
                    && s["disposition"]["attached_pic"].as_i64() != Some(1)
                    && !matches!(
                        s["codec_name"].as_str(),
                        Some("png" | "mjpeg" | "bmp" | "gif" | "webp" | "tiff")
                    )
            })
            .ok_or_else(|| not_video("no video stream".into()))?;
        let duration_s = json["format"]["duration"]
            .as_str()
            .and_then(|d| d.parse::<f64>().ok())
            .or_else(|| video["duration"].as_str().and_then(|d| d.parse().ok()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .ok_or_else(|| not_video("no duration".into()))?;
        let dim = |key: &str| {
            video[key]
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| *v > 0)
        };
        let (Some(width), Some(height)) = (dim("width"), dim("height")) else {
            return Err(not_video("the video stream has no size".into()));
        };
        Ok(Probe {
            duration_s,
            width,
            height,
            has_audio: streams.iter().any(|s| s["codec_type"] == "audio"),
        })
    }

    /// The duration of a produced MPEG-TS segment: its video stream's (what the segment shows;
    /// audio frames overhang a boundary by a few milliseconds), else the container's.
    pub async fn measure_segment(&self, segment: &Path) -> Result<f64> {
        let args: Vec<String> = [
            "-v",
            "error",
            "-show_entries",
            "stream=codec_type,duration:format=duration",
            "-of",
            "json",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .chain([segment.to_string_lossy().into_owned()])
        .collect();
        let bad = |reason: String| MediaError::BadSegment {
            path: segment.to_owned(),
            reason,
        };
        let (stdout, out) = self.ffprobe(&args).await?;
        if !out.status.success() {
            return Err(bad(last_lines(&out.stderr)));
        }
        let json: serde_json::Value =
            serde_json::from_str(&stdout).map_err(|e| bad(e.to_string()))?;
        let seconds = |v: &serde_json::Value| {
            v["duration"]
                .as_str()
                .and_then(|d| d.parse::<f64>().ok())
                .filter(|d| d.is_finite() && *d > 0.0)
        };
        json["streams"]
            .as_array()
            .and_then(|streams| {
                streams
                    .iter()
                    .filter(|s| s["codec_type"] == "video")
                    .find_map(seconds)
            })
            .or_else(|| seconds(&json["format"]))
            .ok_or_else(|| bad("no duration".into()))
    }

    /// Runs ffmpeg with `-progress pipe:1`, reporting media time against `total_us`, as a
    /// guarded child: its own process group, killed when the upload dies (see [`process`]).
    pub async fn run_ffmpeg(
        &self,
        args: &[String],
        input: &Path,
        total_us: u64,
        progress: ProgressFn<'_>,
    ) -> Result<()> {
        let mut all = vec!["-progress".to_owned(), "pipe:1".to_owned()];
        all.extend_from_slice(args);
        let done = process::run("ffmpeg", &self.ffmpeg, &all, |line| {
            if let Some(us) = line
                .strip_prefix("out_time_us=")
                .and_then(|v| v.trim().parse::<u64>().ok())
            {
                progress(Progress {
                    stage: Stage::Transcode,
                    done: us.min(total_us),
                    total: total_us,
                });
            }
        })
        .await?;
        if !done.status.success() {
            return Err(MediaError::Transcode {
                input: input.to_owned(),
                status: done.status.to_string(),
                stderr: last_lines(&done.stderr),
            });
        }
        progress(Progress {
            stage: Stage::Transcode,
            done: total_us,
            total: total_us,
        });
        Ok(())
    }
}

fn last_lines(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(5)..].join(" | ")
}

/// Duration from the media, as microseconds (rounded up).
pub(crate) fn micros(seconds: f64) -> u64 {
    (seconds * 1e6).ceil() as u64
}

#[async_trait]
impl Transcoder for Ffmpeg {
    fn id(&self) -> String {
        format!("ffmpeg-x264-{X264_PRESET}-v1")
    }

    async fn probe(&self, input: &Path) -> Result<Probe> {
        self.run_ffprobe(input).await
    }

    async fn segment_seconds(&self, segment: &Path) -> Result<f64> {
        self.measure_segment(segment).await
    }

    fn children(&self) -> Vec<PathBuf> {
        vec![self.ffmpeg.clone()]
    }

    async fn transcode(
        &self,
        input: &Path,
        probe: &Probe,
        job: &Job,
        out_dir: &Path,
        progress: ProgressFn<'_>,
    ) -> Result<Vec<Rendition>> {
        for f in &job.formats {
            let dir = out_dir.join(f.name);
            // A half-written rendition from an interrupted run is redone from scratch.
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).map_err(io("creating", &dir))?;
        }
        let args = Self::command_args(input, probe, job, out_dir);
        self.run_ffmpeg(&args, input, micros(probe.duration_s), progress)
            .await?;
        job.formats
            .iter()
            .map(|f| {
                Ok(Rendition {
                    format: f.name.to_owned(),
                    segments: list_segments(&out_dir.join(f.name))?,
                })
            })
            .collect()
    }
}
