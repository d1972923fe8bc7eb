//! Commitment mentions on disk: a ledger whose memory grows with what is
//! known of entities and meetings, not with the number of mentions.
//!
//! A [`SpillingLedger`] keeps in memory all that dates and names the
//! commitments (articles, spellings, meetings, places), as a [`Ledger`] does,
//! and sends every mention to a [`Spill`] keyed by (commitment id, mention).
//! [`SpillingLedger::finish`] merges it once, keeps one mention per (article,
//! sentence, party, object) as [`Ledger::absorb`] does, and writes them,
//! grouped by commitment, to a record file that
//! [`SpilledLedger::each_commitment`] reads back one commitment at a time.

use std::path::Path;
use std::sync::Arc;

use cpec_model::{Relation, Span};
use cpec_spill::{Decoder, Encoder, RecordFile, Records, Spill, SpillError, key};

use crate::figures::{Amount, Figures, Quantity, Stage, currency_code, unit_name};
use crate::ledger::{ArticleCommitments, Commitment, Ledger, MentionKey, Raw};

/// Memory the sort may hold before it writes a run.
const SORT_MEMORY: usize = 16 << 20;

/// A [`Ledger`] being built whose mentions wait on disk, in a folder of the
/// caller's choosing, until [`finish`](Self::finish).
///
/// Its commitments are those of a [`Ledger`] that absorbed the same
/// articles, in the same order.
#[derive(Debug)]
pub struct SpillingLedger {
    ledger: Ledger,
    spill: Spill,
}

/// The commitments of a finished [`SpillingLedger`], read from disk.
#[derive(Debug)]
pub struct SpilledLedger {
    ledger: Ledger,
    file: RecordFile,
}

impl SpillingLedger {
    /// A ledger that writes its sort runs and its mention file in `dir`.
    pub fn new(dir: &Path) -> Result<SpillingLedger, SpillError> {
        SpillingLedger::with_memory(dir, SORT_MEMORY)
    }

    /// As [`new`](Self::new), holding at most `memory` bytes of mentions
    /// before writing a sorted run.
    pub fn with_memory(dir: &Path, memory: usize) -> Result<SpillingLedger, SpillError> {
        Ok(SpillingLedger {
            ledger: Ledger::new(),
            spill: Spill::new(dir, memory)?,
        })
    }

    /// Adds what [`ArticleCommitments::of`] read from one article, as
    /// [`Ledger::absorb`].
    pub fn absorb(&mut self, read: ArticleCommitments) -> Result<(), SpillError> {
        for (mention, raw) in self.ledger.absorb_facts(read) {
            let (article, sentence, party, object) = &mention;
            self.spill.push_with(|sort_key, value| {
                key::push_str(sort_key, &Commitment::id_of_ids(party, object));
                key::push_str(sort_key, article);
                key::push_uint(sort_key, *sentence as u64);
                key::push_str(sort_key, party);
                key::push_str(sort_key, object);
                put_mention(value, &mention, &raw);
            })?;
        }
        Ok(())
    }

    /// Merges the sorted mentions into the mention file.
    pub fn finish(self) -> Result<SpilledLedger, SpillError> {
        let SpillingLedger { ledger, spill } = self;
        let dir = spill.dir().to_path_buf();
        let mut file = RecordFile::create(&dir)?;
        let mut merged = spill.finish()?;
        // The records of one mention are consecutive, in the order absorbed:
        // the one with the smallest (type, verb) is kept, the first of equals,
        // as in Ledger::absorb (SIGNED, the more specific, before COMMITTED_TO).
        let mut kept: Option<Kept> = None;
        while let Some((_, record)) = merged.next_record()? {
            let read =
                Kept::read(record).ok_or_else(|| SpillError::Corrupt { path: dir.clone() })?;
            match &mut kept {
                Some(best) if best.mention == read.mention => {
                    if read.rank < best.rank {
                        *best = read;
                    }
                }
                _ => {
                    if let Some(done) = kept.replace(read) {
                        file.push(&done.record)?;
                    }
                }
            }
        }
        if let Some(done) = kept {
            file.push(&done.record)?;
        }
        Ok(SpilledLedger {
            ledger,
            file: file.finish()?,
        })
    }
}

/// The record of one mention, with what decides which of its records is kept.
struct Kept {
    mention: MentionKey,
    rank: (Relation, String),
    record: Vec<u8>,
}

impl Kept {
    fn read(record: &[u8]) -> Option<Kept> {
        let mut fields = Decoder::new(record);
        let mention = get_mention_key(&mut fields)?;
        let relation = Relation::from_index(usize::from(fields.u8()?))?;
        let verb = fields.str()?.to_string();
        Some(Kept {
            mention,
            rank: (relation, verb),
            record: record.to_vec(),
        })
    }
}

