//! Content identifiers: CIDv0 (base58btc `Qm…`) and CIDv1 (base32 lower `b…`) over SHA2-256.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::error::IpfsError;

/// Multicodec of dag-pb (protobuf Merkle DAG nodes; UnixFS lives inside).
pub const DAG_PB: u64 = 0x70;
/// Multicodec of raw blocks (CIDv1 leaves with `--raw-leaves`).
pub const RAW: u64 = 0x55;
/// Multicodec of dag-cbor (only used for the CAR header, never as a block here).
pub const DAG_CBOR: u64 = 0x71;
/// Multihash code of SHA2-256, the only hash `ipfs add` uses by default and the only one read here.
const SHA2_256: u64 = 0x12;

/// Which CID version `add`/`import` produce.
///
/// `V1` is what `ipfs add --cid-version 1` does: raw leaves, base32 lower (`bafk…`/`bafy…`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CidVersion {
    /// CIDv0: dag-pb only, base58btc `Qm…`, leaves are dag-pb UnixFS file nodes (Kubo's default).
    #[default]
    V0,
    /// CIDv1 with raw leaves, printed in base32 lower.
    V1,
}

/// A content identifier over a SHA2-256 multihash.
///
/// Displayed and parsed as Kubo prints it: CIDv0 in base58btc, CIDv1 in base32 lower with the
/// multibase prefix `b` (a base58btc CIDv1 with prefix `z` is accepted on input too).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cid {
    version: CidVersion,
    codec: u64,
    digest: [u8; 32],
}

impl Cid {
    /// The CID of `bytes` for the given version and codec. CIDv0 only exists for dag-pb, so a
    /// V0 request with another codec yields a CIDv1.
    pub fn for_block(version: CidVersion, codec: u64, bytes: &[u8]) -> Self {
        Self::for_block_parts(version, codec, &[bytes])
    }

    /// [`Cid::for_block`] of the concatenation of `parts`, without making it: a leaf's framing
    /// around a chunk of someone else's buffer is hashed in place.
    pub fn for_block_parts(version: CidVersion, codec: u64, parts: &[&[u8]]) -> Self {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update(part);
        }
        let digest: [u8; 32] = hasher.finalize().into();
        let version = if codec == DAG_PB {
            version
        } else {
            CidVersion::V1
        };
        Self {
            version,
            codec,
            digest,
        }
    }

    /// The CID version.
    pub fn version(&self) -> CidVersion {
        self.version
    }

    /// The multicodec of the block (`DAG_PB` or `RAW` for everything this crate creates).
    pub fn codec(&self) -> u64 {
        self.codec
    }

    /// The SHA2-256 digest of the block.
    pub fn digest(&self) -> &[u8; 32] {
        &self.digest
    }

    /// The multihash bytes (`0x12 0x20 digest`).
    pub fn multihash(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(34);
        out.extend_from_slice(&[0x12, 0x20]);
        out.extend_from_slice(&self.digest);
        out
    }

    /// Binary form, as inside dag-pb links and CAR sections.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self.version {
            CidVersion::V0 => self.multihash(),
            CidVersion::V1 => {
                let mut out = Vec::with_capacity(38);
                put_varint(&mut out, 1);
                put_varint(&mut out, self.codec);
                out.extend_from_slice(&self.multihash());
                out
            }
        }
    }

    /// Parses a binary CID at the start of `bytes`, returning it and the number of bytes used.
    pub fn read_bytes(bytes: &[u8]) -> Result<(Self, usize), IpfsError> {
        let bad = || IpfsError::InvalidCid(hex(bytes.get(..bytes.len().min(40)).unwrap_or(&[])));
        if bytes.len() >= 34 && bytes[0] == 0x12 && bytes[1] == 0x20 {
            let digest: [u8; 32] = bytes[2..34].try_into().map_err(|_| bad())?;
            return Ok((
                Self {
                    version: CidVersion::V0,
                    codec: DAG_PB,
                    digest,
                },
                34,
            ));
        }
        let mut pos = 0;
        let version = get_varint(bytes, &mut pos).ok_or_else(bad)?;
        if version != 1 {
            return Err(bad());
        }
        let codec = get_varint(bytes, &mut pos).ok_or_else(bad)?;
        let hash = get_varint(bytes, &mut pos).ok_or_else(bad)?;
        let len = get_varint(bytes, &mut pos).ok_or_else(bad)?;
        if hash != SHA2_256 || len != 32 {
            return Err(bad());
        }
        let digest: [u8; 32] = bytes
            .get(pos..pos + 32)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?;
        Ok((
            Self {
                version: CidVersion::V1,
                codec,
                digest,
            },
            pos + 32,
        ))
    }

    /// Parses a binary CID that must span all of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, IpfsError> {
        let (cid, used) = Self::read_bytes(bytes)?;
        if used != bytes.len() {
            return Err(IpfsError::InvalidCid(hex(bytes)));
        }
        Ok(cid)
    }
}

impl fmt::Display for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.version {
            CidVersion::V0 => f.write_str(&bs58::encode(self.multihash()).into_string()),
            CidVersion::V1 => write!(f, "b{}", base32_lower(&self.to_bytes())),
        }
    }
}

impl fmt::Debug for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Cid({self})")
    }
}

impl FromStr for Cid {
    type Err = IpfsError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || IpfsError::InvalidCid(s.to_owned());
        if s.len() == 46 && s.starts_with("Qm") {
            let bytes = bs58::decode(s).into_vec().map_err(|_| bad())?;
            return Self::from_bytes(&bytes).map_err(|_| bad());
        }
        let bytes = match s.as_bytes().first() {
            Some(b'b') => base32_lower_decode(&s[1..]).ok_or_else(bad)?,
            Some(b'z') => bs58::decode(&s[1..]).into_vec().map_err(|_| bad())?,
            _ => return Err(bad()),
        };
        let cid = Self::from_bytes(&bytes).map_err(|_| bad())?;
        if cid.version != CidVersion::V1 {
            // A multibase-prefixed string must carry a CIDv1, not a bare multihash.
            return Err(bad());
        }
        Ok(cid)
    }
}

impl Serialize for Cid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Cid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Appends an unsigned LEB128 varint (protobuf, multiformats and CAR all use this encoding).
pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads an unsigned LEB128 varint at `*pos`, advancing it; `None` if truncated or over 64 bits.
pub(crate) fn get_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

const B32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

fn base32_lower(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[((acc >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[((acc << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn base32_lower_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = B32.iter().position(|&x| x == c)? as u32;
        acc = ((acc << 5) | v) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_v0_and_v1_strings() {
        for s in [
            "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
        ] {
            let cid: Cid = s.parse().unwrap();
            assert_eq!(cid.to_string(), s);
            assert_eq!(Cid::from_bytes(&cid.to_bytes()).unwrap(), cid);
        }
        let raw: Cid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
            .parse()
            .unwrap();
        assert_eq!(raw, Cid::for_block(CidVersion::V1, RAW, b""));
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "Qm",
            "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQ0",
            "bafk!",
            "xyz",
            "b",
        ] {
            assert!(s.parse::<Cid>().is_err(), "{s}");
        }
    }

    #[test]
    fn serde_is_a_string() {
        let cid: Cid = "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"
            .parse()
            .unwrap();
        let json = serde_json::to_string(&cid).unwrap();
        assert_eq!(json, "\"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH\"");
        assert_eq!(serde_json::from_str::<Cid>(&json).unwrap(), cid);
    }
}
