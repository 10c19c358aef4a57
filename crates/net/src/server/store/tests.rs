//! The store's tests: what survives a reopen or a crash, and what a damaged file gives.

use super::*;

fn record(id: u8, balance: u64) -> StoredChannel {
    StoredChannel {
        id: B256::repeat_byte(id),
        role: Role::Content,
        channel: Bytes::from(vec![1, 2, 3]),
        payer: Address::repeat_byte(2),
        payer_public_key: Bytes::from(vec![4; 64]),
        payer_key: Address::repeat_byte(3),
        cid: "Qm".into(),
        format: "240p30".into(),
        total: 10,
        delivered: vec![0b111],
        balance,
        signature: None,
        last_request: None,
        last_delivered: vec![],
        last_keys: false,
        previous: None,
        cashed: 0,
        closed: false,
    }
}

/// The records, by id.
fn records(store: &ChannelStore) -> Vec<StoredChannel> {
    let mut all: Vec<_> = store.load().unwrap().into_iter().map(|(r, _)| r).collect();
    all.sort_by_key(|r| r.id);
    all
}

#[tokio::test]
async fn writes_survive_a_reopen_and_batch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    {
        let store = ChannelStore::open(&path).unwrap();
        let writes: Vec<_> = (0..200u8)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move { store.put(record(i, u64::from(i)), None).await })
            })
            .collect();
        for w in writes {
            w.await.unwrap().unwrap();
        }
        store.put(record(7, 99), None).await.unwrap();
    }
    let store = ChannelStore::open(&path).unwrap();
    let all = records(&store);
    assert_eq!(all.len(), 200);
    assert_eq!(all[7].balance, 99, "the latest write wins");
}

/// What a crash leaves: the database as of its last synced commit, the rest in the log.
#[tokio::test]
async fn the_log_alone_brings_back_what_the_database_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let before = dir.path().join("before.redb");
    {
        let store = ChannelStore::open(&path).unwrap();
        store.put(record(1, 1), None).await.unwrap();
    }
    // Reopened, so the log was folded into the database and started again.
    drop(ChannelStore::open(&path).unwrap());
    std::fs::copy(&path, &before).unwrap();
    {
        let store = ChannelStore::open(&path).unwrap();
        store.put(record(1, 5), None).await.unwrap();
        store.put(record(2, 3), None).await.unwrap();
    }
    std::fs::copy(&before, &path).unwrap();
    let store = ChannelStore::open(&path).unwrap();
    let all = records(&store);
    assert_eq!(
        all.iter().map(|r| r.balance).collect::<Vec<_>>(),
        [5, 3],
        "both writes came back from the log"
    );
}

#[tokio::test]
async fn checkpoints_start_the_log_again_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let small = 8192 + 16 * 1024;
    {
        let store = ChannelStore::open_with_log(path.clone(), small).unwrap();
        // About 40 records fill this log: several checkpoints, and the last writes after
        // the last one are in the log only.
        for balance in 0..300u64 {
            let id = u8::try_from(balance % 7).unwrap();
            store.put(record(id, balance), None).await.unwrap();
        }
        // A record larger than the whole log goes straight to a synced commit.
        let mut big = record(9, 1);
        big.delivered = vec![u64::MAX; 4096];
        store.put(big, None).await.unwrap();
        store.put(record(8, 2), None).await.unwrap();
    }
    for log in super::logs::log_paths(&path) {
        let size = std::fs::metadata(log).unwrap().len();
        assert_eq!(size, small, "a log never grows");
    }
    let store = ChannelStore::open_with_log(path, small).unwrap();
    let all = records(&store);
    let balances: Vec<_> = all.iter().map(|r| r.balance).collect();
    assert_eq!(balances, [294, 295, 296, 297, 298, 299, 293, 2, 1]);
    assert_eq!(all[8].delivered.len(), 4096);
}

#[tokio::test]
async fn a_damaged_log_is_a_typed_error_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    drop(ChannelStore::open(&path).unwrap());
    std::fs::write(&super::logs::log_paths(&path)[1], vec![0u8; 3 * 4096]).unwrap();
    let err = ChannelStore::open(&path).unwrap_err();
    assert!(
        matches!(&err, NetError::Store { reason, .. } if reason.contains("move it away")),
        "{err}"
    );
}

