//! The player's HTTP server: 127.0.0.1 only, every request through the [`Guard`](crate::guard),
//! then one small handler per route.
//!
//! | route | what |
//! | --- | --- |
//! | `GET /?token=T` | sets the session cookie, redirects to `/` |
//! | `GET /` | the page |
//! | `GET /assets/{hls.min.js, player.js, player.css}` | the page's code (no secret needed) |
//! | `GET /live.m3u8` | the feature's playlist, one AES-128 key URI per segment |
//! | `GET /key/N` | segment N's key: **pays for it** (and the lookahead) |
//! | `GET /seg/N.ts` | segment N's ciphertext, from IPFS, checked against the table of contents |
//! | `GET /ad/CHANNEL/index.m3u8`, `/ad/CHANNEL/N.ts` | an accepted ad, decrypted |
//! | `GET /events` | the meter, as server-sent events |
//! | `GET /state` | the meter once |
//! | `POST /progress` | the page's playback report |
//! | `POST /stop` | ends the session: the channel closes, the rest of the escrow is free |

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::app::{App, Report};
use crate::guard::{Authenticated, Refusal};
use crate::{assets, meter, playlist};

type Body = UnsyncBoxBody<Bytes, Infallible>;

/// Largest request body taken (a playback report is a few hundred bytes).
const MAX_BODY: usize = 64 << 10;

/// How long a request for an ad segment waits for it to arrive from the advertiser.
const AD_SEGMENT_WAIT: Duration = Duration::from_secs(30);

/// Serves `app` on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, app: Arc<App>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let app = app.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let app = app.clone();
                async move { Ok::<_, Infallible>(handle(&app, req).await) }
            });
            // A connection that breaks mid-request only concerns that request.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

fn full(body: impl Into<Bytes>) -> Body {
    Full::new(body.into()).boxed_unsync()
}

/// A response with the headers every answer carries: nothing cacheable, nothing embeddable, no
/// CORS, readable by our own origin only.
fn respond(status: StatusCode, content_type: &str, body: Body) -> Response<Body> {
    let mut r = Response::new(body);
    *r.status_mut() = status;
    let h = r.headers_mut();
    let mut set = |name: &'static str, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    };
    set("content-type", content_type);
    set("cache-control", "no-store");
    set("x-content-type-options", "nosniff");
    set("x-frame-options", "DENY");
    set("referrer-policy", "no-referrer");
    set("cross-origin-resource-policy", "same-origin");
    set("cross-origin-opener-policy", "same-origin");
    r
}

fn text(status: StatusCode, message: &str) -> Response<Body> {
    respond(
        status,
        "text/plain; charset=utf-8",
        full(format!("{message}\n")),
    )
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    respond(
        status,
        "application/json",
        full(serde_json::to_vec(value).unwrap_or_default()),
    )
}

fn refused(r: Refusal) -> Response<Body> {
    text(StatusCode::FORBIDDEN, &r.to_string())
}

async fn handle(app: &Arc<App>, req: Request<Incoming>) -> Response<Body> {
    if let Err(r) = app.guard.admit(req.headers()) {
        return refused(r);
    }
    let path = req.uri().path().to_owned();
    let method = req.method().clone();
    if method == Method::GET
        && let Some(asset) = assets::get(&path)
    {
        let mut r = respond(StatusCode::OK, asset.content_type, full(asset.body));
        // Static, versioned by the binary: the browser may keep them for a session.
        r.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, max-age=3600"),
        );
        return r;
    }
    let query = req.uri().query().map(str::to_owned);
    let auth = match app.guard.authenticate(req.headers(), query.as_deref()) {
        Ok(a) => a,
        Err(r) if path == "/" => return private_page(r),
        Err(r) => return refused(r),
    };
    app.touch();
    let token = (auth == Authenticated::Token).then(|| app.guard.token().to_owned());
    if method == Method::POST
        && let Err(r) = app.guard.require_origin(req.headers())
    {
        return refused(r);
    }
    match (method, path.as_str()) {
        (Method::GET, "/") if auth == Authenticated::Token => {
            if let Err(r) = app.guard.require_navigation(req.headers()) {
                return refused(r);
            }
            // Trade the token in the URL for a cookie, and drop it from the address bar.
            let mut r = text(StatusCode::SEE_OTHER, "to the player");
            let h = r.headers_mut();
            h.insert(header::LOCATION, HeaderValue::from_static("/"));
            if let Ok(v) = HeaderValue::from_str(&app.guard.set_cookie()) {
                h.insert(header::SET_COOKIE, v);
            }
            r
        }
        (Method::GET, "/") => {
            app.kick_open();
            page()
        }
        (Method::GET, "/live.m3u8") => feature_playlist(app, token.as_deref()),
        (Method::GET, "/state") => json(StatusCode::OK, &meter::meter(app)),
        (Method::GET, "/events") => events(app),
        (Method::POST, "/progress") => progress(app, req).await,
        (Method::POST, "/stop") => stop(app, req).await,
        (Method::GET, p) if p.starts_with("/key/") => key(app, &p["/key/".len()..]).await,
        (Method::GET, p) if p.starts_with("/seg/") => segment(app, &p["/seg/".len()..]).await,
        (Method::GET, p) if p.starts_with("/ad/") => ad(app, &p["/ad/".len()..], token).await,
        _ => text(StatusCode::NOT_FOUND, "no such page"),
    }
}

