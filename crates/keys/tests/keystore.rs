//! Keystore directory behaviour, and interoperability with the real `cast wallet`.

use std::path::{Path, PathBuf};
use std::process::Command;

use alloy_primitives::{Address, address};
use paratii_keys::{
    KeyKind, KeysError, Keystore, Password, PasswordSource, address_of_public_key,
    parse_private_key, peer_id,
};

const ANVIL_1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const ANVIL_1_ADDRESS: Address = address!("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

fn pw(s: &str) -> Password {
    Password::new(s.to_owned()).unwrap()
}

#[test]
fn generate_list_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::new(dir.path().join("keys"));
    assert!(
        ks.list(None).unwrap().is_empty(),
        "a missing root lists nothing"
    );

    let w = ks
        .generate(KeyKind::Wallet, "main", &pw("wallet pw"))
        .unwrap();
    let c = ks
        .generate(KeyKind::Comm, "laptop", &pw("comm pw"))
        .unwrap();
    assert_eq!(w.path, dir.path().join("keys/wallets/main.json"));
    assert_eq!(c.path, dir.path().join("keys/comm/laptop.json"));
    assert_eq!(address_of_public_key(&c.public_key), c.address);
    assert_eq!(c.public_key_hex().len(), 2 + 128);
    assert!(c.peer_id.to_string().starts_with("16Uiu2"), "{}", c.peer_id);
    assert_eq!(peer_id(&c.public_key).unwrap(), c.peer_id);

    let list = ks.list(None).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[0].kind, list[0].name.as_str()),
        (KeyKind::Wallet, "main")
    );
    assert_eq!(
        (list[1].kind, list[1].name.as_str()),
        (KeyKind::Comm, "laptop")
    );
    assert_eq!(list[0].address, Some(w.address));
    assert_eq!(list[1].address, Some(c.address));
    assert_eq!(ks.list(Some(KeyKind::Comm)).unwrap().len(), 1);
    assert_eq!(
        ks.address(KeyKind::Wallet, "main").unwrap(),
        Some(w.address)
    );

    let unlocked = ks.unlock(KeyKind::Comm, "laptop", &pw("comm pw")).unwrap();
    assert_eq!(unlocked.address(), c.address);
    assert_eq!(unlocked.public_key(), c.public_key);
    let kp = unlocked.libp2p_keypair().unwrap();
    assert_eq!(kp.public().to_peer_id(), c.peer_id);
    assert_eq!(ks.info(KeyKind::Comm, "laptop", &pw("comm pw")).unwrap(), c);

    // Stray files are ignored; no temporary files are left behind.
    std::fs::write(dir.path().join("keys/comm/notes.txt"), "x").unwrap();
    std::fs::write(dir.path().join("keys/comm/.hidden.json"), "{}").unwrap();
    assert_eq!(ks.list(Some(KeyKind::Comm)).unwrap().len(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("keys/wallets"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("main.json")]);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&w.path), 0o600);
        assert_eq!(mode(&dir.path().join("keys/wallets")), 0o700);
        assert_eq!(mode(&dir.path().join("keys")), 0o700);
    }
}

#[test]
fn import_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::new(dir.path());
    let info = ks
        .import(KeyKind::Wallet, "anvil-1", ANVIL_1, &pw("pw"))
        .unwrap();
    assert_eq!(info.address, ANVIL_1_ADDRESS);
    // Without 0x and with surrounding whitespace.
    let bare = format!("  {}\n", &ANVIL_1[2..]);
    assert_eq!(
        ks.import(KeyKind::Comm, "same", &bare, &pw("pw"))
            .unwrap()
            .address,
        ANVIL_1_ADDRESS
    );

    assert!(matches!(
        ks.import(KeyKind::Wallet, "anvil-1", ANVIL_1, &pw("pw")),
        Err(KeysError::AlreadyExists {
            kind: KeyKind::Wallet,
            ..
        })
    ));
    assert!(matches!(
        ks.generate(KeyKind::Wallet, "anvil-1", &pw("pw")),
        Err(KeysError::AlreadyExists { .. })
    ));
    assert!(matches!(
        ks.unlock(KeyKind::Wallet, "anvil-1", &pw("nope")),
        Err(KeysError::WrongPassword { .. })
    ));
    assert!(matches!(
        ks.unlock(KeyKind::Comm, "anvil-1", &pw("pw")),
        Err(KeysError::NotFound { .. })
    ));
    assert!(matches!(
        ks.address(KeyKind::Comm, "missing"),
        Err(KeysError::NotFound { .. })
    ));

    for bad in [
        "",
        ".hidden",
        "-flag",
        "a/b",
        "../up",
        "with space",
        "ünï",
        &"x".repeat(65),
    ] {
        assert!(
            matches!(
                ks.generate(KeyKind::Comm, bad, &pw("pw")),
                Err(KeysError::InvalidName(_))
            ),
            "{bad:?}"
        );
    }
    for bad in [
        "",
        "0x",
        "0x1234",
        &format!("0x{}", "zz".repeat(32)),
        &format!("0x{}", "00".repeat(32)),
        &format!("0x{}", "ff".repeat(32)),
        &format!("{ANVIL_1}00"),
    ] {
        assert!(
            matches!(parse_private_key(bad), Err(KeysError::InvalidPrivateKey)),
            "{bad:?}"
        );
    }
    let err = ks
        .import(KeyKind::Comm, "bad", "0x1234", &pw("pw"))
        .unwrap_err()
        .to_string();
    assert!(
        !err.contains("1234"),
        "errors never echo key material: {err}"
    );

    std::fs::write(dir.path().join("wallets/broken.json"), "not json").unwrap();
    assert!(matches!(
        ks.address(KeyKind::Wallet, "broken"),
        Err(KeysError::InvalidKeystore { .. })
    ));
    assert!(matches!(
        ks.unlock(KeyKind::Wallet, "broken", &pw("pw")),
        Err(KeysError::Keystore { .. })
    ));
    assert!(matches!(
        Password::new(String::new()),
        Err(KeysError::EmptyPassword)
    ));
}

