use super::*;
use crate::{AddOptions, CidVersion, import};
use proptest::prelude::*;

fn car_of(roots: &[Cid], blocks: &[(Cid, Bytes)]) -> Vec<u8> {
    let mut out = header(roots);
    for (cid, b) in blocks {
        out.extend_from_slice(&section(cid, b));
    }
    out
}

fn small_dag() -> (Vec<Cid>, Vec<(Cid, Bytes)>) {
    let a = import(&[7u8; 300], AddOptions::default());
    let b = import(
        b"two",
        AddOptions {
            cid_version: CidVersion::V1,
        },
    );
    let mut blocks = a.blocks.clone();
    blocks.extend(b.blocks.iter().cloned());
    (vec![a.root, b.root], blocks)
}

#[test]
fn round_trips_the_writer() {
    let (roots, blocks) = small_dag();
    let car = car_of(&roots, &blocks);
    let read = read_car(&car).unwrap();
    assert_eq!(read.roots, roots);
    assert_eq!(read.blocks, blocks);
    // Empty roots and an empty block (the raw empty file) are valid.
    let empty = import(
        b"",
        AddOptions {
            cid_version: CidVersion::V1,
        },
    );
    let read = read_car(&car_of(&[], &empty.blocks)).unwrap();
    assert!(read.roots.is_empty());
    assert_eq!(read.blocks, empty.blocks);
}

#[test]
fn reads_the_same_when_fed_one_byte_at_a_time() {
    let (roots, blocks) = small_dag();
    let car = car_of(&roots, &blocks);
    let mut reader = CarReader::new();
    let mut got = Vec::new();
    for b in &car {
        reader.push(std::slice::from_ref(b));
        while let Some(s) = reader.next_block().unwrap() {
            got.push(s);
        }
    }
    assert_eq!(reader.roots(), Some(&roots[..]));
    assert_eq!(reader.finish().unwrap(), roots);
    assert_eq!(got, blocks);
}

#[test]
fn every_truncation_is_an_error_or_a_prefix_at_a_section_boundary() {
    let (roots, blocks) = small_dag();
    let car = car_of(&roots, &blocks);
    let header_len = header(&roots).len();
    let mut boundaries = vec![header_len];
    for (cid, b) in &blocks {
        boundaries.push(boundaries[boundaries.len() - 1] + section(cid, b).len());
    }
    assert_eq!(boundaries.last(), Some(&car.len()));
    for cut in 0..car.len() {
        match read_car(&car[..cut]) {
            Ok(read) => {
                let n = boundaries
                    .iter()
                    .position(|&b| b == cut)
                    .unwrap_or_else(|| {
                        panic!("cut at {cut} (not a section boundary) read as a valid CAR")
                    });
                assert_eq!(read.blocks, blocks[..n]);
            }
            Err(CarError::Truncated { offset }) => {
                assert_eq!(offset, cut as u64);
                assert!(!boundaries.contains(&cut), "cut at {cut}");
            }
            Err(other) => panic!("cut at {cut}: {other:?}"),
        }
    }
}

#[test]
fn hostile_lengths_are_refused_before_buffering() {
    // A header claiming 2^62 bytes, then nothing: refused from the varint alone.
    let mut huge = Vec::new();
    put_varint(&mut huge, 1 << 62);
    let mut r = CarReader::new();
    r.push(&huge);
    assert!(matches!(
        r.next_block(),
        Err(CarError::TooLong {
            what: "header",
            offset: 0,
            ..
        })
    ));
    assert!(r.buf.capacity() < 64, "nothing reserved for it");

    // A section one byte over the bound.
    let (roots, _) = small_dag();
    let mut car = header(&roots);
    let at = car.len() as u64;
    put_varint(&mut car, (MAX_BLOCK_SIZE + MAX_CID_LEN + 1) as u64);
    let mut r = CarReader::new();
    r.push(&car);
    assert!(matches!(
        r.next_block(),
        Err(CarError::TooLong { what: "section", offset, .. }) if offset == at
    ));

    // A section at the bound but whose block exceeds MAX_BLOCK_SIZE (short CIDv0).
    let mut car = header(&roots);
    let cid = Cid::for_block(CidVersion::V0, crate::DAG_PB, b"x");
    let len = MAX_BLOCK_SIZE + MAX_CID_LEN;
    put_varint(&mut car, len as u64);
    car.extend_from_slice(&cid.to_bytes());
    car.resize(car.len() + len - 34, 0);
    assert!(matches!(
        read_car(&car),
        Err(CarError::TooLong { what: "block", .. })
    ));

    // A section claiming more than is sent is truncated, not an allocation of its claim.
    let mut car = header(&roots);
    put_varint(&mut car, (MAX_BLOCK_SIZE) as u64);
    car.extend_from_slice(&[0x12, 0x20, 1, 2, 3]);
    assert!(matches!(read_car(&car), Err(CarError::Truncated { .. })));
}

