//! x
pub mod eip712;
pub mod error;
pub mod sig;
pub mod wire;
pub use error::ProtocolError;
/// v
pub const PROTOCOL_VERSION: u64 = 1;
