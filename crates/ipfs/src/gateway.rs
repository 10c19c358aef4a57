//! A read-only backend over an IPFS HTTP gateway speaking the Trustless Gateway spec
//! (<https://specs.ipfs.tech/http-gateways/trustless-gateway/>): raw blocks
//! (`application/vnd.ipld.raw`) or whole DAGs as CARv1 streams (`application/vnd.ipld.car`).
//! The gateway is not trusted: every block is verified against its CID before it leaves here.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use bytes::{Bytes, BytesMut};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::{Method, Response, StatusCode};

use crate::car::CarReader;
use crate::cid::Cid;
use crate::error::{CarError, IpfsError};
use crate::importer::{AddOptions, verify_block};
use crate::{Ipfs, MAX_BLOCK_SIZE, MAX_CAT_BLOCKS, MAX_CAT_BYTES, links};

/// Largest CAR response [`Gateway`] reads by default: a file [`crate::cat`] may return
/// ([`MAX_CAT_BYTES`]) plus 1/16 for the DAG's own overhead (dag-pb wrapping, internal nodes,
/// section headers — well under 1% for Kubo's 256 KiB chunks).
pub const MAX_CAR_BYTES: u64 = MAX_CAT_BYTES + MAX_CAT_BYTES / 16;

const RAW_TYPE: &str = "application/vnd.ipld.raw";
const CAR_TYPE: &str = "application/vnd.ipld.car";
/// CARv2 wraps a CARv1 in an index this reader does not use; asking for 1 avoids it.
const CAR_ACCEPT: &str = "application/vnd.ipld.car; version=1";

/// Verified DAGs kept after a CAR fetch so that [`crate::cat`]'s block-by-block reads are served
/// from memory: the newest DAG always, older ones while all fit in this budget.
const CACHE_BYTES: u64 = 64 << 20;
const CACHE_DAGS: usize = 8;

/// How [`Gateway`] fetches blocks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum GatewayMode {
    /// One `GET /ipfs/{cid}?format=raw` per block: every request is small and bounded by
    /// [`MAX_BLOCK_SIZE`], at the cost of one round trip per block.
    #[default]
    Raw,
    /// On a block not yet held, one `GET /ipfs/{cid}?format=car&dag-scope=all` for the whole DAG
    /// under it; the DAG's blocks, all verified, then serve the following reads.
    Car,
}

/// Settings of a [`Gateway`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GatewayOptions {
    /// Raw blocks (default) or CAR streams.
    pub mode: GatewayMode,
    /// Longest wait for the TCP connection; beyond it the gateway is
    /// [`IpfsError::Unreachable`].
    pub connect_timeout: Duration,
    /// Longest wait for the next response bytes (headers or body); beyond it the request fails
    /// with [`IpfsError::Timeout`]. Idle time, not total: a large CAR may take longer.
    pub read_timeout: Duration,
    /// Largest CAR response read ([`MAX_CAR_BYTES`] by default); more is [`IpfsError::TooLarge`].
    pub max_car_bytes: u64,
}

impl Default for GatewayOptions {
    fn default() -> Self {
        Self {
            mode: GatewayMode::Raw,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            max_car_bytes: MAX_CAR_BYTES,
        }
    }
}

/// A read-only [`Ipfs`] backend over a trustless IPFS HTTP gateway (Kubo's gateway, a public
/// one, `tools/ipfs/daemon.mjs --gateway` in tests).
///
/// - `block`: `GET {base}/ipfs/{cid}?format=raw` (`Accept: application/vnd.ipld.raw`), at most
///   [`MAX_BLOCK_SIZE`] bytes, verified against the CID; in [`GatewayMode::Car`] served from the
///   last CAR fetched, or a CAR fetch of the DAG under `cid` ([`Gateway::fetch_car`]).
/// - `has`: `HEAD` of the raw block, i.e. whether the gateway says it can serve it (a recursive
///   gateway may fetch it from the network to answer).
/// - `add`: [`IpfsError::ReadOnly`].
///
/// HTTP 404/410 is [`IpfsError::NotFound`], another status [`IpfsError::HttpStatus`], a refused
/// connection [`IpfsError::Unreachable`], bytes that do not hash to the CID
/// [`IpfsError::CidMismatch`]. Sizes are checked while the body streams in, so an over-large
/// answer is refused without being read.
pub struct Gateway {
    url: String,
    /// `http://host:port[/prefix]`, no trailing slash.
    base: String,
    opts: GatewayOptions,
    client: reqwest::Client,
    cache: Mutex<DagCache>,
}

