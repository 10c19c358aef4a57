//! Any bytes: decoding then recovering every signer never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paratii_protocol::Message;
use paratii_protocol::eip712::{Address, payment_channel_domain};

fuzz_target!(|data: &[u8]| {
    let domain = payment_channel_domain(31337, Address::repeat_byte(0xc1));
    match Message::decode(data) {
        Ok(Message::Bid(m)) => {
            let _ = m.verify(&domain);
        }
        Ok(Message::Payment(m)) => {
            let _ = m.recover(&domain);
        }
        Ok(Message::SegmentDelivery(m)) => {
            let _ = m.recover(&domain);
        }
        Ok(Message::SegmentRequest(m)) => {
            let _ = m.recover(&domain);
        }
        Ok(Message::AttentionDelivery(m)) => {
            let _ = m.recover(&domain);
        }
        Err(_) => {}
    }
});
