//! Sign / encode / decode / verify round trips and every error path of the messages.

#[path = "support/fixtures.rs"]
mod fixtures;

use fixtures::*;

use std::collections::BTreeMap;

use alloy_primitives::{Address, B256, Bytes, U256, address, b256, keccak256};
use paratii_protocol::eip712::{self};
use paratii_protocol::ownership::{
    recover_key_ownership, sign_key_ownership, verify_key_ownership,
};
use paratii_protocol::{
    AttentionDeliveryMessage, BidMessage, BidTerms, ChainState, KeyRecord, Message, PaymentMessage,
    ProtocolError, SegmentDeliveryMessage, SegmentRequestMessage, Sig, VideoTerms,
    sealed_segment_hash,
};
use serde_json::Value;

#[test]
fn bid_round_trip_and_verify() {
    let d = domain();
    let m = bid();
    let bytes = m.encode();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    for field in [
        "type",
        "version",
        "nonce",
        "bid",
        "expiration",
        "hash",
        "format",
        "bidder key",
        "counterparty key",
        "wallet signature",
        "signature",
    ] {
        assert!(json.get(field).is_some(), "missing {field}");
    }
    assert_eq!(json["bid"], "1000000000000000");
    assert_eq!(json["type"], "bid");
    assert_eq!(json["version"], 1);
    assert_eq!(BidMessage::decode(&bytes).unwrap(), m);
    assert_eq!(Message::decode(&bytes).unwrap(), Message::Bid(m.clone()));
    assert_eq!(Message::Bid(m.clone()).encode(), bytes);

    let verified = m.verify(&d).unwrap();
    assert_eq!(verified.payer(), viewer().wallet.address());
    assert_eq!(verified.channel_id, m.channel_id(&d));
    assert_eq!(verified.channel_id, m.terms.to_eip712().digest(&d));
    verified
        .check_counterparty(publisher().key.address())
        .unwrap();
    assert!(matches!(
        verified.check_counterparty(viewer().key.address()),
        Err(ProtocolError::CounterpartyMismatch { .. })
    ));

    // Another domain gives another channel and a failing communication signature.
    let other =
        eip712::payment_channel_domain(1, address!("0x00000000000000000000000000000000000000c1"));
    assert!(matches!(
        m.verify(&other),
        Err(ProtocolError::SignerMismatch {
            role: "bidder key",
            ..
        })
    ));
}

#[test]
fn bid_tampering_is_caught() {
    let d = domain();
    let m = bid();
    let mut t = m.clone();
    t.terms.rate += 1;
    assert!(matches!(
        t.verify(&d),
        Err(ProtocolError::SignerMismatch {
            role: "bidder key",
            ..
        })
    ));
    // Signed by the wrong communication key.
    let v = viewer();
    let wrong = terms().sign(&d, &v.wallet, &v.wallet).unwrap();
    match wrong.verify(&d) {
        Err(ProtocolError::SignerMismatch {
            expected, signer, ..
        }) => {
            assert_eq!(expected, v.key.address());
            assert_eq!(signer, v.wallet.address());
        }
        other => panic!("{other:?}"),
    }
    // A swapped wallet signature changes the SignedBid digest too.
    let mut swapped = m.clone();
    let other_wallet = terms().sign(&d, &publisher().wallet, &v.key).unwrap();
    swapped.wallet_signature = other_wallet.wallet_signature;
    assert!(matches!(
        swapped.verify(&d),
        Err(ProtocolError::SignerMismatch { .. })
    ));
    // A re-signed bid by another wallet with the same key verifies, but to another payer.
    assert_eq!(
        other_wallet.verify(&d).unwrap().payer(),
        publisher().wallet.address()
    );
}

