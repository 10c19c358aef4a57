//! Property tests: round trips for every message, and no panic on any input.

use std::collections::BTreeMap;

use alloy_primitives::{Address, B256, Bytes, U256};
use alloy_signer_local::PrivateKeySigner;
use paratii_protocol::eip712::{self, Eip712Domain};
use paratii_protocol::{
    AttentionDeliveryMessage, BidTerms, ChannelTerms, Message, PaymentMessage, ProtocolError,
    SegmentDeliveryMessage, SegmentRequestMessage, Sig, balance_increase,
};
use proptest::prelude::*;

fn signer(byte: u8) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&B256::repeat_byte(byte)).expect("valid key")
}

fn domain() -> Eip712Domain {
    eip712::payment_channel_domain(31337, Address::repeat_byte(0xc1))
}

fn b256() -> impl Strategy<Value = B256> {
    any::<[u8; 32]>().prop_map(B256::from)
}

fn address() -> impl Strategy<Value = Address> {
    any::<[u8; 20]>().prop_map(Address::from)
}

fn segments() -> impl Strategy<Value = BTreeMap<u64, Bytes>> {
    prop::collection::btree_map(
        any::<u64>(),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(Bytes::from),
        0..8,
    )
}

fn receipts() -> impl Strategy<Value = BTreeMap<u64, B256>> {
    prop::collection::btree_map(any::<u64>(), b256(), 0..8)
}

fn terms() -> impl Strategy<Value = BidTerms> {
    (
        b256(),
        any::<u128>(),
        any::<u64>(),
        ".{0,40}",
        ".{0,31}",
        address(),
        address(),
    )
        .prop_map(
            |(nonce, rate, expiration, cid, format, bidder_key, counterparty_key)| BidTerms {
                nonce,
                rate,
                expiration,
                cid,
                format,
                bidder_key,
                counterparty_key,
            },
        )
}

/// A valid encoded message of every type, to mutate.
fn samples() -> Vec<Vec<u8>> {
    let d = domain();
    let (w, k) = (signer(1), signer(2));
    let t = BidTerms {
        nonce: B256::ZERO,
        rate: 7,
        expiration: 9,
        cid: "bafy".into(),
        format: "720p30".into(),
        bidder_key: k.address(),
        counterparty_key: Address::ZERO,
    };
    let segs = BTreeMap::from([(1, Bytes::from_static(b"abc")), (2, Bytes::new())]);
    let ch = B256::repeat_byte(3);
    vec![
        t.sign(&d, &w, &k).unwrap().encode(),
        PaymentMessage::sign(&d, ch, 4, &w, &k).unwrap().encode(),
        SegmentDeliveryMessage::sign(&d, ch, segs.clone(), &k)
            .unwrap()
            .encode(),
        SegmentRequestMessage::sign(&d, ch, 5, BTreeMap::from([(1, B256::ZERO)]), &k)
            .unwrap()
            .encode(),
        AttentionDeliveryMessage::sign(&d, ch, segs, 4, &w, &k)
            .unwrap()
            .encode(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bid_round_trip(t in terms()) {
        let d = domain();
        let (w, k) = (signer(1), signer(2));
        let t = BidTerms { bidder_key: k.address(), ..t };
        let m = t.sign(&d, &w, &k).unwrap();
        let decoded = Message::decode(&m.encode()).unwrap();
        prop_assert_eq!(&decoded, &Message::Bid(m.clone()));
        let v = m.verify(&d).unwrap();
        prop_assert_eq!(v.payer(), w.address());
        prop_assert_eq!(v.channel_id, m.terms.to_eip712().digest(&d));
    }

    #[test]
    fn payment_round_trip(ch in b256(), balance in any::<u64>()) {
        let d = domain();
        let (w, k) = (signer(3), signer(4));
        let m = PaymentMessage::sign(&d, ch, balance, &w, &k).unwrap();
        prop_assert_eq!(PaymentMessage::decode(&m.encode()).unwrap(), m.clone());
        m.verify(&d, w.address(), k.address()).unwrap();
        prop_assert_eq!(m.wallet_digest(&d), eip712::payment_digest(&d, ch, U256::from(balance)));
    }

    #[test]
    fn delivery_round_trip(ch in b256(), segs in segments()) {
        let d = domain();
        let k = signer(5);
        let m = SegmentDeliveryMessage::sign(&d, ch, segs, &k).unwrap();
        prop_assert_eq!(SegmentDeliveryMessage::decode(&m.encode()).unwrap(), m.clone());
        m.verify(&d, k.address()).unwrap();
    }

    #[test]
    fn request_round_trip(ch in b256(), segment in any::<u64>(), r in receipts()) {
        let d = domain();
        let k = signer(6);
        let m = SegmentRequestMessage::sign(&d, ch, segment, r.clone(), &k).unwrap();
        prop_assert_eq!(SegmentRequestMessage::decode(&m.encode()).unwrap(), m.clone());
        m.verify(&d, k.address()).unwrap();
        m.check_receipts(&r).unwrap();
    }

    #[test]
    fn attention_round_trip(ch in b256(), segs in segments(), balance in any::<u64>()) {
        let d = domain();
        let (w, k) = (signer(7), signer(8));
        let m = AttentionDeliveryMessage::sign(&d, ch, segs, balance, &w, &k).unwrap();
        prop_assert_eq!(AttentionDeliveryMessage::decode(&m.encode()).unwrap(), m.clone());
        m.verify(&d, w.address(), k.address()).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = Message::decode(&bytes);
    }

    #[test]
    fn mutated_messages_never_panic(which in 0usize..5, edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut bytes = samples().swap_remove(which);
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Ok(m) = Message::decode(&bytes) {
            // Whatever decodes re-encodes to something that decodes to the same message.
            prop_assert_eq!(Message::decode(&m.encode()).unwrap(), m);
        }
    }

    #[test]
    fn signature_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..70), digest in b256()) {
        if let Ok(sig) = Sig::from_slice(&bytes) {
            prop_assert_eq!(bytes.len(), 65);
            let _ = sig.recover(&digest);
            prop_assert!(Sig::from_slice(&sig.high_s_twin()).is_err());
        }
    }

    #[test]
    fn payout_is_capped_and_monotonic(rate in 1u128.., duration in any::<u32>(), seg in 1u32.., a in any::<u64>(), b in any::<u64>()) {
        let t = ChannelTerms::new(rate, duration, seg, 0).unwrap();
        let max = t.max_segments();
        prop_assert_eq!(max, u64::from(duration).div_ceil(u64::from(seg)));
        let (lo, hi) = (a.min(b) % (max + 1), a.max(b) % (max + 1));
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        let (p_lo, p_hi) = (t.payout(lo).unwrap(), t.payout(hi).unwrap());
        prop_assert!(p_lo <= p_hi && p_hi <= t.escrow);
        prop_assert_eq!(t.payout(max).unwrap(), t.escrow);
        if max < u64::MAX {
            let over = t.payout(max + 1);
            prop_assert!(matches!(over, Err(ProtocolError::BalanceExceedsSegments { .. })), "{:?}", over);
        }
        match balance_increase(lo, hi, max) {
            Ok(r) => prop_assert_eq!(r, lo..hi),
            Err(e) => {
                let not_increasing = matches!(e, ProtocolError::BalanceNotIncreasing { .. });
                prop_assert!(lo == hi && not_increasing);
            }
        }
    }
}
