//! The measurement: the scenario's steps in order, recording `gasUsed` and the profile of each
//! measured operation.

use std::collections::BTreeMap;

use eyre::ensure;
use paratii_chain::{RunningDevNet, TxInfo};

use crate::profile::{Profile, profile};
use crate::scenario::{Request, Scenario, Sender};
use crate::{
    BATCH, EXIT_SETTLE_TIME, EXIT_TIME, EXIT_WINDOW, EXPIRATION, SETTLE_TIME, SHORT_EXPIRATION,
};

/// What the scenario measured: `gasUsed` per operation, and where the gas of each profiled
/// operation went.
#[derive(Debug, Default)]
pub struct Measured {
    pub gas: BTreeMap<String, u64>,
    pub profiles: BTreeMap<String, Profile>,
}

impl Measured {
    /// `gasUsed` of `operation` (every operation the document names is measured).
    pub fn gas(&self, operation: &str) -> u64 {
        self.gas.get(operation).copied().unwrap_or_default()
    }
}

/// Runs the scenario; returns `gasUsed` per operation and where each operation's gas went.
pub async fn measure(net: &RunningDevNet) -> eyre::Result<Measured> {
    let mut s = Scenario::set_up(net).await?;
    let mut m = Measured::default();
    let conn = net.holder.connection();
    let viewer = 0;

    // Steady state: every payer has opened a channel before (its account slot holds a nonzero
    // balance and nonce), and the publisher has been paid before (its free balance is nonzero).
    // The viewer's first channel expires early so that it can be settled at the end.
    let (_, expiring_id, expiring) = s.open(viewer, SHORT_EXPIRATION, Sender::Wallet).await?;
    let (expiring, _) = s.withdraw(viewer, expiring_id, &expiring, 1).await?;
    ensure!(
        expiring == s.channel(viewer, 1, SHORT_EXPIRATION),
        "the withdrawal did not leave the expected channel"
    );
    for payer in 1..BATCH {
        s.open(payer, EXPIRATION, Sender::Wallet).await?;
    }

    macro_rules! record {
        ($operation:expr, $tx:expr) => {{
            let operation: String = $operation.into();
            let tx: TxInfo = $tx;
            m.gas.insert(operation.clone(), tx.gas_used);
            m.profiles.insert(operation, profile(conn, &tx).await?);
        }};
    }

    // Not budgeted: the same open with an EIP-2930 access list, which a payee's client can
    // attach; then the chain is rewound and the budgeted open is sent without one.
    let snapshot = s.snapshot().await?;
    let (tx, _, _) = s
        .open(viewer, EXPIRATION, Sender::WalletWithAccessList)
        .await?;
    m.gas
        .insert("open, with an access list".into(), tx.gas_used);
    s.revert(snapshot).await?;
    // The same open sent by the publisher's node key, then rewound too.
    let snapshot = s.snapshot().await?;
    record!(
        "open by node key",
        s.open(viewer, EXPIRATION, Sender::NodeKey).await?.0
    );
    s.revert(snapshot).await?;
    let (tx, id, channel) = s.open(viewer, EXPIRATION, Sender::Wallet).await?;
    record!("open", tx);

    let (channel, tx) = s.withdraw(viewer, id, &channel, 3).await?;
    record!("withdraw (partial)", tx);
    ensure!(
        channel == s.channel(viewer, 3, EXPIRATION),
        "the withdrawal did not leave the expected channel"
    );
    record!("close", s.close(viewer, id, &channel, 6).await?);

    // One fresh channel per payer, each with a payment of 5 segments to close with; the same
    // state closes one of them, and then (after rewinding) all of them.
    let mut requests: Vec<Request> = Vec::with_capacity(BATCH);
    for payer in 0..BATCH {
        let (_, id, channel) = s.open(payer, EXPIRATION, Sender::Wallet).await?;
        requests.push((payer, id, channel, 5));
    }
    let snapshot = s.snapshot().await?;
    record!("closeMany, 1 channel", s.close_many(&requests[..1]).await?);
    s.revert(snapshot).await?;
    record!(
        format!("closeMany, {BATCH} channels"),
        s.close_many(&requests).await?
    );
    let one = m.gas("closeMany, 1 channel");
    let many = m.gas(&format!("closeMany, {BATCH} channels"));
    let per_extra = (many - one) / (BATCH as u64 - 1);
    m.gas
        .insert("batch close, per extra channel".into(), per_extra);

    // The payer of a 7-day channel the payee has withdrawn from starts an exit at a fixed time;
    // once its window is over, a bystander settles it.
    let exiting_payer = 1;
    let (_, exiting_id, exiting) = s.open(exiting_payer, EXPIRATION, Sender::Wallet).await?;
    let (exiting, _) = s.withdraw(exiting_payer, exiting_id, &exiting, 1).await?;
    s.next_block_at(EXIT_TIME).await?;
    let client = &s.payers[exiting_payer].client;
    let (exiting, tx) = client.start_exit(exiting_id, &exiting).await?;
    record!("start exit", tx);
    ensure!(
        exiting == s.channel(exiting_payer, 1, EXIT_TIME + EXIT_WINDOW),
        "the exit did not leave the expected channel"
    );
    s.check(exiting_id, &exiting).await?;
    s.mine_at(EXIT_SETTLE_TIME).await?;
    record!("settle after exit", s.settle(exiting_id, &exiting).await?);

    s.mine_at(SETTLE_TIME).await?;
    record!(
        "settle after expiry",
        s.settle(expiring_id, &expiring).await?
    );
    Ok(m)
}