impl std::fmt::Debug for Gateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gateway")
            .field("url", &self.url)
            .field("opts", &self.opts)
            .finish_non_exhaustive()
    }
}

impl Gateway {
    /// A gateway client in [`GatewayMode::Raw`]; see [`Gateway::with_options`] for `url`.
    pub fn new(url: &str) -> Result<Self, IpfsError> {
        Self::with_options(url, GatewayOptions::default())
    }

    /// A gateway client in `mode`, with the default timeouts and bounds.
    pub fn with_mode(url: &str, mode: GatewayMode) -> Result<Self, IpfsError> {
        Self::with_options(
            url,
            GatewayOptions {
                mode,
                ..GatewayOptions::default()
            },
        )
    }

    /// A gateway client at `url`: `http://host:port` with an optional path prefix and trailing
    /// slash, or a multiaddr such as `/ip4/127.0.0.1/tcp/8080` (`/ip6`, `/dns`, `/dns4`, `/dns6`;
    /// an optional trailing `/http`). Nothing is contacted yet.
    ///
    /// Plain http only: this crate builds its HTTP client without TLS. Integrity does not need
    /// it, since every block is checked against its CID; use a local gateway or an http
    /// endpoint.
    pub fn with_options(url: &str, opts: GatewayOptions) -> Result<Self, IpfsError> {
        let invalid = |reason: String| IpfsError::InvalidUrl {
            url: url.to_owned(),
            reason,
        };
        let base = base_url(url).map_err(invalid)?;
        let client = reqwest::Client::builder()
            .connect_timeout(opts.connect_timeout)
            .read_timeout(opts.read_timeout)
            .build()
            .map_err(|e| IpfsError::Api {
                url: url.to_owned(),
                reason: format!("HTTP client: {}", chain(&e)),
            })?;
        Ok(Self {
            url: url.to_owned(),
            base,
            opts,
            client,
            cache: Mutex::default(),
        })
    }

    /// The URL given to the constructor.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The settings this client was built with.
    pub fn options(&self) -> &GatewayOptions {
        &self.opts
    }

    /// Drops the DAGs kept from earlier CAR fetches (up to one whole file stays in memory after
    /// a [`crate::cat`] in [`GatewayMode::Car`]).
    pub fn clear_cache(&self) {
        self.cache().dags.clear();
    }

