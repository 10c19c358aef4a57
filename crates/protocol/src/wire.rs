//! Parsing helpers for wire fields.
use crate::error::{ProtocolError, Result};
use alloy_primitives::hex;
/// Parses `0x`-prefixed hex.
pub fn hex_bytes(field: &'static str, s: &str) -> Result<Vec<u8>> {
    let digits = s.strip_prefix("0x").ok_or(ProtocolError::InvalidHex { field })?;
    hex::decode(digits).map_err(|_| ProtocolError::InvalidHex { field })
}
