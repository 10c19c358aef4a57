//! How an error reaches the user: its chain of causes on one line, each said once, and a hint
//! saying what to do next.

use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::{ChainError, ContractError};
use paratii_keys::KeysError;
use paratii_net::{NetError, RejectCode};
use paratii_protocol::amount::pti_decimal;
use paratii_protocol::format_pti;

/// The error and its causes, `: `-separated, skipping a cause its parent's message already ends
/// with: some error types (alloy's transport errors, reqwest's) put their source in their own
/// message and return it as the source as well, so a plain `{:#}` says it twice or thrice.
pub(crate) fn render(report: &eyre::Report) -> String {
    let mut out = String::new();
    let mut parent = String::new();
    for cause in report.chain() {
        let text = cause.to_string();
        if parent.is_empty() || !parent.ends_with(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
        parent = text;
    }
    out
}

/// What to do next about an error, when something useful can be said.
pub fn hint(report: &eyre::Report) -> Option<String> {
    for cause in report.chain() {
        if let Some(e) = cause.downcast_ref::<NetError>() {
            return net_hint(e);
        }
        if let Some(e) = cause.downcast_ref::<ChainError>() {
            return chain_hint(e);
        }
        if let Some(e) = cause.downcast_ref::<KeysError>() {
            return keys_hint(e);
        }
    }
    None
}

fn net_hint(e: &NetError) -> Option<String> {
    let text = match e {
        // A transparent wrapper: the chain error is not in the report's chain of causes.
        NetError::Chain(e) => return chain_hint(e),
        NetError::PublisherOffline { .. } => {
            "nothing was paid and no channel was opened. The publisher's `paratii serve` is not running or not reachable from here: try again later, ask the publisher to start `paratii serve`, or pass --peer MULTIADDR if you know where it runs".to_owned()
        }
        NetError::NoAddress { .. } => {
            "nothing was paid. A publisher publishes its addresses in its profile when it runs `paratii serve`: ask it to start one, or pass --peer MULTIADDR if you know where it runs".to_owned()
        }
        NetError::ViewerOffline { .. } => {
            "nothing was paid and no channel was opened. Ask the viewer to run `paratii serve --accept-attention` (or `paratii play --accept-attention`) and advertise again, or pass --peer MULTIADDR if you know where it runs".to_owned()
        }
        NetError::ViewerNotServing { .. } => {
            "nothing was paid. A viewer takes ads only while it runs `paratii serve --accept-attention` or `paratii play --accept-attention`, which publish its addresses in its profile; or pass --peer MULTIADDR if you know where it runs".to_owned()
        }
        NetError::InsufficientDeposit {
            available,
            required,
        } => {
            let missing = required.saturating_sub(*available);
            format!(
                "nothing was paid. The bid locks rate x duration ({}) in escrow and your free balance is {}: deposit at least {} more with `paratii account deposit {}`, or offer a lower --rate",
                format_pti(*required),
                format_pti(*available),
                format_pti(missing),
                pti_decimal(missing)
            )
        }
        NetError::UnknownFormat { available, .. } => format!(
            "pass --format {} (the video's formats: {})",
            available.first().map_or("…", String::as_str),
            available.join(", ")
        ),
        NetError::UnknownVideo(_) => {
            "`paratii video list` shows the registered videos, `paratii video show ID` one of them"
                .to_owned()
        }
        NetError::Rejected(r) => match r.code {
            RejectCode::RateTooLow => "offer a higher --rate".to_owned(),
            RejectCode::ChainCheck => "the bid failed the chain's checks, and no channel was opened: `paratii account balance` shows your free balance and bid nonce (`paratii account deposit AMOUNT` adds to the balance), `paratii user show` your communication keys".to_owned(),
            RejectCode::TooManyChannels | RejectCode::Busy => {
                "the peer is busy: try again in a few minutes".to_owned()
            }
            RejectCode::NoAttention => {
                "this viewer takes no ads: it runs without --accept-attention".to_owned()
            }
            _ => return None,
        },
        _ => return None,
    };
    Some(text)
}

fn chain_hint(e: &ChainError) -> Option<String> {
    if e.is_unreachable() {
        return Some(
            "start a local dev-net with `paratii devnet`, or pass --rpc-url URL (or set PARATII_RPC_URL)"
                .into(),
        );
    }
    match e {
        ChainError::NoWallet => Some("pass --wallet NAME (see `paratii keys list`)".into()),
        ChainError::ChainMismatch { .. } | ChainError::MissingContract { .. } => Some(
            "the deployment record does not match this chain: restart `paratii devnet`, or pass the right --deployment"
                .into(),
        ),
        ChainError::ReceiptTimeout { .. } => {
            Some("raise --timeout, or check the transaction later".into())
        }
        ChainError::Revert { error, .. } => revert_hint(error),
        _ => None,
    }
}

fn revert_hint(error: &ContractError) -> Option<String> {
    use paratii_chain::bindings::pti::PTI::PTIErrors;
    use paratii_chain::bindings::user_registry::UserRegistry::UserRegistryErrors;
    use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
    let text = match error {
        ContractError::PaymentChannel(e) => match e {
            PaymentChannelErrors::InsufficientBalance(e) => {
                return Some(format!(
                    "the free balance in PaymentChannel is {}, {} is needed: `paratii account balance` shows it, `paratii account deposit {}` adds the difference",
                    format_pti(e.available),
                    format_pti(e.required),
                    pti_decimal(e.required.saturating_sub(e.available))
                ));
            }
            PaymentChannelErrors::NonceMismatch(_) => {
                "the bid was made at an old nonce: ask the bidder for a fresh bid (`paratii account balance` shows the nonce)"
            }
            PaymentChannelErrors::BidExpired(_) => "the bid has expired: ask for a new one",
            PaymentChannelErrors::CounterpartyKeyNotAuthorized(_) => {
                "open with the wallet that registered the bid's counterparty key (`paratii user show`)"
            }
            PaymentChannelErrors::BidderKeyNotAuthorized(_) => {
                "the bidder's communication key is revoked or belongs to another wallet"
            }
            PaymentChannelErrors::ChannelNotFound(_) => {
                "the channel is closed or settled already (`paratii channel show ID`)"
            }
            PaymentChannelErrors::ChannelExpired(_) => {
                "the channel expired: only `paratii channel settle ID` is possible now"
            }
            PaymentChannelErrors::ChannelNotExpired(_) => {
                "wait until the channel's expiration, or let the payee close it"
            }
            PaymentChannelErrors::NotPayee(_) => "only the payee's wallet may do this",
            PaymentChannelErrors::NothingToWithdraw(_) => {
                "this payment adds nothing to what was already withdrawn"
            }
            _ => return None,
        },
        ContractError::Pti(PTIErrors::ERC20InsufficientBalance(_)) => {
            "the wallet holds too little PTI (`paratii account balance`)"
        }
        ContractError::UserRegistry(UserRegistryErrors::KeyAlreadyRegistered(_)) => {
            "a key belongs to the first wallet that registers it: generate a new one with `paratii keys generate comm NAME`"
        }
        ContractError::VideoRegistry(VideoRegistryErrors::OwnerKeyNotActive(_)) => {
            "register the owner key first with `paratii user add-key NAME`"
        }
        _ => return None,
    };
    Some(text.to_owned())
}

fn keys_hint(e: &KeysError) -> Option<String> {
    match e {
        KeysError::NotFound { .. } => Some(
            "`paratii keys list` shows the keys; `paratii keys generate` or `import` makes one"
                .into(),
        ),
        KeysError::WrongPassword { .. } => {
            Some("check --password-file / --password-env (or type it again)".into())
        }
        KeysError::Prompt(_) => {
            Some("no terminal to prompt on: pass --password-file FILE or --password-env VAR".into())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::U256;
    use paratii_net::Rejection;

    #[derive(Debug)]
    struct Repeats(&'static str, Option<Box<Repeats>>);

    impl std::fmt::Display for Repeats {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Repeats {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|e| e as _)
        }
    }

    #[test]
    fn each_cause_is_said_once() {
        let inner = Repeats("refused", None);
        let middle = Repeats("sending: refused", Some(Box::new(inner)));
        let report = eyre::Report::new(Repeats(
            "RPC error: sending: refused",
            Some(Box::new(middle)),
        ))
        .wrap_err("connecting");
        assert_eq!(render(&report), "connecting: RPC error: sending: refused");
        let plain = eyre::eyre!("a").wrap_err("b");
        assert_eq!(render(&plain), "b: a");
    }

    #[test]
    fn a_deposit_too_small_says_pti_and_the_command() {
        let pti = U256::from(10u64).pow(U256::from(18));
        let report = eyre::Report::new(NetError::InsufficientDeposit {
            available: pti,
            required: pti * U256::from(3),
        })
        .wrap_err("watching");
        let text = render(&report);
        assert!(text.contains("1 PTI") && text.contains("3 PTI"), "{text}");
        assert!(!text.contains("000000000000000000"), "{text}");
        let hint = hint(&report).unwrap();
        assert!(hint.contains("paratii account deposit 2"), "{hint}");
    }

    #[test]
    fn a_chain_check_refusal_points_at_the_deposit() {
        let report = eyre::Report::new(NetError::Rejected(Rejection::new(
            RejectCode::ChainCheck,
            "payer has 1 PTI free, the escrow needs 3 PTI",
        )));
        let hint = hint(&report).unwrap();
        assert!(hint.contains("paratii account deposit"), "{hint}");
    }
}
