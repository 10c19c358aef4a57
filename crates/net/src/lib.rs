//! Paratii peers over libp2p (TCP + noise + yamux): the content exchange (a viewer bids on a
//! publisher's video, pays per segment, receives and checks encrypted segments) and the attention
//! exchange (an advertiser bids on a viewer's attention and pays it per segment watched).
//!
//! - [`network`]: the swarm behind a [`network::Client`] handle; four request-response protocols
//!   (`/paratii/listing/1`, `/paratii/bid/1`, `/paratii/pay/1`, `/paratii/attention/1`) carrying
//!   [`frame::Frame`]s: a JSON header (the protocol crate's messages) and binary blobs.
//! - [`Server`]: the publisher (and a viewer taking attention bids); [`watch`]: the viewer;
//!   [`advertise`]: the advertiser.
//! - [`Catalog`] / [`ContentCodec`]: what is served and how it is checked, as traits;
//!   [`LibraryCatalog`] / [`IpfsCodec`]: the real ones (the upload library, Kubo CIDs, AES-128).
//! - [`discovery`]: PeerIds from registered keys, addresses from profiles.
//!
//! A peer's libp2p identity IS its secp256k1 communication key ([`keypair`]), so the PeerId
//! follows from the public key registered in `UserRegistry`.

pub mod advertiser;
pub mod attention;
pub mod catalog;
pub mod chain;
pub mod content;
pub mod discovery;
pub mod error;
pub mod frame;
pub mod network;
pub mod peer;
pub mod resume;
pub mod segments;
pub mod server;
pub mod session;
pub mod viewer;
pub mod wire;

pub use advertiser::{AdvertiseReport, AdvertiseRequest, advertise};
pub use catalog::{Catalog, ContentCodec, KEY_LEN, Listing, Sealed};
pub use chain::Chain;
pub use content::{IpfsCodec, LibraryCatalog};
pub use error::{NetError, Result};
pub use libp2p::{Multiaddr, PeerId};
pub use peer::{PeerConfig, address_of_peer, keypair, loopback};
pub use server::{
    AttentionGate, AttentionPolicy, ChannelSummary, GateHandle, Role, ServeEvent, ServePolicy,
    ServeReport, Server, ServerConfig,
};
pub use session::{
    Abandoned, Closed, KeySession, OpenChannel, Progress, SessionRequest, VideoInfo,
};
pub use viewer::{Delivery, WatchReport, WatchRequest, watch};
pub use wire::{RejectCode, Rejection};
