//! Any bytes: decoding never panics, and whatever decodes re-encodes to an equal message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paratii_protocol::Message;

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = Message::decode(data) {
        let again = Message::decode(&message.encode()).expect("re-encoded message decodes");
        assert_eq!(again, message);
    }
});