fn private_page(r: Refusal) -> Response<Body> {
    let mut res = respond(
        StatusCode::FORBIDDEN,
        "text/html; charset=utf-8",
        full(assets::FORBIDDEN_HTML),
    );
    if let Ok(v) = HeaderValue::from_str(&r.to_string()) {
        res.headers_mut().insert("x-paratii-refusal", v);
    }
    res
}

fn page() -> Response<Body> {
    let mut r = respond(
        StatusCode::OK,
        "text/html; charset=utf-8",
        full(assets::INDEX_HTML),
    );
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             media-src 'self' blob:; worker-src 'self' blob:; connect-src 'self'; \
             frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ),
    );
    r
}

fn feature_playlist(app: &Arc<App>, token: Option<&str>) -> Response<Body> {
    let Some(session) = app.session() else {
        return unavailable(app);
    };
    app.kick_open();
    let video = session.video();
    let durations = |i: u64| video.segment_duration(i);
    let body = playlist::feature(video.segments, video.segment_seconds, &durations, token);
    respond(StatusCode::OK, "application/vnd.apple.mpegurl", full(body))
}

/// The answer while the session cannot serve: starting, or failed (with the viewer's words).
fn unavailable(app: &App) -> Response<Body> {
    json(StatusCode::SERVICE_UNAVAILABLE, &meter::meter(app))
}

fn parse_index(text: &str, suffix: &str) -> Option<u64> {
    let digits = text.strip_suffix(suffix)?;
    // Canonical decimal only: `/key/01` is not segment 1.
    (digits == "0" || (!digits.starts_with('0') && !digits.is_empty()))
        .then(|| digits.parse().ok())
        .flatten()
}

async fn key(app: &Arc<App>, rest: &str) -> Response<Body> {
    let Some(index) = parse_index(rest, "") else {
        return text(StatusCode::NOT_FOUND, "no such key");
    };
    match app.key(index).await {
        Ok(key) => respond(
            StatusCode::OK,
            "application/octet-stream",
            full(Bytes::copy_from_slice(&key)),
        ),
        Err(e) => {
            let explained = crate::explain::explain(&e, true);
            json(
                StatusCode::BAD_GATEWAY,
                &serde_json::json!({ "error": explained }),
            )
        }
    }
}

async fn segment(app: &Arc<App>, rest: &str) -> Response<Body> {
    let Some(index) = parse_index(rest, ".ts") else {
        return text(StatusCode::NOT_FOUND, "no such segment");
    };
    let Some(session) = app.session() else {
        return unavailable(app);
    };
    match session.ciphertext(index).await {
        Ok(bytes) => respond(StatusCode::OK, "video/mp2t", full(bytes)),
        Err(e) => {
            let explained = crate::explain::explain(&e, true);
            json(
                StatusCode::BAD_GATEWAY,
                &serde_json::json!({ "error": explained }),
            )
        }
    }
}