fn tx(kind: &str, balance: u64) -> StoredTx {
    StoredTx {
        kind: kind.into(),
        balance,
        tx: B256::repeat_byte(u8::try_from(balance % 251).unwrap()),
        gas_used: 40_000 + balance,
        reason: None,
    }
}

/// The channel's record as the database holds it.
fn raw_record(path: &Path, id: u8) -> Vec<u8> {
    let db = Database::create(path).unwrap();
    let txn = db.begin_read().unwrap();
    let table = txn.open_table(CHANNELS).unwrap();
    table.get(&[id; 32]).unwrap().unwrap().value().to_vec()
}

/// A channel's transactions do not ride along with every payment's write: the record stays
/// the size it had at its opening, and every transaction comes back in order, from the database
/// or, after a crash, from the log.
#[tokio::test]
async fn transactions_are_stored_apart_and_come_back_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let before = dir.path().join("before.redb");
    let opened_size;
    {
        let store = ChannelStore::open(&path).unwrap();
        store
            .put(record(1, 0), Some((0, tx("open", 0))))
            .await
            .unwrap();
        drop(store);
        opened_size = raw_record(&path, 1).len();
        let store = ChannelStore::open(&path).unwrap();
        // A long video: a payment per segment, a withdrawal every fourth.
        for balance in 1..=1200u64 {
            let withdrawal = (balance % 4 == 0)
                .then(|| (u32::try_from(balance / 4).unwrap(), tx("withdraw", balance)));
            store.put(record(1, balance), withdrawal).await.unwrap();
        }
    }
    drop(ChannelStore::open(&path).unwrap());
    assert_eq!(
        raw_record(&path, 1).len(),
        opened_size + 3,
        "the record grew by its balance's digits only, not by 300 withdrawals"
    );
    std::fs::copy(&path, &before).unwrap();
    {
        let store = ChannelStore::open(&path).unwrap();
        store
            .put(record(1, 1201), Some((301, tx("close", 1201))))
            .await
            .unwrap();
    }
    // The crash: the database as it was before the close, which only the log still holds.
    std::fs::copy(&before, &path).unwrap();
    let store = ChannelStore::open(&path).unwrap();
    let loaded = store.load().unwrap();
    assert_eq!(loaded.len(), 1);
    let (record, txs) = &loaded[0];
    assert_eq!(record.balance, 1201);
    let expected: Vec<StoredTx> = std::iter::once(tx("open", 0))
        .chain((1..=300).map(|i| tx("withdraw", i * 4)))
        .chain([tx("close", 1201)])
        .collect();
    assert_eq!(txs, &expected);
}

/// A record with its transactions inside, as the store wrote it before they had a table:
/// `{…, "txs": […]}`.
fn legacy_record(id: u8, balance: u64, txs: &[StoredTx]) -> Vec<u8> {
    let mut value = serde_json::to_value(record(id, balance)).unwrap();
    value["txs"] = serde_json::to_value(txs).unwrap();
    serde_json::to_vec(&value).unwrap()
}

/// A store written by the release before: transactions inside the records, in the database
/// and in the log. On open they move to the table, in order, and the next write of the record
/// loses none of them.
#[tokio::test]
async fn transactions_inside_records_of_the_release_before_move_to_their_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    drop(ChannelStore::open(&path).unwrap());
    let log_path = &super::logs::log_paths(&path)[0];
    super::log::write_older_header(log_path, true);
    let in_db = [tx("open", 0), tx("withdraw", 4), tx("withdraw", 8)];
    let in_log = [tx("open", 0), tx("withdraw", 4)];
    {
        let db = Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(CHANNELS)
            .unwrap()
            .insert(&[1; 32], legacy_record(1, 9, &in_db).as_slice())
            .unwrap();
        txn.commit().unwrap();
        let (mut log, replay) = super::log::Log::open(log_path, LOG_BYTES).unwrap();
        assert!(replay.is_empty() && !log.is_current());
        let mut entry = vec![2; 32];
        entry.extend(legacy_record(2, 5, &in_log));
        log.append(&[entry]).unwrap();
    }
    let store = ChannelStore::open(&path).unwrap();
    let mut loaded = store.load().unwrap();
    loaded.sort_by_key(|(r, _)| r.id);
    let balances: Vec<_> = loaded.iter().map(|(r, _)| r.balance).collect();
    assert_eq!(balances, [9, 5]);
    assert_eq!(loaded[0].1, in_db);
    assert_eq!(loaded[1].1, in_log);
    store
        .put(record(1, 12), Some((3, tx("withdraw", 12))))
        .await
        .unwrap();
    drop(store);
    let raw = raw_record(&path, 1);
    assert!(
        !String::from_utf8_lossy(&raw).contains("\"txs\""),
        "the record no longer holds its transactions"
    );
    let store = ChannelStore::open(&path).unwrap();
    let mut loaded = store.load().unwrap();
    loaded.sort_by_key(|(r, _)| r.id);
    let mut expected = in_db.to_vec();
    expected.push(tx("withdraw", 12));
    assert_eq!(loaded[0].1, expected);
    assert_eq!(loaded[1].1, in_log);
}

