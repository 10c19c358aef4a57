//! CARv1 writing: a dag-cbor header `{roots, version: 1}`, then one varint-length-prefixed
//! `cid || block` section per block.

use crate::cid::{Cid, put_varint};

/// The CARv1 header, dag-cbor encoded by hand: a map with keys in dag-cbor canonical order
/// (shorter key first, so "roots" before "version"), CIDs as tag 42 byte strings with the
/// 0x00 multibase-identity prefix.
pub(crate) fn header(roots: &[Cid]) -> Vec<u8> {
    let mut h = vec![0xa2];
    cbor_head(&mut h, 3, 5);
    h.extend_from_slice(b"roots");
    cbor_head(&mut h, 4, roots.len() as u64);
    for root in roots {
        h.extend_from_slice(&[0xd8, 42]);
        let bytes = root.to_bytes();
        cbor_head(&mut h, 2, bytes.len() as u64 + 1);
        h.push(0x00);
        h.extend_from_slice(&bytes);
    }
    cbor_head(&mut h, 3, 7);
    h.extend_from_slice(b"version");
    h.push(0x01);
    let mut out = Vec::with_capacity(h.len() + 2);
    put_varint(&mut out, h.len() as u64);
    out.extend_from_slice(&h);
    out
}

/// One CAR section.
pub(crate) fn section(cid: &Cid, block: &[u8]) -> Vec<u8> {
    let cid_bytes = cid.to_bytes();
    let mut out = Vec::with_capacity(cid_bytes.len() + block.len() + 5);
    put_varint(&mut out, (cid_bytes.len() + block.len()) as u64);
    out.extend_from_slice(&cid_bytes);
    out.extend_from_slice(block);
    out
}

/// A CBOR major type head with the shortest argument encoding (dag-cbor requires it).
fn cbor_head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    match n {
        0..=23 => out.push(m | n as u8),
        24..=0xff => out.extend_from_slice(&[m | 24, n as u8]),
        0x100..=0xffff => {
            out.push(m | 25);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(m | 26);
            out.extend_from_slice(&(n as u32).to_be_bytes());
        }
        _ => {
            out.push(m | 27);
            out.extend_from_slice(&n.to_be_bytes());
        }
    }
}
