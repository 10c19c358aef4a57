//! The world every exchange test starts from: anvil, the video's owner (a publisher who sells it,
//! or an advertiser who pays viewers to watch it) with its key and the video registered, a viewer,
//! and PTI deposited by whoever pays. Builders give what a test starts (a server, a watch, an
//! advertisement, a bid) with defaults it overrides with struct update syntax.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{B256, U256};
use libp2p::Multiaddr;
use paratii_chain::{ChannelRecord, NewVideo, VideoRecord};
use paratii_ipfs::CidVersion;
use paratii_net::catalog::Catalog;
use paratii_net::error::NetError;
use paratii_net::wire::RejectCode;
use paratii_net::{
    AdvertiseReport, AdvertiseRequest, AttentionPolicy, IpfsCodec, PeerConfig, ServeEvent,
    ServePolicy, Server, ServerConfig, SessionRequest, WatchReport, WatchRequest,
};
use paratii_protocol::BidMessage;
use paratii_test_utils::{Actor, TestNet, pti};

use super::Content;

/// PTI wei per second of video, in every test.
pub const RATE: u128 = 1_000_000_000_000_000;

/// Who registered the video, and so who pays whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A publisher (dev account 1, its key registered) sells it: the viewer deposits and pays.
    Publisher,
    /// An advertiser (dev account 3) pays the viewer to watch it: the advertiser deposits, and
    /// both keys are registered.
    Advertiser,
}

/// What [`World::start`] sets up; [`WorldConfig::default`] is a publisher's world.
#[derive(Debug, Clone)]
pub struct WorldConfig {
    /// Who registers the video.
    pub owner: Owner,
    /// Makes the video's bytes distinct (see [`Content::build`]).
    pub seed: u8,
    /// The CIDs' version.
    pub version: CidVersion,
    /// Formats registered and served; the first is the one watched.
    pub formats: &'static [&'static str],
    /// Segments per format.
    pub segments: u64,
    /// Seconds per segment, as registered.
    pub segment_seconds: u32,
    /// Plaintext bytes per segment.
    pub segment_bytes: usize,
    /// PTI wei the payer deposits.
    pub deposit: U256,
}

impl Default for WorldConfig {
    fn default() -> Self {
        Self {
            owner: Owner::Publisher,
            seed: 1,
            version: CidVersion::V1,
            formats: &["360p30"],
            segments: 6,
            segment_seconds: 10,
            // A little over one 256 KiB IPFS chunk, so segments are DAGs.
            segment_bytes: 300 * 1024,
            deposit: pti(10),
        }
    }
}

impl WorldConfig {
    /// An advertiser's world.
    pub fn attention() -> Self {
        Self {
            owner: Owner::Advertiser,
            ..Self::default()
        }
    }
}

/// Anvil, the owner of a registered video, and a viewer (each holding 1,000 PTI).
pub struct World {
    /// The dev-net.
    pub net: TestNet,
    /// Who registered the video: see [`World::publisher`] and [`World::advertiser`].
    pub owner: Actor,
    /// Dev account 2.
    pub viewer: Actor,
    /// The video's bytes, a catalog of it.
    pub content: Arc<Content>,
    /// The video as registered.
    pub video: VideoRecord,
    /// What was set up.
    pub config: WorldConfig,
}

impl World {
    /// Starts anvil and sets up `config`.
    pub async fn start(config: WorldConfig) -> Self {
        let net = TestNet::start().await.expect("dev-net");
        let (name, index) = match config.owner {
            Owner::Publisher => ("publisher", 1),
            Owner::Advertiser => ("advertiser", 3),
        };
        let owner = net.actor(name, index, pti(1_000)).await.expect(name);
        let viewer = net.actor("viewer", 2, pti(1_000)).await.expect("viewer");
        owner.register_key().await.expect("register key");
        let payer = match config.owner {
            Owner::Publisher => &viewer,
            Owner::Advertiser => {
                viewer.register_key().await.expect("register key");
                &owner
            }
        };
        payer.client.deposit(config.deposit).await.expect("deposit");
        let content = Arc::new(Content::build(
            config.seed,
            config.version,
            config.formats,
            config.segments,
            config.segment_bytes,
        ));
        let video = register(&owner, &config, &content).await;
        Self {
            net,
            owner,
            viewer,
            content,
            video,
            config,
        }
    }

    /// An honest `watch` of the whole video in bytes mode, from `server`: every segment is the
    /// publisher's plaintext, exactly the segments received are paid, and the channel is closed
    /// at the end. Returns how long it took.
    pub async fn honest_watch(&self, server: &Server) -> Duration {
        let out = tempfile::tempdir().expect("tempdir");
        let started = std::time::Instant::now();
        let report = self
            .watch(self.watch_request_to(server, out.path()))
            .await
            .expect("the honest watch");
        let took = started.elapsed();
        let segments = self.config.segments;
        assert_eq!(report.received, (0..segments).collect::<Vec<_>>());
        assert_eq!(report.paid_segments, segments);
        assert_eq!(report.paid_wei, self.price() * U256::from(segments));
        assert!(report.closed.is_some(), "the channel was not closed");
        let format = self.format();
        for i in 0..segments {
            let got = std::fs::read(out.path().join(format).join(format!("{i:05}.ts")))
                .expect("segment file");
            assert!(
                got == self.content.plain[&(format.to_owned(), i)],
                "segment {i} differs from what was published"
            );
        }
        took
    }

