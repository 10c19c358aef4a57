//! What crossed the wire, per protocol and direction (the benchmarks' and the player's counters).

use super::Protocol;

/// Frame bytes read and written on one protocol (requests and answers, both directions), and
/// the long-lived streams opened for it.
#[derive(Debug, Default)]
pub struct ProtocolTraffic {
    received: std::sync::atomic::AtomicU64,
    sent: std::sync::atomic::AtomicU64,
    streams: std::sync::atomic::AtomicU64,
}

impl ProtocolTraffic {
    pub(crate) fn add_received(&self, bytes: u64) {
        self.received
            .fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn add_sent(&self, bytes: u64) {
        self.sent
            .fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn add_stream(&self) {
        self.streams
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// What this peer's frames weighed, per protocol: how the benchmark and the tests show that in
/// keys mode no ciphertext travels over the publisher's connection.
#[derive(Debug, Default)]
pub struct Traffic {
    protocols: [std::sync::Arc<ProtocolTraffic>; 6],
}

/// A snapshot of [`Traffic`] for one protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct TrafficCount {
    /// Frame bytes read (requests served and answers received).
    pub received: u64,
    /// Frame bytes written (requests sent and answers served).
    pub sent: u64,
    /// Long-lived streams opened (by us) or taken (from peers) for the protocol.
    pub streams: u64,
}

impl Traffic {
    /// The bytes counted so far on `protocol`.
    pub fn of(&self, protocol: Protocol) -> TrafficCount {
        let t = &self.protocols[protocol.slot()];
        TrafficCount {
            received: t.received.load(std::sync::atomic::Ordering::Relaxed),
            sent: t.sent.load(std::sync::atomic::Ordering::Relaxed),
            streams: t.streams.load(std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The bytes counted so far on every protocol together.
    pub fn total(&self) -> TrafficCount {
        Protocol::ALL
            .iter()
            .map(|p| self.of(*p))
            .fold(TrafficCount::default(), |a, b| TrafficCount {
                received: a.received + b.received,
                sent: a.sent + b.sent,
                streams: a.streams + b.streams,
            })
    }

    pub(super) fn counter(&self, protocol: Protocol) -> std::sync::Arc<ProtocolTraffic> {
        self.protocols[protocol.slot()].clone()
    }
}