impl SpilledLedger {
    /// [`Ledger::commitments`]: the commitments sorted by id, one at a
    /// time. Failing to read the mention file is the last item.
    pub fn each_commitment(
        &self,
    ) -> Result<impl Iterator<Item = Result<Commitment, SpillError>> + '_, SpillError> {
        Ok(Commitments {
            ledger: &self.ledger,
            records: self.file.records()?,
            next: None,
        })
    }
}

/// The commitments of a [`SpilledLedger`], made from consecutive records.
struct Commitments<'l> {
    ledger: &'l Ledger,
    records: Records,
    /// The first mention of the next commitment, read already.
    next: Option<(String, MentionKey, Raw)>,
}

impl Commitments<'_> {
    fn read(&mut self) -> Result<Option<(String, MentionKey, Raw)>, SpillError> {
        let Some(record) = self.records.next().transpose()? else {
            return Ok(None);
        };
        let mut fields = Decoder::new(&record);
        let (mention, raw) = get_mention(&mut fields).ok_or_else(|| self.records.corrupt())?;
        let id = Commitment::id_of_ids(&mention.2, &mention.3);
        Ok(Some((id, mention, raw)))
    }

    fn next_commitment(&mut self) -> Result<Option<Commitment>, SpillError> {
        let Some((id, mention, raw)) = self
            .next
            .take()
            .map_or_else(|| self.read(), |n| Ok(Some(n)))?
        else {
            return Ok(None);
        };
        let mut mentions = vec![(mention, raw)];
        while let Some((next_id, mention, raw)) = self.read()? {
            if next_id != id {
                self.next = Some((next_id, mention, raw));
                break;
            }
            mentions.push((mention, raw));
        }
        let raws = mentions.iter().map(|(mention, raw)| (mention, raw));
        Ok(Some(self.ledger.commitment_of(id, raws)))
    }
}

impl Iterator for Commitments<'_> {
    type Item = Result<Commitment, SpillError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_commitment().transpose()
    }
}

fn put_mention(out: &mut Encoder, (article, sentence, party, object): &MentionKey, raw: &Raw) {
    out.str(article)
        .u64(*sentence as u64)
        .str(party)
        .str(object)
        .u8(raw.relation.index() as u8)
        .str(&raw.verb)
        .opt_str(raw.meeting.as_deref())
        .u64(raw.span.start as u64)
        .u64(raw.span.end as u64)
        .str(&raw.text)
        .f64(raw.confidence);
    let figures = &raw.figures;
    out.u64(figures.amounts.len() as u64);
    for amount in &figures.amounts {
        out.str(amount.currency).u64(amount.value).str(&amount.text);
    }
    out.u64(figures.quantities.len() as u64);
    for quantity in &figures.quantities {
        out.str(&quantity.value)
            .str(quantity.unit)
            .str(&quantity.text);
    }
    out.u64(figures.stages.len() as u64);
    for stage in &figures.stages {
        out.u8(*stage as u8);
    }
}

fn get_mention_key(fields: &mut Decoder<'_>) -> Option<MentionKey> {
    let article: Arc<str> = fields.str()?.into();
    let sentence = fields.usize()?;
    let party = fields.str()?.to_string();
    let object = fields.str()?.to_string();
    Some((article, sentence, party, object))
}

fn get_mention(fields: &mut Decoder<'_>) -> Option<(MentionKey, Raw)> {
    let mention = get_mention_key(fields)?;
    let relation = Relation::from_index(usize::from(fields.u8()?))?;
    let verb = fields.str()?.into();
    let meeting = fields.opt_str()?.map(Into::into);
    let span = Span::new(fields.usize()?, fields.usize()?);
    let text = fields.str()?.into();
    let confidence = fields.f64()?;
    let amounts = (0..fields.u64()?)
        .map(|_| {
            Some(Amount {
                currency: currency_code(fields.str()?)?,
                value: fields.u64()?,
                text: fields.str()?.to_string(),
            })
        })
        .collect::<Option<_>>()?;
    let quantities = (0..fields.u64()?)
        .map(|_| {
            Some(Quantity {
                value: fields.str()?.to_string(),
                unit: unit_name(fields.str()?)?,
                text: fields.str()?.to_string(),
            })
        })
        .collect::<Option<_>>()?;
    let stages = (0..fields.u64()?)
        .map(|_| Stage::ALL.get(usize::from(fields.u8()?)).copied())
        .collect::<Option<_>>()?;
    let raw = Raw {
        relation,
        verb,
        meeting,
        span,
        text,
        confidence,
        figures: Figures {
            amounts,
            quantities,
            stages,
        },
    };
    Some((mention, raw))
}
