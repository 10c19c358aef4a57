//! HLS AES-128 (RFC 8216 §5.2): every segment is encrypted whole with AES-128-CBC and PKCS#7
//! padding, under a key of its own and an explicit IV equal to the segment index, so a standard
//! player given `#EXT-X-KEY:METHOD=AES-128,URI=…,IV=0x<index>` plays it.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::error::{MediaError, Result};

type Enc = cbc::Encryptor<aes::Aes128>;
type Dec = cbc::Decryptor<aes::Aes128>;

/// The HKDF `info` prefix; the full info is `prefix || format || 0x00 || index (u64 big-endian)`.
///
/// Binding the format and the index means a key bought for one segment of one rendition opens
/// nothing else, and the version tag lets a later scheme derive unrelated keys from the same secret.
pub const KEY_INFO_PREFIX: &[u8] = b"paratii/hls-aes-128/v1\x00";

/// A per-video secret: 32 random bytes that never leave the publisher's keystore directory.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct VideoSecret(pub [u8; 32]);

impl std::fmt::Debug for VideoSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VideoSecret(<redacted>)")
    }
}

impl VideoSecret {
    /// A fresh random secret.
    pub fn random() -> Self {
        let mut bytes = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
        Self(bytes)
    }
}

/// The AES-128 key of segment `index` of `format`: HKDF-SHA256 (RFC 5869) with the secret as input
/// keying material, no salt, and the info described at [`KEY_INFO_PREFIX`].
pub fn segment_key(secret: &VideoSecret, format: &str, index: u64) -> [u8; 16] {
    let hk = Hkdf::<Sha256>::new(None, &secret.0);
    let mut info = Vec::with_capacity(KEY_INFO_PREFIX.len() + format.len() + 9);
    info.extend_from_slice(KEY_INFO_PREFIX);
    info.extend_from_slice(format.as_bytes());
    info.push(0);
    info.extend_from_slice(&index.to_be_bytes());
    let mut key = [0u8; 16];
    // 16 bytes is far below HKDF-SHA256's 8160-byte limit, so expand cannot fail.
    hk.expand(&info, &mut key)
        .unwrap_or_else(|_| unreachable!("16 <= 255 * 32"));
    key
}

/// The explicit IV of segment `index`: the index as a 16-byte big-endian number, which is what
/// RFC 8216 says a player uses when `IV` is absent and the media sequence number starts at 0.
pub fn segment_iv(index: u64) -> [u8; 16] {
    let mut iv = [0u8; 16];
    iv[8..].copy_from_slice(&index.to_be_bytes());
    iv
}

/// Encrypts a whole segment.
pub fn encrypt_segment(key: &[u8; 16], index: u64, plaintext: &[u8]) -> Vec<u8> {
    Enc::new(key.into(), &segment_iv(index).into()).encrypt_padded_vec_mut::<Pkcs7>(plaintext)
}

/// Decrypts a whole segment; a wrong key, index or a damaged ciphertext gives
/// [`MediaError::Decrypt`] (bad length or padding), never garbage silently when the padding breaks.
pub fn decrypt_segment(key: &[u8; 16], index: u64, ciphertext: &[u8]) -> Result<Vec<u8>> {
    if ciphertext.is_empty() || !ciphertext.len().is_multiple_of(16) {
        return Err(MediaError::Decrypt {
            index,
            reason: format!(
                "length {} is not a positive multiple of 16",
                ciphertext.len()
            ),
        });
    }
    Dec::new(key.into(), &segment_iv(index).into())
        .decrypt_padded_vec_mut::<Pkcs7>(ciphertext)
        .map_err(|_| MediaError::Decrypt {
            index,
            reason: "bad PKCS#7 padding (wrong key or index, or damaged data)".into(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iv_is_the_index_big_endian() {
        assert_eq!(segment_iv(0), [0; 16]);
        let iv = segment_iv(0x0102);
        assert_eq!(&iv[..14], &[0; 14]);
        assert_eq!(&iv[14..], &[1, 2]);
    }

    #[test]
    fn keys_differ_by_format_index_and_secret() {
        let s = VideoSecret([7; 32]);
        let k = segment_key(&s, "240p30", 0);
        assert_eq!(k, segment_key(&s, "240p30", 0));
        assert_ne!(k, segment_key(&s, "240p30", 1));
        assert_ne!(k, segment_key(&s, "360p30", 0));
        assert_ne!(k, segment_key(&VideoSecret([8; 32]), "240p30", 0));
        assert_eq!(format!("{s:?}"), "VideoSecret(<redacted>)");
    }

    #[test]
    fn round_trip_and_typed_failures() {
        let key = segment_key(&VideoSecret([1; 32]), "240p30", 3);
        for len in [0usize, 1, 15, 16, 17, 188 * 7] {
            let plain: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let ct = encrypt_segment(&key, 3, &plain);
            assert_eq!(ct.len(), (len / 16 + 1) * 16, "PKCS#7 always pads");
            if len > 0 {
                assert_ne!(&ct[..len], &plain[..]);
            }
            assert_eq!(decrypt_segment(&key, 3, &ct).unwrap(), plain);
        }
        let ct = encrypt_segment(&key, 3, b"a segment");
        let wrong = segment_key(&VideoSecret([2; 32]), "240p30", 3);
        assert!(matches!(
            decrypt_segment(&wrong, 3, &ct),
            Err(MediaError::Decrypt { index: 3, .. })
        ));
        assert!(matches!(
            decrypt_segment(&key, 3, &ct[..15]),
            Err(MediaError::Decrypt { .. })
        ));
    }

    #[test]
    fn matches_openssl_cbc() {
        // The same key, IV and plaintext through the `openssl` binary (Debian's, an independent
        // implementation): the output is what any HLS player's AES-128 decryptor expects.
        let key = [0x2bu8; 16];
        let plain = b"paratii segment bytes, not a multiple of 16";
        let ct = encrypt_segment(&key, 5, plain);
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        let out = std::process::Command::new("openssl")
            .args([
                "enc",
                "-aes-128-cbc",
                "-nosalt",
                "-K",
                &hex(&key),
                "-iv",
                &hex(&segment_iv(5)),
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().map(|mut s| s.write_all(plain));
                child.wait_with_output()
            })
            .expect("run openssl");
        assert_eq!(out.stdout, ct);
    }
}
