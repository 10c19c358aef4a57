//! Which bids a server takes: pure functions over a verified bid, the policy and what the chain
//! said, so every rule is tested without a chain (tests at the bottom).
//!
//! Two stages, cheapest first: [`precheck`] needs only the bid and the video record (a flood of
//! bids below the minimum rate costs one registry read each, no more), [`check_terms`] the chain
//! state and time that `PaymentChannel.open` will see.

use alloy::primitives::Address;
use libp2p::PeerId;
use paratii_chain::VideoRecord;
use paratii_protocol::{ChainState, ChannelTerms, VerifiedBid, format_pti};

use super::{Role, ServePolicy};
use crate::peer::address_of_peer;
use crate::wire::{RejectCode, Rejection};

/// Who we are and how busy.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The policy.
    pub policy: &'a ServePolicy,
    /// Our communication key (the bid's counterparty).
    pub our_key: Address,
    /// The wallet we are paid to (ours, or the one our node key acts for).
    pub our_wallet: Address,
    /// Channels open now, as payee.
    pub open_channels: usize,
}

/// The checks before the chain state is read: counterparty, the peer is the bidder key, the
/// role, the minimum rate, the channel limit. Returns the role.
pub fn precheck(
    bid: &VerifiedBid,
    peer: &PeerId,
    video: &VideoRecord,
    ctx: &Context<'_>,
) -> Result<Role, Rejection> {
    let t = &bid.terms;
    bid.check_counterparty(ctx.our_key)
        .map_err(|e| Rejection::new(RejectCode::WrongCounterparty, e))?;
    // The conversation is bound to the key that signed the bid: the noise-authenticated peer must
    // be the bidder key (every paying request on the channel is then checked against it too).
    if address_of_peer(peer) != Some(t.bidder_key) {
        return Err(Rejection::new(
            RejectCode::BadSignature,
            format!("peer {peer} is not the bidder key {}", t.bidder_key),
        ));
    }
    // Any server of the publishing wallet sells its videos, whichever of its keys registered them
    // (PROTOCOL R24): with node keys, one wallet runs several servers, each with its own key.
    let role = if video.publisher == ctx.our_wallet {
        Role::Content
    } else {
        Role::Attention
    };
    let min_rate = match role {
        Role::Content => ctx
            .policy
            .min_rate
            .get(&t.format)
            .copied()
            .unwrap_or(ctx.policy.default_min_rate),
        Role::Attention => match &ctx.policy.attention {
            Some(a) => {
                if let Some(gate) = &a.gate {
                    gate.0
                        .accepts(t.video())
                        .map_err(|why| Rejection::new(RejectCode::NoAttention, why))?;
                }
                a.min_rate
            }
            None => {
                return Err(Rejection::new(
                    RejectCode::NoAttention,
                    format!("we do not own video {} and take no attention bids", t.cid),
                ));
            }
        },
    };
    if t.rate < min_rate {
        return Err(Rejection::new(
            RejectCode::RateTooLow,
            format!(
                "a rate of {}/s is below this peer's minimum of {}/s for {}",
                format_pti(alloy::primitives::U256::from(t.rate)),
                format_pti(alloy::primitives::U256::from(min_rate)),
                t.format
            ),
        ));
    }
    if ctx.open_channels >= ctx.policy.max_channels {
        return Err(Rejection::new(
            RejectCode::TooManyChannels,
            format!(
                "{} channels open, at most {}",
                ctx.open_channels, ctx.policy.max_channels
            ),
        ));
    }
    Ok(role)
}