async fn ad(app: &Arc<App>, rest: &str, token: Option<String>) -> Response<Body> {
    let Some((channel, file)) = rest.split_once('/') else {
        return text(StatusCode::NOT_FOUND, "no such ad");
    };
    let Ok(channel) = channel.parse() else {
        return text(StatusCode::NOT_FOUND, "no such ad");
    };
    let Some(ad) = app.ads.lock().ok().and_then(|a| a.get(&channel).cloned()) else {
        return text(StatusCode::NOT_FOUND, "no such ad");
    };
    if file == "index.m3u8" {
        let seconds = u64::from(ad.segment_seconds);
        let durations = |_: u64| seconds as f64;
        let body = playlist::ad(
            ad.segments,
            ad.segment_seconds,
            &durations,
            token.as_deref(),
        );
        return respond(StatusCode::OK, "application/vnd.apple.mpegurl", full(body));
    }
    let Some(index) = parse_index(file, ".ts").filter(|i| *i < ad.segments) else {
        return text(StatusCode::NOT_FOUND, "no such ad segment");
    };
    let path = app
        .ads
        .lock()
        .map(|a| a.segment_path(&channel, index))
        .unwrap_or_default();
    // The exchange asks the advertiser for a segment once the player reached the one before it,
    // so a player buffering ahead waits here for it.
    let mut changes = app.subscribe();
    let arrived = tokio::time::timeout(AD_SEGMENT_WAIT, async {
        loop {
            let received = app
                .ads
                .lock()
                .ok()
                .and_then(|a| a.get(&channel).map(|ad| ad.received.contains(&index)))
                .unwrap_or(false);
            if received || changes.changed().await.is_err() {
                return received;
            }
        }
    })
    .await;
    if arrived != Ok(true) {
        return text(
            StatusCode::GATEWAY_TIMEOUT,
            "the ad segment has not arrived",
        );
    }
    match tokio::fs::read(&path).await {
        Ok(bytes) => respond(StatusCode::OK, "video/mp2t", full(bytes)),
        Err(_) => text(StatusCode::NOT_FOUND, "the ad segment is gone"),
    }
}

/// Counts an open meter stream while it lives (the grace period starts when the last closes).
struct MeterStream(Arc<App>);

impl Drop for MeterStream {
    fn drop(&mut self) {
        self.0.meters.fetch_sub(1, Ordering::Relaxed);
        self.0.touch();
        self.0.notify();
    }
}

fn events(app: &Arc<App>) -> Response<Body> {
    app.meters.fetch_add(1, Ordering::Relaxed);
    let guard = MeterStream(app.clone());
    let changes = app.subscribe();
    let stream = futures::stream::unfold(
        (guard, changes, true),
        |(guard, mut changes, first)| async move {
            if !first {
                // A change, or a heartbeat once a second.
                let _ = tokio::time::timeout(Duration::from_secs(1), changes.changed()).await;
            }
            let line = format!("data: {}\n\n", meter::meter(&guard.0));
            Some((
                Ok::<_, Infallible>(Frame::data(Bytes::from(line))),
                (guard, changes, false),
            ))
        },
    );
    respond(
        StatusCode::OK,
        "text/event-stream",
        StreamBody::new(stream).boxed_unsync(),
    )
}

/// The JSON body of a POST: only with `Content-Type: application/json`, which no HTML form can
/// send, and at most [`MAX_BODY`] bytes.
async fn json_body(req: Request<Incoming>) -> Result<Bytes, Response<Body>> {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next() == Some("application/json"));
    if !is_json {
        return Err(text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send Content-Type: application/json",
        ));
    }
    Limited::new(req.into_body(), MAX_BODY)
        .collect()
        .await
        .map(http_body_util::Collected::to_bytes)
        .map_err(|_| text(StatusCode::PAYLOAD_TOO_LARGE, "body too large"))
}

async fn progress(app: &Arc<App>, req: Request<Incoming>) -> Response<Body> {
    let body = match json_body(req).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    match serde_json::from_slice::<Report>(&body) {
        Ok(report) => {
            app.progress(report);
            respond(StatusCode::NO_CONTENT, "text/plain", full(Bytes::new()))
        }
        Err(e) => text(
            StatusCode::BAD_REQUEST,
            &format!("not a playback report: {e}"),
        ),
    }
}

async fn stop(app: &Arc<App>, req: Request<Incoming>) -> Response<Body> {
    if let Err(r) = json_body(req).await {
        return r;
    }
    app.end("stopped by the viewer").await;
    json(StatusCode::OK, &meter::meter(app))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_are_canonical() {
        assert_eq!(parse_index("0", ""), Some(0));
        assert_eq!(parse_index("17.ts", ".ts"), Some(17));
        assert_eq!(parse_index("017.ts", ".ts"), None);
        assert_eq!(parse_index("x", ""), None);
        assert_eq!(parse_index("", ""), None);
        assert_eq!(parse_index("-1", ""), None);
        assert_eq!(parse_index("1.ts", ""), None);
    }
}
