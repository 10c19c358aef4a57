//! The wire framing shared by every `/paratii/*/1` protocol: a JSON header followed by binary blobs.
//!
//! `u32 header length | header (JSON) | u32 blob count | (u32 blob length | blob bytes)*`, all
//! lengths big-endian. Segment bytes travel as blobs rather than base64 inside the JSON (a third
//! smaller and no transcoding); the header is the protocol crate's message with each segment's
//! data left empty, and the blobs fill them in ascending index order.
//!
//! Every protocol bounds its frames per direction ([`FrameLimits::of`]): what a request or an
//! answer of that protocol can legitimately carry, refused on the length prefixes before anything
//! is allocated. Only deliveries carry segment bytes, and only towards the viewer.

use std::io;
use std::time::Duration;

use bytes::Bytes;
use futures::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use libp2p::StreamProtocol;

use crate::catalog::KEY_LEN;
use crate::network::Protocol;

/// The largest JSON header of any frame (the outer bound of every [`FrameLimits`]).
pub const MAX_HEADER_LEN: u32 = 1 << 20;
/// The most blobs in one frame (as many as segments in one protocol message).
pub const MAX_BLOBS: u32 = paratii_protocol::MAX_SEGMENTS_PER_MESSAGE as u32;
/// The largest single blob (32 MiB: a segment is a few MiB at most).
pub const MAX_BLOB_LEN: u32 = 32 << 20;
/// The largest whole frame (64 MiB, the protocol crate's message bound).
pub const MAX_FRAME_LEN: u64 = paratii_protocol::MAX_MESSAGE_LEN as u64;
/// The outer bounds, which every protocol's [`FrameLimits`] lies within.
pub const OUTER: FrameLimits = FrameLimits {
    header: MAX_HEADER_LEN,
    blobs: MAX_BLOBS,
    blob: MAX_BLOB_LEN,
    total: MAX_FRAME_LEN,
};

/// Which way a frame travels on its request-response protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// From the requester (a viewer's bid, payment, key, close or segment request; an
    /// advertiser's bid).
    Request,
    /// Back to the requester (deliveries, listings, bid and close answers, rejections).
    Response,
}

/// What one frame may carry; checked on each length prefix as it is read, before anything is
/// allocated for what it announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameLimits {
    /// The largest JSON header.
    pub header: u32,
    /// The most blobs.
    pub blobs: u32,
    /// The largest blob.
    pub blob: u32,
    /// The largest whole frame (every length prefix included).
    pub total: u64,
}

impl FrameLimits {
    /// A frame with a header of at most `header` bytes and no blobs.
    pub const fn header_only(header: u32) -> Self {
        Self {
            header,
            blobs: 0,
            blob: 0,
            total: 8 + header as u64,
        }
    }

    /// The limits of `protocol`'s frames travelling in `direction`. Requests are small (a signed
    /// message, at most a list of 4096 indices or receipts); only deliveries carry segment bytes,
    /// and only towards the requester (the viewer).
    pub const fn of(protocol: Protocol, direction: Direction) -> Self {
        match (protocol, direction) {
            (Protocol::Listing, Direction::Request) => LISTING_REQUEST,
            (Protocol::Listing, Direction::Response) => LISTING_RESPONSE,
            (Protocol::Bid, Direction::Request) => BID_REQUEST,
            (Protocol::Pay, Direction::Request) => PAY_REQUEST,
            (Protocol::Keys, Direction::Request) => KEYS_REQUEST,
            (Protocol::Keys, Direction::Response) => KEYS_RESPONSE,
            (Protocol::Attention, Direction::Request) => ATTENTION_REQUEST,
            (Protocol::Pay | Protocol::Attention, Direction::Response) => DELIVERY,
            (Protocol::Close, Direction::Request) => CLOSE_REQUEST,
            (Protocol::Bid | Protocol::Close, Direction::Response) => SMALL_ANSWER,
        }
    }
}

