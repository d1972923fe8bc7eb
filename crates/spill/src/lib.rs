//! Records sorted on disk and read back in order: what keeps `build`'s
//! memory flat on corpora of any size.
//!
//! A [`Spill`] sorts byte records by byte keys (an external sort: sorted runs
//! on disk, merged as they are read, from the `spillsort` crate; [`key`]
//! builds keys that sort as the values they encode). Its merged output is
//! usually reduced (repeats dropped, records grouped) into a [`RecordFile`],
//! which any number of readers then read from the start, each at its own
//! pace. [`Encoder`] and [`Decoder`] write and read the fields of a record.
//!
//! ```
//! use cpec_spill::{Decoder, RecordFile, Spill, key};
//!
//! let dir = tempfile::tempdir()?;
//! let mut spill = Spill::new(dir.path(), 1 << 20)?;
//! for word in ["corridor", "port", "railway"].iter().rev() {
//!     spill.push_with(|sort_key, value| {
//!         key::push_str(sort_key, word);
//!         value.str(word);
//!     })?;
//! }
//! let mut merged = spill.finish()?;
//! let mut file = RecordFile::create(dir.path())?;
//! while let Some((_, value)) = merged.next_record()? {
//!     file.push(value)?;
//! }
//! let file = file.finish()?;
//! let mut words = Vec::new();
//! for record in file.records()? {
//!     words.push(Decoder::new(&record?).str().ok_or("corrupt")?.to_string());
//! }
//! assert_eq!(words, ["corridor", "port", "railway"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use lz4_flex::frame::{FrameDecoder, FrameEncoder};
use spillsort::{Config, Sorter};
pub use spillsort::{Merged, key};
use tempfile::NamedTempFile;

mod texts;
pub use texts::{TextFile, TextPlace, TextReader, TextWriter};

/// Sorting on disk, or writing or reading a record file, failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpillError {
    /// The external sort failed (its message names the run file).
    #[error("cannot sort on disk: {0}")]
    Sort(#[from] spillsort::Error),
    /// Writing or reading a record file failed.
    #[error("{}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
    /// A record does not hold what was written to it.
    #[error("{}: corrupt record file", path.display())]
    Corrupt { path: PathBuf },
    /// The records asked for were left out on purpose when the file set
    /// was written (`what` says which).
    #[error("{what} were not kept")]
    NotKept { what: &'static str },
}

/// Runs merged at once. A gigabyte of articles spills more runs than
/// spillsort's default of 64, which merges the surplus twice; one merge of
/// up to 256 holds at most about 70 MB of read buffers (269 KiB a run).
/// Measured: a tenth less CPU for a 1 GB `build --only neo4j`.
const MAX_OPEN_RUNS: usize = 256;

/// Records sorted by key on disk; records with equal keys keep the order
/// they were pushed in.
#[derive(Debug)]
pub struct Spill {
    sorter: Sorter,
    dir: PathBuf,
    /// Buffers reused for every record.
    key: Vec<u8>,
    value: Encoder,
}

impl Spill {
    /// Holds at most `memory` bytes of records; sorted runs beyond that go to
    /// a private folder in `dir`, removed when the merge is read or dropped.
    pub fn new(dir: &Path, memory: usize) -> Result<Spill, SpillError> {
        let config = Config::default()
            .max_bytes(memory)
            .tmp_dir(dir)
            .max_open(MAX_OPEN_RUNS);
        Ok(Spill {
            sorter: Sorter::new(config)?,
            dir: dir.to_path_buf(),
            key: Vec::new(),
            value: Encoder::new(),
        })
    }

    /// The folder given to [`Spill::new`], for the record files made from it.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Adds the record that `write` writes into an empty key and value.
    pub fn push_with(
        &mut self,
        write: impl FnOnce(&mut Vec<u8>, &mut Encoder),
    ) -> Result<(), SpillError> {
        self.key.clear();
        write(&mut self.key, self.value.clear());
        Ok(self.sorter.push(&self.key, self.value.bytes())?)
    }

    /// Every record, in key order.
    pub fn finish(self) -> Result<Merged, SpillError> {
        Ok(self.sorter.finish()?)
    }
}

/// A new work file in `dir`, hidden and named `PREFIX*.partial`, removed
/// when dropped.
fn work_file(dir: &Path, prefix: &str) -> Result<NamedTempFile, SpillError> {
    tempfile::Builder::new()
        .prefix(prefix)
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|error| SpillError::Io {
            path: dir.to_path_buf(),
            error,
        })
}

