//! Rebuilding channels from `PaymentChannel` logs: the filters, the updates applied in chain
//! order, and each rebuilt open channel checked against its on-chain `channelHash`.

use alloy::primitives::B256;
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::SolEvent;
use paratii_bindings::payment_channel::PaymentChannel::{
    ChannelClosed, ChannelExitStarted, ChannelOpened, ChannelSettled, ChannelWithdrawn,
};

use crate::client::Client;
use crate::error::{ChainError, Result};
use crate::records::{ChannelRecord, ChannelStatus, channel_of, hash_channel};

/// `ChannelOpened` logs (topics: channelId, payer, payee).
pub(crate) fn opened_filter() -> Filter {
    Filter::new().event_signature(ChannelOpened::SIGNATURE_HASH)
}

/// `ChannelWithdrawn`, `ChannelExitStarted`, `ChannelClosed` and `ChannelSettled` logs of the
/// channels `ids`.
pub(crate) fn updates_filter(ids: Vec<B256>) -> Filter {
    Filter::new()
        .event_signature(vec![
            ChannelWithdrawn::SIGNATURE_HASH,
            ChannelExitStarted::SIGNATURE_HASH,
            ChannelClosed::SIGNATURE_HASH,
            ChannelSettled::SIGNATURE_HASH,
        ])
        .topic1(ids)
}

/// Applies one update log to the record it names. Logs must come in chain order.
pub(crate) fn apply(records: &mut [ChannelRecord], log: &Log) -> Result<()> {
    let Some(&topic0) = log.topic0() else {
        return Ok(());
    };
    let Some(id) = log.topics().get(1).copied() else {
        return Ok(());
    };
    let Some(record) = records.iter_mut().find(|r| r.id == id) else {
        return Ok(());
    };
    let bad = |event: &'static str| {
        move |e: alloy::sol_types::Error| ChainError::BadLog {
            event,
            reason: e.to_string(),
        }
    };
    if topic0 == ChannelWithdrawn::SIGNATURE_HASH {
        let e = log
            .log_decode::<ChannelWithdrawn>()
            .map_err(bad("ChannelWithdrawn"))?;
        record.channel.withdrawn = e.inner.data.withdrawn;
    } else if topic0 == ChannelExitStarted::SIGNATURE_HASH {
        // The payer's exit moved the expiration forward; the struct passed back must carry it.
        let e = log
            .log_decode::<ChannelExitStarted>()
            .map_err(bad("ChannelExitStarted"))?;
        record.channel.expiration = e.inner.data.expiration;
    } else if topic0 == ChannelClosed::SIGNATURE_HASH {
        let e = log
            .log_decode::<ChannelClosed>()
            .map_err(bad("ChannelClosed"))?;
        let d = &e.inner.data;
        record.channel.withdrawn += d.amount;
        record.status = ChannelStatus::Closed {
            balance: d.balance,
            amount: d.amount,
            refund: d.refund,
        };
    } else if topic0 == ChannelSettled::SIGNATURE_HASH {
        let e = log
            .log_decode::<ChannelSettled>()
            .map_err(bad("ChannelSettled"))?;
        record.status = ChannelStatus::Settled {
            refund: e.inner.data.refund,
        };
    }
    Ok(())
}

/// `eth_getLogs` over `[from, to]` in ranges of at most `chunk` blocks, in chain order.
pub(crate) async fn get_logs_chunked(
    provider: &DynProvider,
    filter: Filter,
    from: u64,
    to: u64,
    chunk: u64,
) -> Result<Vec<Log>> {
    let chunk = chunk.max(1);
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let end = to.min(start.saturating_add(chunk - 1));
        let logs = provider
            .get_logs(&filter.clone().from_block(start).to_block(end))
            .await
            .map_err(|e| ChainError::from_transport("eth_getLogs", None, e))?;
        out.extend(logs);
        if end == u64::MAX {
            break;
        }
        start = end + 1;
    }
    out.sort_by_key(|l| (l.block_number, l.log_index));
    Ok(out)
}

impl Client {
    /// The exits payers started (`ChannelExitStarted`: channel id and new expiration) in blocks
    /// `from..=latest`, and `latest`: a payee polls with `from = latest + 1` and closes the
    /// channels it holds among them (R19).
    pub async fn exits_since(&self, from: u64) -> Result<(Vec<(B256, u64)>, u64)> {
        let latest = self.block_number().await?;
        if from > latest {
            return Ok((Vec::new(), latest));
        }
        let filter = Filter::new()
            .event_signature(ChannelExitStarted::SIGNATURE_HASH)
            .address(self.deployment().contracts.payment_channel);
        let logs = get_logs_chunked(
            self.provider(),
            filter,
            from,
            latest,
            self.config().log_chunk,
        )
        .await?;
        let mut exits = Vec::with_capacity(logs.len());
        for log in &logs {
            let e = log
                .log_decode::<ChannelExitStarted>()
                .map_err(|e| ChainError::BadLog {
                    event: "ChannelExitStarted",
                    reason: e.to_string(),
                })?;
            exits.push((e.inner.data.channelId, e.inner.data.expiration));
        }
        Ok((exits, latest))
    }

    /// `PaymentChannel` logs matching `filter` since the deployment's start block.
    pub(crate) async fn logs(&self, filter: Filter) -> Result<Vec<Log>> {
        let latest = self.block_number().await?;
        self.logs_until(filter, latest).await
    }

    /// [`Self::logs`] up to block `last`.
    async fn logs_until(&self, filter: Filter, last: u64) -> Result<Vec<Log>> {
        get_logs_chunked(
            self.provider(),
            filter.address(self.deployment().contracts.payment_channel),
            self.deployment().start_block,
            last,
            self.config().log_chunk,
        )
        .await
    }

    /// The channels the `ChannelOpened` logs `opened` describe, brought up to date by their
    /// later logs; an open one must hash to its on-chain commitment.
    pub(crate) async fn rebuild(&self, opened: Vec<Log>) -> Result<Vec<ChannelRecord>> {
        if opened.is_empty() {
            return Ok(Vec::new());
        }
        let mut records = Vec::with_capacity(opened.len());
        for log in &opened {
            let decoded = log
                .log_decode::<ChannelOpened>()
                .map_err(|e| ChainError::BadLog {
                    event: "ChannelOpened",
                    reason: e.to_string(),
                })?;
            let data = &decoded.inner.data;
            records.push(ChannelRecord {
                id: data.channelId,
                channel: channel_of(data),
                video: data.video,
                format_hash: data.formatHash,
                opened_block: log.block_number.unwrap_or_default(),
                status: ChannelStatus::Open,
            });
        }
        // The logs and the state are read at one block: a withdrawal mined between the two reads
        // made the rebuilt channel and the on-chain hash disagree.
        let block = self.block_number().await?;
        let ids: Vec<B256> = records.iter().map(|r| r.id).collect();
        let updates = self.logs_until(updates_filter(ids), block).await?;
        for log in &updates {
            apply(&mut records, log)?;
        }
        let now = self.block_timestamp_at(block).await?;
        for record in &mut records {
            if !record.status.is_open() {
                continue;
            }
            let rebuilt = hash_channel(&record.channel);
            let on_chain = self.channel_hash_at(record.id, block).await?;
            if rebuilt != on_chain {
                return Err(ChainError::ChannelStateMismatch {
                    id: record.id,
                    rebuilt,
                    on_chain,
                });
            }
            if now >= record.channel.expiration {
                record.status = ChannelStatus::Expired;
            }
        }
        Ok(records)
    }
}
