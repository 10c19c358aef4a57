//! The message tests' fixtures: fixed keys and domain, a bid and its parties, a chain state that
//! admits it, and JSON surgery for the error paths.

// Each test binary uses its own subset.
#![allow(dead_code)]

use std::collections::BTreeMap;

use alloy_primitives::{B256, Bytes, U256, address};
use alloy_signer_local::PrivateKeySigner;
use paratii_protocol::eip712::{self, Eip712Domain};
use paratii_protocol::{BidMessage, BidTerms, ChainState, KeyRecord, VideoTerms};
use serde_json::Value;

pub(crate) fn signer(byte: u8) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&B256::repeat_byte(byte)).expect("valid key")
}

pub(crate) fn domain() -> Eip712Domain {
    eip712::payment_channel_domain(
        31337,
        address!("0x00000000000000000000000000000000000000c1"),
    )
}

pub(crate) struct Party {
    pub(crate) wallet: PrivateKeySigner,
    pub(crate) key: PrivateKeySigner,
}

pub(crate) fn viewer() -> Party {
    Party {
        wallet: signer(0x11),
        key: signer(0x12),
    }
}
pub(crate) fn publisher() -> Party {
    Party {
        wallet: signer(0x21),
        key: signer(0x22),
    }
}

pub(crate) fn terms() -> BidTerms {
    BidTerms {
        nonce: B256::ZERO,
        rate: 1_000_000_000_000_000,
        expiration: 1_900_000_000,
        cid: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".into(),
        format: "720p30".into(),
        bidder_key: viewer().key.address(),
        counterparty_key: publisher().key.address(),
    }
}

pub(crate) fn bid() -> BidMessage {
    let v = viewer();
    terms().sign(&domain(), &v.wallet, &v.key).expect("sign")
}

pub(crate) fn segments() -> BTreeMap<u64, Bytes> {
    BTreeMap::from([
        (0, Bytes::from_static(b"segment zero")),
        (1, Bytes::from_static(b"")),
        (10, Bytes::from(vec![0xffu8; 300])),
    ])
}

pub(crate) fn state() -> ChainState {
    ChainState {
        now: 1_800_000_000,
        payer_nonce: B256::ZERO,
        payer_balance: U256::from(10u128.pow(21)),
        video: VideoTerms {
            available: true,
            duration: 95,
            segment_length: 10,
        },
        bidder_key: KeyRecord {
            wallet: viewer().wallet.address(),
            active: true,
        },
    }
}

pub(crate) fn set(bytes: &[u8], field: &str, value: Value) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(bytes).unwrap();
    v[field] = value;
    serde_json::to_vec(&v).unwrap()
}

pub(crate) fn remove(bytes: &[u8], field: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(bytes).unwrap();
    v.as_object_mut().unwrap().remove(field);
    serde_json::to_vec(&v).unwrap()
}
