//! The player's state: the keys session, what the page reports of playback, the ads, and the
//! life of the session (open when a viewer shows up, end on Stop or when the page has been gone
//! for the grace period).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use alloy::primitives::B256;
use paratii_net::{Closed, KeySession, NetError, ServeEvent};
use serde::Deserialize;
use tokio::sync::{OnceCell, watch};

use crate::ads::Ads;
use crate::explain::{Explained, explain};
use crate::guard::Guard;

/// What the page reports of playback (`POST /progress`).
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// `"feature"` or `"ad"`.
    pub phase: String,
    /// The ad's channel while an ad plays.
    #[serde(default)]
    pub ad: Option<B256>,
    /// The playhead, seconds.
    pub current_time: f64,
    /// Whether paused.
    #[serde(default)]
    pub paused: bool,
    /// Whether the media ended.
    #[serde(default)]
    pub ended: bool,
    /// The time ranges played (`video.played`), seconds.
    #[serde(default)]
    pub played: Vec<[f64; 2]>,
}

impl Report {
    /// Seconds played: the length of the union of the played ranges.
    pub fn seconds_played(&self) -> f64 {
        let mut ranges: Vec<[f64; 2]> = self
            .played
            .iter()
            .filter(|[a, b]| a.is_finite() && b.is_finite() && b > a)
            .copied()
            .collect();
        ranges.sort_by(|x, y| x[0].total_cmp(&y[0]));
        let mut total = 0.0;
        let mut end = f64::NEG_INFINITY;
        for [a, b] in ranges {
            let start = a.max(end);
            if b > start {
                total += b - start;
            }
            end = end.max(b);
        }
        total
    }
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Checking the video, IPFS, the deposit and the publisher.
    Starting,
    /// Ready; the channel opens when a viewer shows up.
    Ready,
    /// Ended: Stop, the page closed for the grace period, or `end` called.
    Ended {
        /// How the channel was closed (`None`: never opened, or the publisher did not answer).
        closed: Option<Closed>,
        /// Why it ended.
        reason: String,
    },
    /// An error ended it.
    Failed(Explained),
}

/// Settings of the player's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// The page may be gone this long before the session ends.
    pub grace: Duration,
    /// After the end, a page that is connected gets this long to show the final state.
    pub linger: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            grace: Duration::from_secs(20),
            linger: Duration::from_secs(5),
        }
    }
}

/// Everything the routes and the lifecycle share.
pub struct App {
    pub(crate) guard: Guard,
    pub(crate) timing: Timing,
    session: OnceLock<KeySession>,
    status: Mutex<Status>,
    report: Mutex<Report>,
    feature_seconds: Mutex<f64>,
    pub(crate) ads: Mutex<Ads>,
    attention: bool,
    last_activity: Mutex<Instant>,
    pub(crate) meters: AtomicUsize,
    ever_visited: AtomicBool,
    feature_started: AtomicBool,
    ended: OnceCell<()>,
    changed: watch::Sender<u64>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update under these locks is a plain assignment: a poisoned lock holds a whole value.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl App {
    /// A player not yet prepared.
    pub fn new(guard: Guard, timing: Timing, ads: Option<Ads>) -> Self {
        let (changed, _) = watch::channel(0);
        Self {
            guard,
            timing,
            session: OnceLock::new(),
            status: Mutex::new(Status::Starting),
            report: Mutex::new(Report::default()),
            feature_seconds: Mutex::new(0.0),
            attention: ads.is_some(),
            ads: Mutex::new(ads.unwrap_or_default()),
            last_activity: Mutex::new(Instant::now()),
            meters: AtomicUsize::new(0),
            ever_visited: AtomicBool::new(false),
            feature_started: AtomicBool::new(false),
            ended: OnceCell::new(),
            changed,
        }
    }

    /// The session, once prepared.
    pub fn session(&self) -> Option<&KeySession> {
        self.session.get()
    }

    /// Where the session is.
    pub fn status(&self) -> Status {
        lock(&self.status).clone()
    }

    /// The last playback report.
    pub fn report(&self) -> Report {
        lock(&self.report).clone()
    }

    /// Seconds of the feature played.
    pub fn feature_seconds(&self) -> f64 {
        *lock(&self.feature_seconds)
    }

    /// Whether ads are taken.
    pub const fn takes_ads(&self) -> bool {
        self.attention
    }

    /// A receiver that changes whenever the meter does.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    pub(crate) fn notify(&self) {
        self.changed.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// The preparation succeeded.
    pub fn prepared(&self, session: KeySession) {
        let mut changes = session.subscribe();
        if self.session.set(session).is_ok() {
            self.set_status(Status::Ready);
        }
        // The meter follows the session's own changes (keys bought, channel open, closed).
        let changed = self.changed.clone();
        tokio::spawn(async move {
            while changes.changed().await.is_ok() {
                changed.send_modify(|n| *n = n.wrapping_add(1));
            }
        });
    }

    /// An error ended (or prevented) the session.
    pub fn failed(&self, e: &NetError) -> Explained {
        let paid = self
            .session()
            .is_some_and(|s| s.progress().channel.is_some());
        let explained = explain(e, paid);
        self.set_status(Status::Failed(explained.clone()));
        explained
    }

    fn set_status(&self, status: Status) {
        let mut current = lock(&self.status);
        // An ended or failed session stays so.
        if matches!(*current, Status::Starting | Status::Ready) {
            *current = status;
        }
        drop(current);
        self.notify();
    }

    /// An authenticated request arrived (the page, a player, the meter).
    pub fn touch(&self) {
        *lock(&self.last_activity) = Instant::now();
        self.ever_visited.store(true, Ordering::Relaxed);
    }

    /// Whether anyone ever opened the player.
    pub fn visited(&self) -> bool {
        self.ever_visited.load(Ordering::Relaxed)
    }

    /// How long nobody has been here: zero while a meter stream is open.
    pub fn idle(&self) -> Duration {
        if self.meters.load(Ordering::Relaxed) > 0 {
            return Duration::ZERO;
        }
        lock(&self.last_activity).elapsed()
    }

    /// The key of segment `index` for the player: buys it (and the lookahead) if needed.
    pub async fn key(&self, index: u64) -> Result<[u8; 16], NetError> {
        let session = self.session().ok_or(NetError::SessionEnded)?;
        if self.ended.initialized() {
            return Err(NetError::SessionEnded);
        }
        self.feature_started.store(true, Ordering::Relaxed);
        let result = session.key(index).await;
        if let Err(e) = &result
            && !matches!(e, NetError::SessionEnded)
        {
            self.failed(e);
        }
        result
    }

    /// Opens the channel in the background once someone shows up (idempotent).
    pub fn kick_open(self: &std::sync::Arc<Self>) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        if session.progress().channel.is_some() || self.ended.initialized() {
            return;
        }
        let app = self.clone();
        tokio::spawn(async move {
            if let Err(e) = session.open().await {
                app.failed(&e);
            }
            app.notify();
        });
    }

