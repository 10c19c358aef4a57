//! The world of the fault and refusal tests: anvil, a publisher with a registered key and a
//! registered video, a funded viewer.

// Each test binary uses its own subset.
#![allow(dead_code)]

use crate::common::*;

use std::sync::Arc;

use alloy::primitives::B256;
use paratii_net::Server;
use paratii_net::catalog::Sealed;
use paratii_protocol::BidMessage;

/// Segments per format.
pub(crate) const SEGMENTS: u64 = 6;
/// Seconds per segment, as registered.
pub(crate) const SEGMENT_SECONDS: u32 = 10;
/// Plaintext bytes per segment (a little over one 256 KiB IPFS chunk, so segments are DAGs).
pub(crate) const SEGMENT_BYTES: usize = 300 * 1024;
/// Formats registered and served.
pub(crate) const FORMATS: [&str; 2] = ["360p30", "240p30"];

pub(crate) async fn world() -> World {
    World::start(WorldConfig {
        formats: &FORMATS,
        segments: SEGMENTS,
        segment_seconds: SEGMENT_SECONDS,
        segment_bytes: SEGMENT_BYTES,
        ..WorldConfig::default()
    })
    .await
}

/// What goes wrong in the catalog of [`World::serve_faulty`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum Fault {
    /// Segment `n` is served with one ciphertext byte flipped.
    Flip(u64),
    /// Segment `n` is gone (e.g. its blocks were garbage-collected).
    Missing(u64),
}

impl World {
    /// The publisher's server (withdrawing every second segment) on the world's content with
    /// `fault`.
    pub(crate) async fn serve_faulty(&self, fault: Fault) -> Server {
        let tamper = move |index, sealed: Sealed| match fault {
            Fault::Missing(n) if n == index => None,
            Fault::Flip(n) if n == index => {
                let mut bytes = sealed.ciphertext().to_vec();
                let middle = bytes.len() / 2;
                bytes[middle] ^= 0x01;
                Some(Sealed::new(sealed.key(), &bytes))
            }
            _ => Some(sealed),
        };
        Serving {
            catalog: Arc::new(Tampered {
                inner: self.content.clone(),
                tamper,
            }),
            ..self.serving(withdrawing_every(2))
        }
        .start()
        .await
    }

    /// A raw viewer to `server`, and the channel its bid (on the first format at [`RATE`])
    /// opened.
    pub(crate) async fn raw_channel(&self, server: &Server) -> (RawViewer, B256) {
        let raw = RawViewer::new(&self.viewer.comm, server);
        let bid = self.bid(FORMATS[0], RATE, 3600).await;
        let open = raw.bid(&bid).await.expect("bid accepted");
        (raw, open.channel)
    }

    /// The files the viewer wrote are exactly the publisher's plaintext of `indices`.
    pub(crate) fn assert_output(&self, out: &std::path::Path, indices: std::ops::Range<u64>) {
        let dir = out.join(FORMATS[0]);
        let mut expected_concat = Vec::new();
        for i in indices.clone() {
            let got = std::fs::read(dir.join(format!("{i:05}.ts"))).expect("segment file");
            let want = &self.content.plain[&(FORMATS[0].to_owned(), i)];
            assert!(&got == want, "segment {i} differs from what was published");
            expected_concat.extend_from_slice(want);
        }
        assert!(!dir.join(format!("{:05}.ts", indices.end)).exists());
        if indices.end == SEGMENTS {
            let concat = std::fs::read(out.join(format!("{}.ts", FORMATS[0]))).expect("concat");
            assert!(concat == expected_concat, "concatenated output");
        }
    }

    pub(crate) fn bid_with_nonce(&self, nonce: B256, expiration: u64) -> BidMessage {
        let mut video = self.video.clone();
        video.formats = vec![FORMATS[0].to_owned()];
        self.viewer
            .bid_at(nonce, &video, RATE, expiration, self.publisher().key())
            .expect("bid")
    }
}