    /// Registers `content` (in the configured formats and segments) as the owner's.
    pub async fn register(&self, content: &Content) -> VideoRecord {
        register(&self.owner, &self.config, content).await
    }

    /// The publisher (in a publisher's world).
    pub fn publisher(&self) -> &Actor {
        assert_eq!(self.config.owner, Owner::Publisher, "no publisher here");
        &self.owner
    }

    /// The advertiser (in an advertiser's world).
    pub fn advertiser(&self) -> &Actor {
        assert_eq!(self.config.owner, Owner::Advertiser, "no advertiser here");
        &self.owner
    }

    /// Who pays: the viewer for content, the advertiser for attention.
    pub fn payer(&self) -> &Actor {
        match self.config.owner {
            Owner::Publisher => &self.viewer,
            Owner::Advertiser => &self.owner,
        }
    }

    /// Who is paid.
    pub fn payee(&self) -> &Actor {
        match self.config.owner {
            Owner::Publisher => &self.owner,
            Owner::Advertiser => &self.viewer,
        }
    }

    /// The format watched: the first registered.
    pub fn format(&self) -> &'static str {
        self.config.formats[0]
    }

    /// PTI wei per segment at `rate`.
    pub fn price_at(&self, rate: u128) -> U256 {
        U256::from(rate) * U256::from(self.config.segment_seconds)
    }

    /// PTI wei per segment at [`RATE`].
    pub fn price(&self) -> U256 {
        self.price_at(RATE)
    }

    /// The owner's server on the world's content, under `policy`.
    pub fn serving(&self, policy: ServePolicy) -> Serving {
        Serving {
            config: peer_config(&self.owner).into(),
            catalog: self.content.clone(),
            policy,
        }
    }

    /// Starts [`World::serving`].
    pub async fn serve(&self, policy: ServePolicy) -> Server {
        self.serving(policy).start().await
    }

    /// The viewer's server (for attention bids), on a catalog of its own: it publishes nothing
    /// here, any catalog will do.
    pub async fn serve_viewer(&self, policy: ServePolicy) -> Server {
        let c = &self.config;
        let catalog = Content::build(1, c.version, c.formats, c.segments, c.segment_bytes);
        Serving {
            config: peer_config(&self.viewer).into(),
            catalog: Arc::new(catalog),
            policy,
        }
        .start()
        .await
    }

    /// The viewer's watch of the whole video into `out`: ahead 1, bytes mode, found through the
    /// chain (no peer given), closed at the end.
    pub fn watch_request(&self, out: &Path) -> WatchRequest {
        WatchRequest {
            video: self.video.id,
            format: self.format().to_owned(),
            rate: RATE,
            expiry_secs: 3600,
            ahead: 1,
            max_segments: None,
            out: out.to_owned(),
            peer: Vec::new(),
            delivery: Default::default(),
            close_at_end: true,
            state: None,
            pace: None,
            patience: SessionRequest::PATIENCE,
        }
    }

    /// [`World::watch_request`] dialling `server` directly.
    pub fn watch_request_to(&self, server: &Server, out: &Path) -> WatchRequest {
        WatchRequest {
            peer: server.addrs().to_vec(),
            ..self.watch_request(out)
        }
    }

    /// The viewer watches.
    pub async fn watch(&self, req: WatchRequest) -> Result<WatchReport, NetError> {
        paratii_net::watch(peer_config(&self.viewer), Arc::new(IpfsCodec), req).await
    }

    /// The advertiser's bid on the viewer's attention at [`RATE`], the viewer found at `peer`.
    pub fn advertise_request(&self, peer: Vec<Multiaddr>) -> AdvertiseRequest {
        AdvertiseRequest {
            viewer: self.viewer.address(),
            viewer_key: None,
            video: self.video.id,
            format: self.format().to_owned(),
            rate: RATE,
            expiry_secs: 3600,
            peer,
            idle_timeout: Duration::from_secs(120),
        }
    }

    /// The advertiser advertises its video.
    pub async fn advertise(&self, req: AdvertiseRequest) -> Result<AdvertiseReport, NetError> {
        paratii_net::advertise(peer_config(&self.owner), self.content.clone(), req).await
    }

    /// The payer's bid on the video in `format` at `rate`, to the payee's key, expiring
    /// `expires_in` seconds of chain time from now, at the payer's current nonce.
    pub async fn bid(&self, format: &str, rate: u128, expires_in: u64) -> BidMessage {
        let expiration = self.net.now().await.expect("now") + expires_in;
        let mut video = self.video.clone();
        video.formats = vec![format.to_owned()];
        self.payer()
            .bid(&video, rate, expiration, self.payee().key())
            .await
            .expect("bid")
    }

    /// Free balances in `PaymentChannel`: (owner, viewer).
    pub async fn balances(&self) -> (U256, U256) {
        let c = &self.net.holder;
        (
            c.deposited(self.owner.address()).await.expect("balance"),
            c.deposited(self.viewer.address()).await.expect("balance"),
        )
    }

    /// Channels the payer ever paid into.
    pub async fn channels(&self) -> Vec<ChannelRecord> {
        self.net
            .holder
            .channels_of(self.payer().address())
            .await
            .expect("channels")
    }

    /// Free balances moved by exactly `segments` segments at [`RATE`] since `before`, payer to
    /// payee.
    pub async fn assert_moved(&self, before: (U256, U256), segments: u64) {
        let moved = self.price() * U256::from(segments);
        let after = self.balances().await;
        let ((payer_before, payee_before), (payer_after, payee_after)) = match self.config.owner {
            Owner::Publisher => ((before.1, before.0), (after.1, after.0)),
            Owner::Advertiser => (before, after),
        };
        let (payer, payee) = (&self.payer().name, &self.payee().name);
        assert_eq!(payer_after, payer_before - moved, "{payer}'s free balance");
        assert_eq!(payee_after, payee_before + moved, "{payee}'s free balance");
    }

    /// After every channel is closed: the payer paid exactly `segments` segments, the payee
    /// received exactly that, nothing else moved, and no channel is left open.
    pub async fn assert_settled(&self, before: (U256, U256), segments: u64) {
        self.assert_moved(before, segments).await;
        for ch in self.channels().await {
            assert!(
                self.closed_on_chain(ch.id).await,
                "channel {} is still open",
                ch.id
            );
        }
    }

    /// Whether nothing of `channel` is left on chain (its hash is zero: closed, or never opened).
    pub async fn closed_on_chain(&self, channel: B256) -> bool {
        let hash = self.net.holder.channel_hash(channel).await.expect("hash");
        hash.is_zero()
    }

    /// Nothing moved since `before` and the payer has no more than the `opened` channels it had.
    pub async fn assert_no_new_channel(&self, before: (U256, U256), opened: usize) {
        assert_eq!(self.balances().await, before, "free balances moved");
        assert_eq!(self.channels().await.len(), opened, "a channel was opened");
    }

    /// Nothing moved and no channel was ever opened.
    pub async fn assert_untouched(&self, before: (U256, U256)) {
        self.assert_no_new_channel(before, 0).await;
    }
}

