//! What went wrong, in words a viewer understands, with what to do next: shown in the page and
//! printed in the terminal.

use paratii_ipfs::IpfsError;
use paratii_net::{NetError, RejectCode};
use serde::Serialize;

/// An error as the viewer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    /// One line: what happened.
    pub title: String,
    /// The details, values included.
    pub message: String,
    /// What to do next.
    pub hint: String,
}

impl Explained {
    fn new(title: &str, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self {
            title: title.to_owned(),
            message: message.into(),
            hint: hint.into(),
        }
    }
}

impl std::fmt::Display for Explained {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.title, self.message)
    }
}

/// Explains a session error. `paid` says whether a channel had been opened (then the hint says
/// what happens to the escrow).
pub fn explain(e: &NetError, paid: bool) -> Explained {
    let nothing_paid = if paid {
        "What you did not spend returns to your free balance when the channel closes."
    } else {
        "No channel was opened: you paid nothing."
    };
    match e {
        NetError::PublisherOffline { addrs, .. } => Explained::new(
            "The publisher is offline",
            format!(
                "Nobody answers at the addresses the publisher published ({}).",
                addrs.join(", ")
            ),
            format!("Try again later, or ask the publisher to run `paratii serve`. {nothing_paid}"),
        ),
        NetError::NoAddress { .. } => Explained::new(
            "The publisher is not online",
            "The publisher's profile lists no address to reach it at.",
            format!("Ask the publisher to run `paratii serve`, then play again. {nothing_paid}"),
        ),
        NetError::InsufficientDeposit {
            available,
            required,
        } => {
            let missing = required.saturating_sub(*available);
            Explained::new(
                "Not enough PTI deposited",
                format!(
                    "Watching this video at your rate locks {} in escrow, and your deposit is {}.",
                    paratii_protocol::format_pti(*required),
                    paratii_protocol::format_pti(*available)
                ),
                format!(
                    "Deposit at least {} more with `paratii account deposit {}`, or offer a lower --rate. You paid nothing.",
                    paratii_protocol::format_pti(missing),
                    paratii_protocol::amount::pti_decimal(missing)
                ),
            )
        }
        NetError::Rejected(r) => match r.code {
            RejectCode::RateTooLow => Explained::new(
                "The publisher refused your rate",
                r.detail.clone(),
                "Play again with a higher --rate. No channel was opened: you paid nothing.",
            ),
            RejectCode::TooManyChannels => Explained::new(
                "The publisher is busy",
                r.detail.clone(),
                "Try again in a few minutes. You paid nothing.",
            ),
            RejectCode::ChainCheck => Explained::new(
                "Your bid does not pass the chain's checks",
                r.detail.clone(),
                "Check your deposit (`paratii account balance`) and your communication key (`paratii user show`). You paid nothing.",
            ),
            RejectCode::UnknownVideo => Explained::new(
                "The publisher does not sell this video or format",
                r.detail.clone(),
                "Check the video id and --format (`paratii video show ID`).",
            ),
            _ => Explained::new(
                "The publisher refused",
                r.detail.clone(),
                format!(
                    "Run `paratii play` again; if it keeps happening, tell the publisher. {nothing_paid}"
                ),
            ),
        },
        NetError::UnknownVideo(id) => Explained::new(
            "This video is not registered",
            format!("No video {id} in the VideoRegistry."),
            "Check the id (`paratii video list`).",
        ),
        NetError::Unlisted(id) => Explained::new(
            "This video was withdrawn",
            format!("The publisher unlisted video {id}: it takes no new viewers."),
            "Nothing to do: pick another video.",
        ),
        NetError::UnknownFormat {
            format, available, ..
        } => Explained::new(
            "This video has no such format",
            format!(
                "There is no {format:?}; the video has {}.",
                available.join(", ")
            ),
            format!(
                "Play again with --format {}.",
                available.first().map_or("…", String::as_str)
            ),
        ),
        NetError::Ipfs { what, source } => match source {
            IpfsError::Unreachable { url, .. } => Explained::new(
                "The IPFS source cannot be reached",
                format!("Reading {what}: nothing answers at {url}."),
                format!(
                    "Start your IPFS node, or pass another --ipfs-api or --gateway. {nothing_paid}"
                ),
            ),
            IpfsError::CidMismatch { .. } => Explained::new(
                "IPFS returned the wrong data",
                format!("{what}: a block does not match its CID, so it was refused."),
                format!(
                    "Nothing was paid for it. Use another --gateway or --ipfs-api. {nothing_paid}"
                ),
            ),
            IpfsError::NotFound(_) => Explained::new(
                "The video is not on your IPFS source",
                format!("{what} was not found."),
                "Use a node that has the video (--ipfs-api URL or --gateway URL), or import its CAR file.",
            ),
            other => Explained::new(
                "Reading from IPFS failed",
                format!("{what}: {other}"),
                format!("Check your IPFS source. {nothing_paid}"),
            ),
        },
        NetError::BadKey { index, .. } => Explained::new(
            "The publisher sent a wrong key",
            format!("The key for segment {index} does not decrypt it."),
            "Playback stopped and nothing more is paid to this publisher; you lost at most the lookahead.",
        ),
        NetError::SessionEnded => Explained::new(
            "The session has ended",
            "Nothing more is paid.",
            "Run `paratii play` again to watch again.",
        ),
        other => Explained::new(
            "Playback stopped",
            other.to_string(),
            format!("Run `paratii play` again; if it keeps happening, report it. {nothing_paid}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::U256;

    #[test]
    fn deposit_in_pti_with_the_command() {
        let pti = U256::from(10u64).pow(U256::from(18));
        let e = NetError::InsufficientDeposit {
            available: pti,
            required: pti * U256::from(3),
        };
        let x = explain(&e, false);
        assert!(
            x.message.contains("3 PTI") && x.message.contains("1 PTI"),
            "{x:?}"
        );
        assert!(x.hint.contains("paratii account deposit 2"), "{x:?}");
        assert!(!x.message.contains("000000000000000000"), "no wei: {x:?}");
    }
}
