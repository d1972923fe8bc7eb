//! Reading `nodes.csv` and `edges.csv` back into their flat view.

use crate::fields::{Record, assemble};
use crate::neo4j::ARRAY_DELIMITER;
use crate::{FlatGraph, ReadError};

/// The records of one CSV file, each as a map from column name (without its
/// type suffix; `:LABEL` and the like as they are) to field.
struct Table {
    format: &'static str,
    columns: Vec<String>,
    records: Vec<csv::StringRecord>,
}

impl Table {
    fn parse(format: &'static str, text: &str) -> Result<Table, ReadError> {
        let malformed = |err: csv::Error| ReadError::Malformed {
            format,
            message: err.to_string(),
        };
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let columns = reader
            .headers()
            .map_err(malformed)?
            .iter()
            .map(|column| match column.split_once(':') {
                Some((name, _)) if !name.is_empty() => name.to_string(),
                _ => column.to_string(),
            })
            .collect();
        let records = reader
            .records()
            .collect::<Result<_, _>>()
            .map_err(malformed)?;
        Ok(Table {
            format,
            columns,
            records,
        })
    }

    /// The non-empty field `name` of record `number`.
    fn column<'a>(
        &self,
        number: usize,
        row: &Record<'a>,
        name: &str,
    ) -> Result<&'a str, ReadError> {
        row.get(name)
            .copied()
            .filter(|value| !value.is_empty())
            .ok_or_else(|| ReadError::Malformed {
                format: self.format,
                message: format!("record {}: no {name}", number + 1),
            })
    }

    /// Each record as (its number, column name → field).
    fn rows(&self) -> impl Iterator<Item = (usize, Record<'_>)> + '_ {
        self.records.iter().enumerate().map(|(number, record)| {
            let row = self.columns.iter().map(String::as_str).zip(record.iter());
            (number, row.collect())
        })
    }
}

/// Reads `nodes.csv` and `edges.csv` written by
/// [`write_nodes_csv`](crate::write_nodes_csv) and
/// [`write_edges_csv`](crate::write_edges_csv) back into the [`FlatGraph`]
/// they were written from.
///
/// Columns are found by name, so their order does not matter. What the
/// writers changed does not come back: each run of control characters is one
/// space, a `;` inside an array element is a `,`. The graph is checked as
/// [`read_json`](crate::read_json) checks it.
pub fn read_csv(nodes: &str, edges: &str) -> Result<FlatGraph, ReadError> {
    let node_table = Table::parse("nodes.csv", nodes)?;
    let mut node_records = Vec::new();
    for (number, mut row) in node_table.rows() {
        let id = node_table.column(number, &row, "id")?;
        row.insert("type", node_table.column(number, &row, ":LABEL")?);
        node_records.push((id.to_string(), row));
    }
    let edge_table = Table::parse("edges.csv", edges)?;
    let mut edge_records = Vec::new();
    for (number, mut row) in edge_table.rows() {
        let from = edge_table.column(number, &row, ":START_ID")?;
        let to = edge_table.column(number, &row, ":END_ID")?;
        row.insert("type", edge_table.column(number, &row, ":TYPE")?);
        edge_records.push((from.to_string(), to.to_string(), row));
    }
    assemble("CSV", ARRAY_DELIMITER, node_records, edge_records)
}
