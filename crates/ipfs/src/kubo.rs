//! The Kubo RPC backend, through `ipfs-api-backend-hyper`.

use std::io::Cursor;

use async_trait::async_trait;
use bytes::Bytes;
use futures::TryStreamExt;
use ipfs_api_backend_hyper::request::{self, ApiRequest};
use ipfs_api_backend_hyper::{Error as ApiClientError, Form, IpfsApi, IpfsClient, TryFromUri};
use ipfs_api_prelude::Backend;
use serde::Serialize;

use crate::cid::Cid;
use crate::error::IpfsError;
use crate::importer::{AddOptions, CHUNK_SIZE, import};
use crate::{CidVersion, Ipfs};

/// Chunker argument matching [`CHUNK_SIZE`].
const CHUNKER: &str = "size-262144";
const _: () = assert!(CHUNK_SIZE == 262_144);

/// A Kubo-compatible RPC API (`/api/v0`), e.g. a local Kubo daemon or js-ipfs.
///
/// `add` pins, like `ipfs add`, and checks that the node's root CID equals [`import`]'s.
pub struct KuboRpc {
    url: String,
    client: IpfsClient,
}

impl std::fmt::Debug for KuboRpc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KuboRpc").field("url", &self.url).finish()
    }
}

/// `block/stat` answered from the local repo only: without `offline` Kubo would search the
/// network for a missing block instead of saying it does not have it.
#[derive(Serialize)]
struct BlockStatOffline<'a> {
    arg: &'a str,
    offline: bool,
}

impl ApiRequest for BlockStatOffline<'_> {
    const PATH: &'static str = "/block/stat";
}

/// `dag/import` of a CAR file, pinning its roots (no typed call exists for it in ipfs-api 0.6).
#[derive(Serialize)]
struct DagImport {
    #[serde(rename = "pin-roots")]
    pin_roots: bool,
}

impl ApiRequest for DagImport {
    const PATH: &'static str = "/dag/import";
}

impl KuboRpc {
    /// A client of the RPC API at `url`: `http://host:port` (any path is replaced by `/api/v0`)
    /// or a multiaddr such as `/ip4/127.0.0.1/tcp/5001`. Nothing is contacted yet.
    pub fn new(url: &str) -> Result<Self, IpfsError> {
        let invalid = |reason: String| IpfsError::InvalidUrl {
            url: url.to_owned(),
            reason,
        };
        let client = if url.starts_with('/') {
            IpfsClient::from_multiaddr_str(url).map_err(|e| invalid(e.to_string()))?
        } else if url.starts_with("http://") {
            IpfsClient::from_str(url).map_err(|e| invalid(e.to_string()))?
        } else {
            return Err(invalid(
                "expected http://host:port or a /ip4|/ip6|/dns…/tcp/… multiaddr".into(),
            ));
        };
        Ok(Self {
            url: url.to_owned(),
            client,
        })
    }

    /// The URL given to [`KuboRpc::new`].
    pub fn url(&self) -> &str {
        &self.url
    }

    fn map_err(&self, e: ApiClientError) -> IpfsError {
        match e {
            ApiClientError::Client(h) if h.is_connect() => IpfsError::Unreachable {
                url: self.url.clone(),
                reason: h.to_string(),
            },
            ApiClientError::Api(a) => IpfsError::Api {
                url: self.url.clone(),
                reason: a.message,
            },
            other => IpfsError::Api {
                url: self.url.clone(),
                reason: other.to_string(),
            },
        }
    }

    /// The `Message` of an RPC error body, or the body itself.
    fn api_error(&self, status: u16, body: &[u8]) -> IpfsError {
        let message = serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .and_then(|v| v.get("Message").and_then(|m| m.as_str()).map(str::to_owned))
            .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
        IpfsError::Api {
            url: self.url.clone(),
            reason: format!("HTTP {status}: {message}"),
        }
    }

