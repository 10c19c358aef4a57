//! The ffmpeg command line of a transcode: what makes the output equal-length segments and
//! byte-deterministic.

use std::path::Path;

use super::{Ffmpeg, Job, Probe, X264_PRESET};
use crate::format::{AUDIO_BITRATE, AUDIO_RATE, Format};

impl Ffmpeg {
    /// The encoder options of one rendition, shared by the ffmpeg backend, the Livepeer fixture
    /// and the benchmark: H.264 (x264, one thread, no scene-cut keyframes, a keyframe forced at
    /// every segment boundary) and AAC, all bit-exact.
    pub fn encoder_args(format: &Format, segment_seconds: u32) -> Vec<String> {
        let gop = (format.fps * segment_seconds).to_string();
        let rate = format.video_bitrate.to_string();
        let buf = (u64::from(format.video_bitrate) * 2).to_string();
        [
            "-c:v",
            "libx264",
            "-preset",
            X264_PRESET,
            "-profile:v",
            "main",
            "-pix_fmt",
            "yuv420p",
            "-threads:v",
            "1",
            "-b:v",
            &rate,
            "-maxrate",
            &rate,
            "-bufsize",
            &buf,
            "-g",
            &gop,
            "-keyint_min",
            &gop,
            "-sc_threshold",
            "0",
            "-force_key_frames",
            &format!("expr:gte(t,n_forced*{segment_seconds})"),
            "-c:a",
            "aac",
            "-b:a",
            &AUDIO_BITRATE.to_string(),
            "-ar",
            &AUDIO_RATE.to_string(),
            "-ac",
            "2",
            "-fflags",
            "+bitexact",
            "-flags:v",
            "+bitexact",
            "-flags:a",
            "+bitexact",
            "-map_metadata",
            "-1",
            "-map_chapters",
            "-1",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect()
    }

    /// The video filter of one rendition: fit inside the frame keeping the aspect ratio,
    /// letterbox to the exact size, square pixels, constant frame rate.
    pub fn video_filter(format: &Format) -> String {
        let (w, h) = (format.width, format.height);
        format!(
            "scale={w}:{h}:force_original_aspect_ratio=decrease:flags=bicubic,pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps={}",
            format.fps
        )
    }

    /// The whole ffmpeg command line (without the program) that cuts `input` into the renditions
    /// of `job` under `out_dir/<format>/NNNNN.ts`. An input without audio gets a silent track
    /// of exactly its duration, so every rendition of every video has the same H.264 + AAC layout.
    pub fn command_args(input: &Path, probe: &Probe, job: &Job, out_dir: &Path) -> Vec<String> {
        let mut args: Vec<String> = [
            "-hide_banner",
            "-nostdin",
            "-nostats",
            "-loglevel",
            "error",
            "-y",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(["-i".into(), input.to_string_lossy().into_owned()]);
        let audio = if probe.has_audio {
            "0:a:0".to_owned()
        } else {
            args.extend([
                "-f".into(),
                "lavfi".into(),
                "-t".into(),
                format!("{:.6}", probe.duration_s),
                "-i".into(),
                format!("anullsrc=r={AUDIO_RATE}:cl=stereo"),
            ]);
            "1:a:0".to_owned()
        };
        let n = job.formats.len();
        let mut graph = format!("[0:v:0]split={n}");
        for i in 0..n {
            graph += &format!("[s{i}]");
        }
        for (i, f) in job.formats.iter().enumerate() {
            graph += &format!(";[s{i}]{}[v{i}]", Self::video_filter(f));
        }
        args.extend(["-filter_complex".into(), graph]);
        for (i, f) in job.formats.iter().enumerate() {
            let dir = out_dir.join(f.name);
            args.extend([
                "-map".into(),
                format!("[v{i}]"),
                "-map".into(),
                audio.clone(),
            ]);
            args.extend(Self::encoder_args(f, job.segment_seconds));
            args.extend(
                [
                    "-f",
                    "hls",
                    "-hls_time",
                    &job.segment_seconds.to_string(),
                    "-hls_list_size",
                    "0",
                    // An event playlist is rewritten after every segment (a vod one only at
                    // the end), and temp_file writes segments and playlist under a temporary
                    // name renamed when complete: a segment listed is a whole segment, even if
                    // ffmpeg is killed the next instant. Neither changes the segments' bytes.
                    "-hls_playlist_type",
                    "event",
                    "-hls_flags",
                    "temp_file",
                    "-hls_segment_type",
                    "mpegts",
                    "-start_number",
                    "0",
                    "-hls_segment_filename",
                ]
                .iter()
                .map(|s| (*s).to_owned()),
            );
            args.push(dir.join("%05d.ts").to_string_lossy().into_owned());
            args.push(dir.join("index.m3u8").to_string_lossy().into_owned());
        }
        args
    }
}
