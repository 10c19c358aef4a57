//! Channel economics and the chain state a bid is checked against, mirroring `PaymentChannel`.

use std::ops::Range;

use alloy_primitives::{Address, B256, U256};

use crate::error::{ProtocolError, Result};

/// What `VideoRegistry.termsOf(video, formatHash)` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VideoTerms {
    /// Registered, listed and has the format.
    pub available: bool,
    /// Seconds.
    pub duration: u32,
    /// Seconds per segment.
    pub segment_length: u32,
}

/// What `UserRegistry.keyOf(key)` returns: the zero wallet when the key is unregistered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyRecord {
    /// The wallet the key belongs to, or zero.
    pub wallet: Address,
    /// Whether the key is active.
    pub active: bool,
}

/// The on-chain facts a bid is checked against before the counterparty spends gas on `open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChainState {
    /// Current block time (unix seconds).
    pub now: u64,
    /// `PaymentChannel.nonceOf(payer)`.
    pub payer_nonce: B256,
    /// `PaymentChannel.balanceOf(payer)`: the payer's free balance.
    pub payer_balance: U256,
    /// `VideoRegistry.termsOf(bid.video, keccak256(bid.format))`.
    pub video: VideoTerms,
    /// `UserRegistry.keyOf(bid.bidderKey)`.
    pub bidder_key: KeyRecord,
}

/// The money terms of a channel: `price = rate × segmentLength`, `escrow = rate × duration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelTerms {
    /// PTI wei per segment.
    pub price_per_segment: U256,
    /// PTI wei locked from the payer: the most the channel can pay.
    pub escrow: U256,
    /// When the channel expires (the bid's expiration).
    pub expiration: u64,
}

impl ChannelTerms {
    /// Terms of a channel opened at `rate` on a video of `duration` seconds cut in `segment_length` second segments.
    pub fn new(rate: u128, duration: u32, segment_length: u32, expiration: u64) -> Result<Self> {
        if rate == 0 {
            return Err(ProtocolError::ZeroRate);
        }
        if segment_length == 0 {
            return Err(ProtocolError::ZeroSegmentLength);
        }
        let rate = U256::from(rate);
        Ok(Self {
            price_per_segment: rate * U256::from(segment_length),
            escrow: rate * U256::from(duration),
            expiration,
        })
    }

    /// `ceil(escrow / pricePerSegment)`: the largest valid balance.
    pub fn max_segments(&self) -> u64 {
        if self.price_per_segment.is_zero() {
            return 0;
        }
        let max = self.escrow.div_ceil(self.price_per_segment);
        // escrow / price = duration / segmentLength ≤ u32::MAX, so this always fits.
        u64::try_from(max).unwrap_or(u64::MAX)
    }

    /// Checks `balance ≤ max_segments` (`BalanceExceedsSegments` on chain).
    pub fn check_balance(&self, balance: u64) -> Result<()> {
        let max_segments = self.max_segments();
        if balance > max_segments {
            return Err(ProtocolError::BalanceExceedsSegments {
                balance,
                max_segments,
            });
        }
        Ok(())
    }

    /// `min(balance × pricePerSegment, escrow)`: what a payment of `balance` segments is worth.
    pub fn payout(&self, balance: u64) -> Result<U256> {
        self.check_balance(balance)?;
        Ok((U256::from(balance) * self.price_per_segment).min(self.escrow))
    }
}

/// Checks that a new cumulative balance strictly increases the previous one and stays within the
/// video, and returns the segment indices it newly pays for (`previous..given`).
pub fn balance_increase(previous: u64, given: u64, max_segments: u64) -> Result<Range<u64>> {
    if given > max_segments {
        return Err(ProtocolError::BalanceExceedsSegments {
            balance: given,
            max_segments,
        });
    }
    if given <= previous {
        return Err(ProtocolError::BalanceNotIncreasing { previous, given });
    }
    Ok(previous..given)
}

/// The latest accepted cumulative balance of one channel, as the payee tracks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceTracker {
    channel: B256,
    max_segments: u64,
    balance: u64,
}

impl BalanceTracker {
    /// A fresh tracker (balance 0) for `channel`.
    pub fn new(channel: B256, terms: &ChannelTerms) -> Self {
        Self {
            channel,
            max_segments: terms.max_segments(),
            balance: 0,
        }
    }

    /// The channel id.
    pub const fn channel(&self) -> B256 {
        self.channel
    }

    /// The last accepted balance.
    pub const fn balance(&self) -> u64 {
        self.balance
    }

    /// The largest valid balance.
    pub const fn max_segments(&self) -> u64 {
        self.max_segments
    }

    /// Accepts a (signature-verified) payment of `balance` on `channel`; returns the newly paid
    /// segment indices. On error the tracker is unchanged.
    pub fn accept(&mut self, channel: B256, balance: u64) -> Result<Range<u64>> {
        if channel != self.channel {
            return Err(ProtocolError::ChannelMismatch {
                expected: self.channel,
                got: channel,
            });
        }
        let range = balance_increase(self.balance, balance, self.max_segments)?;
        self.balance = balance;
        Ok(range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_payout() {
        // 10 s segments of a 95 s video: 10 segments, the last one 5 s long.
        let t = ChannelTerms::new(3, 95, 10, 1000).unwrap();
        assert_eq!(t.price_per_segment, U256::from(30));
        assert_eq!(t.escrow, U256::from(285));
        assert_eq!(t.max_segments(), 10);
        assert_eq!(t.payout(0).unwrap(), U256::ZERO);
        assert_eq!(t.payout(9).unwrap(), U256::from(270));
        assert_eq!(
            t.payout(10).unwrap(),
            U256::from(285),
            "capped at the escrow"
        );
        assert!(matches!(
            t.payout(11),
            Err(ProtocolError::BalanceExceedsSegments {
                balance: 11,
                max_segments: 10
            })
        ));
        let exact = ChannelTerms::new(1, 100, 10, 0).unwrap();
        assert_eq!(exact.max_segments(), 10);
        let big = ChannelTerms::new(u128::MAX, u32::MAX, 1, 0).unwrap();
        assert_eq!(big.max_segments(), u64::from(u32::MAX));
        assert_eq!(big.payout(u64::from(u32::MAX)).unwrap(), big.escrow);
        assert!(matches!(
            ChannelTerms::new(0, 1, 1, 0),
            Err(ProtocolError::ZeroRate)
        ));
        assert!(matches!(
            ChannelTerms::new(1, 1, 0, 0),
            Err(ProtocolError::ZeroSegmentLength)
        ));
    }

    #[test]
    fn monotonic_balances() {
        let t = ChannelTerms::new(1, 50, 10, 0).unwrap();
        let mut tr = BalanceTracker::new(B256::repeat_byte(1), &t);
        assert_eq!(tr.accept(B256::repeat_byte(1), 2).unwrap(), 0..2);
        assert_eq!(tr.accept(B256::repeat_byte(1), 5).unwrap(), 2..5);
        assert!(matches!(
            tr.accept(B256::repeat_byte(1), 5),
            Err(ProtocolError::BalanceNotIncreasing {
                previous: 5,
                given: 5
            })
        ));
        assert!(matches!(
            tr.accept(B256::repeat_byte(1), 6),
            Err(ProtocolError::BalanceExceedsSegments {
                balance: 6,
                max_segments: 5
            })
        ));
        assert!(matches!(
            tr.accept(B256::repeat_byte(2), 5),
            Err(ProtocolError::ChannelMismatch { .. })
        ));
        assert_eq!(tr.balance(), 5);
    }
}
