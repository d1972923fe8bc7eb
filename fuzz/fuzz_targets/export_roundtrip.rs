//! Fuzz target: `cpec_kg_fuzz::export_roundtrip` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| cpec_kg_fuzz::export_roundtrip(data));
