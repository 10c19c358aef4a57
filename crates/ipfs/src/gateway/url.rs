//! A gateway's base URL, from what a user types: an http URL or a multiaddr.

use reqwest::Url;

/// `http://host:port[/prefix]` without trailing slash, from an http URL or a multiaddr.
pub(crate) fn base_url(url: &str) -> Result<String, String> {
    let http = if url.starts_with('/') {
        multiaddr_to_http(url)?
    } else {
        url.to_owned()
    };
    let parsed = Url::parse(&http).map_err(|e| e.to_string())?;
    match parsed.scheme() {
        "http" => {}
        "https" => {
            return Err(
                "https is not supported (no TLS in this build; every block is verified \
                        against its CID, so use an http:// gateway, e.g. a local one)"
                    .into(),
            );
        }
        other => {
            return Err(format!(
                "scheme {other:?}: expected http://host:port or a multiaddr"
            ));
        }
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err("no host".into());
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err("credentials in the URL are not supported".into());
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err("a gateway base URL takes no query or fragment".into());
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// `/ip4/A/tcp/P`, `/ip6/A/tcp/P`, `/dns{,4,6}/H/tcp/P`, optionally followed by `/http`.
fn multiaddr_to_http(addr: &str) -> Result<String, String> {
    let parts: Vec<&str> = addr.split('/').collect();
    let bad =
        || format!("multiaddr {addr:?}: expected /ip4|/ip6|/dns|/dns4|/dns6/HOST/tcp/PORT[/http]");
    let (proto, host, port) = match parts.as_slice() {
        ["", proto, host, "tcp", port] | ["", proto, host, "tcp", port, "http"] => {
            (*proto, *host, *port)
        }
        _ => return Err(bad()),
    };
    let port: u16 = port.parse().map_err(|_| bad())?;
    match proto {
        "ip4" => host
            .parse::<std::net::Ipv4Addr>()
            .map(|ip| format!("http://{ip}:{port}"))
            .map_err(|_| bad()),
        "ip6" => host
            .parse::<std::net::Ipv6Addr>()
            .map(|ip| format!("http://[{ip}]:{port}"))
            .map_err(|_| bad()),
        "dns" | "dns4" | "dns6" if !host.is_empty() => Ok(format!("http://{host}:{port}")),
        _ => Err(bad()),
    }
}