/// A file of records, written once, then read from the start by any number
/// of readers. It is removed when dropped.
#[derive(Debug)]
pub struct RecordFile {
    file: NamedTempFile,
    /// How many records were written: reading fewer is an error.
    count: u64,
}

/// A [`RecordFile`] being written.
#[derive(Debug)]
pub struct RecordWriter {
    /// LZ4 frames: the records are mostly sentences, which compress to
    /// about half, and are read back sequentially.
    out: FrameEncoder<BufWriter<NamedTempFile>>,
    count: u64,
}

impl RecordFile {
    /// A new file in `dir`, hidden and named `.records*.partial`.
    pub fn create(dir: &Path) -> Result<RecordWriter, SpillError> {
        Ok(RecordWriter {
            out: FrameEncoder::new(BufWriter::with_capacity(
                1 << 16,
                work_file(dir, ".records")?,
            )),
            count: 0,
        })
    }

    /// A reader of every record, from the first.
    pub fn records(&self) -> Result<Records, SpillError> {
        let path = self.file.path().to_path_buf();
        match self.file.reopen() {
            Ok(file) => Ok(Records {
                input: BufReader::with_capacity(1 << 16, FrameDecoder::new(file)),
                path,
                remaining: self.count,
                failed: false,
            }),
            Err(error) => Err(SpillError::Io { path, error }),
        }
    }
}

impl RecordWriter {
    /// Appends one record.
    pub fn push(&mut self, record: &[u8]) -> Result<(), SpillError> {
        let length = (record.len() as u64).to_le_bytes();
        let written = self
            .out
            .write_all(&length)
            .and_then(|()| self.out.write_all(record));
        self.count += 1;
        written.map_err(|error| self.error(error))
    }

    /// The file, ready to read.
    pub fn finish(self) -> Result<RecordFile, SpillError> {
        let path = self.out.get_ref().get_ref().path().to_path_buf();
        let count = self.count;
        let file = self
            .out
            .finish()
            .map_err(io::Error::from)
            .and_then(|out| out.into_inner().map_err(|error| error.into_error()));
        match file {
            Ok(file) => Ok(RecordFile { file, count }),
            Err(error) => Err(SpillError::Io { path, error }),
        }
    }

    fn error(&self, error: io::Error) -> SpillError {
        SpillError::Io {
            path: self.out.get_ref().get_ref().path().to_path_buf(),
            error,
        }
    }
}

/// The records of a [`RecordFile`], in the order written. After an error
/// the iteration ends.
#[derive(Debug)]
pub struct Records {
    input: BufReader<FrameDecoder<File>>,
    path: PathBuf,
    /// Records not yet read.
    remaining: u64,
    failed: bool,
}

impl Records {
    fn read(&mut self) -> Result<Option<Vec<u8>>, SpillError> {
        if self.remaining == 0 {
            return Ok(None);
        }
        self.remaining -= 1;
        let mut length = [0; 8];
        self.input
            .read_exact(&mut length)
            .map_err(|error| self.error(error))?;
        let length = usize::try_from(u64::from_le_bytes(length)).map_err(|_| self.corrupt())?;
        let mut record = vec![0; length];
        self.input
            .read_exact(&mut record)
            .map_err(|error| self.error(error))?;
        Ok(Some(record))
    }

    fn error(&self, error: io::Error) -> SpillError {
        SpillError::Io {
            path: self.path.clone(),
            error,
        }
    }

    /// The error for a record read whole whose fields do not decode.
    pub fn corrupt(&self) -> SpillError {
        SpillError::Corrupt {
            path: self.path.clone(),
        }
    }
}

impl Iterator for Records {
    type Item = Result<Vec<u8>, SpillError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let read = self.read().transpose()?;
        self.failed = read.is_err();
        Some(read)
    }
}

/// Writes the fields of one record: integers little-endian, strings with
/// their length first.
#[derive(Debug, Default)]
pub struct Encoder {
    bytes: Vec<u8>,
}

impl Encoder {
    pub fn new() -> Encoder {
        Encoder::default()
    }

    /// Empties the record, keeping its buffer.
    pub fn clear(&mut self) -> &mut Encoder {
        self.bytes.clear();
        self
    }

    pub fn u8(&mut self, value: u8) -> &mut Encoder {
        self.bytes.push(value);
        self
    }

