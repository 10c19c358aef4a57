//! A trustless gateway that lies on demand: it relays a real one, or answers from a block store,
//! with the [`Fault`] it is told.

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use futures::StreamExt;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{ACCEPT, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use crate::cid::Cid;
use crate::error::IpfsError;
use crate::{BlockStore, CidVersion, RAW, car, links};

/// What a [`HostileGateway`] does to the requests it answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Fault {
    /// Relay faithfully.
    #[default]
    None,
    /// Flip one byte of this block wherever it is served: as a raw block, or inside any CAR
    /// response that carries it (which is otherwise relayed intact). An empty block gets a
    /// byte appended instead.
    CorruptBlock(Cid),
    /// Cut every CAR response after this many bytes (the response is otherwise well-formed
    /// HTTP, so only the CAR reader can notice). Raw blocks are relayed intact.
    TruncateCar(usize),
    /// Accept requests and never answer them.
    Stall,
    /// Answer every request with this HTTP status and a short text body.
    Status(u16),
    /// Answer with 200, the requested content type and a body of this many zero bytes (with a
    /// Content-Length).
    Oversize(usize),
    /// Answer with 200 and a body that never ends (no Content-Length): zeros for a raw block; a
    /// valid CAR header followed by the same valid section forever for a CAR.
    EndlessBody,
}

