use super::*;

fn encode(frame: &Frame) -> Vec<u8> {
    let mut out = futures::io::Cursor::new(Vec::new());
    futures::executor::block_on(write_frame(&mut out, frame)).unwrap();
    out.into_inner()
}

#[test]
fn round_trip() {
    let frame = Frame {
        header: br#"{"type":"x"}"#.to_vec(),
        blobs: vec![
            Bytes::from_static(b"abc"),
            Bytes::new(),
            Bytes::from(vec![7u8; 1000]),
        ],
    };
    let bytes = encode(&frame);
    assert_eq!(bytes.len() as u64, frame.encoded_len());
    let back =
        futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(bytes))).unwrap();
    assert_eq!(back, frame);
}

#[test]
fn bounds_are_enforced_before_allocating() {
    let mut huge = (MAX_HEADER_LEN + 1).to_be_bytes().to_vec();
    huge.extend_from_slice(b"{}");
    let err =
        futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(huge))).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    let mut many = 2u32.to_be_bytes().to_vec();
    many.extend_from_slice(b"{}");
    many.extend_from_slice(&(MAX_BLOBS + 1).to_be_bytes());
    assert!(futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(many))).is_err());
    let mut big_blob = 2u32.to_be_bytes().to_vec();
    big_blob.extend_from_slice(b"{}");
    big_blob.extend_from_slice(&1u32.to_be_bytes());
    big_blob.extend_from_slice(&(MAX_BLOB_LEN + 1).to_be_bytes());
    assert!(
        futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(big_blob))).is_err()
    );
    let truncated = encode(&Frame::json(b"{\"a\":1}".to_vec()));
    let cut = &truncated[..truncated.len() - 2];
    assert!(
        futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(cut.to_vec())))
            .is_err()
    );
}

fn read_within(bytes: Vec<u8>, limits: &FrameLimits) -> io::Result<Frame> {
    futures::executor::block_on(read_frame_within(
        &mut futures::io::Cursor::new(bytes),
        limits,
    ))
}

/// Every protocol and direction refuses a length one over its limit on the prefix alone:
/// nothing of what it announces was sent, so the refusal came before waiting or allocating
/// for it (a read that went on would end in `UnexpectedEof` instead).
#[test]
fn each_protocol_refuses_on_the_prefix() {
    let refused = |bytes: Vec<u8>, limits: &FrameLimits| {
        let err = read_within(bytes, limits).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData, "{err}");
    };
    for protocol in Protocol::ALL {
        for direction in [Direction::Request, Direction::Response] {
            let l = FrameLimits::of(protocol, direction);
            assert!(l.header <= OUTER.header && l.blobs <= OUTER.blobs);
            assert!(l.blob <= OUTER.blob && l.total <= OUTER.total);
            refused((l.header + 1).to_be_bytes().to_vec(), &l);
            let mut many = 2u32.to_be_bytes().to_vec();
            many.extend_from_slice(b"{}");
            many.extend_from_slice(&(l.blobs + 1).to_be_bytes());
            refused(many, &l);
            if l.blobs > 0 {
                let mut big = 2u32.to_be_bytes().to_vec();
                big.extend_from_slice(b"{}");
                big.extend_from_slice(&1u32.to_be_bytes());
                big.extend_from_slice(&(l.blob + 1).to_be_bytes());
                refused(big, &l);
            }
        }
    }
    // The 30 MiB blob a payment could carry before: refused after 14 bytes.
    let mut pay = 2u32.to_be_bytes().to_vec();
    pay.extend_from_slice(b"{}");
    pay.extend_from_slice(&1u32.to_be_bytes());
    pay.extend_from_slice(&(30u32 << 20).to_be_bytes());
    refused(pay, &PAY_REQUEST);
    // Only deliveries carry blobs, and only as answers.
    for protocol in Protocol::ALL {
        assert_eq!(FrameLimits::of(protocol, Direction::Request).blobs, 0);
    }
    // A frame's total is checked as its blobs' prefixes come, not only per blob.
    let l = FrameLimits {
        header: 16,
        blobs: 4,
        blob: 100,
        total: 8 + 2 + 2 * 104,
    };
    let mut over = 2u32.to_be_bytes().to_vec();
    over.extend_from_slice(b"{}");
    over.extend_from_slice(&3u32.to_be_bytes());
    for _ in 0..2 {
        over.extend_from_slice(&100u32.to_be_bytes());
        over.extend_from_slice(&[0; 100]);
    }
    over.extend_from_slice(&1u32.to_be_bytes());
    refused(over, &l);
}

/// A blob announced and not sent fails at the end of the stream, after reading what came; a
/// blob longer than the reservation and many read chunks reads back exactly.
#[test]
fn reading_allocates_as_bytes_arrive() {
    let mut frame = 2u32.to_be_bytes().to_vec();
    frame.extend_from_slice(b"{}");
    frame.extend_from_slice(&1u32.to_be_bytes());
    frame.extend_from_slice(&(MAX_BLOB_LEN).to_be_bytes());
    frame.extend_from_slice(&[7; 1000]);
    let err = read_within(frame, &DELIVERY).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
    // And a whole large blob reads back exactly.
    let blob = Bytes::from(
        (0..RESERVE_AHEAD * 2 + READ_CHUNK + 5)
            .map(|i| i as u8)
            .collect::<Vec<_>>(),
    );
    let whole = Frame {
        header: b"{}".to_vec(),
        blobs: vec![blob],
    };
    assert_eq!(read_within(encode(&whole), &DELIVERY).unwrap(), whole);
}

