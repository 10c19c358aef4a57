//! The viewer's side of a crash: the session's state on disk, and resuming its channel.

use super::{KeySession, OpenChannel};
use crate::catalog::KEY_LEN;
use crate::error::Result;
use crate::frame::Frame;
use crate::resume::{Pending, ViewerState};

impl KeySession {
    /// The channel of an earlier run, if it is still ours and open on chain (with a minute to
    /// spare before expiration); its keys, balance and unanswered request come back with it.
    pub(super) async fn resume(&self) -> Result<Option<OpenChannel>> {
        let i = &self.inner;
        let Some(file) = &i.state_file else {
            return Ok(None);
        };
        let Some(saved) = file.load()? else {
            return Ok(None);
        };
        let ours = saved.delivery == "keys" && saved.video == i.video.id;
        if ours && !i.chain.channel_hash(saved.channel).await?.is_zero() {
            let record = i.chain.channel(saved.channel).await?;
            let now = i.chain.block_timestamp().await?;
            let payer = i.chain.wallet_address();
            let server = i
                .publishers
                .iter()
                .position(|p| p.key == record.channel.payeeKey);
            if let (true, Some(server)) = (
                Some(record.channel.payer) == payer && now + 60 < record.channel.expiration,
                server,
            ) {
                let mut state = self.state();
                state.publisher = server;
                state.balance = saved.balance;
                state.keys = saved
                    .keys
                    .iter()
                    .filter_map(|(index, key)| {
                        Some((*index, <[u8; KEY_LEN]>::try_from(key.as_ref()).ok()?))
                    })
                    .collect();
                state.pending = saved
                    .pending
                    .map(|p| (p.balance, p.segments, Frame::json(p.header.to_vec())));
                return Ok(Some(OpenChannel {
                    id: saved.channel,
                    open_tx: saved.open_tx,
                    channel: record.channel,
                }));
            }
        }
        // Closed, expiring, another channel, or one whose server is no longer among the
        // publisher's: start afresh.
        file.remove()?;
        Ok(None)
    }

    /// Saves the session's state (once the channel is open).
    pub(super) fn save(&self) -> Result<()> {
        let open = self.state().open.clone();
        match open {
            Some(open) => self.save_with(&open),
            None => Ok(()),
        }
    }

    pub(super) fn save_with(&self, open: &OpenChannel) -> Result<()> {
        let Some(file) = &self.inner.state_file else {
            return Ok(());
        };
        let state = {
            let s = self.state();
            ViewerState {
                channel: open.id,
                open_tx: open.open_tx,
                video: self.inner.video.id,
                format: self.inner.video.format.clone(),
                delivery: "keys".into(),
                balance: s.balance,
                keys: s
                    .keys
                    .iter()
                    .map(|(i, k)| (*i, alloy::primitives::Bytes::copy_from_slice(k)))
                    .collect(),
                received: Vec::new(),
                missing: Vec::new(),
                pending: s
                    .pending
                    .as_ref()
                    .map(|(balance, segments, frame)| Pending {
                        balance: *balance,
                        segments: segments.clone(),
                        header: alloy::primitives::Bytes::copy_from_slice(&frame.header),
                    }),
            }
        };
        file.save(&state)
    }
}