/// The checks against the chain: the expiry window, what `open` will check (nonce, balance,
/// keys, availability), and for content that our table of contents has the registered length.
pub fn check_terms(
    bid: &VerifiedBid,
    role: Role,
    state: &ChainState,
    payee: Address,
    policy: &ServePolicy,
    toc_len: Option<usize>,
) -> Result<ChannelTerms, Rejection> {
    let t = &bid.terms;
    let left = t.expiration.saturating_sub(state.now);
    if left < policy.min_expiry_secs || left > policy.max_expiry_secs {
        return Err(Rejection::new(
            RejectCode::ExpiryOutOfWindow,
            format!(
                "expiration {} is {left} s away, accepted {}..={} s",
                t.expiration, policy.min_expiry_secs, policy.max_expiry_secs
            ),
        ));
    }
    let terms = bid
        .check(state, payee)
        .map_err(|e| Rejection::new(RejectCode::ChainCheck, e))?;
    if role == Role::Content {
        let total = terms.max_segments();
        match toc_len {
            Some(len) if len as u64 == total => {}
            Some(len) => {
                return Err(Rejection::new(
                    RejectCode::Internal,
                    format!(
                        "our table of contents has {len} segments, the registered video {total}"
                    ),
                ));
            }
            None => {
                return Err(Rejection::new(
                    RejectCode::UnknownVideo,
                    format!("video {} is not in our library", t.cid),
                ));
            }
        }
    }
    Ok(terms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{B256, U256};
    use alloy::signers::local::PrivateKeySigner;
    use paratii_protocol::{BidTerms, KeyRecord, VideoTerms};

    struct Bidder {
        wallet: PrivateKeySigner,
        key: PrivateKeySigner,
    }

    fn domain() -> alloy::sol_types::Eip712Domain {
        paratii_protocol::eip712::payment_channel_domain(31337, Address::repeat_byte(0xcc))
    }

    fn bid(b: &Bidder, ours: Address, rate: u128, expiration: u64) -> VerifiedBid {
        BidTerms {
            nonce: B256::ZERO,
            rate,
            expiration,
            cid: "QmVideo".into(),
            format: "240p30".into(),
            bidder_key: b.key.address(),
            counterparty_key: ours,
        }
        .sign(&domain(), &b.wallet, &b.key)
        .unwrap()
        .verify(&domain())
        .unwrap()
    }

    fn video(publisher: Address) -> VideoRecord {
        VideoRecord {
            id: paratii_protocol::eip712::video_id("QmVideo"),
            cid: "QmVideo".into(),
            owner_key: Address::repeat_byte(8),
            publisher,
            title: "t".into(),
            duration: 12,
            segment_length: 2,
            segment_size: 100,
            listed: true,
            formats: vec!["240p30".into()],
        }
    }

    fn state(now: u64, balance: u64) -> ChainState {
        ChainState {
            now,
            payer_nonce: B256::ZERO,
            payer_balance: U256::from(balance),
            bidder_key: KeyRecord {
                wallet: Address::ZERO,
                active: false,
            },
            video: VideoTerms {
                available: true,
                duration: 12,
                segment_length: 2,
            },
        }
    }

    fn peer_of(key: &PrivateKeySigner) -> PeerId {
        paratii_keys::peer_id(&key.public_key()).unwrap()
    }

    fn bidder() -> Bidder {
        Bidder {
            wallet: PrivateKeySigner::random(),
            key: PrivateKeySigner::random(),
        }
    }

    #[test]
    fn prechecks_in_order() {
        let ours = PrivateKeySigner::random().address();
        let b = bidder();
        let policy = ServePolicy {
            default_min_rate: 100,
            max_channels: 2,
            ..ServePolicy::default()
        };
        let wallet = Address::repeat_byte(9);
        let ctx = Context {
            policy: &policy,
            our_key: ours,
            our_wallet: wallet,
            open_channels: 0,
        };
        // Our wallet's video, registered under another of its keys: content all the same.
        let good = bid(&b, ours, 100, 1_000);
        assert_eq!(
            precheck(&good, &peer_of(&b.key), &video(wallet), &ctx),
            Ok(Role::Content)
        );
        let code = |r: Result<Role, Rejection>| r.map_err(|e| e.code);
        // Another counterparty.
        let other = bid(&b, Address::repeat_byte(1), 100, 1_000);
        assert_eq!(
            code(precheck(&other, &peer_of(&b.key), &video(wallet), &ctx)),
            Err(RejectCode::WrongCounterparty)
        );
        // A peer that is not the bidder key.
        let stranger = PrivateKeySigner::random();
        assert_eq!(
            code(precheck(&good, &peer_of(&stranger), &video(wallet), &ctx)),
            Err(RejectCode::BadSignature)
        );
        // Below the minimum: said in PTI.
        let low = bid(&b, ours, 99, 1_000);
        let refused = precheck(&low, &peer_of(&b.key), &video(wallet), &ctx).unwrap_err();
        assert_eq!(refused.code, RejectCode::RateTooLow);
        assert!(refused.detail.contains("PTI"), "{}", refused.detail);
        // Someone else's video and no attention policy.
        assert_eq!(
            code(precheck(
                &good,
                &peer_of(&b.key),
                &video(Address::repeat_byte(5)),
                &ctx
            )),
            Err(RejectCode::NoAttention)
        );
        // Too many channels.
        let busy = Context {
            open_channels: 2,
            ..ctx
        };
        assert_eq!(
            code(precheck(&good, &peer_of(&b.key), &video(wallet), &busy)),
            Err(RejectCode::TooManyChannels)
        );
    }

    #[test]
    fn terms_against_the_chain() {
        let ours = PrivateKeySigner::random().address();
        let b = bidder();
        let policy = ServePolicy {
            min_expiry_secs: 60,
            max_expiry_secs: 3_600,
            ..ServePolicy::default()
        };
        let payee = Address::repeat_byte(7);
        let good = bid(&b, ours, 10, 1_000);
        let ok = check_terms(
            &good,
            Role::Content,
            &state(100, 1_000),
            payee,
            &policy,
            Some(6),
        );
        assert_eq!(ok.unwrap().max_segments(), 6);
        let code = |r: Result<ChannelTerms, Rejection>| r.map(|_| ()).map_err(|e| e.code);
        // Too soon, too far.
        assert_eq!(
            code(check_terms(
                &good,
                Role::Content,
                &state(990, 1_000),
                payee,
                &policy,
                Some(6)
            )),
            Err(RejectCode::ExpiryOutOfWindow)
        );
        let far = bid(&b, ours, 10, 10_000);
        assert_eq!(
            code(check_terms(
                &far,
                Role::Content,
                &state(100, 1_000),
                payee,
                &policy,
                Some(6)
            )),
            Err(RejectCode::ExpiryOutOfWindow)
        );
        // The payer cannot cover rate x duration (120).
        assert_eq!(
            code(check_terms(
                &good,
                Role::Content,
                &state(100, 119),
                payee,
                &policy,
                Some(6)
            )),
            Err(RejectCode::ChainCheck)
        );
        // Our table of contents disagrees with the registry, or we do not have the video.
        assert_eq!(
            code(check_terms(
                &good,
                Role::Content,
                &state(100, 1_000),
                payee,
                &policy,
                Some(5)
            )),
            Err(RejectCode::Internal)
        );
        assert_eq!(
            code(check_terms(
                &good,
                Role::Content,
                &state(100, 1_000),
                payee,
                &policy,
                None
            )),
            Err(RejectCode::UnknownVideo)
        );
        // Attention needs no table of contents of ours.
        assert!(
            check_terms(
                &good,
                Role::Attention,
                &state(100, 1_000),
                payee,
                &policy,
                None
            )
            .is_ok()
        );
    }
}