async fn register(owner: &Actor, config: &WorldConfig, content: &Content) -> VideoRecord {
    let (id, _) = owner
        .client
        .register_video(&NewVideo {
            cid: content.cid.clone(),
            owner_key: owner.key(),
            title: "test".into(),
            duration: config.segments as u32 * config.segment_seconds,
            segment_length: config.segment_seconds,
            segment_size: (config.segment_bytes / 1024) as u32,
            formats: config.formats.iter().map(|f| (*f).to_owned()).collect(),
        })
        .await
        .expect("register video");
    owner.client.video(id).await.expect("video")
}

/// An actor's peer, listening on loopback.
/// A world of `formats` and `segments` segments of 256 KiB (the hostile and stream tests').
pub async fn small_world(formats: &'static [&'static str], segments: u64) -> World {
    World::start(WorldConfig {
        formats,
        segments,
        segment_bytes: 256 * 1024,
        ..WorldConfig::default()
    })
    .await
}

pub fn peer_config(actor: &Actor) -> PeerConfig {
    PeerConfig::new(actor.client.clone(), actor.comm.clone())
}

/// What a [`Server`] starts with ([`World::serving`] gives the owner's).
pub struct Serving {
    /// Its chain, key and network.
    pub config: ServerConfig,
    /// What it sells.
    pub catalog: Arc<dyn Catalog>,
    /// Its policy.
    pub policy: ServePolicy,
}

impl Serving {
    /// Starts the server (segments encoded by [`IpfsCodec`]).
    pub async fn start(self) -> Server {
        Server::start(self.config, self.catalog, Arc::new(IpfsCodec), self.policy)
            .await
            .expect("server")
    }
}

/// The default policy, withdrawing every `n` segments paid (0: never).
pub fn withdrawing_every(n: u64) -> ServePolicy {
    ServePolicy {
        withdraw_every: n,
        ..ServePolicy::default()
    }
}

/// A viewer's attention policy: any rate, `batch` segments a request, withdrawn every batch,
/// segments written below `out`.
pub fn attention_policy(out: &Path, batch: u64) -> AttentionPolicy {
    AttentionPolicy {
        min_rate: 1,
        out: out.to_owned(),
        batch,
        withdraw_every: batch,
        gate: None,
    }
}

/// The refusal code of a peer's rejection.
pub fn rejected(result: Result<impl std::fmt::Debug, NetError>) -> RejectCode {
    match result {
        Err(NetError::Rejected(r)) => r.code,
        other => panic!("expected a rejection, got {other:?}"),
    }
}

/// Segments the server reported as paid for and delivered, in order.
pub fn delivered(server: &Server) -> Vec<u64> {
    server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            ServeEvent::Paid { segments, .. } => Some(segments),
            _ => None,
        })
        .flatten()
        .collect()
}
