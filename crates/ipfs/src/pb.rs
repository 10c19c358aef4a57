//! Hand-written protobuf for dag-pb nodes and the UnixFS `Data` message.
//!
//! Encoding follows the canonical dag-pb form Kubo writes: every `PBNode.Links` entry (Hash,
//! Name, Tsize) before `PBNode.Data`, and in `Data` the fields in tag order. Decoding accepts
//! any field order and skips unknown fields, since other implementations may write them.

use crate::cid::{Cid, get_varint, put_varint};

/// UnixFS `Data.Type` of a file node.
pub(crate) const UNIXFS_FILE: u64 = 2;
/// UnixFS `Data.Type` of the legacy raw leaf node (old go-ipfs), still readable.
pub(crate) const UNIXFS_RAW: u64 = 0;

/// A link inside a dag-pb node.
#[derive(Debug, Clone)]
pub(crate) struct PbLink {
    pub cid: Cid,
    pub tsize: u64,
}

fn put_bytes_field(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.push(tag);
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

/// Serializes a dag-pb node: links (each with an empty name, as `ipfs add` does for file
/// chunks) then the data field.
pub(crate) fn encode_node(links: &[PbLink], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + links.len() * 48 + 8);
    for link in links {
        let mut l = Vec::with_capacity(48);
        put_bytes_field(&mut l, 0x0a, &link.cid.to_bytes());
        put_bytes_field(&mut l, 0x12, b"");
        l.push(0x18);
        put_varint(&mut l, link.tsize);
        put_bytes_field(&mut out, 0x12, &l);
    }
    put_bytes_field(&mut out, 0x0a, data);
    out
}

/// Serializes a UnixFS `Data` message of type File. The data field is left out when empty,
/// matching Kubo (the empty file is `08 02 18 00`).
pub(crate) fn encode_unixfs_file(data: &[u8], filesize: u64, blocksizes: &[u64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + blocksizes.len() * 4 + 16);
    out.push(0x08);
    put_varint(&mut out, UNIXFS_FILE);
    if !data.is_empty() {
        put_bytes_field(&mut out, 0x12, data);
    }
    out.push(0x18);
    put_varint(&mut out, filesize);
    for &b in blocksizes {
        out.push(0x20);
        put_varint(&mut out, b);
    }
    out
}

/// The bytes before and after `chunk` in `encode_node(&[], &encode_unixfs_file(chunk, len, &[]))`,
/// a CIDv0 leaf: what hashing a leaf needs without copying its chunk.
pub(crate) fn leaf_framing(chunk_len: usize) -> (Vec<u8>, Vec<u8>) {
    let len = chunk_len as u64;
    let mut unixfs_head = vec![0x08];
    put_varint(&mut unixfs_head, UNIXFS_FILE);
    if chunk_len > 0 {
        unixfs_head.push(0x12);
        put_varint(&mut unixfs_head, len);
    }
    let mut suffix = vec![0x18];
    put_varint(&mut suffix, len);
    let mut prefix = vec![0x0a];
    put_varint(
        &mut prefix,
        (unixfs_head.len() + chunk_len + suffix.len()) as u64,
    );
    prefix.extend_from_slice(&unixfs_head);
    (prefix, suffix)
}

/// One protobuf field: its number and either a varint value or a length-delimited slice.
enum Field<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Other,
}

/// Iterates over protobuf fields; yields `Err(())` once on malformed input.
fn fields(buf: &[u8]) -> impl Iterator<Item = Result<(u64, Field<'_>), ()>> {
    let mut pos = 0usize;
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed || pos >= buf.len() {
            return None;
        }
        let res = (|| {
            let key = get_varint(buf, &mut pos).ok_or(())?;
            let (num, wire) = (key >> 3, key & 7);
            let field = match wire {
                0 => Field::Varint(get_varint(buf, &mut pos).ok_or(())?),
                1 => {
                    pos = pos.checked_add(8).filter(|&p| p <= buf.len()).ok_or(())?;
                    Field::Other
                }
                2 => {
                    let len =
                        usize::try_from(get_varint(buf, &mut pos).ok_or(())?).map_err(|_| ())?;
                    let end = pos.checked_add(len).filter(|&e| e <= buf.len()).ok_or(())?;
                    let s = &buf[pos..end];
                    pos = end;
                    Field::Bytes(s)
                }
                5 => {
                    pos = pos.checked_add(4).filter(|&p| p <= buf.len()).ok_or(())?;
                    Field::Other
                }
                _ => return Err(()),
            };
            Ok((num, field))
        })();
        if res.is_err() {
            failed = true;
        }
        Some(res)
    })
}

/// A decoded dag-pb node.
pub(crate) struct PbNode<'a> {
    pub links: Vec<PbLink>,
    pub data: &'a [u8],
}

/// Parses a dag-pb node. Errors are plain strings; the caller knows the block's CID.
pub(crate) fn decode_node(buf: &[u8]) -> Result<PbNode<'_>, String> {
    let mut node = PbNode {
        links: Vec::new(),
        data: &[],
    };
    for f in fields(buf) {
        match f.map_err(|()| "truncated or invalid protobuf in PBNode".to_owned())? {
            (1, Field::Bytes(d)) => node.data = d,
            (2, Field::Bytes(l)) => {
                let mut cid = None;
                let mut tsize = 0;
                for lf in fields(l) {
                    match lf.map_err(|()| "invalid protobuf in PBLink".to_owned())? {
                        (1, Field::Bytes(h)) => {
                            cid = Some(Cid::from_bytes(h).map_err(|e| format!("link hash: {e}"))?)
                        }
                        (3, Field::Varint(t)) => tsize = t,
                        _ => {}
                    }
                }
                node.links.push(PbLink {
                    cid: cid.ok_or("PBLink without Hash")?,
                    tsize,
                });
            }
            _ => {}
        }
    }
    Ok(node)
}

/// A decoded UnixFS `Data` message (the fields a file reader needs).
pub(crate) struct UnixFs<'a> {
    pub kind: u64,
    pub data: &'a [u8],
    pub blocksizes: Vec<u64>,
}

/// Parses a UnixFS `Data` message.
pub(crate) fn decode_unixfs(buf: &[u8]) -> Result<UnixFs<'_>, String> {
    let mut out = UnixFs {
        kind: u64::MAX,
        data: &[],
        blocksizes: Vec::new(),
    };
    for f in fields(buf) {
        match f.map_err(|()| "invalid protobuf in UnixFS Data".to_owned())? {
            (1, Field::Varint(t)) => out.kind = t,
            (2, Field::Bytes(d)) => out.data = d,
            (4, Field::Varint(b)) => out.blocksizes.push(b),
            (4, Field::Bytes(packed)) => {
                let mut p = 0;
                while p < packed.len() {
                    out.blocksizes
                        .push(get_varint(packed, &mut p).ok_or("bad packed blocksizes")?);
                }
            }
            _ => {}
        }
    }
    if out.kind == u64::MAX {
        return Err("UnixFS Data without Type".to_owned());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaf_is_its_framing_around_the_chunk() {
        // Lengths around each varint width of the chunk and of the whole message.
        for len in [
            0, 1, 2, 100, 124, 125, 126, 127, 128, 16_370, 16_384, 262_143, 262_144,
        ] {
            let chunk: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let (prefix, suffix) = leaf_framing(len);
            let framed = [prefix.as_slice(), &chunk, &suffix].concat();
            let node = encode_node(&[], &encode_unixfs_file(&chunk, len as u64, &[]));
            assert_eq!(framed, node, "chunk of {len} bytes");
        }
    }
}