#[test]
fn bid_chain_checks() {
    let d = domain();
    let verified = bid().verify(&d).unwrap();
    let payee = publisher().wallet.address();
    let ct = verified.check(&state(), payee).unwrap();
    assert_eq!(ct.price_per_segment, U256::from(10u128.pow(16)));
    assert_eq!(ct.escrow, U256::from(95 * 10u128.pow(15)));
    assert_eq!(ct.max_segments(), 10);
    assert_eq!(ct.expiration, 1_900_000_000);

    // Unregistered bidder keys are fine (anonymous viewing).
    let anon = ChainState {
        bidder_key: KeyRecord::default(),
        ..state()
    };
    verified.check(&anon, payee).unwrap();

    let s = ChainState {
        now: 1_900_000_000,
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::BidExpired { .. })
    ));
    let s = ChainState {
        payer_nonce: B256::repeat_byte(9),
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::NonceMismatch { .. })
    ));
    let s = ChainState {
        video: VideoTerms {
            available: false,
            ..state().video
        },
        ..state()
    };
    match verified.check(&s, payee) {
        Err(ProtocolError::VideoNotAvailable { video, format_hash }) => {
            assert_eq!(video, eip712::video_id(&verified.terms.cid));
            assert_eq!(format_hash, eip712::format_hash("720p30"));
        }
        other => panic!("{other:?}"),
    }
    let s = ChainState {
        payer_balance: U256::from(1),
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::InsufficientBalance { .. })
    ));
    let s = ChainState {
        bidder_key: KeyRecord {
            active: false,
            ..state().bidder_key
        },
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::BidderKeyNotAuthorized { .. })
    ));
    let s = ChainState {
        bidder_key: KeyRecord {
            wallet: payee,
            active: true,
        },
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::BidderKeyNotAuthorized { .. })
    ));
    assert!(matches!(
        verified.check(&state(), viewer().wallet.address()),
        Err(ProtocolError::SelfChannel(_))
    ));
    let s = ChainState {
        video: VideoTerms {
            segment_length: 0,
            ..state().video
        },
        ..state()
    };
    assert!(matches!(
        verified.check(&s, payee),
        Err(ProtocolError::ZeroSegmentLength)
    ));

    let v = viewer();
    let zero = BidTerms { rate: 0, ..terms() }
        .sign(&d, &v.wallet, &v.key)
        .unwrap();
    assert!(matches!(
        zero.verify(&d).unwrap().check(&state(), payee),
        Err(ProtocolError::ZeroRate)
    ));
}

#[test]
fn payment_round_trip_and_verify() {
    let d = domain();
    let v = viewer();
    let channel = bid().channel_id(&d);
    let m = PaymentMessage::sign(&d, channel, 7, &v.wallet, &v.key).unwrap();
    let bytes = m.encode();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["type"], "payment");
    assert_eq!(json["nonce"], channel.to_string());
    assert_eq!(json["balance"], 7);
    assert_eq!(PaymentMessage::decode(&bytes).unwrap(), m);
    m.verify(&d, v.wallet.address(), v.key.address()).unwrap();
    let signers = m.recover(&d).unwrap();
    assert_eq!(
        (signers.wallet, signers.key),
        (v.wallet.address(), v.key.address())
    );
    assert_eq!(
        m.wallet_digest(&d),
        eip712::payment_digest(&d, channel, U256::from(7))
    );
    assert_eq!(
        m.wallet_signature.recover(&m.wallet_digest(&d)).unwrap(),
        v.wallet.address(),
        "the wallet signature is what the contract checks"
    );

    assert!(matches!(
        m.verify(&d, v.key.address(), v.key.address()),
        Err(ProtocolError::SignerMismatch {
            role: "payer wallet",
            ..
        })
    ));
    assert!(matches!(
        m.verify(&d, v.wallet.address(), v.wallet.address()),
        Err(ProtocolError::SignerMismatch {
            role: "payer key",
            ..
        })
    ));
    let mut t = m.clone();
    t.balance = 8;
    assert!(matches!(
        t.verify(&d, v.wallet.address(), v.key.address()),
        Err(ProtocolError::SignerMismatch {
            role: "payer wallet",
            ..
        })
    ));
}

