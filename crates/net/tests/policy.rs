//! The publisher's policy switches, in process on anvil: a `Server` with a given `ServePolicy`,
//! viewers (`watch`, or a bare libp2p peer speaking the wire protocol) on loopback, catalogs built
//! from real AES-128-encrypted bytes with Kubo-identical CIDs. Every test checks the outcome on
//! chain: what was opened, paid, cashed and refunded.

mod common;

use common::*;

use std::collections::BTreeMap;
use std::time::Duration;

use alloy::primitives::{B256, U256};
use paratii_chain::ChannelStatus;
use paratii_net::wire::RejectCode;
use paratii_net::{ServeEvent, ServePolicy, Server, WatchRequest};
use tokio::sync::broadcast;

// ---------------------------------------------------------------------------------------------
// The world: anvil, a publisher with a registered key and a registered video, a funded viewer.

/// Segments per format.
const SEGMENTS: u64 = 6;
/// Formats registered and served (two, for per-format minimum rates).
const FORMATS: [&str; 2] = ["360p30", "240p30"];
/// A guard against a hung test only, far above any wait here: the assertions wait for events and
/// chain state, never for time.
const HANG_GUARD: Duration = Duration::from_secs(120);

async fn world() -> World {
    World::start(WorldConfig {
        seed: 3,
        formats: &FORMATS,
        segments: SEGMENTS,
        ..WorldConfig::default()
    })
    .await
}

impl World {
    /// The channel is closed on chain with exactly `balance` segments cashed by this close (nothing
    /// withdrawn before) at [`RATE`], and the rest of the escrow refunded to the viewer.
    async fn assert_closed(&self, channel: B256, balance: u64) {
        let record = self.net.holder.channel(channel).await.expect("channel");
        let paid = self.price() * U256::from(balance);
        assert_eq!(
            record.status,
            ChannelStatus::Closed {
                balance: U256::from(balance),
                amount: paid,
                refund: record.channel.escrow - paid,
            },
            "channel {channel} on chain"
        );
        assert!(self.closed_on_chain(channel).await);
    }

    /// The files the viewer wrote are exactly the publisher's plaintext of `indices`, and no other
    /// segment file exists.
    fn assert_output(&self, out: &std::path::Path, indices: &[u64]) {
        let dir = out.join(FORMATS[0]);
        for i in 0..SEGMENTS {
            let path = dir.join(format!("{i:05}.ts"));
            if indices.contains(&i) {
                let got = std::fs::read(&path).expect("segment file");
                let want = &self.content.plain[&(FORMATS[0].to_owned(), i)];
                assert!(&got == want, "segment {i} differs from what was published");
            } else {
                assert!(!path.exists(), "segment {i} was written");
            }
        }
    }
}

/// Waits for the first event matching `pick` (events before it are skipped).
async fn wait_for<T>(
    events: &mut broadcast::Receiver<ServeEvent>,
    mut pick: impl FnMut(&ServeEvent) -> Option<T>,
) -> T {
    tokio::time::timeout(HANG_GUARD, async {
        loop {
            let event = events.recv().await.expect("event stream");
            if let Some(t) = pick(&event) {
                return t;
            }
        }
    })
    .await
    .expect("the event never came")
}

/// Where in the server's log the `Paid` event for the last segment and the `Closed` event of
/// `channel` are: (paid, closed, the close's reason and balance).
fn last_paid_and_closed(server: &Server, channel: B256) -> (usize, usize, String, u64) {
    let events = server.events();
    let paid = events
        .iter()
        .position(|e| {
            matches!(e, ServeEvent::Paid { channel: c, segments, .. }
                if *c == channel && segments.contains(&(SEGMENTS - 1)))
        })
        .expect("the last segment was paid");
    let (closed, reason, balance) = events
        .iter()
        .enumerate()
        .find_map(|(i, e)| match e {
            ServeEvent::Closed {
                channel: c,
                reason,
                balance,
                ..
            } if *c == channel => Some((i, reason.clone(), *balance)),
            _ => None,
        })
        .expect("the channel was closed");
    (paid, closed, reason, balance)
}

// ---------------------------------------------------------------------------------------------
// The tests.