/// The largest messages each protocol legitimately carries fit its limits, both ways.
#[test]
fn the_largest_legitimate_frames_fit() {
    use std::collections::BTreeMap;

    use alloy::primitives::{Address, B256};
    use alloy::signers::local::PrivateKeySigner;
    use paratii_protocol::{
        AttentionDeliveryMessage, BidTerms, KeyRequestMessage, PaymentMessage,
        SegmentDeliveryMessage, SegmentRequestMessage,
    };

    use crate::wire::{self, RejectCode, Rejection};

    let fits = |frame: &Frame, protocol: Protocol, direction: Direction| {
        let limits = FrameLimits::of(protocol, direction);
        frame
            .check(&limits)
            .unwrap_or_else(|e| panic!("{protocol} {direction:?}: {e}"));
        let mut out = futures::io::Cursor::new(Vec::new());
        futures::executor::block_on(write_frame_within(&mut out, frame, &limits)).unwrap();
        assert_eq!(&read_within(out.into_inner(), &limits).unwrap(), frame);
    };
    let domain = paratii_protocol::eip712::payment_channel_domain(1, Address::repeat_byte(1));
    let wallet = PrivateKeySigner::random();
    let key = PrivateKeySigner::random();
    let channel = B256::repeat_byte(0xab);
    let n = paratii_protocol::MAX_SEGMENTS_PER_MESSAGE as u64;
    // Indices and balances count segments of a video whose duration is a u32 of seconds.
    let max = u64::from(u32::MAX);

    let bid = BidTerms {
        nonce: B256::repeat_byte(0xff),
        rate: u128::MAX,
        expiration: u64::MAX,
        cid: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".repeat(2),
        format: "2160p120-hdr10-av1".into(),
        bidder_key: key.address(),
        counterparty_key: Address::repeat_byte(2),
    }
    .sign(&domain, &wallet, &key)
    .unwrap();
    fits(
        &Frame::json(bid.encode()),
        Protocol::Bid,
        Direction::Request,
    );
    let pay = PaymentMessage::sign(&domain, channel, max, &wallet, &key).unwrap();
    fits(
        &Frame::json(pay.encode()),
        Protocol::Pay,
        Direction::Request,
    );
    let keys = KeyRequestMessage::sign(
        &domain,
        channel,
        max,
        (max - n..max).collect(),
        &wallet,
        &key,
    )
    .unwrap();
    fits(
        &Frame::json(keys.encode()),
        Protocol::Keys,
        Direction::Request,
    );
    let receipts: BTreeMap<u64, B256> = (max - n..max)
        .map(|i| (i, B256::repeat_byte(0xcd)))
        .collect();
    let request = SegmentRequestMessage::sign(&domain, channel, max, receipts, &key).unwrap();
    fits(
        &Frame::json(request.encode()),
        Protocol::Attention,
        Direction::Request,
    );
    let listing = wire::ListingRequest {
        hash: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".repeat(4),
        format: "2160p120-hdr10-av1".into(),
    };
    fits(&listing.to_frame(), Protocol::Listing, Direction::Request);
    let close = wire::CloseRequest { channel };
    fits(&close.to_frame(), Protocol::Close, Direction::Request);

    // Answers: the worst rejection (a detail of control characters, six bytes each in JSON)
    // on every protocol; the header-only answers; the largest deliveries.
    let worst = Rejection::new(RejectCode::StalePayment, "\u{1}".repeat(10_000));
    assert!(worst.detail.len() <= wire::MAX_DETAIL_LEN);
    for protocol in Protocol::ALL {
        fits(&worst.to_frame(), protocol, Direction::Response);
    }
    let accepted = wire::BidAccepted {
        channel,
        tx: channel,
    };
    fits(&accepted.to_frame(), Protocol::Bid, Direction::Response);
    let closed = wire::ChannelClosed {
        channel,
        balance: max,
        tx: channel,
    };
    fits(&closed.to_frame(), Protocol::Close, Direction::Response);
    let toc = Bytes::from(vec![b'x'; 4 << 20]);
    fits(
        &wire::listing_frame(toc.clone(), toc),
        Protocol::Listing,
        Direction::Response,
    );
    let sixteen: BTreeMap<u64, alloy::primitives::Bytes> = (max - n..max)
        .map(|i| (i, alloy::primitives::Bytes::from(vec![1u8; KEY_LEN])))
        .collect();
    let keys = SegmentDeliveryMessage::sign(&domain, channel, sixteen.clone(), &key).unwrap();
    fits(
        &wire::delivery_frame(&keys),
        Protocol::Keys,
        Direction::Response,
    );
    let attention =
        AttentionDeliveryMessage::sign(&domain, channel, sixteen, max, &wallet, &key).unwrap();
    fits(
        &wire::attention_frame(&attention),
        Protocol::Attention,
        Direction::Response,
    );
    // Segments up to the protocol crate's 64 MiB message bound.
    let big: BTreeMap<u64, alloy::primitives::Bytes> = (0..2)
        .map(|i| (i, alloy::primitives::Bytes::from(vec![2u8; 30 << 20])))
        .collect();
    let delivery = SegmentDeliveryMessage::sign(&domain, channel, big, &key).unwrap();
    fits(
        &wire::delivery_frame(&delivery),
        Protocol::Pay,
        Direction::Response,
    );
    // But a delivery is no request, and keys are no segments.
    let frame = wire::delivery_frame(&delivery);
    assert!(frame.check(&PAY_REQUEST).is_err());
    assert!(frame.check(&KEYS_RESPONSE).is_err());
}