#[test]
fn a_sealed_delivery_is_signed_over_each_key_and_cid() {
    let d = domain();
    let p = publisher();
    let channel = B256::repeat_byte(0xcc);
    let cids = ["bafkreia", "bafkreib", "bafkreic"];
    let sealed: BTreeMap<u64, Bytes> = (0..3u8)
        .map(|i| {
            let mut blob = vec![i; 16];
            blob.extend_from_slice(&[0xee; 1000]);
            (u64::from(i), Bytes::from(blob))
        })
        .collect();
    let hashes = |segments: &BTreeMap<u64, Bytes>| -> Vec<B256> {
        segments
            .iter()
            .map(|(i, blob)| sealed_segment_hash(&blob[..16], cids[*i as usize]))
            .collect()
    };
    assert_eq!(
        sealed_segment_hash(&[1; 16], "bafkreia"),
        keccak256([&[1u8; 16][..], b"bafkreia"].concat())
    );
    let m = SegmentDeliveryMessage::sign_over(&d, channel, sealed.clone(), hashes(&sealed), &p.key)
        .unwrap();
    assert_eq!(SegmentDeliveryMessage::decode(&m.encode()).unwrap(), m);
    m.verify_over(&d, hashes(&m.segments), p.key.address())
        .unwrap();
    // Not the keys mode's statement: the blobs themselves are not what was signed.
    assert!(m.verify(&d, p.key.address()).is_err());
    // Another key, or another CID for a segment, is another statement.
    let mut t = m.clone();
    let mut blob = t.segments[&1].to_vec();
    blob[0] ^= 1;
    t.segments.insert(1, Bytes::from(blob));
    assert!(matches!(
        t.verify_over(&d, hashes(&t.segments), p.key.address()),
        Err(ProtocolError::SignerMismatch { .. })
    ));
    let mut other_cid = hashes(&m.segments);
    other_cid[2] = sealed_segment_hash(&m.segments[&2][..16], "bafkreix");
    assert!(m.verify_over(&d, other_cid, p.key.address()).is_err());
    // One hash per segment, on both sides.
    assert!(matches!(
        m.verify_over(&d, hashes(&m.segments)[..2].to_vec(), p.key.address()),
        Err(ProtocolError::HashCount {
            segments: 3,
            hashes: 2
        })
    ));
    assert!(matches!(
        SegmentDeliveryMessage::sign_over(&d, channel, sealed, Vec::new(), &p.key),
        Err(ProtocolError::HashCount { .. })
    ));
}

#[test]
fn segment_delivery_and_request() {
    let d = domain();
    let p = publisher();
    let v = viewer();
    let channel = B256::repeat_byte(0xcc);
    let m = SegmentDeliveryMessage::sign(&d, channel, segments(), &p.key).unwrap();
    let bytes = m.encode();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["type"], "segment-delivery");
    assert_eq!(json["segments"]["0"], "c2VnbWVudCB6ZXJv");
    assert_eq!(json["segments"]["1"], "");
    // Keys are in numeric order on the wire.
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.find("\"1\":").unwrap() < text.find("\"10\":").unwrap());
    assert_eq!(SegmentDeliveryMessage::decode(&bytes).unwrap(), m);
    m.verify(&d, p.key.address()).unwrap();
    assert_eq!(m.recover(&d).unwrap(), p.key.address());
    assert!(matches!(
        m.verify(&d, v.key.address()),
        Err(ProtocolError::SignerMismatch { .. })
    ));
    let mut t = m.clone();
    t.segments.insert(1, Bytes::from_static(b"x"));
    assert!(matches!(
        t.verify(&d, p.key.address()),
        Err(ProtocolError::SignerMismatch { .. })
    ));

    let receipts = m.receipts();
    assert_eq!(receipts[&0], eip712::segment_hash(b"segment zero"));
    let r = SegmentRequestMessage::sign(&d, channel, 20, receipts.clone(), &v.key).unwrap();
    let bytes = r.encode();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["type"], "segment-request");
    assert_eq!(json["segment"], 20);
    assert_eq!(json["receipts"]["10"], receipts[&10].to_string());
    assert_eq!(SegmentRequestMessage::decode(&bytes).unwrap(), r);
    r.verify(&d, v.key.address()).unwrap();
    assert_eq!(r.recover(&d).unwrap(), v.key.address());
    r.check_receipts(&receipts).unwrap();
    let mut fewer = receipts.clone();
    fewer.remove(&10);
    assert!(matches!(
        r.check_receipts(&fewer),
        Err(ProtocolError::UnknownReceipt(10))
    ));
    let mut wrong = receipts.clone();
    wrong.insert(0, B256::ZERO);
    assert!(matches!(
        r.check_receipts(&wrong),
        Err(ProtocolError::ReceiptMismatch { index: 0, .. })
    ));
    assert!(matches!(
        r.verify(&d, p.key.address()),
        Err(ProtocolError::SignerMismatch { .. })
    ));

    // Empty maps are valid.
    let empty = SegmentRequestMessage::sign(&d, channel, 0, BTreeMap::new(), &v.key).unwrap();
    assert_eq!(
        SegmentRequestMessage::decode(&empty.encode()).unwrap(),
        empty
    );
}

