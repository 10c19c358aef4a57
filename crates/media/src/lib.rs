//! Paratii uploads, as the 2018 note's "Uploading Videos" describes them: a source video is
//! transcoded into a ladder of formats named after Livepeer's renditions ([`format`](mod@format)),
//! cut into equal MPEG-TS segments ([`transcode`]: local ffmpeg, or a Livepeer broadcaster in
//! [`livepeer`]), each segment encrypted with HLS AES-128 under its own key derived from a
//! per-video secret ([`hls`], [`store`]), added to the publisher's block store, listed in a table
//! of contents per format and a directory ([`toc`]) ([`pipeline`]). The publisher's [`library`]
//! keeps what `serve` needs. Nothing here touches the chain: registering what [`package`] produced
//! is the upload orchestrator's (crate `paratii-upload`). Children (ffmpeg, ffprobe) die with the
//! upload ([`process`]).

pub mod error;
pub mod format;
pub mod hls;
pub mod library;
pub mod livepeer;
pub mod pipeline;
pub mod process;
pub mod store;
pub mod toc;
pub mod transcode;

pub use error::{MediaError, Result};
pub use format::{Format, LADDER};
pub use hls::{VideoSecret, decrypt_segment, encrypt_segment, segment_iv, segment_key};
pub use library::{Library, UploadRecord};
pub use livepeer::Livepeer;
pub use pipeline::{
    Package, Packaged, SEGMENT_TOLERANCE_S, UploadSettings, WorkLock, all_cids, fetch_tables,
    package, registered_duration, segments_for, settings_hash, sha256_file,
};
pub use store::{load_secret, save_secret};
pub use toc::{Directory, TableOfContents};
pub use transcode::{
    Ffmpeg, Job, Probe, Progress, ProgressFn, Rendition, Stage, TestClip, Transcoder,
    complete_segments, finished_segments,
};