    pub fn u64(&mut self, value: u64) -> &mut Encoder {
        self.bytes.extend_from_slice(&value.to_le_bytes());
        self
    }

    pub fn i32(&mut self, value: i32) -> &mut Encoder {
        self.bytes.extend_from_slice(&value.to_le_bytes());
        self
    }

    /// A float, bit for bit.
    pub fn f64(&mut self, value: f64) -> &mut Encoder {
        self.u64(value.to_bits())
    }

    pub fn str(&mut self, text: &str) -> &mut Encoder {
        self.u64(text.len() as u64);
        self.bytes.extend_from_slice(text.as_bytes());
        self
    }

    /// `None`, or `Some` and the string.
    pub fn opt_str(&mut self, text: Option<&str>) -> &mut Encoder {
        match text {
            None => self.u8(0),
            Some(text) => self.u8(1).str(text),
        }
    }

    /// The record so far.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Reads the fields of a record in the order [`Encoder`] wrote them; `None`
/// when the bytes end early or a string is not UTF-8.
#[derive(Debug)]
pub struct Decoder<'a> {
    bytes: &'a [u8],
}

impl<'a> Decoder<'a> {
    pub fn new(bytes: &'a [u8]) -> Decoder<'a> {
        Decoder { bytes }
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(taken)
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    pub fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }

    pub fn i32(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(self.u64()?))
    }

    pub fn str(&mut self) -> Option<&'a str> {
        let length = self.usize()?;
        std::str::from_utf8(self.take(length)?).ok()
    }

    pub fn opt_str(&mut self) -> Option<Option<&'a str>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.str()?)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_as_written_and_a_short_record_is_refused() {
        let record = Encoder::new()
            .u8(7)
            .u64(u64::MAX)
            .i32(-2026)
            .f64(0.85)
            .str("Gwadar Port")
            .opt_str(None)
            .opt_str(Some("گوادر"))
            .bytes()
            .to_vec();
        let mut fields = Decoder::new(&record);
        assert_eq!(fields.u8(), Some(7));
        assert_eq!(fields.u64(), Some(u64::MAX));
        assert_eq!(fields.i32(), Some(-2026));
        assert_eq!(fields.f64(), Some(0.85));
        assert_eq!(fields.str(), Some("Gwadar Port"));
        assert_eq!(fields.opt_str(), Some(None));
        assert_eq!(fields.opt_str(), Some(Some("گوادر")));
        assert_eq!(fields.u8(), None, "every byte read");
        assert_eq!(Decoder::new(&record[..record.len() - 1]).u8(), Some(7));
        let mut short = Decoder::new(&record[..20]);
        short.u8();
        short.u64();
        short.i32();
        assert_eq!(short.f64(), None);
    }

    #[test]
    fn a_record_file_reads_back_every_record_and_is_removed_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = RecordFile::create(dir.path()).unwrap();
        for record in [&b"one"[..], b"", b"three"] {
            writer.push(record).unwrap();
        }
        let file = writer.finish().unwrap();
        for _ in 0..2 {
            let records: Vec<Vec<u8>> = file.records().unwrap().map(Result::unwrap).collect();
            assert_eq!(records, [b"one".to_vec(), Vec::new(), b"three".to_vec()]);
        }
        drop(file);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_truncated_record_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = RecordFile::create(dir.path()).unwrap();
        writer.push(b"a whole record").unwrap();
        let file = writer.finish().unwrap();
        let path = file.file.path().to_path_buf();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let read: Vec<_> = file.records().unwrap().collect();
        assert_eq!(read.len(), 1, "the iteration ends at the error");
        let error = read[0].as_ref().unwrap_err().to_string();
        assert!(error.contains(".records"), "{error}");
    }

    #[test]
    fn a_record_file_that_lost_whole_records_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let write = |records: &[&[u8]]| {
            let mut writer = RecordFile::create(dir.path()).unwrap();
            for record in records {
                writer.push(record).unwrap();
            }
            writer.finish().unwrap()
        };
        let three = write(&[b"one", b"two", b"three"]);
        let one = write(&[b"one"]);
        std::fs::copy(one.file.path(), three.file.path()).unwrap();
        let read: Vec<_> = three.records().unwrap().collect();
        assert_eq!(read.len(), 2, "one record, then the error");
        assert_eq!(read[0].as_ref().unwrap(), b"one");
        assert!(read[1].is_err());
    }
}