/// The longest header of a header-only answer: `bid-accepted`, `channel-closed`, and `rejected`
/// on every protocol (its detail is cut to [`crate::wire::MAX_DETAIL_LEN`] bytes, at most six
/// times that once JSON-escaped).
pub const SMALL_ANSWER_HEADER: u32 = 16 << 10;
/// `bid-accepted`, `channel-closed` or a rejection.
pub const SMALL_ANSWER: FrameLimits = FrameLimits::header_only(SMALL_ANSWER_HEADER);
/// `listing-request {hash, format}`: a CID and a format name.
pub const LISTING_REQUEST: FrameLimits = FrameLimits::header_only(4 << 10);
/// The directory and one table of contents, each at most 4 MiB: a ToC is about 64 bytes per
/// segment, so 4 MiB lists some 65,000 segments (36 hours of 2-second segments).
pub const LISTING_RESPONSE: FrameLimits = FrameLimits {
    header: SMALL_ANSWER_HEADER,
    blobs: 2,
    blob: 4 << 20,
    total: 8 + SMALL_ANSWER_HEADER as u64 + 2 * (4 + (4 << 20)),
};
/// A bid: terms, two signatures, a CID and a format; under 1 KiB in practice.
pub const BID_REQUEST: FrameLimits = FrameLimits::header_only(16 << 10);
/// A payment: a channel id, a balance and two signatures (about 400 bytes).
pub const PAY_REQUEST: FrameLimits = FrameLimits::header_only(4 << 10);
/// A key request naming up to 4096 indices (a video's duration is a u32 of seconds, so at most
/// 10 digits and a comma each: 44 KiB).
pub const KEYS_REQUEST: FrameLimits = FrameLimits::header_only(64 << 10);
/// A segment request with up to 4096 receipts (`"N":"0x…64 hex"`, at most 82 bytes each:
/// 328 KiB).
pub const ATTENTION_REQUEST: FrameLimits = FrameLimits::header_only(512 << 10);
/// A close request: a channel id.
pub const CLOSE_REQUEST: FrameLimits = FrameLimits::header_only(4 << 10);
/// The header of a delivery: the signed message with up to 4096 empty segment entries (about
/// 16 bytes each: 64 KiB) and, for attention, a payment.
pub const DELIVERY_HEADER: u32 = 256 << 10;
/// Keys only: up to 4096 blobs of [`KEY_LEN`] bytes.
pub const KEYS_RESPONSE: FrameLimits = FrameLimits {
    header: DELIVERY_HEADER,
    blobs: MAX_BLOBS,
    blob: KEY_LEN as u32,
    total: 8 + DELIVERY_HEADER as u64 + MAX_BLOBS as u64 * (4 + KEY_LEN as u64),
};
/// Segments (key ‖ ciphertext) on `/paratii/pay/1` and `/paratii/attention/1`: the protocol
/// crate's message bound.
pub const DELIVERY: FrameLimits = FrameLimits {
    header: DELIVERY_HEADER,
    blobs: MAX_BLOBS,
    blob: MAX_BLOB_LEN,
    total: MAX_FRAME_LEN,
};

/// One request or response: a JSON header and binary blobs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Frame {
    /// The JSON header.
    pub header: Vec<u8>,
    /// The binary payloads, in the order the header defines.
    pub blobs: Vec<Bytes>,
}

impl Frame {
    /// A frame with only a header.
    pub fn json(header: Vec<u8>) -> Self {
        Self {
            header,
            blobs: Vec::new(),
        }
    }

    /// Its encoded length.
    pub fn encoded_len(&self) -> u64 {
        8 + self.header.len() as u64 + self.blobs.iter().map(|b| 4 + b.len() as u64).sum::<u64>()
    }

    /// Whether it fits `limits`, and if not, why.
    pub fn check(&self, limits: &FrameLimits) -> io::Result<()> {
        if self.header.len() as u64 > u64::from(limits.header) {
            return Err(invalid(format!(
                "header of {} bytes exceeds {}",
                self.header.len(),
                limits.header
            )));
        }
        if self.blobs.len() as u64 > u64::from(limits.blobs) {
            return Err(invalid(format!(
                "{} blobs exceed {}",
                self.blobs.len(),
                limits.blobs
            )));
        }
        if let Some(blob) = self
            .blobs
            .iter()
            .find(|b| b.len() as u64 > u64::from(limits.blob))
        {
            return Err(invalid(format!(
                "blob of {} bytes exceeds {}",
                blob.len(),
                limits.blob
            )));
        }
        if self.encoded_len() > limits.total {
            return Err(invalid(format!(
                "frame of {} bytes exceeds {}",
                self.encoded_len(),
                limits.total
            )));
        }
        Ok(())
    }
}

fn invalid(reason: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason)
}

async fn read_u32<T: AsyncRead + Unpin + Send>(io: &mut T) -> io::Result<u32> {
    let mut buf = [0u8; 4];
    io.read_exact(&mut buf).await?;
    Ok(u32::from_be_bytes(buf))
}

