//! Field codecs shared by the wire messages: hex, addresses, decimal strings, segment maps.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use alloy_primitives::{Address, B256, Bytes, hex};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::MAX_SEGMENTS_PER_MESSAGE;
use crate::error::{ProtocolError, Result};

/// Parses `0x`-prefixed hex (either case) into bytes.
pub fn hex_bytes(field: &'static str, s: &str) -> Result<Vec<u8>> {
    let digits = s
        .strip_prefix("0x")
        .ok_or(ProtocolError::InvalidHex { field })?;
    hex::decode(digits).map_err(|_| ProtocolError::InvalidHex { field })
}

/// Parses a `0x`-prefixed 32-byte hex value.
pub fn parse_b256(field: &'static str, s: &str) -> Result<B256> {
    let bytes = hex_bytes(field, s)?;
    if bytes.len() != 32 {
        return Err(ProtocolError::InvalidLength {
            field,
            expected: 32,
            got: bytes.len(),
        });
    }
    Ok(B256::from_slice(&bytes))
}

/// Parses a `0x`-prefixed 20-byte address (any case; the checksum is not enforced).
pub fn parse_address(field: &'static str, s: &str) -> Result<Address> {
    let bytes = hex_bytes(field, s)?;
    if bytes.len() != 20 {
        return Err(ProtocolError::InvalidLength {
            field,
            expected: 20,
            got: bytes.len(),
        });
    }
    Ok(Address::from_slice(&bytes))
}

/// Parses a canonical decimal `u128` (no sign, no leading zeros, no whitespace).
pub fn parse_u128(field: &'static str, s: &str) -> Result<u128> {
    let n: u128 = s
        .parse()
        .map_err(|_| ProtocolError::InvalidInteger { field })?;
    if n.to_string() != s {
        return Err(ProtocolError::InvalidInteger { field });
    }
    Ok(n)
}

fn parse_index(key: &str) -> Result<u64> {
    match key.parse::<u64>() {
        Ok(n) if n.to_string() == key => Ok(n),
        _ => Err(ProtocolError::InvalidSegmentIndex(key.to_owned())),
    }
}

/// The entries of a JSON object in document order, duplicates kept, so that they can be checked
/// with typed errors after parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entries<V>(pub Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object keyed by segment index")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, V>()? {
                    out.push((k, v));
                }
                Ok(Entries(out))
            }
        }
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

impl<V: Serialize> Serialize for Entries<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn check_count(count: usize) -> Result<()> {
    if count > MAX_SEGMENTS_PER_MESSAGE {
        return Err(ProtocolError::TooManySegments {
            count,
            max: MAX_SEGMENTS_PER_MESSAGE,
        });
    }
    Ok(())
}

/// Decodes `{"N": "<base64>", ...}` into segments keyed by index.
pub(crate) fn decode_segments(entries: Entries<String>) -> Result<BTreeMap<u64, Bytes>> {
    check_count(entries.0.len())?;
    let mut out = BTreeMap::new();
    for (key, data) in entries.0 {
        let index = parse_index(&key)?;
        let bytes = BASE64
            .decode(data.as_bytes())
            .map_err(|_| ProtocolError::InvalidBase64(index))?;
        if out.insert(index, Bytes::from(bytes)).is_some() {
            return Err(ProtocolError::DuplicateSegment(index));
        }
    }
    Ok(out)
}

/// Encodes segments as `{"N": "<base64>", ...}` in ascending index order.
pub(crate) fn encode_segments(segments: &BTreeMap<u64, Bytes>) -> Entries<String> {
    Entries(
        segments
            .iter()
            .map(|(i, d)| (i.to_string(), BASE64.encode(d)))
            .collect(),
    )
}

