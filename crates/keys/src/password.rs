//! Where keystore passwords come from. A password is never printed, logged or taken from the
//! command line itself.

use std::fmt;
use std::path::PathBuf;

use zeroize::Zeroizing;

use crate::error::{KeysError, Result};

/// A keystore password, wiped from memory on drop; `Debug` does not show it.
#[derive(Clone)]
pub struct Password(Zeroizing<String>);

impl Password {
    /// Wraps a password; it must not be empty.
    pub fn new(password: String) -> Result<Self> {
        let password = Zeroizing::new(password);
        if password.is_empty() {
            return Err(KeysError::EmptyPassword);
        }
        Ok(Self(password))
    }

    /// The password bytes, to hand to the keystore code.
    pub fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// Where to read a password from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// Ask on the terminal without echo (`rpassword`).
    Prompt,
    /// A file's contents with trailing whitespace removed, exactly as `cast --password-file` reads it.
    File(PathBuf),
    /// The value of an environment variable.
    Env(String),
}

impl PasswordSource {
    /// Reads a password to unlock an existing key. `what` names the key in the prompt.
    pub fn read(&self, what: &str) -> Result<Password> {
        match self {
            Self::Prompt => prompt(&format!("Password for {what}: ")),
            Self::File(path) => read_file(path),
            Self::Env(var) => read_env(var),
        }
    }

    /// Reads a password for a new key: at a prompt it is asked twice and both must match.
    pub fn read_new(&self, what: &str) -> Result<Password> {
        match self {
            Self::Prompt => {
                let first = prompt(&format!("New password for {what}: "))?;
                let second = prompt(&format!("Repeat the password for {what}: "))?;
                if first.expose() != second.expose() {
                    return Err(KeysError::PasswordMismatch);
                }
                Ok(first)
            }
            other => other.read(what),
        }
    }
}

fn prompt(text: &str) -> Result<Password> {
    let password = rpassword::prompt_password(text).map_err(KeysError::Prompt)?;
    Password::new(password)
}

fn read_file(path: &std::path::Path) -> Result<Password> {
    let contents =
        Zeroizing::new(
            std::fs::read_to_string(path).map_err(|source| KeysError::Io {
                action: "reading password file",
                path: path.to_owned(),
                source,
            })?,
        );
    Password::new(contents.trim_end().to_owned())
}

fn read_env(var: &str) -> Result<Password> {
    let value = std::env::var(var).map_err(|_| KeysError::PasswordEnvMissing(var.to_owned()))?;
    Password::new(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_source() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pw");
        std::fs::write(&p, " s3cret pass \r\n\n").unwrap();
        let pw = PasswordSource::File(p.clone()).read("k").unwrap();
        assert_eq!(pw.expose(), b" s3cret pass");
        assert_eq!(format!("{pw:?}"), "Password(<redacted>)");
        std::fs::write(&p, " \n").unwrap();
        assert!(matches!(
            PasswordSource::File(p.clone()).read("k"),
            Err(KeysError::EmptyPassword)
        ));
        let missing = dir.path().join("none");
        assert!(matches!(
            PasswordSource::File(missing).read("k"),
            Err(KeysError::Io { .. })
        ));
    }

    #[test]
    fn env_source() {
        // Only read variables that the test environment certainly lacks or has.
        let err = PasswordSource::Env("PARATII_TEST_SURELY_UNSET_VARIABLE".into()).read("k");
        assert!(
            matches!(err, Err(KeysError::PasswordEnvMissing(v)) if v == "PARATII_TEST_SURELY_UNSET_VARIABLE")
        );
        if std::env::var("PATH").is_ok() {
            assert!(PasswordSource::Env("PATH".into()).read("k").is_ok());
        }
    }
}