#[test]
fn attention_delivery() {
    let d = domain();
    let adv = publisher();
    let channel = B256::repeat_byte(0xad);
    let m =
        AttentionDeliveryMessage::sign(&d, channel, segments(), 11, &adv.wallet, &adv.key).unwrap();
    let bytes = m.encode();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["type"], "attention-delivery");
    assert_eq!(json["balance"], 11);
    assert_eq!(AttentionDeliveryMessage::decode(&bytes).unwrap(), m);
    m.verify(&d, adv.wallet.address(), adv.key.address())
        .unwrap();
    assert_eq!(m.recover(&d).unwrap().wallet, adv.wallet.address());
    assert_eq!(m.receipts().len(), 3);
    // The wallet signature is a plain on-chain Payment.
    let payment = PaymentMessage::sign(&d, channel, 11, &adv.wallet, &adv.key).unwrap();
    assert_eq!(payment.wallet_signature, m.wallet_signature);
    let mut t = m.clone();
    t.segments.remove(&0);
    assert!(matches!(
        t.verify(&d, adv.wallet.address(), adv.key.address()),
        Err(ProtocolError::SignerMismatch {
            role: "payer key",
            ..
        })
    ));
    assert!(matches!(
        m.verify(&d, adv.key.address(), adv.key.address()),
        Err(ProtocolError::SignerMismatch {
            role: "payer wallet",
            ..
        })
    ));
}

#[test]
fn key_ownership() {
    let registry = eip712::user_registry_domain(
        31337,
        address!("0x00000000000000000000000000000000000000c2"),
    );
    let v = viewer();
    let proof = sign_key_ownership(&registry, v.wallet.address(), &v.key).unwrap();
    verify_key_ownership(&registry, v.wallet.address(), &proof, v.key.address()).unwrap();
    assert_eq!(
        recover_key_ownership(&registry, v.wallet.address(), &proof).unwrap(),
        v.key.address()
    );
    assert!(matches!(
        verify_key_ownership(
            &registry,
            publisher().wallet.address(),
            &proof,
            v.key.address()
        ),
        Err(ProtocolError::SignerMismatch { .. })
    ));
}

#[test]
fn signing_produces_low_s() {
    // alloy signers already normalise; a high-s signature handed to `from_signature` is normalised.
    let sig = bid().signature;
    let high = alloy_primitives::Signature::from_raw(&sig.high_s_twin()).unwrap();
    assert_eq!(Sig::from_signature(&high), sig);
    let digest = b256!("0x0101010101010101010101010101010101010101010101010101010101010101");
    let s = Sig::sign(&viewer().key, &digest).unwrap();
    assert_eq!(s.recover(&digest).unwrap(), viewer().key.address());
    assert!(Sig::from_slice(s.as_bytes()).is_ok());
    let _: Address = s.recover(&B256::ZERO).unwrap();
}
