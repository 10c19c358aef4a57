use super::*;

#[test]
fn base_urls() {
    for (given, base) in [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://gw.example:80/prefix/", "http://gw.example/prefix"),
        ("/ip4/127.0.0.1/tcp/8080", "http://127.0.0.1:8080"),
        ("/ip4/127.0.0.1/tcp/8080/http", "http://127.0.0.1:8080"),
        ("/ip6/::1/tcp/8080", "http://[::1]:8080"),
        ("/dns4/localhost/tcp/8080", "http://localhost:8080"),
    ] {
        assert_eq!(base_url(given).as_deref(), Ok(base), "{given}");
    }
    for bad in [
        "",
        "127.0.0.1:8080",
        "ftp://x",
        "https://ipfs.io",
        "http://u:p@host:1",
        "http://host:1/?x=1",
        "/ip4/127.0.0.1/udp/8080",
        "/ip4/localhost/tcp/8080",
        "/ip4/127.0.0.1/tcp/99999",
        "/dns//tcp/1",
    ] {
        assert!(base_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn cache_keeps_the_newest_dag_and_evicts_by_count_and_size() {
    let block = |i: u32, len: usize| {
        let b = Bytes::from(vec![i as u8; len]);
        (Cid::for_block(crate::CidVersion::V1, crate::RAW, &b), b)
    };
    let mut cache = DagCache::default();
    let big = block(0, (CACHE_BYTES + 1) as usize);
    cache.put(vec![big.clone()]);
    assert_eq!(
        cache.get(&big.0),
        Some(big.1.clone()),
        "an over-budget DAG is kept alone"
    );
    let small = block(1, 10);
    cache.put(vec![small.clone()]);
    assert_eq!(cache.get(&big.0), None);
    for i in 2..(2 + CACHE_DAGS as u32) {
        cache.put(vec![block(i, 10)]);
    }
    assert_eq!(cache.dags.len(), CACHE_DAGS);
    assert_eq!(cache.get(&small.0), None, "the oldest went first");
}
