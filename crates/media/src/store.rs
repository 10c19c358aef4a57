//! Per-video secrets in the publisher's keystore directory: `<keystore>/videos/<name>.json`,
//! Web3 Secret Storage (scrypt + AES-128-CTR, the format of the wallet keys) under the same
//! password as the wallet.
//!
//! The name is `<source sha256>-<settings hash>` rather than the video's CID: the directory CID is
//! computed from the ciphertexts, which depend on the secret, so the secret must be found before
//! the CID exists. Keying it by what determines the plaintext (the source bytes and the upload
//! settings) lets a re-run or a resumed upload find the same secret and produce the same CIDs.

use std::fs;
use std::path::{Path, PathBuf};

use paratii_keys::Password;
use zeroize::Zeroizing;

use crate::error::{MediaError, Result, io};
use crate::hls::VideoSecret;

/// The subdirectory of the keystore root holding video secrets.
pub const SECRETS_DIR: &str = "videos";

/// The file of secret `name` under keystore root `keystore`.
pub fn secret_path(keystore: &Path, name: &str) -> PathBuf {
    keystore.join(SECRETS_DIR).join(format!("{name}.json"))
}

fn secret_err(path: &Path, reason: impl ToString) -> MediaError {
    MediaError::Secret {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io("restricting", path))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

/// Stores `secret` as `name`, encrypted under `password`; never overwrites an existing secret.
pub fn save_secret(
    keystore: &Path,
    name: &str,
    secret: &VideoSecret,
    password: &Password,
) -> Result<PathBuf> {
    let dir = keystore.join(SECRETS_DIR);
    let path = secret_path(keystore, name);
    fs::create_dir_all(&dir).map_err(io("creating", &dir))?;
    restrict(keystore, 0o700)?;
    restrict(&dir, 0o700)?;
    // Written under a temporary name and linked into place: linking fails when the name exists,
    // so a secret that already encrypts published segments is never replaced.
    let tmp_name = format!(".{name}.{}.tmp", std::process::id());
    let tmp = dir.join(&tmp_name);
    let result = (|| {
        eth_keystore::encrypt_key(
            &dir,
            &mut rand::thread_rng(),
            secret.0,
            password.expose(),
            Some(&tmp_name),
        )
        .map_err(|e| secret_err(&tmp, e))?;
        restrict(&tmp, 0o600)?;
        fs::hard_link(&tmp, &path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                secret_err(&path, "a secret with this name already exists")
            } else {
                secret_err(&path, e)
            }
        })
    })();
    let _ = fs::remove_file(&tmp);
    result?;
    Ok(path)
}

/// Decrypts secret `name`; `Ok(None)` when there is none.
pub fn load_secret(
    keystore: &Path,
    name: &str,
    password: &Password,
) -> Result<Option<VideoSecret>> {
    let path = secret_path(keystore, name);
    if !path.is_file() {
        return Ok(None);
    }
    let bytes = Zeroizing::new(eth_keystore::decrypt_key(&path, password.expose()).map_err(
        |e| match e {
            eth_keystore::KeystoreError::MacMismatch => {
                MediaError::SecretWrongPassword { path: path.clone() }
            }
            other => secret_err(&path, other),
        },
    )?);
    let array: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| secret_err(&path, format!("holds {} bytes, not 32", bytes.len())))?;
    Ok(Some(VideoSecret(array)))
}

/// The secret `name`, created (random) and stored on first use.
pub fn load_or_create_secret(
    keystore: &Path,
    name: &str,
    password: &Password,
) -> Result<(VideoSecret, bool)> {
    if let Some(secret) = load_secret(keystore, name, password)? {
        return Ok((secret, false));
    }
    let secret = VideoSecret::random();
    save_secret(keystore, name, &secret, password)?;
    Ok((secret, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_wrong_password_no_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let pw = Password::new("pw".into()).unwrap();
        assert!(load_secret(dir.path(), "v", &pw).unwrap().is_none());
        let (s, created) = load_or_create_secret(dir.path(), "v", &pw).unwrap();
        assert!(created);
        let (again, created) = load_or_create_secret(dir.path(), "v", &pw).unwrap();
        assert!(!created);
        assert_eq!(s, again);
        let text = fs::read_to_string(secret_path(dir.path(), "v")).unwrap();
        let hex: String = s.0.iter().map(|b| format!("{b:02x}")).collect();
        assert!(!text.contains(&hex), "the file holds no plaintext secret");
        assert!(text.contains("scrypt"));
        let wrong = Password::new("other".into()).unwrap();
        assert!(matches!(
            load_secret(dir.path(), "v", &wrong),
            Err(MediaError::SecretWrongPassword { .. })
        ));
        assert!(matches!(
            save_secret(dir.path(), "v", &VideoSecret([0; 32]), &pw),
            Err(MediaError::Secret { .. })
        ));
        assert_eq!(load_secret(dir.path(), "v", &pw).unwrap().unwrap(), s);
    }
}
