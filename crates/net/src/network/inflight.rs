//! How many requests the application handles at once, per peer and in all.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use libp2p::PeerId;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Why [`Inflight::try_acquire`] refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Saturated {
    /// The peer already has this many requests in flight.
    #[error("{0} requests of this peer are in flight")]
    Peer(usize),
    /// This many requests are in flight in all.
    #[error("{0} requests are in flight")]
    All(usize),
}

/// Bounds the inbound requests handled at once, in all and per peer, so that one peer flooding
/// requests cannot take every slot from the others: over either bound a request is refused at
/// once rather than queued. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Inflight {
    all: Arc<Semaphore>,
    limit: usize,
    per_peer: usize,
    peers: Arc<Mutex<HashMap<PeerId, usize>>>,
}

/// A slot taken from [`Inflight`]; dropping it frees the slot.
#[derive(Debug)]
pub struct InflightPermit {
    _all: OwnedSemaphorePermit,
    peer: PeerId,
    peers: Arc<Mutex<HashMap<PeerId, usize>>>,
}

impl Drop for InflightPermit {
    fn drop(&mut self) {
        // A poisoned map still counts correctly: every change to it is one statement.
        let mut peers = self.peers.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = peers.get_mut(&self.peer) {
            *n -= 1;
            if *n == 0 {
                // The map holds only peers with requests in flight: it cannot grow per peer seen.
                peers.remove(&self.peer);
            }
        }
    }
}

impl Inflight {
    /// At most `all` requests at once, and `per_peer` of one peer.
    pub fn new(all: usize, per_peer: usize) -> Self {
        Self {
            all: Arc::new(Semaphore::new(all)),
            limit: all,
            per_peer,
            peers: Arc::default(),
        }
    }

    /// A slot for one request of `peer`, if both bounds allow it.
    pub fn try_acquire(&self, peer: PeerId) -> std::result::Result<InflightPermit, Saturated> {
        let mut peers = self.peers.lock().unwrap_or_else(PoisonError::into_inner);
        let n = peers.get(&peer).copied().unwrap_or(0);
        if n >= self.per_peer {
            return Err(Saturated::Peer(n));
        }
        let all = self
            .all
            .clone()
            .try_acquire_owned()
            .map_err(|_| Saturated::All(self.limit))?;
        peers.insert(peer, n + 1);
        Ok(InflightPermit {
            _all: all,
            peer,
            peers: self.peers.clone(),
        })
    }

    /// Requests in flight now.
    pub fn in_flight(&self) -> usize {
        self.limit - self.all.available_permits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflight_bounds_each_peer_and_all() {
        let inflight = Inflight::new(3, 2);
        let (a, b, c) = (PeerId::random(), PeerId::random(), PeerId::random());
        let a1 = inflight.try_acquire(a).expect("a 1");
        let _a2 = inflight.try_acquire(a).expect("a 2");
        // A third of `a`'s is over its share, though the pool has room.
        assert_eq!(inflight.try_acquire(a).unwrap_err(), Saturated::Peer(2));
        let _b1 = inflight.try_acquire(b).expect("b 1");
        // The pool is full: `c` waits for a slot like everyone.
        assert_eq!(inflight.try_acquire(c).unwrap_err(), Saturated::All(3));
        assert_eq!(inflight.in_flight(), 3);
        drop(a1);
        let c1 = inflight.try_acquire(c).expect("c after a slot is freed");
        // The per-peer map keeps only peers with requests in flight.
        drop(c1);
        let peers = inflight.peers.lock().expect("lock");
        assert_eq!(peers.len(), 2);
        assert!(!peers.contains_key(&c));
    }
}
