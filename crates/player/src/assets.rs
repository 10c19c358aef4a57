//! The page and its code, compiled into the binary so the player works offline: hls.js comes
//! from the project's `node_modules` (npm `hls.js`, pinned in package-lock.json; see build.rs).

/// A static file.
#[derive(Debug, Clone, Copy)]
pub struct Asset {
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// Its bytes.
    pub body: &'static [u8],
}

/// The player page.
pub const INDEX_HTML: &[u8] = include_bytes!("../assets/index.html");

/// What a request without the session secret gets instead of the page.
pub const FORBIDDEN_HTML: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Paratii Player</title></head><body><h1>This player is private</h1><p>It spends your PTI, \
so it only answers the address <code>paratii play</code> printed (it carries a secret). Open that \
address, or run <code>paratii play</code> again.</p></body></html>";

const HLS_JS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hls.min.js"));
const PLAYER_JS: &[u8] = include_bytes!("../assets/player.js");
const PLAYER_CSS: &[u8] = include_bytes!("../assets/player.css");

/// The asset served at `path`, if any.
pub fn get(path: &str) -> Option<Asset> {
    let (content_type, body) = match path {
        "/assets/hls.min.js" => ("text/javascript; charset=utf-8", HLS_JS),
        "/assets/player.js" => ("text/javascript; charset=utf-8", PLAYER_JS),
        "/assets/player.css" => ("text/css; charset=utf-8", PLAYER_CSS),
        _ => return None,
    };
    Some(Asset { content_type, body })
}