    /// Fetches the DAG under `root` in one CAR request (`?format=car&dag-scope=all`, whichever
    /// mode this client is in) and returns its blocks, each once, depth-first from `root`.
    ///
    /// Every block of the stream is verified against its CID as it arrives — one forged block
    /// ([`IpfsError::CidMismatch`]) fails the whole fetch. Blocks outside the DAG and duplicates
    /// are dropped (the spec lets gateways send them); a DAG block the stream lacks is
    /// [`CarError::MissingBlock`], a stream cut inside a section [`CarError::Truncated`], both
    /// inside [`IpfsError::InvalidCar`]. The header's roots are ignored, as the spec asks.
    pub async fn fetch_car(&self, root: &Cid) -> Result<Vec<(Cid, Bytes)>, IpfsError> {
        let url = format!("{}/ipfs/{root}?format=car&dag-scope=all", self.base);
        let mut resp = self.request(Method::GET, &url, CAR_ACCEPT, root).await?;
        check_type(&resp, &url, CAR_TYPE)?;
        let max = self.opts.max_car_bytes;
        let too_large = || IpfsError::TooLarge {
            cid: *root,
            reason: format!("CAR response over {max} bytes"),
        };
        if resp.content_length().is_some_and(|n| n > max) {
            return Err(too_large());
        }
        let car_err = |error: CarError| IpfsError::InvalidCar {
            origin: url.clone(),
            error,
        };
        let mut reader = CarReader::new();
        let mut blocks: HashMap<Cid, Bytes> = HashMap::new();
        let mut received = 0u64;
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| self.body_err(&url, &e, received))?
        {
            received += chunk.len() as u64;
            if received > max {
                return Err(too_large());
            }
            reader.push(&chunk);
            while let Some((cid, bytes)) = reader.next_block().map_err(car_err)? {
                verify_block(&cid, &bytes)?;
                if blocks.len() >= MAX_CAT_BLOCKS && !blocks.contains_key(&cid) {
                    return Err(IpfsError::TooLarge {
                        cid: *root,
                        reason: format!("CAR with more than {MAX_CAT_BLOCKS} blocks"),
                    });
                }
                blocks.entry(cid).or_insert(bytes);
            }
        }
        reader.finish().map_err(car_err)?;
        dag_of(root, &blocks).map_err(|e| match e {
            DagError::Missing(cid) => car_err(CarError::MissingBlock(cid)),
            DagError::Ipfs(e) => e,
        })
    }

    async fn raw_block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        let url = format!("{}/ipfs/{cid}?format=raw", self.base);
        let mut resp = self.request(Method::GET, &url, RAW_TYPE, cid).await?;
        check_type(&resp, &url, RAW_TYPE)?;
        let max = MAX_BLOCK_SIZE as u64;
        let too_large = || IpfsError::TooLarge {
            cid: *cid,
            reason: format!("block response over {max} bytes"),
        };
        let declared = resp.content_length();
        if declared.is_some_and(|n| n > max) {
            return Err(too_large());
        }
        let mut buf = BytesMut::with_capacity(declared.unwrap_or(0) as usize);
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| self.body_err(&url, &e, buf.len() as u64))?
        {
            if (buf.len() + chunk.len()) as u64 > max {
                return Err(too_large());
            }
            buf.extend_from_slice(&chunk);
        }
        let bytes = buf.freeze();
        verify_block(cid, &bytes)?;
        Ok(bytes)
    }

    /// Sends a request; 200 is the response, 404/410 `NotFound`, anything else `HttpStatus`.
    async fn request(
        &self,
        method: Method,
        url: &str,
        accept: &str,
        cid: &Cid,
    ) -> Result<Response, IpfsError> {
        let resp = self
            .client
            .request(method, url)
            .header(ACCEPT, accept)
            .send()
            .await
            .map_err(|e| self.send_err(url, &e))?;
        match resp.status() {
            StatusCode::OK => Ok(resp),
            StatusCode::NOT_FOUND | StatusCode::GONE => Err(IpfsError::NotFound(*cid)),
            status => Err(IpfsError::HttpStatus {
                url: url.to_owned(),
                status: status.as_u16(),
                message: error_message(resp).await,
            }),
        }
    }

    fn send_err(&self, url: &str, e: &reqwest::Error) -> IpfsError {
        if e.is_connect() {
            IpfsError::Unreachable {
                url: self.url.clone(),
                reason: chain(e),
            }
        } else if e.is_timeout() {
            IpfsError::Timeout {
                url: url.to_owned(),
                after: self.opts.read_timeout,
            }
        } else {
            IpfsError::Api {
                url: url.to_owned(),
                reason: chain(e),
            }
        }
    }

    fn body_err(&self, url: &str, e: &reqwest::Error, received: u64) -> IpfsError {
        if e.is_timeout() {
            IpfsError::Timeout {
                url: url.to_owned(),
                after: self.opts.read_timeout,
            }
        } else {
            IpfsError::Api {
                url: url.to_owned(),
                reason: format!("response cut off after {received} bytes: {}", chain(e)),
            }
        }
    }

    fn cache(&self) -> MutexGuard<'_, DagCache> {
        // The cache holds verified blocks only; a panic elsewhere cannot leave a wrong one.
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[async_trait]
impl Ipfs for Gateway {
    async fn add(&self, _data: Bytes, _opts: AddOptions) -> Result<Cid, IpfsError> {
        Err(IpfsError::ReadOnly {
            url: self.url.clone(),
        })
    }

    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        match self.opts.mode {
            GatewayMode::Raw => self.raw_block(cid).await,
            GatewayMode::Car => {
                if let Some(bytes) = self.cache().get(cid) {
                    return Ok(bytes);
                }
                let dag = self.fetch_car(cid).await?;
                // `dag_of` starts with the root, so this is `cid`'s block.
                let bytes = dag
                    .first()
                    .map(|(_, b)| b.clone())
                    .ok_or(IpfsError::NotFound(*cid))?;
                self.cache().put(dag);
                Ok(bytes)
            }
        }
    }

    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError> {
        if self.cache().get(cid).is_some() {
            return Ok(true);
        }
        let url = format!("{}/ipfs/{cid}?format=raw", self.base);
        match self.request(Method::HEAD, &url, RAW_TYPE, cid).await {
            Ok(_) => Ok(true),
            Err(IpfsError::NotFound(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

#[derive(Default)]
struct DagCache {
    /// Newest first, each with its size in bytes.
    dags: VecDeque<(HashMap<Cid, Bytes>, u64)>,
}

impl DagCache {
    fn get(&self, cid: &Cid) -> Option<Bytes> {
        self.dags.iter().find_map(|(m, _)| m.get(cid).cloned())
    }

    fn put(&mut self, dag: Vec<(Cid, Bytes)>) {
        let size = dag.iter().map(|(_, b)| b.len() as u64).sum();
        self.dags.push_front((dag.into_iter().collect(), size));
        while self.dags.len() > 1
            && (self.dags.len() > CACHE_DAGS
                || self.dags.iter().map(|(_, s)| s).sum::<u64>() > CACHE_BYTES)
        {
            self.dags.pop_back();
        }
    }
}

enum DagError {
    Missing(Cid),
    Ipfs(IpfsError),
}

/// The blocks reachable from `root`, each once, depth-first in link order (all already
/// verified, so only their links are read here).
fn dag_of(root: &Cid, blocks: &HashMap<Cid, Bytes>) -> Result<Vec<(Cid, Bytes)>, DagError> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut stack = vec![*root];
    while let Some(cid) = stack.pop() {
        if !seen.insert(cid) {
            continue;
        }
        let bytes = blocks.get(&cid).ok_or(DagError::Missing(cid))?;
        stack.extend(
            links(&cid, bytes)
                .map_err(DagError::Ipfs)?
                .into_iter()
                .rev(),
        );
        out.push((cid, bytes.clone()));
    }
    Ok(out)
}

/// Refuses a response whose declared type is not the trustless one asked for: a gateway that
/// ignores `?format=` answers with the deserialized file, which would only show up later as a
/// puzzling CID mismatch. A missing Content-Type is let through; verification still applies.
fn check_type(resp: &Response, url: &str, expected: &str) -> Result<(), IpfsError> {
    let Some(value) = resp.headers().get(CONTENT_TYPE) else {
        return Ok(());
    };
    let value = String::from_utf8_lossy(value.as_bytes()).to_ascii_lowercase();
    let mut parts = value.split(';').map(str::trim);
    let media = parts.next().unwrap_or_default();
    let bad = |reason: String| IpfsError::Api {
        url: url.to_owned(),
        reason,
    };
    if media != expected {
        return Err(bad(format!(
            "answered Content-Type {value:?} instead of {expected}: not a trustless gateway?"
        )));
    }
    if expected == CAR_TYPE
        && let Some(version) = parts.find_map(|p| p.strip_prefix("version="))
        && version.trim_matches('"') != "1"
    {
        return Err(bad(format!(
            "answered CAR version {version}; only CARv1 is read"
        )));
    }
    Ok(())
}

/// A short reason for an error status: the start of the body if it comes quickly, else the
/// status' reason phrase. Bounded in size and time, since the body is not trusted either.
async fn error_message(mut resp: Response) -> String {
    let phrase = resp
        .status()
        .canonical_reason()
        .unwrap_or("no reason")
        .to_owned();
    match tokio::time::timeout(Duration::from_secs(2), resp.chunk()).await {
        Ok(Ok(Some(chunk))) => {
            let text = String::from_utf8_lossy(&chunk[..chunk.len().min(300)]);
            match text.trim() {
                "" => phrase,
                t => t.to_owned(),
            }
        }
        _ => phrase,
    }
}

/// An error and its sources: reqwest's own message ("error sending request") hides the cause.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

mod url;

pub(crate) use url::base_url;

#[cfg(test)]
mod tests;
