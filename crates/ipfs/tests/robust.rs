//! Properties: reads of arbitrary (hostile) blocks never panic, and import/cat round-trip.

use paratii_ipfs::{AddOptions, BlockStore, Cid, CidVersion, DAG_PB, IpfsError, RAW, cat, import};
use proptest::prelude::*;

fn run<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(f)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn cat_of_arbitrary_dag_pb_bytes_is_an_error_or_data_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let store = BlockStore::open(dir.path()).unwrap();
        let cid = Cid::for_block(CidVersion::V0, DAG_PB, &bytes);
        store.put(&cid, &bytes).unwrap();
        match run(cat(&store, &cid)) {
            Ok(_) | Err(IpfsError::Malformed { .. } | IpfsError::Unsupported { .. } | IpfsError::NotFound(_)) => {}
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }

    #[test]
    fn cid_strings_round_trip(digest_seed in any::<[u8; 16]>(), v1 in any::<bool>(), raw in any::<bool>()) {
        let codec = if raw { RAW } else { DAG_PB };
        let version = if v1 { CidVersion::V1 } else { CidVersion::V0 };
        let cid = Cid::for_block(version, codec, &digest_seed);
        let s = cid.to_string();
        prop_assert_eq!(s.parse::<Cid>().unwrap(), cid);
        prop_assert_eq!(Cid::from_bytes(&cid.to_bytes()).unwrap(), cid);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn import_then_cat_returns_the_bytes(len in 0usize..700_000, seed in any::<u8>(), v1 in any::<bool>()) {
        let data: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect();
        let opts = AddOptions { cid_version: if v1 { CidVersion::V1 } else { CidVersion::V0 } };
        let imported = import(&data, opts);
        let dir = tempfile::tempdir().unwrap();
        let store = BlockStore::open(dir.path()).unwrap();
        prop_assert_eq!(store.put_imported(&imported).unwrap(), imported.root);
        prop_assert_eq!(run(cat(&store, &imported.root)).unwrap(), data);
    }
}
