//! Payments signed before each level's window opens.
//!
//! In the field every viewer signs its payments on its own machine. Here thousands of simulated
//! viewers share the publisher's two cores, and two signatures per payment (the wallet's and the
//! communication key's) were the load generator's largest cost: CPU the publisher did not get.
//! So the bench signs each viewer's payments for the coming level between levels, on both
//! cores, and the viewers send them at their ticks. The publisher checks them exactly as it
//! would live ones; only where the load generator spends its CPU moves. A viewer whose signed
//! payments run out signs the next one at its tick, and the report counts those.
//! `--sign-live` signs every payment at its tick, as the bench did before.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use alloy::primitives::B256;
use alloy::sol_types::Eip712Domain;
use paratii_net::frame::Frame;
use paratii_protocol::{KeyRequestMessage, SigningKey};

/// What signs one viewer's payments.
pub(crate) struct Payer {
    pub(crate) wallet: SigningKey,
    pub(crate) comm: SigningKey,
    pub(crate) channel: B256,
}

impl Payer {
    /// The key request that pays for segment `index` (balance `index + 1`).
    pub(crate) fn sign(&self, domain: &Eip712Domain, index: u64) -> Option<Frame> {
        let msg = KeyRequestMessage::sign(
            domain,
            self.channel,
            index + 1,
            vec![index],
            &self.wallet,
            &self.comm,
        )
        .ok()?;
        Some(Frame::json(msg.encode()))
    }
}

/// One viewer's payments signed ahead, by segment index.
#[derive(Default)]
pub(crate) struct Queue {
    signed: Mutex<VecDeque<(u64, Frame)>>,
    /// The first segment not paid for yet.
    unpaid: AtomicU64,
}

impl Queue {
    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(u64, Frame)>> {
        // Every change under this lock is whole.
        self.signed.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The signed payment for segment `index`, if one is waiting; those before it are dropped
    /// (their segments were paid for with payments signed at the tick).
    pub(crate) fn frame(&self, index: u64) -> Option<Frame> {
        let mut signed = self.lock();
        drop_before(&mut signed, index);
        signed
            .front()
            .filter(|(i, _)| *i == index)
            .map(|(_, f)| f.clone())
    }

    /// Segment `index` was paid for: its payment is not sent again.
    pub(crate) fn paid(&self, index: u64) {
        self.unpaid.fetch_max(index + 1, Ordering::Relaxed);
        let mut signed = self.lock();
        if signed.front().is_some_and(|(i, _)| *i == index) {
            signed.pop_front();
        }
    }

    /// Signs payments after the last one waiting (or from the first unpaid segment, if the viewer
    /// signed past them at its ticks) until `count` wait, below `segments`; returns how many.
    fn top_up(&self, payer: &Payer, domain: &Eip712Domain, count: u64, segments: u64) -> u64 {
        let unpaid = self.unpaid.load(Ordering::Relaxed);
        let (mut next, have) = {
            let mut waiting = self.lock();
            drop_before(&mut waiting, unpaid);
            let next = waiting.back().map_or(unpaid, |(i, _)| i + 1);
            (next, waiting.len() as u64)
        };
        let mut signed = 0;
        while next < segments && have + signed < count {
            let Some(frame) = payer.sign(domain, next) else {
                break;
            };
            self.lock().push_back((next, frame));
            next += 1;
            signed += 1;
        }
        signed
    }
}

fn drop_before(signed: &mut VecDeque<(u64, Frame)>, index: u64) {
    while signed.front().is_some_and(|(i, _)| *i < index) {
        signed.pop_front();
    }
}

/// Fills every viewer's queue up to `count` payments (below `segments`), on every core, and
/// returns how many were signed.
pub(crate) async fn fill(
    viewers: &[(Arc<Payer>, Arc<Queue>)],
    count: u64,
    domain: &Eip712Domain,
    segments: u64,
) -> u64 {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = viewers.len().div_ceil(cores).max(1);
    let mut tasks = Vec::new();
    for part in viewers.chunks(chunk) {
        let part = part.to_vec();
        let domain = domain.clone();
        tasks.push(tokio::task::spawn_blocking(move || {
            part.iter()
                .map(|(payer, queue)| queue.top_up(payer, &domain, count, segments))
                .sum::<u64>()
        }));
    }
    let mut signed = 0;
    for task in tasks {
        signed += task.await.expect("a signing task panicked");
    }
    signed
}
