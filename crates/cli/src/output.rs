//! The output folder of `build`: every file is written to a temporary file
//! first, and the temporaries are renamed into place together at the end.
//!
//! A failed or interrupted run (SIGINT, SIGTERM, SIGHUP) removes its
//! temporaries and leaves the previous outputs as they were.

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

/// The temporaries of the running build, for the signal handler to remove.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The temporary file of output `name`.
fn temporary(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!(".{name}.partial"))
}

/// Writes one output, for [`Outputs::stage_all`].
pub(crate) type Writer<'w> = Box<dyn FnOnce(&mut BufWriter<fs::File>) -> Result<()> + Send + 'w>;

/// Writes `path` whole and makes it durable.
fn write_to(path: &Path, write: impl FnOnce(&mut BufWriter<fs::File>) -> Result<()>) -> Result<()> {
    let mut file = BufWriter::new(fs::File::create(path)?);
    write(&mut file)?;
    file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}

/// An output folder being written.
#[derive(Debug)]
pub(crate) struct Outputs {
    dir: PathBuf,
    /// Output names written to their temporaries, waiting for [`Outputs::commit`].
    staged: Vec<String>,
    /// The folder of [`Outputs::scratch`], once made.
    scratch: Option<PathBuf>,
}

impl Outputs {
    /// Checks that `dir` may be written before any work is done: a folder
    /// with files in it is only overwritten with `force`.
    pub(crate) fn check(dir: &Path, force: bool) -> Result<Outputs> {
        let has_files = fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
        if has_files && !force {
            bail!(
                "{}: output folder is not empty; --force replaces the outputs in it",
                dir.display()
            );
        }
        static HANDLER: Once = Once::new();
        HANDLER.call_once(|| {
            // Should another handler be set already, an interrupted run may
            // leave a temporary file; the outputs are whole either way.
            let _ = ctrlc::set_handler(|| {
                let pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
                for path in pending.iter() {
                    if path.is_dir() {
                        let _ = fs::remove_dir_all(path);
                    } else {
                        let _ = fs::remove_file(path);
                    }
                }
                std::process::exit(130);
            });
        });
        Ok(Outputs {
            dir: dir.to_path_buf(),
            staged: Vec::new(),
            scratch: None,
        })
    }

    /// A folder inside the output folder for work files (the sorted
    /// evidence), removed with the temporaries, whatever the outcome.
    pub(crate) fn scratch(&mut self) -> Result<PathBuf> {
        let path = self.dir.join(".scratch.partial");
        // Left by a run that was killed: nothing in it can be used.
        if path.exists() {
            fs::remove_dir_all(&path)
                .with_context(|| format!("{}: cannot remove", path.display()))?;
        }
        fs::create_dir_all(&path).with_context(|| format!("{}: cannot create", path.display()))?;
        PENDING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.clone());
        self.scratch = Some(path.clone());
        Ok(path)
    }

    /// Writes output `name` to its temporary file.
    pub(crate) fn stage(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut BufWriter<fs::File>) -> Result<()>,
    ) -> Result<()> {
        let path = self.register(name)?;
        write_to(&path, write)
            .with_context(|| format!("{}: cannot write", self.dir.join(name).display()))
    }

    /// Writes several outputs to their temporary files at once, on the
    /// current rayon pool: the exports of one graph are independent. The
    /// first failure, in the order given, is the error.
    pub(crate) fn stage_all<'w>(&mut self, outputs: Vec<(&str, Writer<'w>)>) -> Result<()> {
        let mut jobs = Vec::with_capacity(outputs.len());
        for (name, write) in outputs {
            jobs.push((self.register(name)?, self.dir.join(name), write));
        }
        let results: Vec<Result<()>> = jobs
            .into_par_iter()
            .map(|(path, target, write)| {
                write_to(&path, write)
                    .with_context(|| format!("{}: cannot write", target.display()))
            })
            .collect();
        results.into_iter().collect()
    }

    /// The temporary file of output `name`, registered for removal on failure.
    fn register(&mut self, name: &str) -> Result<PathBuf> {
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("{}: cannot create output folder", self.dir.display()))?;
        let path = temporary(&self.dir, name);
        PENDING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.clone());
        self.staged.push(name.to_string());
        Ok(path)
    }

    /// Renames every staged output into place.
    pub(crate) fn commit(mut self) -> Result<()> {
        // Holding the lock keeps a signal's handler from running half-way.
        let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        // A name leaves `staged` once renamed: on failure, drop removes the rest.
        while let Some(name) = self.staged.last() {
            let target = self.dir.join(name);
            fs::rename(temporary(&self.dir, name), &target)
                .with_context(|| format!("{}: cannot write", target.display()))?;
            self.staged.pop();
        }
        if let Some(scratch) = self.scratch.take() {
            let _ = fs::remove_dir_all(scratch);
        }
        pending.clear();
        Ok(())
    }
}

impl Drop for Outputs {
    /// Removes the temporaries of a build that failed before its commit.
    fn drop(&mut self) {
        let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        for name in &self.staged {
            let _ = fs::remove_file(temporary(&self.dir, name));
        }
        if let Some(scratch) = &self.scratch {
            let _ = fs::remove_dir_all(scratch);
        }
        pending.clear();
    }
}