    /// Imports a CARv1 file into the node (`ipfs dag import`, pinning its roots) and returns
    /// the roots the node reports.
    pub async fn dag_import(&self, car: Bytes) -> Result<Vec<Cid>, IpfsError> {
        let mut form = Form::default();
        form.add_reader("file", Cursor::new(car));
        let (status, body) = self
            .client
            .request_raw(DagImport { pin_roots: true }, Some(form))
            .await
            .map_err(|e| self.map_err(e))?;
        if !status.is_success() {
            return Err(self.api_error(status.as_u16(), &body));
        }
        let mut roots = Vec::new();
        for line in body.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let v: serde_json::Value =
                serde_json::from_slice(line).map_err(|e| self.bad_reply(e.to_string()))?;
            if let Some(cid) = v.pointer("/Root/Cid/~1").and_then(|c| c.as_str()) {
                roots.push(cid.parse()?);
            }
        }
        Ok(roots)
    }

    fn bad_reply(&self, reason: String) -> IpfsError {
        IpfsError::Api {
            url: self.url.clone(),
            reason: format!("unexpected reply: {reason}"),
        }
    }
}

#[async_trait]
impl Ipfs for KuboRpc {
    async fn add(&self, data: Bytes, opts: AddOptions) -> Result<Cid, IpfsError> {
        let v1 = opts.cid_version == CidVersion::V1;
        // The request `IpfsApi::add_with_options` sends, read through `request_raw`: js-ipfs
        // answers `Size` as a number where ipfs-api's typed `AddResponse` wants a string.
        let req = request::Add {
            chunker: Some(CHUNKER),
            pin: Some(true),
            cid_version: Some(u32::from(v1)),
            raw_leaves: Some(v1),
            ..Default::default()
        };
        let mut form = Form::default();
        form.add_reader("path", Cursor::new(data.clone()));
        let (status, body) = self
            .client
            .request_raw(req, Some(form))
            .await
            .map_err(|e| self.map_err(e))?;
        if !status.is_success() {
            return Err(self.api_error(status.as_u16(), &body));
        }
        let mut hash = None;
        for line in body.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let v: serde_json::Value =
                serde_json::from_slice(line).map_err(|e| self.bad_reply(e.to_string()))?;
            if let Some(h) = v.get("Hash").and_then(|h| h.as_str()) {
                hash = Some(h.to_owned());
            }
        }
        let actual: Cid = hash
            .ok_or_else(|| self.bad_reply("no Hash in add response".into()))?
            .parse()?;
        // The CIDs this node uses must be the ones everyone else computes for these bytes.
        let expected = tokio::task::spawn_blocking(move || import(&data, opts).root)
            .await
            .map_err(|e| self.bad_reply(e.to_string()))?;
        if actual != expected {
            return Err(IpfsError::CidMismatch { expected, actual });
        }
        Ok(actual)
    }

    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        let chunks: Vec<Bytes> = self
            .client
            .block_get(&cid.to_string())
            .try_collect()
            .await
            .map_err(|e| match self.map_err(e) {
                IpfsError::Api { reason, .. } if is_not_found(&reason) => IpfsError::NotFound(*cid),
                other => other,
            })?;
        Ok(chunks.concat().into())
    }

    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError> {
        let arg = cid.to_string();
        let (status, body) = self
            .client
            .request_raw(
                BlockStatOffline {
                    arg: &arg,
                    offline: true,
                },
                None,
            )
            .await
            .map_err(|e| self.map_err(e))?;
        if status.is_success() {
            return Ok(true);
        }
        match self.api_error(status.as_u16(), &body) {
            IpfsError::Api { reason, .. } if is_not_found(&reason) => Ok(false),
            other => Err(other),
        }
    }
}

/// Whether an RPC error says the block is absent. Kubo: "block was not found locally
/// (offline)"; js-ipfs: "ENOENT: no such file or directory" from its file blockstore.
fn is_not_found(reason: &str) -> bool {
    let r = reason.to_lowercase();
    r.contains("not found") || r.contains("no such file")
}
