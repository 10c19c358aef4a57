//! CARv1: a dag-cbor header `{roots, version: 1}`, then one varint-length-prefixed
//! `cid || block` section per block. Written by [`crate::BlockStore::export_car`]; read
//! incrementally and with bounds by [`CarReader`], because CAR streams come from gateways that
//! are not trusted.

use bytes::{Buf, Bytes, BytesMut};

use crate::MAX_BLOCK_SIZE;
use crate::cid::{Cid, put_varint};
use crate::error::CarError;

/// Largest CARv1 header [`CarReader`] accepts. A gateway sends one root (a CID is at most ~40
/// bytes), so 64 KiB leaves room for ~1600 roots while capping what a hostile length makes us
/// buffer.
pub const MAX_CAR_HEADER: usize = 64 << 10;

/// Largest binary CID in a section: CIDv1 = version and codec varints + the 34-byte multihash.
const MAX_CID_LEN: usize = 64;

/// Deepest nesting of unknown header values skipped (the header is a flat map in practice).
const MAX_CBOR_DEPTH: usize = 16;

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

/// An incremental CARv1 reader: feed it the stream as it arrives ([`CarReader::push`]) and take
/// complete sections out ([`CarReader::next_block`]).
///
/// Every length prefix is checked against its bound ([`MAX_CAR_HEADER`], [`MAX_BLOCK_SIZE`] plus
/// a CID) as soon as the varint is complete, before anything is buffered for it, so a hostile
/// length costs nothing. Blocks are returned as read, **not verified**: check each against its
/// CID with [`crate::verify_block`].
#[derive(Debug, Default)]
pub struct CarReader {
    buf: BytesMut,
    /// Stream offset of `buf[0]`.
    offset: u64,
    /// The header's roots, once the header has been read.
    roots: Option<Vec<Cid>>,
}

/// A whole CARv1 read by [`read_car`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Car {
    /// The header's roots (a gateway's are informational: the trustless gateway spec tells
    /// clients to ignore them).
    pub roots: Vec<Cid>,
    /// Every section in stream order, duplicates included; blocks unverified.
    pub blocks: Vec<(Cid, Bytes)>,
}

/// Reads a complete CARv1 held in memory. A stream cut between two sections is a valid CAR
/// with fewer blocks; whether the DAG is complete is for the caller to check.
pub fn read_car(bytes: &[u8]) -> Result<Car, CarError> {
    let mut reader = CarReader::new();
    reader.push(bytes);
    let mut blocks = Vec::new();
    while let Some(section) = reader.next_block()? {
        blocks.push(section);
    }
    let roots = reader.finish()?;
    Ok(Car { roots, blocks })
}

enum Varint {
    /// The value and the number of bytes it took.
    Value(u64, usize),
    Incomplete,
}

/// An unsigned LEB128 varint at the start of `buf`, as multiformats define it: at most 9
/// bytes for 63 bits, minimal encoding only.
fn varint(buf: &[u8], offset: u64) -> Result<Varint, CarError> {
    let mut v = 0u64;
    for (i, &b) in buf.iter().enumerate() {
        if i == 9 {
            return Err(CarError::Malformed {
                offset,
                reason: "varint longer than 9 bytes".into(),
            });
        }
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            if b == 0 && i > 0 {
                return Err(CarError::Malformed {
                    offset,
                    reason: "varint not minimally encoded".into(),
                });
            }
            return Ok(Varint::Value(v, i + 1));
        }
    }
    Ok(Varint::Incomplete)
}

impl CarReader {
    /// A reader at the start of a CAR stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the next bytes of the stream.
    pub fn push(&mut self, chunk: &[u8]) {
        self.buf.extend_from_slice(chunk);
    }

    /// The header's roots, once enough bytes have been pushed for the header.
    pub fn roots(&self) -> Option<&[Cid]> {
        self.roots.as_deref()
    }

    /// The next complete section, `None` when more bytes are needed. Reads the header first.
    pub fn next_block(&mut self) -> Result<Option<(Cid, Bytes)>, CarError> {
        if self.roots.is_none() {
            let Some((start, header)) = self.take_prefixed("header", MAX_CAR_HEADER as u64)? else {
                return Ok(None);
            };
            self.roots = Some(parse_header(&header, start)?);
        }
        let max = (MAX_BLOCK_SIZE + MAX_CID_LEN) as u64;
        let Some((start, section)) = self.take_prefixed("section", max)? else {
            return Ok(None);
        };
        let (cid, cid_len) = Cid::read_bytes(&section).map_err(|_| CarError::Malformed {
            offset: start,
            reason: "section does not start with a supported CID (CIDv0, or CIDv1 over SHA2-256)"
                .into(),
        })?;
        let block = section.slice(cid_len..);
        if block.len() > MAX_BLOCK_SIZE {
            return Err(CarError::TooLong {
                offset: start,
                what: "block",
                len: block.len() as u64,
                max: MAX_BLOCK_SIZE as u64,
            });
        }
        Ok(Some((cid, block)))
    }

    /// Ends the stream: the header must have been read and no partial section be left. Call
    /// it once [`CarReader::next_block`] has returned `None` after the last push; returns the
    /// roots.
    pub fn finish(self) -> Result<Vec<Cid>, CarError> {
        let end = self.offset + self.buf.len() as u64;
        match self.roots {
            Some(roots) if self.buf.is_empty() => Ok(roots),
            _ => Err(CarError::Truncated { offset: end }),
        }
    }

