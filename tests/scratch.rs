//! Scratch folders: one per name under Cargo's `CARGO_TARGET_TMPDIR`, emptied
//! when a test takes it, so runs never pile up files in the system's temp dir.

use std::fs;
use std::path::{Path, PathBuf};

/// The folder `name` under the target's temp dir, removed if it exists.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// [`scratch`], created empty.
pub(crate) fn empty_scratch(name: &str) -> PathBuf {
    let dir = scratch(name);
    fs::create_dir_all(&dir).unwrap();
    dir
}
