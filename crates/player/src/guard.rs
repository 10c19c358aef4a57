//! Who may drive the player. The local server spends the viewer's money, and any web page the
//! viewer visits can send requests to 127.0.0.1, so every request passes these checks before a
//! route sees it:
//!
//! 1. **Host** must be this server's own address, exactly `127.0.0.1:PORT` (the address printed):
//!    a page on a rebound DNS name (`evil.example` resolving to 127.0.0.1) sends its own name and
//!    is refused; so is `localhost:PORT`, another origin than the one the cookie belongs to.
//! 2. **Origin**, when the browser sends one (every cross-origin fetch and every POST), must be this
//!    server's origin. No CORS header is ever sent, so no other origin can read an answer either.
//! 3. **Sec-Fetch-Site**, when present, must be `same-origin` (our page) or `none` (the person
//!    opened the URL). Ports do not separate sites, so a page on `127.0.0.1:OTHER` is *same-site*
//!    and would get our SameSite cookie attached to an `<img src=…/key/0>`: this check is what
//!    stops it.
//! 4. **The session secret**: the token in the printed URL (`?token=…`, for players without
//!    cookies such as ffmpeg, mpv or VLC), or the cookie the first visit sets — the cookie only
//!    counts on requests the browser marks as coming from our own page (step 3 present).
//!
//! This is the lesson of Kubo's RPC API (its `checkOrigin`/`checkHost` handlers refuse requests
//! whose Origin or Referer is not allowed, and it refuses browser-originated POSTs without one).

use hyper::header::{COOKIE, HOST, HeaderMap, ORIGIN};

/// The header browsers set on every request they make (Fetch Metadata).
const SEC_FETCH_SITE: &str = "sec-fetch-site";

/// Why a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The Host header is not this server's address.
    #[error("the Host header is not this player's address")]
    ForeignHost,
    /// The Origin header names another origin.
    #[error("the request comes from another web origin")]
    ForeignOrigin,
    /// Fetch Metadata says another site (or a same-site page on another port) sent it.
    #[error("the request was sent by another web page")]
    CrossSite,
    /// A state-changing request (POST) without our Origin.
    #[error("a POST must come from the player's own page")]
    NoOrigin,
    /// The secret in the URL was not opened as a page (an iframe, a script, an image).
    #[error("open the player's address as a page")]
    NotANavigation,
    /// Neither the token nor a valid cookie came with it.
    #[error("the session secret is missing or wrong: open the URL `paratii play` printed")]
    NoSecret,
}

/// How a request proved it belongs to this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authenticated {
    /// With `?token=` in the URL (answers then link with the token too).
    Token,
    /// With the session cookie, from our own page.
    Cookie,
}

/// The checks of one server.
#[derive(Debug, Clone)]
pub struct Guard {
    port: u16,
    token: String,
    cookie: String,
}

impl Guard {
    /// A guard for a server on `127.0.0.1:port` whose secret is `token`.
    pub fn new(port: u16, token: String) -> Self {
        Self {
            port,
            token,
            // Cookies ignore ports: one name per port, so two players never read each other's.
            cookie: format!("paratii_player_{port}"),
        }
    }

    /// The session secret.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The cookie's name.
    pub fn cookie_name(&self) -> &str {
        &self.cookie
    }

    /// The `Set-Cookie` value of the first visit.
    pub fn set_cookie(&self) -> String {
        format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict",
            self.cookie, self.token
        )
    }

    /// Checks 1–3: whether any route may see this request.
    pub fn admit(&self, headers: &HeaderMap) -> Result<(), Refusal> {
        let host = headers
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .ok_or(Refusal::ForeignHost)?;
        if !self.is_own_authority(host) {
            return Err(Refusal::ForeignHost);
        }
        if let Some(origin) = headers.get(ORIGIN) {
            let own = origin
                .to_str()
                .ok()
                .and_then(|o| o.strip_prefix("http://"))
                .is_some_and(|authority| self.is_own_authority(authority));
            if !own {
                return Err(Refusal::ForeignOrigin);
            }
        }
        match fetch_site(headers) {
            None | Some("same-origin" | "none") => Ok(()),
            Some(_) => Err(Refusal::CrossSite),
        }
    }

    /// Check 4, after [`Guard::admit`]: the token in `query`, or the cookie from our own page.
    pub fn authenticate(
        &self,
        headers: &HeaderMap,
        query: Option<&str>,
    ) -> Result<Authenticated, Refusal> {
        if query_param(query, "token").is_some_and(|t| constant_time_eq(t, &self.token)) {
            return Ok(Authenticated::Token);
        }
        // A cookie alone proves nothing without Fetch Metadata: the browser would attach it to
        // requests from any page on 127.0.0.1, whatever the port.
        if fetch_site(headers).is_none() {
            return Err(Refusal::NoSecret);
        }
        let cookie = headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == self.cookie)
            .map(|(_, value)| value);
        match cookie {
            Some(value) if constant_time_eq(value, &self.token) => Ok(Authenticated::Cookie),
            _ => Err(Refusal::NoSecret),
        }
    }

    /// For POSTs: browsers always send Origin on them, so its absence means no page of ours
    /// sent it (and [`Guard::admit`] already refused any other origin).
    pub fn require_origin(&self, headers: &HeaderMap) -> Result<(), Refusal> {
        if headers.contains_key(ORIGIN) {
            Ok(())
        } else {
            Err(Refusal::NoOrigin)
        }
    }

    /// For the first visit that trades the token for a cookie: only a top-level page load may
    /// set it, never a frame or a subresource that a hostile page holding the token could load.
    pub fn require_navigation(&self, headers: &HeaderMap) -> Result<(), Refusal> {
        match headers
            .get("sec-fetch-dest")
            .map(|v| v.to_str().unwrap_or("?"))
        {
            None | Some("document") => Ok(()),
            Some(_) => Err(Refusal::NotANavigation),
        }
    }

    fn is_own_authority(&self, authority: &str) -> bool {
        authority
            .strip_prefix("127.0.0.1:")
            .is_some_and(|p| p == self.port.to_string())
    }
}

