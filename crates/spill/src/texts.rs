//! Texts kept on disk and read back by place, in any order.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::{SpillError, work_file};

/// Where a text is in a [`TextFile`]: twelve bytes to keep in memory
/// instead of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPlace {
    offset: u64,
    len: u32,
}

/// A [`TextFile`] being written, a text after another.
#[derive(Debug)]
pub struct TextWriter {
    out: BufWriter<NamedTempFile>,
    written: u64,
}

/// Texts written once, then read by any number of readers, each text by
/// its place. It is removed when dropped.
#[derive(Debug)]
pub struct TextFile {
    file: NamedTempFile,
    len: u64,
}

/// Reads texts of a [`TextFile`] by their places.
#[derive(Debug)]
pub struct TextReader {
    file: File,
    path: PathBuf,
    len: u64,
    buffer: Vec<u8>,
}

impl TextFile {
    /// A new file in `dir`, hidden and named `.texts*.partial`.
    pub fn create(dir: &Path) -> Result<TextWriter, SpillError> {
        Ok(TextWriter {
            out: BufWriter::with_capacity(1 << 16, work_file(dir, ".texts")?),
            written: 0,
        })
    }

    /// A reader with its own handle on the file.
    pub fn reader(&self) -> Result<TextReader, SpillError> {
        let path = self.file.path().to_path_buf();
        match self.file.reopen() {
            Ok(file) => Ok(TextReader {
                file,
                path,
                len: self.len,
                buffer: Vec::new(),
            }),
            Err(error) => Err(SpillError::Io { path, error }),
        }
    }
}

impl TextWriter {
    /// Appends `text` and says where it is.
    pub fn push(&mut self, text: &str) -> Result<TextPlace, SpillError> {
        let place = TextPlace {
            offset: self.written,
            len: u32::try_from(text.len()).expect("a sentence under 4 GiB"),
        };
        self.out
            .write_all(text.as_bytes())
            .map_err(|error| SpillError::Io {
                path: self.out.get_ref().path().to_path_buf(),
                error,
            })?;
        self.written += u64::from(place.len);
        Ok(place)
    }

    /// The file, ready to read.
    pub fn finish(self) -> Result<TextFile, SpillError> {
        let path = self.out.get_ref().path().to_path_buf();
        let len = self.written;
        match self.out.into_inner() {
            Ok(file) => Ok(TextFile { file, len }),
            Err(error) => Err(SpillError::Io {
                path,
                error: error.into_error(),
            }),
        }
    }
}

impl TextReader {
    /// The text at `place`.
    pub fn read(&mut self, place: TextPlace) -> Result<&str, SpillError> {
        if place.offset + u64::from(place.len) > self.len {
            return Err(SpillError::Corrupt {
                path: self.path.clone(),
            });
        }
        self.buffer.resize(place.len as usize, 0);
        read_at(&mut self.file, place.offset, &mut self.buffer).map_err(|error| {
            SpillError::Io {
                path: self.path.clone(),
                error,
            }
        })?;
        std::str::from_utf8(&self.buffer).map_err(|_| SpillError::Corrupt {
            path: self.path.clone(),
        })
    }
}

/// Fills `buffer` from `offset` in `file`: one system call where there is
/// one for it, a million of them for a gigabyte's edges.
#[cfg(unix)]
fn read_at(file: &mut File, offset: u64, buffer: &mut [u8]) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

#[cfg(not(unix))]
fn read_at(file: &mut File, offset: u64, buffer: &mut [u8]) -> io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    file.seek(SeekFrom::Start(offset))?;
    file.read_exact(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_back_in_any_order_by_any_reader() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = TextFile::create(dir.path()).unwrap();
        let texts = ["Gwadar Port", "", "Zhōu Ēnlái signed.", "ML-1"];
        let places: Vec<TextPlace> = texts.iter().map(|t| writer.push(t).unwrap()).collect();
        let file = writer.finish().unwrap();
        let (mut one, mut two) = (file.reader().unwrap(), file.reader().unwrap());
        for i in [2, 0, 3, 1, 2] {
            assert_eq!(one.read(places[i]).unwrap(), texts[i]);
            assert_eq!(two.read(places[3 - i.min(3)]).unwrap(), texts[3 - i.min(3)]);
        }
        let beyond = TextPlace {
            offset: places[3].offset,
            len: 5,
        };
        assert!(matches!(one.read(beyond), Err(SpillError::Corrupt { .. })));
        drop((one, two, file));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
