//! A TCP proxy on loopback in front of a chain RPC endpoint, which tests can take down and bring
//! back to simulate "the chain RPC is unreachable for a while".
//!
//! ```no_run
//! # async fn demo(anvil_url: &str) -> std::io::Result<()> {
//! use paratii_test_utils::proxy::RpcProxy;
//! let proxy = RpcProxy::start(anvil_url).await?;
//! // Point a client at `proxy.url()`, then:
//! proxy.take_down(); // live connections are cut, new ones are closed as soon as accepted
//! proxy.bring_up(); // traffic flows again
//! # Ok(()) }
//! ```

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A loopback TCP proxy to an upstream RPC endpoint that can be taken down and brought back.
///
/// While down, the proxy keeps its port (so clients keep one URL for the whole test) but closes
/// every connection it accepts before reading a byte, and cuts the connections that were open
/// when it went down: an HTTP client sees the endpoint as unreachable, exactly as when the node
/// is restarting.
#[derive(Debug)]
pub struct RpcProxy {
    addr: SocketAddr,
    upstream: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

#[derive(Debug)]
struct Shared {
    up: watch::Sender<bool>,
    forwarded: AtomicU64,
    refused: AtomicU64,
}

impl RpcProxy {
    /// Starts a proxy on `127.0.0.1` (a free port) forwarding to `upstream`, an `http://host:port`
    /// URL (a path, if any, is ignored: the proxy works at the TCP level). It starts up.
    pub async fn start(upstream: &str) -> io::Result<Self> {
        let upstream = resolve(upstream).await?;
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let (up, _) = watch::channel(true);
        let shared = Arc::new(Shared {
            up,
            forwarded: AtomicU64::new(0),
            refused: AtomicU64::new(0),
        });
        let task = tokio::spawn(accept_loop(listener, upstream, shared.clone()));
        Ok(Self {
            addr,
            upstream,
            shared,
            task,
        })
    }

    /// The proxy's URL, `http://127.0.0.1:<port>`, to give to a chain client.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The proxy's listening address.
    pub const fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The upstream address it forwards to.
    pub const fn upstream(&self) -> SocketAddr {
        self.upstream
    }

    /// Takes the endpoint down: open connections are cut and new ones closed at once.
    pub fn take_down(&self) {
        self.shared.up.send_replace(false);
    }

    /// Brings the endpoint back.
    pub fn bring_up(&self) {
        self.shared.up.send_replace(true);
    }

    /// Whether the endpoint is up.
    pub fn is_up(&self) -> bool {
        *self.shared.up.borrow()
    }

    /// How many connections were forwarded upstream so far.
    pub fn forwarded(&self) -> u64 {
        self.shared.forwarded.load(Ordering::SeqCst)
    }

    /// How many connections were closed unanswered because the endpoint was down: lets a test
    /// check that a client really tried (and so really retried) during an outage.
    pub fn refused(&self) -> u64 {
        self.shared.refused.load(Ordering::SeqCst)
    }

    /// Resolves when at least `n` connections have been refused in total (a test's way to wait,
    /// without a timer, until a client has hit the outage).
    pub async fn wait_refused(&self, n: u64) {
        let mut rx = self.shared.up.subscribe();
        // `refused` is bumped and then the watch value re-sent (same value) to wake waiters.
        loop {
            if self.refused() >= n {
                return;
            }
            if rx.changed().await.is_err() {
                return;
            }
        }
    }
}

impl Drop for RpcProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn resolve(url: &str) -> io::Result<SocketAddr> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("not an http:// URL: {url}"),
        )
    })?;
    let authority = rest.split('/').next().unwrap_or_default();
    tokio::net::lookup_host(authority)
        .await?
        .next()
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("no address for {authority}"),
            )
        })
}

async fn accept_loop(listener: TcpListener, upstream: SocketAddr, shared: Arc<Shared>) {
    loop {
        let Ok((inbound, _)) = listener.accept().await else {
            // Accept errors (e.g. too many open files) are transient; keep serving.
            tokio::task::yield_now().await;
            continue;
        };
        if !*shared.up.borrow() {
            shared.refused.fetch_add(1, Ordering::SeqCst);
            drop(inbound);
            // Wake `wait_refused` without changing the state.
            shared.up.send_modify(|_| {});
            continue;
        }
        shared.forwarded.fetch_add(1, Ordering::SeqCst);
        tokio::spawn(forward(inbound, upstream, shared.up.subscribe()));
    }
}

async fn forward(mut inbound: TcpStream, upstream: SocketAddr, mut up: watch::Receiver<bool>) {
    let Ok(mut outbound) = TcpStream::connect(upstream).await else {
        return;
    };
    tokio::select! {
        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
        // Going down cuts the connection mid-request, like a node that dies.
        _ = up.wait_for(|up| !*up) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn echo_server() -> SocketAddr {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut buf = [0u8; 1024];
                    while let Ok(n) = s.read(&mut buf).await {
                        if n == 0 || s.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        addr
    }

    async fn roundtrip(proxy: &RpcProxy) -> io::Result<Vec<u8>> {
        let mut s = TcpStream::connect(proxy.addr()).await?;
        s.write_all(b"ping").await?;
        let mut buf = [0u8; 4];
        s.read_exact(&mut buf).await?;
        Ok(buf.to_vec())
    }

    #[tokio::test]
    async fn forwards_refuses_and_recovers() {
        let upstream = echo_server().await;
        let proxy = RpcProxy::start(&format!("http://{upstream}/"))
            .await
            .unwrap();
        assert_eq!(roundtrip(&proxy).await.unwrap(), b"ping");

        // A connection open when the proxy goes down is cut.
        let mut live = TcpStream::connect(proxy.addr()).await.unwrap();
        live.write_all(b"ping").await.unwrap();
        let mut buf = [0u8; 4];
        live.read_exact(&mut buf).await.unwrap();
        proxy.take_down();
        let mut rest = Vec::new();
        assert_eq!(live.read_to_end(&mut rest).await.unwrap_or(0), 0);

        assert!(roundtrip(&proxy).await.is_err());
        proxy.wait_refused(1).await;
        assert!(!proxy.is_up());

        proxy.bring_up();
        assert_eq!(roundtrip(&proxy).await.unwrap(), b"ping");
        assert_eq!(proxy.forwarded(), 3);
        assert_eq!(proxy.refused(), 1);
    }

    #[tokio::test]
    async fn rejects_non_http_urls() {
        let err = RpcProxy::start("ws://127.0.0.1:1").await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }
}