#[test]
fn password_sources() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pw");
    std::fs::write(&file, "hunter2\n").unwrap();
    let ks = Keystore::new(dir.path());
    let p = PasswordSource::File(file).read_new("test").unwrap();
    ks.generate(KeyKind::Comm, "k", &p).unwrap();
    ks.unlock(KeyKind::Comm, "k", &pw("hunter2")).unwrap();
}

/// The PeerId of anvil account 1's key, computed independently (protobuf `{Secp256k1, compressed
/// key}` in an identity multihash, base58btc).
#[test]
fn peer_id_is_stable() {
    let signer = parse_private_key(ANVIL_1).unwrap();
    let id = peer_id(&signer.public_key()).unwrap();
    assert_eq!(
        id.to_string(),
        "16Uiu2HAm7y4wLLNsMjdvS9dKgbXmmmDr8TaiL2HWZrd6sRFZqGZM"
    );
    assert_eq!(
        signer.public_key().to_string(),
        "0xba5734d8f7091719471e7f7ed6b9df170dc70cc661ca05e688601ad984f068b0\
         d67351e5f06073092499336ab0839ef8a521afd334e53807205fa2f08eec74f4"
    );
    let kp = paratii_keys::libp2p_keypair(&signer).unwrap();
    assert_eq!(kp.public().to_peer_id(), id);
    assert!(id.to_string().starts_with("16Uiu2"));
    let mut bad = signer.public_key();
    bad.0[63] ^= 1;
    assert!(matches!(peer_id(&bad), Err(KeysError::InvalidPublicKey)));
}

/// The real `cast` from `node_modules` (after `npm ci`), `$PARATII_CAST`, or `cast` on `PATH`.
fn cast() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARATII_CAST") {
        return Some(PathBuf::from(p));
    }
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let bundled =
        Path::new(&manifest).join("../../node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    if bundled.is_file() {
        return Some(bundled);
    }
    Command::new("cast")
        .arg("--version")
        .output()
        .ok()
        .map(|_| PathBuf::from("cast"))
}

#[test]
fn cast_reads_our_keystores_and_we_read_casts() {
    let Some(cast) = cast() else {
        if std::env::var_os("PARATII_REQUIRE_CAST").is_some() {
            panic!("cast not found: run `npm ci` or set PARATII_CAST");
        }
        eprintln!(
            "skipping: cast not found (run `npm ci` in the repository root, or set PARATII_CAST)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::new(dir.path());
    let password_file = dir.path().join("password");
    // cast strips trailing whitespace from password files, as PasswordSource::File does.
    std::fs::write(&password_file, "correct horse battery\n").unwrap();
    let password = PasswordSource::File(password_file.clone())
        .read("test")
        .unwrap();

    for (kind, name, key) in [
        (KeyKind::Wallet, "imported", Some(ANVIL_1)),
        (KeyKind::Comm, "fresh", None),
    ] {
        let info = match key {
            Some(k) => ks.import(kind, name, k, &password).unwrap(),
            None => ks.generate(kind, name, &password).unwrap(),
        };
        let out = Command::new(&cast)
            .args(["wallet", "address", "--keystore"])
            .arg(&info.path)
            .arg("--password-file")
            .arg(&password_file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cast failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Address = String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert_eq!(printed, info.address);
    }

    // A keystore written by cast (no `address` field) unlocks here.
    let comm = dir.path().join("comm");
    let out = Command::new(&cast)
        .args(["wallet", "new"])
        .arg(&comm)
        .args(["by-cast", "--unsafe-password", "correct horse battery"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cast failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::rename(comm.join("by-cast"), comm.join("by-cast.json")).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let printed: Address = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Address:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let unlocked = ks.unlock(KeyKind::Comm, "by-cast", &password).unwrap();
    assert_eq!(unlocked.address(), printed);
    assert!(
        ks.list(Some(KeyKind::Comm))
            .unwrap()
            .iter()
            .any(|e| e.name == "by-cast")
    );
}
