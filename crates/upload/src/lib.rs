//! Paratii uploads, orchestrated. The media half (`paratii-media`: transcode, encrypt, add to the
//! publisher's store) knows nothing of the chain; this crate puts it between the checks that
//! must come first and the registration that must come last ([`orchestrate`], whose
//! documentation gives the order and where the commit of the commit-reveal registration goes), with the
//! VideoRegistry's limits in one place ([`limits`]).

pub mod error;
pub mod limits;
pub mod orchestrate;

pub use error::{Result, UploadError};
pub use limits::LimitError;
pub use orchestrate::{
    Committed, Registrar, Registration, RegistryStatus, Upload, UploadOutcome, check_node,
    check_record, check_registrar, commit, publish, register, registry_status, upload,
};
