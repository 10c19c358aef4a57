//! Paratii Player: watch a video in the browser and pay for the seconds played.
//!
//! [`Player::start`] binds a local HTTP server on 127.0.0.1 (see [`http`] for the routes and
//! [`guard`] for who may use it). The page plays the feature's HLS playlist with hls.js; each
//! segment has its own AES-128 key, and the player buys a key from the publisher
//! ([`paratii_net::KeySession`], delivery mode `keys`) only when the page asks for it, plus a
//! lookahead. The ciphertexts come from IPFS, checked against the public table of contents.
//! [`Player::run`] drives the session: it is prepared at once, the channel opens when a viewer
//! shows up, and it ends on Stop or when the page has been gone for the grace period — the
//! publisher then closes the channel with the latest payment and the rest of the escrow is free.

pub mod ads;
pub mod app;
pub mod assets;
pub mod explain;
pub mod guard;
pub mod http;
pub mod meter;
pub mod playlist;

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use paratii_net::{KeySession, NetError};
use rand::RngCore;
use tokio::net::TcpListener;

pub use crate::app::{App, Report, Status, Timing};
pub use crate::explain::{Explained, explain};

/// How long a session that failed keeps serving its page when none is connected yet.
const ERROR_LINGER: Duration = Duration::from_secs(30);

/// How the player runs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlayerOptions {
    /// The port on 127.0.0.1 (0: a free one).
    pub port: u16,
    /// Grace period and linger.
    pub timing: Timing,
    /// When ads are taken: the folder the attention exchange writes their segments to.
    pub ads_dir: Option<PathBuf>,
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The final status.
    pub status: Status,
    /// The final meter.
    pub meter: serde_json::Value,
}

/// A running player.
pub struct Player {
    app: Arc<App>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Player {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Player")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Player {
    /// Binds 127.0.0.1 (only: the server spends the viewer's money) and starts serving.
    pub async fn start(options: PlayerOptions) -> std::io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, options.port)).await?;
        let addr = listener.local_addr()?;
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        let token = secret.iter().map(|b| format!("{b:02x}")).collect();
        let ads = options.ads_dir.map(ads::Ads::new);
        let app = Arc::new(App::new(
            guard::Guard::new(addr.port(), token),
            options.timing,
            ads,
        ));
        let server = tokio::spawn(http::serve(listener, app.clone()));
        Ok(Self { app, addr, server })
    }

    /// The address to open (it carries the session secret).
    pub fn url(&self) -> String {
        format!("http://{}/?token={}", self.addr, self.app.guard.token())
    }

    /// The playlist for other players (ffplay, mpv, VLC); it carries the secret too.
    pub fn playlist_url(&self) -> String {
        format!(
            "http://{}/live.m3u8?token={}",
            self.addr,
            self.app.guard.token()
        )
    }

    /// The local address.
    pub const fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The shared state (the CLI feeds it the attention exchange's events).
    pub fn app(&self) -> &Arc<App> {
        &self.app
    }

    /// The gate an attention policy takes, so ads follow this player.
    pub fn gate(&self) -> paratii_net::GateHandle {
        paratii_net::GateHandle(Arc::new(ads::Gate(self.app.clone())))
    }

    /// Runs the session: `prepare` (checks, no spending), then waits for the viewer, and ends
    /// on Stop, when the page has been gone for the grace period, or when `interrupt` resolves
    /// (Ctrl-C). A page still connected gets the linger time to show the end.
    pub async fn run(
        self,
        prepare: impl Future<Output = Result<KeySession, NetError>>,
        interrupt: impl Future<Output = ()>,
    ) -> Outcome {
        let app = self.app.clone();
        tokio::pin!(interrupt);
        tokio::select! {
            prepared = prepare => match prepared {
                Ok(session) => app.prepared(session),
                Err(e) => {
                    app.failed(&e);
                }
            },
            () = &mut interrupt => {
                app.end("interrupted").await;
            }
        }
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        while !app.is_over() {
            tokio::select! {
                _ = tick.tick() => {}
                () = &mut interrupt => {
                    app.end("interrupted").await;
                }
            }
            let opened = app
                .session()
                .is_some_and(|s| s.progress().channel.is_some());
            if opened && app.idle() > app.timing.grace {
                app.end("the player was closed").await;
            }
        }
        // Errors leave the channel (if any) to be closed too.
        let failed = matches!(app.status(), Status::Failed(_));
        if failed {
            app.end("an error stopped playback").await;
        }
        // An error found before any page connected is what the page is for (the viewer may
        // still be opening the printed URL): it waits longer for one, unless interrupted.
        let linger = if failed {
            app.timing.linger.max(ERROR_LINGER)
        } else {
            app.timing.linger
        };
        tokio::select! {
            () = self.linger(linger) => {}
            () = &mut interrupt => {}
        }
        self.server.abort();
        Outcome {
            status: app.status(),
            meter: meter::meter(&app),
        }
    }

    /// Keeps serving a little while after the end so a page (connected, or about to connect)
    /// can show it.
    async fn linger(&self, linger: Duration) {
        let deadline = tokio::time::Instant::now() + linger;
        let mut shown = None;
        while tokio::time::Instant::now() < deadline {
            if self.app.meters.load(std::sync::atomic::Ordering::Relaxed) > 0 {
                // A connected page gets one more meter push, then a moment to render it.
                let at = *shown.get_or_insert_with(tokio::time::Instant::now);
                if at.elapsed() > Duration::from_millis(1500) {
                    return;
                }
            } else if shown.is_some() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