/// Bytes zeroed and read at a time: a safe `AsyncRead` reads only into initialized memory, and
/// zeroing just ahead of the read keeps those bytes in cache and touches only pages that bytes
/// arrive for, so a peer announcing a large blob and sending nothing costs no memory.
const READ_CHUNK: usize = 64 << 10;

/// The most reserved at once for a blob before its bytes arrive. A reservation is address
/// space, not memory (its pages are touched only by [`READ_CHUNK`]s of arriving bytes), and
/// reserving a segment's whole length spares the copies of a buffer doubled as it fills. Past
/// this, the buffer still doubles, so many streams announcing large blobs reserve little.
const RESERVE_AHEAD: usize = 4 << 20;

async fn read_exact_vec<T: AsyncRead + Unpin + Send>(io: &mut T, len: u32) -> io::Result<Vec<u8>> {
    let len = len as usize;
    let mut buf = Vec::with_capacity(len.min(RESERVE_AHEAD));
    while buf.len() < len {
        let filled = buf.len();
        if filled == buf.capacity() {
            // Exactly what is needed: `reserve` alone could double the capacity past `len`.
            buf.reserve_exact(len.min(filled.saturating_mul(2)) - filled);
        }
        buf.resize(len.min(filled + READ_CHUNK).min(buf.capacity()), 0);
        io.read_exact(&mut buf[filled..]).await?;
    }
    Ok(buf)
}

/// Reads one frame within the [`OUTER`] bounds.
pub async fn read_frame<T: AsyncRead + Unpin + Send>(io: &mut T) -> io::Result<Frame> {
    read_frame_within(io, &OUTER).await
}

/// Reads one frame, refusing any length over `limits` as soon as its prefix is read, before
/// allocating for it.
pub async fn read_frame_within<T: AsyncRead + Unpin + Send>(
    io: &mut T,
    limits: &FrameLimits,
) -> io::Result<Frame> {
    let header_len = read_u32(io).await?;
    read_frame_rest(io, header_len, limits).await
}

/// Reads a frame's first length prefix: how a long-lived stream waits for its next frame (for
/// as long as the stream may stay idle) before the rest must come at once
/// ([`read_frame_rest`]). `None` when the stream ended cleanly between frames.
pub(crate) async fn read_frame_start<T: AsyncRead + Unpin + Send>(
    io: &mut T,
) -> io::Result<Option<u32>> {
    let mut buf = [0u8; 4];
    let mut filled = 0;
    while filled < buf.len() {
        match io.read(&mut buf[filled..]).await? {
            0 if filled == 0 => return Ok(None),
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => filled += n,
        }
    }
    Ok(Some(u32::from_be_bytes(buf)))
}

/// Reads the rest of a frame whose header length was read already.
pub(crate) async fn read_frame_rest<T: AsyncRead + Unpin + Send>(
    io: &mut T,
    header_len: u32,
    limits: &FrameLimits,
) -> io::Result<Frame> {
    if header_len > limits.header {
        return Err(invalid(format!(
            "header of {header_len} bytes exceeds {}",
            limits.header
        )));
    }
    let header = read_exact_vec(io, header_len).await?;
    let count = read_u32(io).await?;
    if count > limits.blobs {
        return Err(invalid(format!("{count} blobs exceed {}", limits.blobs)));
    }
    let mut total = 8 + u64::from(header_len);
    let mut blobs = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let len = read_u32(io).await?;
        total += 4 + u64::from(len);
        if len > limits.blob || total > limits.total {
            return Err(invalid(format!(
                "blob of {len} bytes (frame {total} bytes) exceeds {} per blob or {} per frame",
                limits.blob, limits.total
            )));
        }
        blobs.push(Bytes::from(read_exact_vec(io, len).await?));
    }
    Ok(Frame { header, blobs })
}

/// Writes one frame within the [`OUTER`] bounds.
pub async fn write_frame<T: AsyncWrite + Unpin + Send>(
    io: &mut T,
    frame: &Frame,
) -> io::Result<()> {
    write_frame_within(io, frame, &OUTER).await
}