    /// Takes a playback report.
    pub fn progress(&self, report: Report) {
        if report.phase == "feature" {
            if report.current_time > 0.0 || !report.paused {
                self.feature_started.store(true, Ordering::Relaxed);
            }
            let mut seconds = lock(&self.feature_seconds);
            *seconds = seconds.max(report.seconds_played());
        }
        *lock(&self.report) = report;
        self.notify();
    }

    /// Follows the attention exchange.
    pub fn on_serve_event(&self, event: &ServeEvent) {
        if lock(&self.ads).on_event(event) {
            self.notify();
        }
    }

    /// Whether an attention bid may be taken now.
    pub fn accepts_ad(&self) -> Result<(), String> {
        if self.ended.initialized() {
            return Err("the viewer's player has ended".into());
        }
        if self.feature_started.load(Ordering::Relaxed) {
            return Err("the viewer is already watching; ads play only before the feature".into());
        }
        Ok(())
    }

    /// Waits until the player has reached segment `index` of the ad on `channel`.
    pub async fn wait_ad_reached(&self, channel: B256, index: u64) -> Result<(), String> {
        let seconds = lock(&self.ads)
            .get(&channel)
            .map_or(0, |ad| u64::from(ad.segment_seconds));
        let start = (index * seconds) as f64;
        let mut changes = self.subscribe();
        loop {
            if self.ended.initialized() {
                return Err("the player ended".into());
            }
            let r = self.report();
            if r.phase == "ad" && r.ad == Some(channel) && (r.current_time >= start || r.ended) {
                return Ok(());
            }
            if r.phase == "feature" && self.feature_started.load(Ordering::Relaxed) {
                return Err("the player skipped to the feature".into());
            }
            if changes.changed().await.is_err() {
                return Err("the player stopped".into());
            }
        }
    }

    /// Ends the session once: the publisher closes the channel with the latest payment.
    pub async fn end(&self, reason: &str) -> Status {
        self.ended
            .get_or_init(|| async {
                let closed = match self.session() {
                    Some(session) => match session.end().await {
                        Ok(closed) => Some(closed),
                        Err(e) => {
                            self.failed(&e);
                            None
                        }
                    },
                    None => None,
                };
                self.set_status(Status::Ended {
                    closed: closed.flatten(),
                    reason: reason.to_owned(),
                });
            })
            .await;
        self.notify();
        self.status()
    }

    /// Whether the session has ended (or is ending).
    pub fn is_over(&self) -> bool {
        self.ended.initialized()
            || matches!(self.status(), Status::Failed(_) | Status::Ended { .. })
    }
}