    /// A varint-length-prefixed item: its stream offset and bytes, or `None` if incomplete.
    /// The length is bounded before any capacity is reserved for it.
    fn take_prefixed(
        &mut self,
        what: &'static str,
        max: u64,
    ) -> Result<Option<(u64, Bytes)>, CarError> {
        let (len, used) = match varint(&self.buf, self.offset)? {
            Varint::Incomplete => return Ok(None),
            Varint::Value(len, used) => (len, used),
        };
        if len == 0 {
            return Err(CarError::Malformed {
                offset: self.offset,
                reason: format!("empty {what}"),
            });
        }
        if len > max {
            return Err(CarError::TooLong {
                offset: self.offset,
                what,
                len,
                max,
            });
        }
        // In bounds, so a usize on every platform this builds for (max < 2^32).
        let len = len as usize;
        let need = used + len;
        if self.buf.len() < need {
            self.buf.reserve(need - self.buf.len());
            return Ok(None);
        }
        self.buf.advance(used);
        let start = self.offset + used as u64;
        let item = self.buf.split_to(len).freeze();
        self.offset = start + len as u64;
        Ok(Some((start, item)))
    }
}

/// A cursor over the dag-cbor header, reporting stream offsets in errors.
struct Cbor<'a> {
    bytes: &'a [u8],
    pos: usize,
    base: u64,
}

impl<'a> Cbor<'a> {
    fn err(&self, at: usize, reason: impl Into<String>) -> CarError {
        CarError::Malformed {
            offset: self.base + at as u64,
            reason: format!("header: {}", reason.into()),
        }
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], CarError> {
        let rest = self.bytes.len() - self.pos;
        if n > rest as u64 {
            return Err(self.err(self.pos, "ends inside an item"));
        }
        let out = &self.bytes[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(out)
    }

    /// A CBOR item head: major type and argument (dag-cbor: definite, shortest form).
    fn head(&mut self) -> Result<(u8, u64), CarError> {
        let at = self.pos;
        let first = self.take(1)?[0];
        let (major, info) = (first >> 5, first & 0x1f);
        let arg = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let n = 1usize << (info - 24);
                let mut v = 0u64;
                for &b in self.take(n as u64)? {
                    v = (v << 8) | u64::from(b);
                }
                // Major 7 carries floats here, whose widths are not a length encoding.
                let shortest = match info {
                    24 => v >= 24,
                    25 => v > 0xff,
                    26 => v > 0xffff,
                    _ => v > 0xffff_ffff,
                };
                if major != 7 && !shortest {
                    return Err(self.err(at, "integer not in its shortest form (not dag-cbor)"));
                }
                v
            }
            _ => return Err(self.err(at, "indefinite or reserved length (not dag-cbor)")),
        };
        Ok((major, arg))
    }

    /// Skips one item of any type (an unknown header key's value).
    fn skip(&mut self, depth: usize) -> Result<(), CarError> {
        if depth > MAX_CBOR_DEPTH {
            return Err(self.err(self.pos, "nested too deeply"));
        }
        let (major, arg) = self.head()?;
        // Counts are not trusted: every item takes at least one byte, so running out of
        // bytes ends the loops.
        match major {
            2 | 3 => {
                self.take(arg)?;
            }
            4 => {
                for _ in 0..arg {
                    self.skip(depth + 1)?;
                }
            }
            5 => {
                for _ in 0..arg {
                    self.skip(depth + 1)?;
                    self.skip(depth + 1)?;
                }
            }
            6 => self.skip(depth + 1)?,
            _ => {}
        }
        Ok(())
    }

    fn root(&mut self) -> Result<Cid, CarError> {
        let at = self.pos;
        if self.head()? != (6, 42) {
            return Err(self.err(at, "root is not a CID (tag 42)"));
        }
        let at = self.pos;
        let (major, len) = self.head()?;
        if major != 2 {
            return Err(self.err(at, "root CID is not a byte string"));
        }
        match self.take(len)? {
            [0x00, cid @ ..] => {
                Cid::from_bytes(cid).map_err(|_| self.err(at, "unsupported or invalid root CID"))
            }
            _ => Err(self.err(at, "root CID lacks the 0x00 multibase prefix")),
        }
    }
}

/// The roots of a CARv1 header `{"roots": [CID…], "version": 1}`; other keys are skipped.
fn parse_header(bytes: &[u8], base: u64) -> Result<Vec<Cid>, CarError> {
    let mut c = Cbor {
        bytes,
        pos: 0,
        base,
    };
    let (major, entries) = c.head()?;
    if major != 5 {
        return Err(c.err(0, "not a map"));
    }
    let (mut roots, mut version) = (None, None);
    for _ in 0..entries {
        let at = c.pos;
        let (major, len) = c.head()?;
        if major != 3 {
            return Err(c.err(at, "map key is not a string"));
        }
        match c.take(len)? {
            b"roots" if roots.is_none() => {
                let at = c.pos;
                let (major, n) = c.head()?;
                if major != 4 {
                    return Err(c.err(at, "roots is not an array"));
                }
                // No capacity from `n`: it is unchecked until the roots are read.
                let mut list = Vec::new();
                for _ in 0..n {
                    list.push(c.root()?);
                }
                roots = Some(list);
            }
            b"version" if version.is_none() => {
                let at = c.pos;
                match c.head()? {
                    (0, v) => version = Some(v),
                    _ => return Err(c.err(at, "version is not an unsigned integer")),
                }
            }
            b"roots" | b"version" => return Err(c.err(at, "duplicate key")),
            _ => c.skip(1)?,
        }
    }
    if c.pos != bytes.len() {
        return Err(c.err(c.pos, "bytes after the header map"));
    }
    match version {
        Some(1) => {}
        Some(v) => return Err(c.err(0, format!("CAR version {v}; only CARv1 is read"))),
        None => return Err(c.err(0, "no version")),
    }
    roots.ok_or_else(|| c.err(0, "no roots"))
}

#[cfg(test)]
mod tests;