/// Writes one frame; refuses one over `limits` (the peer would refuse it anyway).
pub async fn write_frame_within<T: AsyncWrite + Unpin + Send>(
    io: &mut T,
    frame: &Frame,
    limits: &FrameLimits,
) -> io::Result<()> {
    frame.check(limits)?;
    // `check` bounded every length by a u32 limit.
    let len = |n: usize| u32::try_from(n).map_err(|_| invalid(format!("length {n}")));
    // Small pieces go out together: each write is a yamux frame, a noise message and (with
    // nodelay) a TCP segment of its own, so a payment written piece by piece cost five of each.
    let mut pending = Vec::with_capacity(COALESCE.min(frame.header.len() + 64));
    pending.extend_from_slice(&len(frame.header.len())?.to_be_bytes());
    pending.extend_from_slice(&frame.header);
    pending.extend_from_slice(&len(frame.blobs.len())?.to_be_bytes());
    for blob in &frame.blobs {
        pending.extend_from_slice(&len(blob.len())?.to_be_bytes());
        if blob.len() < COALESCE {
            pending.extend_from_slice(blob);
        } else {
            io.write_all(&pending).await?;
            pending.clear();
            io.write_all(blob).await?;
        }
        if pending.len() >= COALESCE {
            io.write_all(&pending).await?;
            pending.clear();
        }
    }
    if !pending.is_empty() {
        io.write_all(&pending).await?;
    }
    io.flush().await
}

/// Pieces of a frame shorter than this are copied together into one write; longer blobs
/// (segments) are written as they are, without a copy.
const COALESCE: usize = 16 << 10;

/// How long a request may take to arrive once its stream is open, unless configured otherwise:
/// the largest is 512 KiB, so anything slower is a peer holding a stream open.
pub const REQUEST_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The request-response codec of one Paratii protocol: it reads and writes frames within that
/// protocol's [`FrameLimits`] for each direction, gives a request [`REQUEST_READ_TIMEOUT`] (or
/// the configured time) to arrive, and counts the bytes of every frame into its protocol's
/// [`crate::network::ProtocolTraffic`].
#[derive(Debug, Clone)]
pub struct FrameCodec {
    traffic: std::sync::Arc<crate::network::ProtocolTraffic>,
    request: FrameLimits,
    response: FrameLimits,
    read_timeout: Duration,
}

impl FrameCodec {
    /// The codec of `protocol`, adding to `traffic`.
    pub(crate) const fn new(
        protocol: Protocol,
        traffic: std::sync::Arc<crate::network::ProtocolTraffic>,
        read_timeout: Duration,
    ) -> Self {
        Self {
            traffic,
            request: FrameLimits::of(protocol, Direction::Request),
            response: FrameLimits::of(protocol, Direction::Response),
            read_timeout,
        }
    }

    async fn read<T: AsyncRead + Unpin + Send>(
        &self,
        io: &mut T,
        limits: &FrameLimits,
    ) -> io::Result<Frame> {
        let frame = read_frame_within(io, limits).await?;
        self.traffic.add_received(frame.encoded_len());
        Ok(frame)
    }

    async fn write<T: AsyncWrite + Unpin + Send>(
        &self,
        io: &mut T,
        frame: &Frame,
        limits: &FrameLimits,
    ) -> io::Result<()> {
        write_frame_within(io, frame, limits).await?;
        self.traffic.add_sent(frame.encoded_len());
        io.close().await
    }
}

impl libp2p::request_response::Codec for FrameCodec {
    type Protocol = StreamProtocol;
    type Request = Frame;
    type Response = Frame;

    async fn read_request<T>(&mut self, _: &StreamProtocol, io: &mut T) -> io::Result<Frame>
    where
        T: AsyncRead + Unpin + Send,
    {
        // The whole inbound stream is bounded by the request timeout (a bid's answer waits for a
        // transaction); the request itself is small and must come at once.
        let limits = self.request;
        tokio::time::timeout(self.read_timeout, self.read(io, &limits))
            .await
            .map_err(|_| {
                io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("no whole request within {:?}", self.read_timeout),
                )
            })?
    }

    async fn read_response<T>(&mut self, _: &StreamProtocol, io: &mut T) -> io::Result<Frame>
    where
        T: AsyncRead + Unpin + Send,
    {
        let limits = self.response;
        self.read(io, &limits).await
    }

    async fn write_request<T>(
        &mut self,
        _: &StreamProtocol,
        io: &mut T,
        req: Frame,
    ) -> io::Result<()>
    where
        T: AsyncWrite + Unpin + Send,
    {
        let limits = self.request;
        self.write(io, &req, &limits).await
    }

    async fn write_response<T>(
        &mut self,
        _: &StreamProtocol,
        io: &mut T,
        res: Frame,
    ) -> io::Result<()>
    where
        T: AsyncWrite + Unpin + Send,
    {
        let limits = self.response;
        self.write(io, &res, &limits).await
    }
}

#[cfg(test)]
mod tests;
