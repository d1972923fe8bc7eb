//! What the integration tests share: the binary, the seeds, scratch folders.
//!
//! Scratch folders are one per name under Cargo's `CARGO_TARGET_TMPDIR`,
//! emptied when a test takes one, so runs never pile up files in the
//! system's temp dir.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `cpec-kg` binary under test.
pub(crate) fn cpec_kg() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cpec-kg"))
}

/// The repository's root.
pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles.
pub(crate) fn seeds() -> PathBuf {
    root().join("seeds")
}

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
