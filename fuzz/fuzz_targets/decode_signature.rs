//! Any bytes as a signature and digest: validation and recovery never panic, and an accepted
//! signature's high-s twin is always rejected.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paratii_protocol::Sig;
use paratii_protocol::eip712::B256;

fuzz_target!(|data: &[u8]| {
    let (digest, sig) = if data.len() >= 32 {
        data.split_at(32)
    } else {
        (&[][..], data)
    };
    let digest = if digest.len() == 32 {
        B256::from_slice(digest)
    } else {
        B256::ZERO
    };
    if let Ok(sig) = Sig::from_slice(sig) {
        let _ = sig.recover(&digest);
        assert!(Sig::from_slice(&sig.high_s_twin()).is_err());
    }
    let _ = Sig::from_hex("fuzz", &String::from_utf8_lossy(data));
});
