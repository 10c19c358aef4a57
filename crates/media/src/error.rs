//! The one error type of this crate.

use std::path::PathBuf;

use paratii_ipfs::IpfsError;

/// Everything that can go wrong while probing, transcoding, encrypting or adding.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MediaError {
    /// An external tool (ffmpeg, ffprobe) could not be started.
    #[error("{tool} is not installed or not runnable (tried {}): {reason}", path.display())]
    ToolMissing {
        /// `ffmpeg` or `ffprobe`.
        tool: &'static str,
        /// The program that was tried.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },

    /// The input file cannot be read.
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },

    /// The input file has no decodable video stream.
    #[error("{} is not a video: {reason}", path.display())]
    NotAVideo {
        /// The file.
        path: PathBuf,
        /// What ffprobe reported.
        reason: String,
    },

    /// ffmpeg ran but failed.
    #[error("ffmpeg failed on {} (exit {status}): {stderr}", input.display())]
    Transcode {
        /// The input.
        input: PathBuf,
        /// The exit status.
        status: String,
        /// The last lines ffmpeg printed.
        stderr: String,
    },

    /// A format name is not one of the ladder's renditions.
    #[error("unknown format {0:?}: choose from 720p30, 480p30, 360p30, 240p30")]
    UnknownFormat(String),

    /// No format was asked for, or one twice.
    #[error("invalid format list {0:?}: give one or more distinct formats")]
    InvalidFormats(Vec<String>),

    /// The segment length is zero or absurdly long.
    #[error("invalid segment length {0} s: use 1 to 3600")]
    InvalidSegmentLength(u32),

    /// The renditions were cut into different numbers of segments.
    #[error("format {format} has {actual} segments, {expected} expected")]
    SegmentCountMismatch {
        /// The format.
        format: String,
        /// Its segment count.
        actual: usize,
        /// The first format's count.
        expected: usize,
    },

    /// The Livepeer broadcaster could not be reached or refused a segment.
    #[error("Livepeer broadcaster {url}: {reason}")]
    Livepeer {
        /// The request URL.
        url: String,
        /// What went wrong.
        reason: String,
    },

    /// The broadcaster's answer has no rendition for a requested format.
    #[error("Livepeer broadcaster {url} returned no {format} rendition (got {got:?})")]
    MissingRendition {
        /// The request URL.
        url: String,
        /// The format missing.
        format: String,
        /// The renditions it did return.
        got: Vec<String>,
    },

    /// A multipart/mixed body is malformed.
    #[error("malformed multipart response: {0}")]
    Multipart(String),

    /// A ciphertext does not decrypt under the key (bad length or padding).
    #[error("segment {index} does not decrypt: {reason}")]
    Decrypt {
        /// The segment index used as IV.
        index: u64,
        /// Bad length or bad padding.
        reason: String,
    },

    /// The video secret's keystore file could not be written or read.
    #[error("video secret {}: {reason}", path.display())]
    Secret {
        /// The secret's file.
        path: PathBuf,
        /// What went wrong (never the secret).
        reason: String,
    },

    /// The password does not open the video secret's keystore.
    #[error("wrong password for video secret {}", path.display())]
    SecretWrongPassword {
        /// The secret's file.
        path: PathBuf,
    },

    /// An IPFS backend failed (unreachable, missing block, CID mismatch...).
    #[error(transparent)]
    Ipfs(#[from] IpfsError),

    /// A JSON object fetched from IPFS or read from disk is not what it should be.
    #[error("{what} is not valid JSON of the expected shape: {reason}")]
    Json {
        /// What was being decoded.
        what: String,
        /// The decoder's message.
        reason: String,
    },

    /// A produced segment cannot be measured (ffprobe does not read it).
    #[error("the transcoder produced an unreadable segment {}: {reason}", path.display())]
    BadSegment {
        /// The segment file.
        path: PathBuf,
        /// What ffprobe reported.
        reason: String,
    },

    /// The transcoded output does not have the shape the registry and the viewers rely on:
    /// nothing is added or registered on top of it.
    #[error(
        "the transcoded output is inconsistent: {detail}; nothing was registered (the source may be damaged: re-encode it, e.g. `ffmpeg -i IN -c:v libx264 -c:a aac OUT.mp4`, and upload that)"
    )]
    InconsistentOutput {
        /// What does not match.
        detail: String,
    },

    /// Another upload of the same file with the same settings holds the work directory.
    #[error("another `paratii upload` of this file with these settings is running (it holds {}): wait for it to finish, or stop it, then run this again", path.display())]
    UploadInProgress {
        /// The lock file.
        path: PathBuf,
    },

    /// A filesystem operation failed.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },

    /// A publisher's library has no such video, format or segment.
    #[error("the library has no {what}")]
    NotInLibrary {
        /// What was asked for.
        what: String,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = MediaError> = core::result::Result<T, E>;

/// An `Io` error builder for `map_err`.
pub(crate) fn io(
    action: &'static str,
    path: &std::path::Path,
) -> impl FnOnce(std::io::Error) -> MediaError {
    let path = path.to_owned();
    move |source| MediaError::Io {
        action,
        path,
        source,
    }
}