fn fetch_site(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(SEC_FETCH_SITE)
        .map(|v| v.to_str().unwrap_or("?"))
}

/// The value of `name` in a URL query (`a=1&token=…`); no percent-decoding (tokens are hex).
pub fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Compares two secrets without returning early at the first differing byte.
fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn guard() -> Guard {
        Guard::new(4100, "ab".repeat(32))
    }

    #[test]
    fn host_must_be_ours() {
        let g = guard();
        assert_eq!(g.admit(&headers(&[("host", "127.0.0.1:4100")])), Ok(()));
        for bad in [
            "localhost:4100",
            "evil.example:4100",
            "127.0.0.1:4101",
            "127.0.0.1",
            "127.0.0.1:4100.evil.example",
            "localhost.evil.example:4100",
        ] {
            assert_eq!(
                g.admit(&headers(&[("host", bad)])),
                Err(Refusal::ForeignHost),
                "{bad}"
            );
        }
        assert_eq!(g.admit(&HeaderMap::new()), Err(Refusal::ForeignHost));
    }

    #[test]
    fn origin_and_fetch_site() {
        let g = guard();
        let ok = headers(&[
            ("host", "127.0.0.1:4100"),
            ("origin", "http://127.0.0.1:4100"),
            ("sec-fetch-site", "same-origin"),
        ]);
        assert_eq!(g.admit(&ok), Ok(()));
        let other_port = headers(&[
            ("host", "127.0.0.1:4100"),
            ("origin", "http://127.0.0.1:9999"),
        ]);
        assert_eq!(g.admit(&other_port), Err(Refusal::ForeignOrigin));
        let null = headers(&[("host", "127.0.0.1:4100"), ("origin", "null")]);
        assert_eq!(g.admit(&null), Err(Refusal::ForeignOrigin));
        // An <img> from a page on another port: no Origin, but Fetch Metadata says same-site.
        let img = headers(&[("host", "127.0.0.1:4100"), ("sec-fetch-site", "same-site")]);
        assert_eq!(g.admit(&img), Err(Refusal::CrossSite));
        let cross = headers(&[("host", "127.0.0.1:4100"), ("sec-fetch-site", "cross-site")]);
        assert_eq!(g.admit(&cross), Err(Refusal::CrossSite));
    }

    #[test]
    fn posts_need_our_origin_and_the_cookie_needs_a_page_load() {
        let g = guard();
        assert_eq!(g.require_origin(&HeaderMap::new()), Err(Refusal::NoOrigin));
        let posted = headers(&[("origin", "http://127.0.0.1:4100")]);
        assert_eq!(g.require_origin(&posted), Ok(()));
        assert_eq!(g.require_navigation(&HeaderMap::new()), Ok(()));
        let page = headers(&[("sec-fetch-dest", "document")]);
        assert_eq!(g.require_navigation(&page), Ok(()));
        let frame = headers(&[("sec-fetch-dest", "iframe")]);
        assert_eq!(g.require_navigation(&frame), Err(Refusal::NotANavigation));
    }

    #[test]
    fn secret_by_token_or_cookie_from_our_page() {
        let g = guard();
        let token = g.token().to_owned();
        let query = format!("token={token}");
        assert_eq!(
            g.authenticate(&HeaderMap::new(), Some(&query)),
            Ok(Authenticated::Token)
        );
        assert_eq!(
            g.authenticate(&HeaderMap::new(), Some("token=00")),
            Err(Refusal::NoSecret)
        );
        let cookie = format!("other=1; paratii_player_4100={token}");
        let from_page = headers(&[("cookie", &cookie), ("sec-fetch-site", "same-origin")]);
        assert_eq!(g.authenticate(&from_page, None), Ok(Authenticated::Cookie));
        // The same cookie without Fetch Metadata (not provably from our page) is not enough.
        let bare = headers(&[("cookie", &cookie)]);
        assert_eq!(g.authenticate(&bare, None), Err(Refusal::NoSecret));
        // Another player's cookie (another port) does not open this one.
        let wrong = format!("paratii_player_4101={token}");
        let wrong = headers(&[("cookie", &wrong), ("sec-fetch-site", "same-origin")]);
        assert_eq!(g.authenticate(&wrong, None), Err(Refusal::NoSecret));
    }
}
