//! Paratii uploads, orchestrated. The media half (`paratii-media`: transcode, encrypt, add to the
//! publisher's store) knows nothing of the chain; this crate puts it between the checks that
//! must come first and the registration that must come last ([`orchestrate`], whose
//! documentation gives the order and where a commit-reveal step fits), with the
//! VideoRegistry's limits in one place ([`limits`]).

pub mod error;
pub mod limits;
pub mod orchestrate;

pub use error::{Result, UploadError};
pub use limits::LimitError;
pub use orchestrate::{
    Registrar, Registration, RegistryStatus, Upload, UploadOutcome, check_node, check_record,
    check_registrar, publish, register, registry_status, upload,
};