/// Decodes `{"N": "0x<hash>", ...}` into receipts keyed by index.
pub(crate) fn decode_receipts(entries: Entries<String>) -> Result<BTreeMap<u64, B256>> {
    check_count(entries.0.len())?;
    let mut out = BTreeMap::new();
    for (key, hash) in entries.0 {
        let index = parse_index(&key)?;
        let hash = parse_b256("receipts", &hash)?;
        if out.insert(index, hash).is_some() {
            return Err(ProtocolError::DuplicateSegment(index));
        }
    }
    Ok(out)
}

/// Encodes receipts as `{"N": "0x<hash>", ...}` in ascending index order.
pub(crate) fn encode_receipts(receipts: &BTreeMap<u64, B256>) -> Entries<String> {
    Entries(
        receipts
            .iter()
            .map(|(i, h)| (i.to_string(), h.to_string()))
            .collect(),
    )
}

/// Checks that a segment or receipt map an encoder is about to sign respects the message limit.
pub(crate) fn check_outgoing_count(count: usize) -> Result<()> {
    check_count(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_fields() {
        assert!(matches!(
            hex_bytes("f", "abcd"),
            Err(ProtocolError::InvalidHex { field: "f" })
        ));
        assert!(matches!(
            hex_bytes("f", "0xabc"),
            Err(ProtocolError::InvalidHex { .. })
        ));
        assert!(matches!(
            hex_bytes("f", "0xzz"),
            Err(ProtocolError::InvalidHex { .. })
        ));
        assert_eq!(hex_bytes("f", "0x").unwrap(), Vec::<u8>::new());
        assert_eq!(hex_bytes("f", "0xABcd").unwrap(), vec![0xab, 0xcd]);
        assert!(matches!(
            parse_b256("nonce", "0x00"),
            Err(ProtocolError::InvalidLength {
                field: "nonce",
                expected: 32,
                got: 1
            })
        ));
        assert!(matches!(
            parse_address("a", &format!("0x{}", "00".repeat(21))),
            Err(ProtocolError::InvalidLength {
                expected: 20,
                got: 21,
                ..
            })
        ));
    }

    #[test]
    fn decimal_fields() {
        assert_eq!(parse_u128("bid", "0").unwrap(), 0);
        assert_eq!(
            parse_u128("bid", &u128::MAX.to_string()).unwrap(),
            u128::MAX
        );
        for bad in [
            "",
            "01",
            "+1",
            "-1",
            " 1",
            "1 ",
            "1e3",
            "0x10",
            "340282366920938463463374607431768211456",
        ] {
            assert!(
                matches!(
                    parse_u128("bid", bad),
                    Err(ProtocolError::InvalidInteger { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn segment_keys() {
        let e = |k: &str| Entries(vec![(k.to_owned(), String::new())]);
        for bad in ["", "01", "-1", "a", "18446744073709551616", " 1"] {
            assert!(
                matches!(
                    decode_segments(e(bad)),
                    Err(ProtocolError::InvalidSegmentIndex(_))
                ),
                "{bad}"
            );
        }
        assert!(decode_segments(e("0")).is_ok());
        let dup = Entries(vec![
            ("1".into(), "AA==".into()),
            ("1".into(), "AQ==".into()),
        ]);
        assert!(matches!(
            decode_segments(dup),
            Err(ProtocolError::DuplicateSegment(1))
        ));
        let bad64 = Entries(vec![("3".into(), "A".into())]);
        assert!(matches!(
            decode_segments(bad64),
            Err(ProtocolError::InvalidBase64(3))
        ));
        let unpadded = Entries(vec![("3".into(), "AA".into())]);
        assert!(matches!(
            decode_segments(unpadded),
            Err(ProtocolError::InvalidBase64(3))
        ));
        let many = Entries(
            (0..=MAX_SEGMENTS_PER_MESSAGE)
                .map(|i| (i.to_string(), String::new()))
                .collect(),
        );
        assert!(matches!(
            decode_segments(many),
            Err(ProtocolError::TooManySegments { .. })
        ));
    }
}
