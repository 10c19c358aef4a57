//! Every way a message fails to decode: malformed JSON, wrong or missing fields, wrong types and
//! lengths, each a typed `ProtocolError`.

#[path = "support/fixtures.rs"]
mod fixtures;

use fixtures::*;

use std::collections::BTreeMap;

use alloy_primitives::B256;
use paratii_protocol::{
    Message, MessageType, PaymentMessage, ProtocolError, SegmentDeliveryMessage,
    SegmentRequestMessage, SignatureFault, peek_type,
};
use serde_json::json;

#[test]
fn decode_errors() {
    let good = bid().encode();
    let err = |b: &[u8]| Message::decode(b).unwrap_err();

    assert!(matches!(err(b""), ProtocolError::Json(_)));
    assert!(matches!(err(b"{"), ProtocolError::Json(_)));
    assert!(matches!(err(b"[]"), ProtocolError::Json(_)));
    assert!(matches!(err(b"\xff\xfe"), ProtocolError::Json(_)));
    assert!(matches!(
        err(&remove(&good, "version")),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&remove(&good, "type")),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&remove(&good, "signature")),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&set(&good, "version", json!(2))),
        ProtocolError::UnsupportedVersion(2)
    ));
    assert!(matches!(
        err(&set(&good, "version", json!(0))),
        ProtocolError::UnsupportedVersion(0)
    ));
    assert!(matches!(
        err(&set(&good, "version", json!("1"))),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&set(&good, "version", json!(1.5))),
        ProtocolError::Json(_)
    ));
    assert!(
        matches!(err(&set(&good, "type", json!("offer"))), ProtocolError::UnknownType(t) if t == "offer")
    );
    assert!(matches!(
        err(&set(&good, "extra", json!(1))),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        PaymentMessage::decode(&good),
        Err(ProtocolError::UnexpectedType {
            expected: "payment",
            ..
        })
    ));
    assert!(matches!(
        err(&set(&good, "nonce", json!("0x00"))),
        ProtocolError::InvalidLength { field: "nonce", .. }
    ));
    assert!(matches!(
        err(&set(&good, "nonce", json!("00".repeat(32)))),
        ProtocolError::InvalidHex { field: "nonce" }
    ));
    assert!(matches!(
        err(&set(&good, "nonce", json!(1))),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&set(&good, "bid", json!("01"))),
        ProtocolError::InvalidInteger { field: "bid" }
    ));
    assert!(matches!(
        err(&set(&good, "bid", json!(5))),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&set(&good, "expiration", json!(-1))),
        ProtocolError::Json(_)
    ));
    assert!(matches!(
        err(&set(&good, "bidder key", json!("0x1234"))),
        ProtocolError::InvalidLength {
            field: "bidder key",
            expected: 20,
            got: 2
        }
    ));
    let sig = bid().signature;
    let sig64 = format!("0x{}", alloy_primitives::hex::encode(&sig.as_bytes()[..64]));
    assert!(matches!(
        err(&set(&good, "signature", json!(sig64))),
        ProtocolError::InvalidSignature {
            field: "signature",
            fault: SignatureFault::Length(64)
        }
    ));
    let high = format!("0x{}", alloy_primitives::hex::encode(sig.high_s_twin()));
    assert!(matches!(
        err(&set(&good, "wallet signature", json!(high))),
        ProtocolError::InvalidSignature {
            field: "wallet signature",
            fault: SignatureFault::HighS
        }
    ));
    let mut v0 = *sig.as_bytes();
    v0[64] -= 27;
    let v0 = format!("0x{}", alloy_primitives::hex::encode(v0));
    assert!(matches!(
        err(&set(&good, "signature", json!(v0))),
        ProtocolError::InvalidSignature {
            fault: SignatureFault::V(_),
            ..
        }
    ));

    let big = vec![b' '; paratii_protocol::MAX_MESSAGE_LEN + 1];
    assert!(matches!(err(&big), ProtocolError::MessageTooLarge { .. }));

    let d = domain();
    let delivery = SegmentDeliveryMessage::sign(&d, B256::ZERO, segments(), &publisher().key)
        .unwrap()
        .encode();
    assert!(matches!(
        err(&set(&delivery, "segments", json!({"01": ""}))),
        ProtocolError::InvalidSegmentIndex(_)
    ));
    assert!(matches!(
        err(&set(&delivery, "segments", json!({"1": "!"}))),
        ProtocolError::InvalidBase64(1)
    ));
    assert!(matches!(
        err(&set(&delivery, "segments", json!([]))),
        ProtocolError::Json(_)
    ));
    let dup = String::from_utf8(delivery.clone())
        .unwrap()
        .replace("\"10\":", "\"0\":");
    assert!(matches!(
        err(dup.as_bytes()),
        ProtocolError::DuplicateSegment(0)
    ));
    let request = SegmentRequestMessage::sign(&d, B256::ZERO, 3, BTreeMap::new(), &viewer().key)
        .unwrap()
        .encode();
    assert!(matches!(
        err(&set(&request, "receipts", json!({"1": "0x12"}))),
        ProtocolError::InvalidLength {
            field: "receipts",
            ..
        }
    ));
    // Duplicate top-level fields are rejected.
    let dup_field = String::from_utf8(request.clone()).unwrap().replacen(
        "\"segment\":3",
        "\"segment\":3,\"segment\":4",
        1,
    );
    assert!(matches!(err(dup_field.as_bytes()), ProtocolError::Json(_)));

    assert_eq!(peek_type(&request).unwrap(), MessageType::SegmentRequest);
    for t in MessageType::ALL {
        assert_eq!(MessageType::parse(t.as_str()).unwrap(), t);
    }
}