/// A trustless gateway on 127.0.0.1 that relays another gateway, or serves a [`BlockStore`],
/// and misbehaves as told ([`HostileGateway::set_fault`]): corrupts a block, truncates CARs,
/// stalls, fails, or sends too much.
///
/// It runs on its own thread and runtime, so it serves sync tests (a CLI run as a child
/// process) as well as async ones; it stops when dropped.
///
/// ```no_run
/// # async fn demo(store: paratii_ipfs::BlockStore, cid: paratii_ipfs::Cid) {
/// use paratii_ipfs::test_utils::{Fault, HostileGateway};
/// use paratii_ipfs::{Gateway, IpfsError, cat};
/// let hostile = HostileGateway::serve(store).unwrap();
/// hostile.set_fault(Fault::CorruptBlock(cid));
/// let gateway = Gateway::new(hostile.url()).unwrap();
/// assert!(matches!(cat(&gateway, &cid).await, Err(IpfsError::CidMismatch { .. })));
/// # }
/// ```
#[derive(Debug)]
pub struct HostileGateway {
    url: String,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[derive(Debug)]
struct Shared {
    upstream: Upstream,
    fault: Mutex<Fault>,
    requests: Mutex<Vec<String>>,
}

#[derive(Debug)]
enum Upstream {
    Gateway {
        base: String,
        client: reqwest::Client,
    },
    Store(BlockStore),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl HostileGateway {
    /// Relays every request to the trustless gateway at `upstream` (same URL forms as
    /// [`crate::Gateway::new`]), e.g. [`JsIpfsDaemon::gateway_url`].
    pub fn forward(upstream: &str) -> Result<Self, IpfsError> {
        let base = crate::gateway::base_url(upstream).map_err(|reason| IpfsError::InvalidUrl {
            url: upstream.to_owned(),
            reason,
        })?;
        let client = reqwest::Client::builder()
            .build()
            .map_err(|e| IpfsError::Api {
                url: upstream.to_owned(),
                reason: e.to_string(),
            })?;
        Self::start(Upstream::Gateway { base, client })
    }

    /// Serves the blocks of `store` itself: raw blocks, and CARs of the DAG under the requested
    /// CID (depth-first, each block once; a missing child ends the CAR early, as a streaming
    /// gateway does).
    pub fn serve(store: BlockStore) -> Result<Self, IpfsError> {
        Self::start(Upstream::Store(store))
    }

    fn start(upstream: Upstream) -> Result<Self, IpfsError> {
        let io = |source| IpfsError::Io {
            path: PathBuf::from("127.0.0.1:0"),
            source,
        };
        let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(io)?;
        listener.set_nonblocking(true).map_err(io)?;
        let url = format!("http://{}", listener.local_addr().map_err(io)?);
        let shared = Arc::new(Shared {
            upstream,
            fault: Mutex::new(Fault::None),
            requests: Mutex::new(Vec::new()),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(io)?;
        let served = shared.clone();
        let thread = std::thread::Builder::new()
            .name("hostile-gateway".into())
            .spawn(move || rt.block_on(accept_loop(listener, served, stopped)))
            .map_err(io)?;
        Ok(Self {
            url,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Sets how the following requests are answered (requests already being answered keep
    /// the fault they started with).
    pub fn set_fault(&self, fault: Fault) {
        *lock(&self.shared.fault) = fault;
    }

    /// The current fault.
    pub fn fault(&self) -> Fault {
        lock(&self.shared.fault).clone()
    }

    /// Every request received so far, as `"METHOD /path?query"`, oldest first.
    pub fn requests(&self) -> Vec<String> {
        lock(&self.shared.requests).clone()
    }
}

impl Drop for HostileGateway {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn accept_loop(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let shared = shared.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |req| handle(shared.clone(), req));
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
    // Returning drops the runtime with every connection task, stalled ones included.
}

type Body = BoxBody<Bytes, Infallible>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Raw,
    Car,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Format::Raw => "application/vnd.ipld.raw",
            Format::Car => "application/vnd.ipld.car; version=1",
        }
    }
}

fn full(status: StatusCode, content_type: &str, body: Bytes) -> Response<Body> {
    let mut resp = Response::new(Full::new(body).boxed());
    *resp.status_mut() = status;
    if let Ok(v) = content_type.parse() {
        resp.headers_mut().insert(CONTENT_TYPE, v);
    }
    resp
}

fn text(status: StatusCode, msg: &str) -> Response<Body> {
    full(status, "text/plain", Bytes::from(msg.to_owned()))
}

/// The requested CID and format, as a trustless gateway reads them: `format=` first, then
/// `Accept`.
fn parse_request(req: &Request<Incoming>) -> Result<(Cid, Format), String> {
    let cid = req
        .uri()
        .path()
        .strip_prefix("/ipfs/")
        .ok_or("only /ipfs/{cid} is served")?;
    let cid: Cid = cid.parse().map_err(|e| format!("{e}"))?;
    let query = req.uri().query().unwrap_or_default();
    let from_query = query.split('&').find_map(|kv| match kv {
        "format=raw" => Some(Format::Raw),
        "format=car" => Some(Format::Car),
        _ => None,
    });
    let accept = req
        .headers()
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let from_accept = if accept.contains("application/vnd.ipld.raw") {
        Some(Format::Raw)
    } else if accept.contains("application/vnd.ipld.car") {
        Some(Format::Car)
    } else {
        None
    };
    let format = from_query
        .or(from_accept)
        .ok_or("no format=raw|car and no trustless Accept type")?;
    Ok((cid, format))
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    let target = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    lock(&shared.requests).push(format!("{} {target}", req.method()));
    let fault = lock(&shared.fault).clone();
    let head = req.method() == Method::HEAD;
    if !head && req.method() != Method::GET {
        return Ok(text(StatusCode::METHOD_NOT_ALLOWED, "GET or HEAD"));
    }
    let (cid, format) = match parse_request(&req) {
        Ok(r) => r,
        Err(msg) => return Ok(text(StatusCode::BAD_REQUEST, &msg)),
    };
    match fault {
        Fault::Stall => {
            // Never resolves; the connection task is dropped with the gateway.
            let never: Infallible = std::future::pending().await;
            match never {}
        }
        Fault::Status(code) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return Ok(text(status, "hostile gateway: injected failure"));
        }
        Fault::Oversize(len) => {
            return Ok(full(
                StatusCode::OK,
                format.content_type(),
                Bytes::from(vec![0u8; len]),
            ));
        }
        Fault::EndlessBody => return Ok(endless(format, &cid)),
        Fault::None | Fault::CorruptBlock(_) | Fault::TruncateCar(_) => {}
    }
    let accept = req.headers().get(ACCEPT).cloned();
    let (status, content_type, body) = match &shared.upstream {
        Upstream::Gateway { base, client } => {
            let mut up = client.request(req.method().clone(), format!("{base}{target}"));
            if let Some(accept) = accept {
                up = up.header(ACCEPT, accept);
            }
            let resp = match up.send().await {
                Ok(r) => r,
                Err(e) => return Ok(text(StatusCode::BAD_GATEWAY, &e.to_string())),
            };
            let status = resp.status();
            let content_type = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("application/octet-stream")
                .to_owned();
            match resp.bytes().await {
                Ok(body) => (status, content_type, body),
                Err(e) => return Ok(text(StatusCode::BAD_GATEWAY, &e.to_string())),
            }
        }
        Upstream::Store(store) => from_store(store, &cid, format),
    };
    let body = if status == StatusCode::OK {
        apply(&fault, format, &cid, body)
    } else {
        body
    };
    let body = if head { Bytes::new() } else { body };
    Ok(full(status, &content_type, body))
}

fn from_store(store: &BlockStore, cid: &Cid, format: Format) -> (StatusCode, String, Bytes) {
    let root = match store.get(cid) {
        Ok(b) => b,
        Err(IpfsError::NotFound(_)) => {
            return (
                StatusCode::NOT_FOUND,
                "text/plain".into(),
                "not found".into(),
            );
        }
        Err(e) => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "text/plain".into(),
                e.to_string().into(),
            );
        }
    };
    let ok = |body: Vec<u8>| {
        (
            StatusCode::OK,
            format.content_type().to_owned(),
            body.into(),
        )
    };
    if format == Format::Raw {
        return ok(root.to_vec());
    }
    let mut out = car::header(&[*cid]);
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![*cid];
    while let Some(next) = stack.pop() {
        if !seen.insert(next) {
            continue;
        }
        // A streaming gateway that meets a missing block can only stop; so does this one.
        let Ok(bytes) = store.get(&next) else { break };
        out.extend_from_slice(&car::section(&next, &bytes));
        match links(&next, &bytes) {
            Ok(children) => stack.extend(children.into_iter().rev()),
            Err(_) => break,
        }
    }
    ok(out)
}

fn flip(block: &[u8]) -> Vec<u8> {
    let mut b = block.to_vec();
    match b.len() {
        0 => b.push(0),
        n => b[n / 2] ^= 0x01,
    }
    b
}

fn apply(fault: &Fault, format: Format, cid: &Cid, body: Bytes) -> Bytes {
    match (fault, format) {
        (Fault::CorruptBlock(bad), Format::Raw) if bad == cid => flip(&body).into(),
        (Fault::CorruptBlock(bad), Format::Car) => match car::read_car(&body) {
            Ok(parsed) => {
                let mut out = car::header(&parsed.roots);
                for (c, b) in &parsed.blocks {
                    let b = if c == bad { flip(b).into() } else { b.clone() };
                    out.extend_from_slice(&car::section(c, &b));
                }
                out.into()
            }
            Err(_) => body,
        },
        (Fault::TruncateCar(keep), Format::Car) => body.slice(..(*keep).min(body.len())),
        _ => body,
    }
}

fn endless(format: Format, cid: &Cid) -> Response<Body> {
    let (first, repeated) = match format {
        Format::Raw => (Bytes::new(), Bytes::from(vec![0u8; 64 << 10])),
        Format::Car => {
            let empty = Cid::for_block(CidVersion::V1, RAW, b"");
            (
                Bytes::from(car::header(&[*cid])),
                Bytes::from(car::section(&empty, b"").repeat(1024)),
            )
        }
    };
    let stream = futures::stream::iter([first])
        .chain(futures::stream::repeat(repeated))
        .map(|b| Ok::<_, Infallible>(Frame::data(b)));
    let mut resp = Response::new(BodyExt::boxed(StreamBody::new(stream)));
    if let Ok(v) = format.content_type().parse() {
        resp.headers_mut().insert(CONTENT_TYPE, v);
    }
    resp
}