#[test]
fn a_log_entry_whose_transaction_names_another_channel_is_refused() {
    let mut entry = tx_entry(&B256::repeat_byte(1), 0, &tx("open", 0)).unwrap();
    entry[40] = 9;
    assert!(matches!(split_entry(&entry), Err(e) if e.contains("another channel")));
    assert!(matches!(split_entry(&[1; 20]), Err(e) if e.contains("too short")));
}

/// A write too large for the log goes straight to the database; the older writes of the same
/// channel still in the log must not be put back over it when the store is opened again.
#[tokio::test]
async fn a_write_too_large_for_the_log_is_not_undone_by_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let small = 8192 + 16 * 1024;
    {
        let store = ChannelStore::open_with_log(path.clone(), small).unwrap();
        store.put(record(1, 5), None).await.unwrap();
        let mut big = record(1, 6);
        big.delivered = vec![u64::MAX; 4096];
        store.put(big, None).await.unwrap();
    }
    let store = ChannelStore::open_with_log(path, small).unwrap();
    let all = records(&store);
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].balance, 6,
        "the log's older write came back over the newer one"
    );
    assert_eq!(all[0].delivered.len(), 4096);
}

/// The writer holds entries back from the database and puts them there many at a time; a read
/// of the live store still sees every write answered, before and after such a commit, and so
/// does the next open.
#[tokio::test]
async fn a_live_store_reads_every_write_the_database_has_not_caught_up_with() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let channel = |n: u16, balance: u64| {
        let mut r = record(0, balance);
        r.id = B256::left_padding_from(&n.to_be_bytes());
        r
    };
    let balances = |all: Vec<(StoredChannel, Vec<StoredTx>)>| {
        let mut by_id: Vec<_> = all.into_iter().map(|(r, _)| (r.id, r.balance)).collect();
        by_id.sort();
        by_id.into_iter().map(|(_, b)| b).collect::<Vec<_>>()
    };
    let store = ChannelStore::open(&path).unwrap();
    // Fewer channels than make the writer commit to the database: all held back.
    for n in 0..10u16 {
        store.put(channel(n, 1), None).await.unwrap();
    }
    assert_eq!(balances(store.load().unwrap()), vec![1; 10]);
    // More than that: some commits made on the way, the last ones held back again.
    for n in 0..1500u16 {
        store.put(channel(n, 2), None).await.unwrap();
    }
    store.put(channel(7, 3), None).await.unwrap();
    let mut expected = vec![2; 1500];
    expected[7] = 3;
    assert_eq!(balances(store.load().unwrap()), expected);
    drop(store);
    let store = ChannelStore::open(&path).unwrap();
    assert_eq!(balances(store.load().unwrap()), expected);
}

/// A write's answer comes after its entries are where a read finds them: each load right after a
/// put has it (the writer once answered first, and a load in between read the write before).
#[tokio::test]
async fn a_load_right_after_a_put_reads_that_put() {
    let dir = tempfile::tempdir().unwrap();
    let store = ChannelStore::open(dir.path().join("channels.redb")).unwrap();
    for balance in 1..=400u64 {
        store.put(record(0, balance), None).await.unwrap();
        let all = records(&store);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].balance, balance, "a load missed the put before it");
    }
}

