//! The wire framing shared by every `/paratii/*/1` protocol: a JSON header followed by binary blobs.
//!
//! `u32 header length | header (JSON) | u32 blob count | (u32 blob length | blob bytes)*`, all
//! lengths big-endian. Segment bytes travel as blobs rather than base64 inside the JSON (a third
//! smaller and no transcoding); the header is the protocol crate's message with each segment's
//! data left empty, and the blobs fill them in ascending index order.

use std::io;

use bytes::Bytes;
use futures::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use libp2p::StreamProtocol;

/// The largest JSON header accepted (1 MiB: a bid or a delivery header is a few KiB).
pub const MAX_HEADER_LEN: u32 = 1 << 20;
/// The most blobs in one frame (as many as segments in one protocol message).
pub const MAX_BLOBS: u32 = paratii_protocol::MAX_SEGMENTS_PER_MESSAGE as u32;
/// The largest single blob (32 MiB: a segment is a few MiB at most).
pub const MAX_BLOB_LEN: u32 = 32 << 20;
/// The largest whole frame (64 MiB, the protocol crate's message bound).
pub const MAX_FRAME_LEN: u64 = paratii_protocol::MAX_MESSAGE_LEN as u64;

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
}

fn invalid(reason: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason)
}

async fn read_u32<T: AsyncRead + Unpin + Send>(io: &mut T) -> io::Result<u32> {
    let mut buf = [0u8; 4];
    io.read_exact(&mut buf).await?;
    Ok(u32::from_be_bytes(buf))
}

async fn read_exact_vec<T: AsyncRead + Unpin + Send>(io: &mut T, len: u32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; len as usize];
    io.read_exact(&mut buf).await?;
    Ok(buf)
}

/// Reads one frame, refusing any length over the bounds before allocating for it.
pub async fn read_frame<T: AsyncRead + Unpin + Send>(io: &mut T) -> io::Result<Frame> {
    let header_len = read_u32(io).await?;
    if header_len > MAX_HEADER_LEN {
        return Err(invalid(format!(
            "header of {header_len} bytes exceeds {MAX_HEADER_LEN}"
        )));
    }
    let header = read_exact_vec(io, header_len).await?;
    let count = read_u32(io).await?;
    if count > MAX_BLOBS {
        return Err(invalid(format!("{count} blobs exceed {MAX_BLOBS}")));
    }
    let mut total = 8 + u64::from(header_len);
    let mut blobs = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let len = read_u32(io).await?;
        total += 4 + u64::from(len);
        if len > MAX_BLOB_LEN || total > MAX_FRAME_LEN {
            return Err(invalid(format!(
                "blob of {len} bytes (frame {total} bytes) exceeds the bounds"
            )));
        }
        blobs.push(Bytes::from(read_exact_vec(io, len).await?));
    }
    Ok(Frame { header, blobs })
}

/// Writes one frame; refuses frames over the bounds.
pub async fn write_frame<T: AsyncWrite + Unpin + Send>(
    io: &mut T,
    frame: &Frame,
) -> io::Result<()> {
    let header_len = u32::try_from(frame.header.len())
        .ok()
        .filter(|l| *l <= MAX_HEADER_LEN)
        .ok_or_else(|| invalid(format!("header of {} bytes", frame.header.len())))?;
    let count = u32::try_from(frame.blobs.len())
        .ok()
        .filter(|c| *c <= MAX_BLOBS)
        .ok_or_else(|| invalid(format!("{} blobs", frame.blobs.len())))?;
    if frame.encoded_len() > MAX_FRAME_LEN {
        return Err(invalid(format!("frame of {} bytes", frame.encoded_len())));
    }
    io.write_all(&header_len.to_be_bytes()).await?;
    io.write_all(&frame.header).await?;
    io.write_all(&count.to_be_bytes()).await?;
    for blob in &frame.blobs {
        let len = u32::try_from(blob.len())
            .ok()
            .filter(|l| *l <= MAX_BLOB_LEN)
            .ok_or_else(|| invalid(format!("blob of {} bytes", blob.len())))?;
        io.write_all(&len.to_be_bytes()).await?;
        io.write_all(blob).await?;
    }
    io.flush().await
}

/// The request-response codec of every Paratii protocol; it counts the bytes of every frame it
/// reads and writes into its protocol's [`crate::network::ProtocolTraffic`].
#[derive(Debug, Clone, Default)]
pub struct FrameCodec {
    traffic: std::sync::Arc<crate::network::ProtocolTraffic>,
}

impl FrameCodec {
    /// A codec adding to `traffic`.
    pub(crate) const fn counting(traffic: std::sync::Arc<crate::network::ProtocolTraffic>) -> Self {
        Self { traffic }
    }

    async fn read<T: AsyncRead + Unpin + Send>(&self, io: &mut T) -> io::Result<Frame> {
        let frame = read_frame(io).await?;
        self.traffic.add_received(frame.encoded_len());
        Ok(frame)
    }

    async fn write<T: AsyncWrite + Unpin + Send>(
        &self,
        io: &mut T,
        frame: &Frame,
    ) -> io::Result<()> {
        write_frame(io, frame).await?;
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
        self.read(io).await
    }

    async fn read_response<T>(&mut self, _: &StreamProtocol, io: &mut T) -> io::Result<Frame>
    where
        T: AsyncRead + Unpin + Send,
    {
        self.read(io).await
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
        self.write(io, &req).await
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
        self.write(io, &res).await
    }
}

#[cfg(test)]
mod tests {
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
        let err = futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(huge)))
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let mut many = 2u32.to_be_bytes().to_vec();
        many.extend_from_slice(b"{}");
        many.extend_from_slice(&(MAX_BLOBS + 1).to_be_bytes());
        assert!(
            futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(many))).is_err()
        );
        let mut big_blob = 2u32.to_be_bytes().to_vec();
        big_blob.extend_from_slice(b"{}");
        big_blob.extend_from_slice(&1u32.to_be_bytes());
        big_blob.extend_from_slice(&(MAX_BLOB_LEN + 1).to_be_bytes());
        assert!(
            futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(big_blob)))
                .is_err()
        );
        let truncated = encode(&Frame::json(b"{\"a\":1}".to_vec()));
        let cut = &truncated[..truncated.len() - 2];
        assert!(
            futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(cut.to_vec())))
                .is_err()
        );
    }
}