#[tokio::test(flavor = "multi_thread")]
async fn cash_before_last_closes_before_delivering_the_last_segment() {
    for cash_before_last in [true, false] {
        let w = world().await;
        // No withdrawals on the way: the close alone cashes the whole video, so what it cashed
        // shows on chain in the `ChannelClosed` amount.
        let server = w
            .serve(ServePolicy {
                cash_before_last,
                withdraw_every: 0,
                ..ServePolicy::default()
            })
            .await;
        let before = w.balances().await;
        let out = tempfile::tempdir().expect("tempdir");
        let report = w
            .watch(w.watch_request_to(&server, out.path()))
            .await
            .expect("watch");
        assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
        assert!(report.missing.is_empty());
        assert_eq!(report.paid_segments, SEGMENTS);
        w.assert_output(out.path(), &report.received);
        // `watch` returned after the last delivery, and the server closes either before that
        // delivery (cash before last) or right after it and before answering: closed already.
        w.assert_closed(report.channel, SEGMENTS).await;
        w.assert_moved(before, SEGMENTS).await;

        let (paid, closed, reason, balance) = last_paid_and_closed(&server, report.channel);
        assert_eq!(balance, SEGMENTS);
        if cash_before_last {
            assert!(
                closed < paid,
                "closed at event {closed}, after the last segment went out at {paid}"
            );
            assert_eq!(reason, "cash before the last segment");
        } else {
            assert!(
                paid < closed,
                "closed at event {closed}, before the last segment went out at {paid}"
            );
            // The cashier closes the fully paid channel behind the answer; the viewer's close
            // request at the end of `watch` may come first.
            assert!(
                reason == "fully paid" || reason == "the viewer is done",
                "{reason}"
            );
        }
        server.shutdown().await.expect("shutdown");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn withholding_everything_costs_the_viewer_at_most_its_ahead_window() {
    let w = world().await;
    let server = w
        .serve(ServePolicy {
            withhold_per_mille: 1000,
            withdraw_every: 0,
            ..ServePolicy::default()
        })
        .await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let ahead = 2;
    let report = w
        .watch(WatchRequest {
            ahead,
            // A viewer that walks away without a word: only shutdown closes.
            close_at_end: false,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .expect("watch");
    // `ahead` segments paid by halves (R26), each answered with nothing: the viewer reports them
    // as missing and pays no more.
    assert!(report.received.is_empty(), "{:?}", report.received);
    assert_eq!(report.missing, (0..ahead).collect::<Vec<_>>());
    assert_eq!(report.paid_segments, ahead);
    assert_eq!(report.paid_wei, w.price() * U256::from(ahead));
    w.assert_output(out.path(), &[]);
    let paid: Vec<_> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            ServeEvent::Paid {
                balance, segments, ..
            } => Some((balance, segments)),
            _ => None,
        })
        .collect();
    assert_eq!(
        paid,
        vec![(1, Vec::new()), (ahead, Vec::new())],
        "payments the server took"
    );
    // The channel is still open (not fully paid, no withdrawals); shutdown cashes exactly the
    // `ahead` segments paid and refunds the rest of the escrow.
    assert!(!w.closed_on_chain(report.channel).await);
    server.shutdown().await.expect("shutdown");
    w.assert_closed(report.channel, ahead).await;
    w.assert_moved(before, ahead).await;

    // Withholding nothing: the same viewer gets and pays the whole video.
    let server = w
        .serve(ServePolicy {
            withhold_per_mille: 0,
            withdraw_every: 0,
            ..ServePolicy::default()
        })
        .await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let report = w
        .watch(WatchRequest {
            ahead,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .expect("watch");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    assert!(report.missing.is_empty());
    w.assert_output(out.path(), &report.received);
    server.shutdown().await.expect("shutdown");
    w.assert_closed(report.channel, SEGMENTS).await;
    w.assert_moved(before, SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn publisher_closes_with_the_latest_payment_before_expiration() {
    let w = world().await;
    let margin = 60;
    let expiry = 300;
    let server = w
        .serve(ServePolicy {
            min_expiry_secs: 120,
            close_margin_secs: margin,
            // Nothing cashed on the way: only the close near expiration can cash the payments.
            withdraw_every: 0,
            ..ServePolicy::default()
        })
        .await;
    let mut events = server.subscribe();
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    // The viewer pays for two segments of six and walks away.
    let paid = 2;
    let report = w
        .watch(WatchRequest {
            expiry_secs: expiry,
            max_segments: Some(paid),
            close_at_end: false,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .expect("watch");
    assert_eq!(report.received, (0..paid).collect::<Vec<_>>());
    assert_eq!(report.paid_segments, paid);
    let record = w.net.holder.channel(report.channel).await.expect("channel");
    assert_eq!(record.status, ChannelStatus::Open, "closed too early");
    let expiration = record.channel.expiration;

    // Chain time to halfway into the close margin, still before expiration.
    let now = w.net.now().await.expect("now");
    assert!(now + margin < expiration, "already within the margin");
    w.net
        .increase_time(expiration - margin / 2 - now)
        .await
        .expect("increase time");
    let (balance, reason) = wait_for(&mut events, |e| match e {
        ServeEvent::Closed {
            channel,
            balance,
            reason,
            ..
        } if *channel == report.channel => Some((*balance, reason.clone())),
        _ => None,
    })
    .await;
    assert_eq!(balance, paid);
    assert_eq!(reason, "expiration near");
    // A close succeeds only before expiration (the contract reverts `ChannelExpired` after), so a
    // `Closed` status with the payment is the proof it came in time.
    w.assert_closed(report.channel, paid).await;
    w.assert_moved(before, paid).await;
    server.shutdown().await.expect("shutdown");
}

#[tokio::test(flavor = "multi_thread")]
async fn bids_beyond_the_limits_are_refused_and_open_nothing() {
    let w = world().await;
    let min_rate = 2 * RATE;
    let server = w
        .serve(ServePolicy {
            max_channels: 1,
            min_rate: BTreeMap::from([(FORMATS[0].to_owned(), min_rate)]),
            default_min_rate: RATE,
            min_expiry_secs: 600,
            max_expiry_secs: 7200,
            ..ServePolicy::default()
        })
        .await;
    let raw = RawViewer::new(&w.viewer.comm, &server);
    let before = w.balances().await;

    // The minimum rate is per format: below it for 360p30, at the default for 240p30.
    let cheap = w.bid(FORMATS[0], min_rate - 1, 3600).await;
    assert_eq!(rejected(raw.bid(&cheap).await), RejectCode::RateTooLow);
    let cheap_other = w.bid(FORMATS[1], RATE - 1, 3600).await;
    assert_eq!(
        rejected(raw.bid(&cheap_other).await),
        RejectCode::RateTooLow
    );
    // The expiry window: too near, too far.
    let near = w.bid(FORMATS[0], min_rate, 300).await;
    assert_eq!(
        rejected(raw.bid(&near).await),
        RejectCode::ExpiryOutOfWindow
    );
    let far = w.bid(FORMATS[0], min_rate, 3 * 3600).await;
    assert_eq!(rejected(raw.bid(&far).await), RejectCode::ExpiryOutOfWindow);
    w.assert_no_new_channel(before, 0).await;

    // At the limits: 360p30 at its minimum opens the one channel allowed.
    let first = raw
        .bid(&w.bid(FORMATS[0], min_rate, 3600).await)
        .await
        .expect("bid at the minimum accepted");
    let opened = w.balances().await;
    assert_eq!(
        opened.1,
        before.1 - w.price_at(min_rate) * U256::from(SEGMENTS),
        "escrow of the first channel"
    );
    // A second bid, valid in every other way (240p30 at its default minimum, fresh nonce), is
    // beyond `max_channels`.
    let second = w.bid(FORMATS[1], RATE, 3600).await;
    assert_eq!(
        rejected(raw.bid(&second).await),
        RejectCode::TooManyChannels
    );
    w.assert_no_new_channel(opened, 1).await;

    // Once the first channel is closed (fully paid) the same bid is taken: the limit counts open
    // channels, and it was the only reason for the refusal.
    let full = w.viewer.pay(first.channel, SEGMENTS).expect("payment");
    assert_eq!(
        raw.pay(&full)
            .await
            .expect("delivery")
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        (0..SEGMENTS).collect::<Vec<_>>()
    );
    let mut closed = w
        .channels()
        .await
        .into_iter()
        .filter(|c| c.id == first.channel);
    assert!(
        matches!(
            closed.next().map(|c| c.status),
            Some(ChannelStatus::Closed { .. })
        ),
        "the fully paid channel is closed"
    );
    // The chain shows the close as soon as it is mined; the server counts the channel closed a
    // moment later (after storing it), when it emits `Closed`: bid after that, not before.
    for _ in 0..100 {
        let closed_here = server
            .events()
            .iter()
            .any(|e| matches!(e, ServeEvent::Closed { channel, .. } if *channel == first.channel));
        if closed_here {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let accepted = raw
        .bid(&second)
        .await
        .expect("bid accepted after the close");
    assert_ne!(accepted.channel, first.channel);
    assert_eq!(w.channels().await.len(), 2);
    let refused: Vec<RejectCode> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            ServeEvent::Refused { reason, .. } => Some(reason.code),
            _ => None,
        })
        .collect();
    assert_eq!(
        refused,
        vec![
            RejectCode::RateTooLow,
            RejectCode::RateTooLow,
            RejectCode::ExpiryOutOfWindow,
            RejectCode::ExpiryOutOfWindow,
            RejectCode::TooManyChannels,
        ]
    );
    server.shutdown().await.expect("shutdown");
    // The 360p30 channel: fully paid at its rate. The 240p30 one: never paid, escrow returned.
    let after = w.balances().await;
    let cashed = w.price_at(min_rate) * U256::from(SEGMENTS);
    assert_eq!(after.1, before.1 - cashed);
    assert_eq!(after.0, before.0 + cashed);
}
