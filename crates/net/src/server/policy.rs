//! What a server takes and how it cashes in: the policies, and the player's gate on ads.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::B256;

/// How a publisher decides which bids to take and how it cashes in.
#[derive(Debug, Clone, PartialEq)]
pub struct ServePolicy {
    /// Minimum rate (PTI wei per second) per format.
    pub min_rate: BTreeMap<String, u128>,
    /// Minimum rate for formats not in `min_rate`.
    pub default_min_rate: u128,
    /// Most channels open at once (as payee).
    pub max_channels: usize,
    /// The bid's expiration must be at least this many seconds away (room to serve and close).
    pub min_expiry_secs: u64,
    /// ... and at most this many (escrow is not locked for too long for nothing).
    pub max_expiry_secs: u64,
    /// Withdraw after every this many newly paid segments (0: only close).
    pub withdraw_every: u64,
    /// Close a channel when its expiration is this close (seconds of chain time).
    pub close_margin_secs: u64,
    /// The note's optional defence: close (cash in) before delivering the last segment.
    pub cash_before_last: bool,
    /// The note's other defence: omit this many per mille of the paid segments, at random.
    pub withhold_per_mille: u16,
    /// Whether and how attention bids are accepted; `None` refuses them.
    pub attention: Option<AttentionPolicy>,
}

impl Default for ServePolicy {
    fn default() -> Self {
        Self {
            min_rate: BTreeMap::new(),
            default_min_rate: 1,
            max_channels: 64,
            min_expiry_secs: 60,
            max_expiry_secs: 7 * 24 * 3600,
            withdraw_every: 4,
            close_margin_secs: 30,
            cash_before_last: false,
            withhold_per_mille: 0,
            attention: None,
        }
    }
}

/// What a player tells the attention exchange: whether it takes an ad now, and how far the
/// person watching has got, so receipts follow what was played rather than what was downloaded.
#[async_trait::async_trait]
pub trait AttentionGate: Send + Sync {
    /// Whether to take an attention bid on `video` now; the reason when not.
    fn accepts(&self, video: B256) -> std::result::Result<(), String>;
    /// Returns once the player has reached segment `index` of the ad on `channel`; an error
    /// (the person closed the player or pressed Stop) ends the exchange.
    async fn reached(&self, channel: B256, index: u64) -> std::result::Result<(), String>;
}

/// An [`AttentionGate`] in a policy (compared by identity).
#[derive(Clone)]
pub struct GateHandle(pub Arc<dyn AttentionGate>);

impl std::fmt::Debug for GateHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GateHandle(..)")
    }
}

impl PartialEq for GateHandle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for GateHandle {}

/// How a viewer takes attention bids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionPolicy {
    /// Minimum rate offered.
    pub min_rate: u128,
    /// Where the received (decrypted) segments go: `<out>/<channel>/NNNNN.ts`.
    pub out: PathBuf,
    /// Segments requested per request.
    pub batch: u64,
    /// Withdraw after every this many newly paid segments (0: only close).
    pub withdraw_every: u64,
    /// A player deciding when receipts go out (none: as fast as segments arrive).
    pub gate: Option<GateHandle>,
}
