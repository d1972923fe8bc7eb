//! Fuzz target: `cpec_kg_fuzz::extract_bytes` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| cpec_kg_fuzz::extract_bytes(data));
