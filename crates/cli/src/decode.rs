//! Bytes to article text: byte-order marks, UTF-16, binary files, invalid or
//! truncated UTF-8, control characters and lone carriage returns.

/// Why bytes are not article text. Each message follows `PATH: ` on one line;
/// offsets count bytes from the start of the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum DecodeError {
    #[error("empty (0 bytes)")]
    Empty,
    #[error("no text, only whitespace")]
    Blank,
    #[error("binary file: NUL byte at byte {at}")]
    Binary {
        at: usize,
        /// Every other byte of the start is NUL.
        utf16: bool,
    },
    #[error("invalid UTF-8 at byte {at} (line {line})")]
    InvalidUtf8 { at: usize, line: usize },
    #[error("truncated: ends inside a UTF-8 character at byte {at}")]
    TruncatedUtf8 { at: usize },
    #[error("invalid UTF-16 at byte {at}: unpaired surrogate")]
    InvalidUtf16 { at: usize },
    #[error("truncated UTF-16: an odd number of bytes ({len})")]
    OddUtf16 { len: usize },
}

impl DecodeError {
    /// What the user can do about it, when something helps.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            DecodeError::Empty | DecodeError::Blank => None,
            DecodeError::Binary { utf16: false, .. } => None,
            DecodeError::Binary { utf16: true, .. } => {
                Some("it looks like UTF-16 without a byte-order mark: save it as UTF-8")
            }
            _ => Some("--lossy replaces what cannot be decoded"),
        }
    }
}

/// Decodes a file's bytes as UTF-8, or as UTF-16 when a byte-order mark says
/// so, and cleans the text for extraction (see [`clean`]). With `lossy`,
/// what cannot be decoded becomes U+FFFD instead of an error. Offsets in
/// problems count bytes from the start of the file.
pub(crate) fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes, lossy)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes, lossy)?
    } else {
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Err(DecodeError::Binary {
                at,
                utf16: looks_like_utf16(&bytes),
            });
        }
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        utf8(bytes, bom, lossy)?
    };
    let text = clean(text);
    if text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(text)
}

/// `bytes` after the first `skip` (a byte-order mark) as UTF-8.
fn utf8(mut bytes: Vec<u8>, skip: usize, lossy: bool) -> Result<String, DecodeError> {
    bytes.drain(..skip);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let at = skip + valid;
            // No error length: the bytes end inside a character.
            Err(match e.utf8_error().error_len() {
                None => DecodeError::TruncatedUtf8 { at },
                Some(_) => DecodeError::InvalidUtf8 {
                    at,
                    line: 1 + e.as_bytes()[..valid]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count(),
                },
            })
        }
    }
}

/// `bytes` (after a two-byte byte-order mark) as UTF-16 code units.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, lossy: bool) -> Result<String, DecodeError> {
    if bytes.len() % 2 == 1 && !lossy {
        return Err(DecodeError::OddUtf16 {
            len: bytes.len() + 2,
        });
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len());
    let mut at = 2;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) if lossy => {
                text.push(char::REPLACEMENT_CHARACTER);
                at += 2;
            }
            Err(_) => return Err(DecodeError::InvalidUtf16 { at }),
        }
    }
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    Ok(text)
}

/// Text saved as UTF-16 without a byte-order mark: every other byte of its
/// start is NUL (ASCII letters), the others are not.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(64) & !1];
    let zeros = |parity: usize| start.iter().skip(parity).step_by(2).all(|&b| b == 0);
    let none = |parity: usize| start.iter().skip(parity).step_by(2).all(|&b| b != 0);
    start.len() >= 4 && ((zeros(1) && none(0)) || (zeros(0) && none(1)))
}

/// Makes control characters spaces and lone carriage returns line feeds.
///
/// Each replacement has the byte length of what it replaces, so evidence
/// spans stay byte offsets into the file for UTF-8 input. Control characters
/// have no place in XML exports; a lone CR (old Mac line ends) must break
/// lines as `\n` does, since sentences never cross a line.
fn clean(text: String) -> String {
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        let replacement = match bytes[i] {
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => b'\n',
            b'\t' | b'\n' | b'\r' => continue,
            0..=0x1F | 0x7F => b' ',
            // U+0080 to U+009F, the C1 controls: 0xC2 then 0x80 to 0x9F.
            0x80..=0x9F if i > 0 && bytes[i - 1] == 0xC2 => {
                bytes[i - 1] = b' ';
                b' '
            }
            _ => continue,
        };
        bytes[i] = replacement;
    }
    String::from_utf8(bytes).expect("only whole characters were replaced, by ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFHi".to_vec(), false).unwrap(), "Hi");
        let le: Vec<u8> = [0xFF, 0xFE, b'H', 0, b'i', 0, 0x3D, 0xD8, 0x00, 0xDE].to_vec();
        assert_eq!(decode(le, false).unwrap(), "Hi\u{1F600}");
        assert_eq!(decode(b"\xFE\xFF\0H\0i".to_vec(), false).unwrap(), "Hi");
        let unpaired = [0xFF, 0xFE, b'H', 0, 0x3D, 0xD8, b'i', 0].to_vec();
        assert_eq!(
            decode(unpaired.clone(), false),
            Err(DecodeError::InvalidUtf16 { at: 4 })
        );
        assert_eq!(decode(unpaired, true).unwrap(), "H\u{FFFD}i");
        assert_eq!(
            decode(b"\xFF\xFEH\0i".to_vec(), false),
            Err(DecodeError::OddUtf16 { len: 5 })
        );
    }

    #[test]
    fn invalid_and_truncated_utf8_name_the_byte() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\ncd\xFFef".to_vec(), false),
            Err(DecodeError::InvalidUtf8 { at: 8, line: 2 })
        );
        assert_eq!(
            decode(b"abc\xE2\x80".to_vec(), false),
            Err(DecodeError::TruncatedUtf8 { at: 3 })
        );
        assert_eq!(decode(b"ab\xFFc".to_vec(), true).unwrap(), "ab\u{FFFD}c");
    }

    #[test]
    fn binary_empty_and_blank_files() {
        assert_eq!(decode(Vec::new(), false), Err(DecodeError::Empty));
        assert_eq!(decode(b" \r\n\t ".to_vec(), false), Err(DecodeError::Blank));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0".to_vec(), false),
            Err(DecodeError::Binary {
                at: 8,
                utf16: false
            })
        );
        assert_eq!(
            decode(b"H\0i\0 \0t\0".to_vec(), false),
            Err(DecodeError::Binary { at: 1, utf16: true })
        );
    }

    #[test]
    fn controls_become_spaces_of_the_same_length() {
        let text = "a\x07b\u{85}c\u{1b}[0m\r\nd\re";
        let cleaned = decode(text.as_bytes().to_vec(), false).unwrap();
        assert_eq!(cleaned, "a b  c [0m\r\nd\ne");
        assert_eq!(cleaned.len(), text.len());
    }
}