#[test]
fn malformed_varints_headers_and_sections() {
    let (roots, blocks) = small_dag();
    let malformed = |bytes: &[u8]| match read_car(bytes) {
        Err(CarError::Malformed { reason, .. }) => reason,
        other => panic!("{bytes:02x?}: expected Malformed, got {other:?}"),
    };
    // Varints: ten bytes, non-minimal.
    malformed(&[0xff; 10]);
    malformed(&[0x81, 0x00]);
    // Empty header and empty section.
    malformed(&[0x00]);
    let mut car = header(&roots);
    car.push(0);
    malformed(&car);

    let with_header = |h: &[u8]| {
        let mut out = Vec::new();
        put_varint(&mut out, h.len() as u64);
        out.extend_from_slice(h);
        out
    };
    // Not a map; an indefinite map; no version; CARv2's pragma; version as text; a
    // duplicate key; trailing bytes; a non-canonical integer; a root without tag 42.
    assert!(malformed(&with_header(&[0x80])).contains("not a map"));
    malformed(&with_header(&[0xbf, 0xff]));
    assert!(
        malformed(&with_header(&[
            0xa1, 0x65, b'r', b'o', b'o', b't', b's', 0x80
        ]))
        .contains("no version")
    );
    let v2 = [0xa1, 0x67, b'v', b'e', b'r', b's', b'i', b'o', b'n', 0x02];
    assert!(malformed(&with_header(&v2)).contains("version 2"));
    malformed(&with_header(&[
        0xa1, 0x67, b'v', b'e', b'r', b's', b'i', b'o', b'n', 0x61, b'1',
    ]));
    let mut dup = header(&roots)[1..].to_vec();
    dup[0] = 0xa3;
    dup.extend_from_slice(&[0x67, b'v', b'e', b'r', b's', b'i', b'o', b'n', 0x01]);
    assert!(malformed(&with_header(&dup)).contains("duplicate"));
    let mut trailing = header(&roots)[1..].to_vec();
    trailing.push(0x00);
    assert!(malformed(&with_header(&trailing)).contains("after the header"));
    malformed(&with_header(&[
        0xa1, 0x67, b'v', b'e', b'r', b's', b'i', b'o', b'n', 0x18, 0x01,
    ]));
    malformed(&with_header(&[
        0xa2, 0x65, b'r', b'o', b'o', b't', b's', 0x81, 0x40, 0x67, b'v', b'e', b'r', b's', b'i',
        b'o', b'n', 0x01,
    ]));
    // Unknown keys are skipped, however they nest (within the depth bound).
    let mut extra = header(&roots)[1..].to_vec();
    extra[0] = 0xa3;
    extra.extend_from_slice(&[
        0x61, b'x', 0x82, 0xa1, 0x61, b'y', 0xf5, 0xc1, 0x19, 0x01, 0x00,
    ]);
    assert_eq!(read_car(&with_header(&extra)).unwrap().roots, roots);
    let mut deep = header(&roots)[1..].to_vec();
    deep[0] = 0xa3;
    deep.extend_from_slice(&[0x61, b'x']);
    deep.extend(std::iter::repeat_n(0x81, 40));
    deep.push(0x00);
    assert!(malformed(&with_header(&deep)).contains("deeply"));

    // A section too short for its CID, and one with an unsupported hash (identity).
    let mut car = header(&roots);
    car.extend_from_slice(&[3, 0x12, 0x20, 0x00]);
    assert!(malformed(&car).contains("CID"));
    let mut car = header(&roots);
    car.extend_from_slice(&[5, 0x01, 0x55, 0x00, 0x01, b'a']);
    assert!(malformed(&car).contains("CID"));
    // Blocks after a malformed section are never reached.
    let mut car = car_of(&roots, &blocks[..1]);
    car.extend_from_slice(&[1, 0xff]);
    malformed(&car);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = read_car(&bytes);
    }

    #[test]
    fn a_valid_car_with_one_byte_changed_never_panics(at in any::<prop::sample::Index>(), x in 1u8..=255) {
        let (roots, blocks) = small_dag();
        let mut car = car_of(&roots, &blocks);
        let i = at.index(car.len());
        car[i] ^= x;
        let _ = read_car(&car);
    }
}