/// What a crash leaves with two logs: whichever file holds the newer generation, its entries
/// come back over the older one's, and both over the database's last synced commit.
#[tokio::test]
async fn the_newer_log_is_replayed_over_the_older_whichever_file_it_is() {
    for newer_in_second in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("channels.redb");
        drop(ChannelStore::open(&path).unwrap());
        let [first, second] = super::logs::log_paths(&path);
        let (older, newer) = if newer_in_second {
            (first, second)
        } else {
            (second, first)
        };
        let entry = |id: u8, balance: u64| record_entry(&record(id, balance)).unwrap();
        {
            let (mut log, _) = super::log::Log::open(&older, LOG_BYTES).unwrap();
            log.restart(7).unwrap();
            log.append(&[entry(1, 10), entry(2, 4)]).unwrap();
            let (mut log, _) = super::log::Log::open(&newer, LOG_BYTES).unwrap();
            log.restart(8).unwrap();
            log.append(&[entry(1, 20)]).unwrap();
        }
        let store = ChannelStore::open(&path).unwrap();
        let balances: Vec<_> = records(&store).iter().map(|r| r.balance).collect();
        assert_eq!(
            balances,
            [20, 4],
            "newer log in the second file: {newer_in_second}"
        );
        // Both started again once replayed: a second open finds the same, from the database.
        drop(store);
        let store = ChannelStore::open(&path).unwrap();
        let balances: Vec<_> = records(&store).iter().map(|r| r.balance).collect();
        assert_eq!(balances, [20, 4]);
    }
}

/// After a checkpoint the log it covered still holds its entries; a later synced commit of newer
/// writes of the same channel (a write larger than a log) must not leave them to be replayed over
/// it.
#[tokio::test]
async fn a_write_too_large_for_a_log_is_not_undone_by_the_log_checkpointed_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    let small = 8192 + 16 * 1024;
    // Enough writes of another channel to pass half a log (the writer's measure: of the file)
    // once: a checkpoint, and channel 1's write is in the log it covered only.
    let entry = record_entry(&record(2, 10)).unwrap().len() + 16;
    let last = u64::try_from(usize::try_from(small / 2).unwrap() / entry + 2).unwrap();
    {
        let store = ChannelStore::open_with_log(path.clone(), small).unwrap();
        store.put(record(1, 5), None).await.unwrap();
        for balance in 0..=last {
            store.put(record(2, balance), None).await.unwrap();
        }
        let mut big = record(1, 6);
        big.delivered = vec![u64::MAX; 4096];
        store.put(big, None).await.unwrap();
    }
    let store = ChannelStore::open_with_log(path, small).unwrap();
    let all = records(&store);
    assert_eq!(
        all.iter().map(|r| r.balance).collect::<Vec<_>>(),
        [6, last],
        "a log's older write came back over the newer one"
    );
}

/// A store of the release with one log: its log is read, and its header is written again as
/// this release's, so that release refuses the store instead of replaying one log of two.
#[tokio::test]
async fn a_store_with_one_log_is_read_and_its_log_rewritten_as_this_releases() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("channels.redb");
    drop(ChannelStore::open(&path).unwrap());
    let [first, second] = super::logs::log_paths(&path);
    std::fs::remove_file(&second).unwrap();
    super::log::write_older_header(&first, false);
    {
        let (mut log, _) = super::log::Log::open(&first, LOG_BYTES).unwrap();
        log.append(&[record_entry(&record(3, 8)).unwrap()]).unwrap();
    }
    let store = ChannelStore::open(&path).unwrap();
    assert_eq!(records(&store)[0].balance, 8);
    drop(store);
    for log in [first, second] {
        let (log, entries) = super::log::Log::open(&log, LOG_BYTES).unwrap();
        assert!(log.is_current() && entries.is_empty());
    }
}

/// Under load the writer spaces its log appends (and so its `fdatasync`s) by `APPEND_SPACING`:
/// one task's back-to-back puts, each a batch of its own, take at least that long each after the
/// first. (A lower bound only: a slow machine cannot fail it.)
#[tokio::test]
async fn back_to_back_appends_are_spaced() {
    let dir = tempfile::tempdir().unwrap();
    let store = ChannelStore::open(dir.path().join("channels.redb")).unwrap();
    store.put(record(0, 0), None).await.unwrap();
    let start = std::time::Instant::now();
    let puts = 100u32;
    for balance in 1..=puts {
        store
            .put(record(0, u64::from(balance)), None)
            .await
            .unwrap();
    }
    let took = start.elapsed();
    assert!(
        took >= super::writer::APPEND_SPACING * (puts - 1),
        "{puts} appends in {took:?}"
    );
}
