//! A panic while extracting one article becomes a skipped input, so a bug hit
//! by file 9,731 of ten thousand does not end the run.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static GUARDING: Cell<bool> = const { Cell::new(false) };
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`; a panic inside it becomes `Err` with its message and location.
///
/// Such panics are not printed: the caller reports them as one line. Panics
/// elsewhere keep Rust's usual message.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let usual = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDING.get() {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("panic");
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                CAUGHT.set(Some(format!("{message}{place}")));
            } else {
                usual(info);
            }
        }));
    });
    GUARDING.set(true);
    // The extractor holds no state across articles, so nothing half-updated survives.
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDING.set(false);
    result.map_err(|_| CAUGHT.take().unwrap_or_else(|| "panic".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        let caught = catch(|| -> usize { [1, 2][std::hint::black_box(2)] });
        let message = caught.unwrap_err();
        assert!(message.contains("index out of bounds"), "{message}");
        assert!(message.contains("guard.rs:"), "{message}");
        assert_eq!(catch(|| 7), Ok(7));
    }
}
