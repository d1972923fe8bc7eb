//! Fuzz target: `cpec_kg_fuzz::extract_utf8` on arbitrary UTF-8 (other inputs are passed over).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        cpec_kg_fuzz::extract_utf8(text);
    }
});
