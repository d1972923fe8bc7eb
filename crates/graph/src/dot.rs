//! Graphviz DOT export: nodes coloured by label and sized by degree, with a legend.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use cpec_model::Label;

use crate::flat::degrees;
use crate::{ExportError, KnowledgeGraph, label_colour, node_size};

/// What [`write_dot`] draws.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DotOptions {
    /// Keep only this many nodes, those of highest degree (ties by id), and
    /// the edges between them; every node when `None`. Nodes without edges
    /// are left out either way.
    pub top: Option<usize>,
}

/// `text` as a DOT quoted string: `"` and `\` escaped, control characters as spaces.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` as a DOT label: also `&` as `&amp;`, which Graphviz would read as
/// the start of a character entity.
fn label(text: &str) -> String {
    quoted(&text.replace('&', "&amp;"))
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Writes the graph as a Graphviz `digraph`.
///
/// ## Wire format
///
/// ```text
/// // comment lines: what this is and how to render it
/// digraph cpec_kg {
///   graph [layout=sfdp, overlap=prism, …, label=<legend>];
///   node [shape=box, style="rounded,filled", …];
///   edge [color="#00000066", …];
///   "Country:pakistan" [label="Pakistan", fillcolor="#4e79a7", fontsize=22.0, tooltip="Country"];
///   …
///   "Country:pakistan" -> "Project:gwadar-port" [label="COMMITTED_TO", penwidth=1.5];
///   …
/// }
/// ```
///
/// Node ids are the stable ids, labels the names, both as quoted strings (`"`
/// and `\` escaped, `&` written `&amp;` in labels, control characters as
/// spaces). Nodes are sorted by id and filled with their label's colour
/// ([`label_colour`]); the font size is [`node_size`] of the degree, so the
/// hubs stand out. Edges are sorted by (from, type, to), labelled with their
/// type, `penwidth` 1 + log2 of the mentions; `MET`, whose direction means
/// nothing, has no arrowhead. The graph label is a legend: one cell per label
/// drawn, in its colour. Nodes without edges are left out, and with
/// [`DotOptions::top`] all but the best-connected nodes.
pub fn write_dot<W: Write>(
    graph: &KnowledgeGraph,
    options: &DotOptions,
    out: W,
) -> Result<(), ExportError> {
    let degrees = degrees(graph);
    let mut ranked: Vec<(&str, usize)> = degrees.iter().map(|(id, d)| (*id, *d)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.truncate(options.top.unwrap_or(usize::MAX));
    let kept: BTreeMap<&str, usize> = ranked.into_iter().collect();

    let mut out = io::BufWriter::new(out);
    writeln!(
        out,
        "// cpec-kg: the knowledge graph for Graphviz, coloured by label, sized by degree."
    )?;
    writeln!(
        out,
        "// Render: dot -Tsvg graph.dot -o graph.svg (the layout engine is sfdp)."
    )?;
    writeln!(out, "digraph cpec_kg {{")?;
    let labels: BTreeSet<Label> = graph
        .nodes()
        .filter(|node| kept.contains_key(node.id()))
        .map(|node| node.entity.label)
        .collect();
    writeln!(
        out,
        "  graph [layout=sfdp, overlap=prism, overlap_scaling=-4, splines=true, outputorder=edgesfirst, \
         fontname=\"Helvetica\", fontsize=14, labelloc=b{}];",
        legend(&labels)
    )?;
    writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", penwidth=0, fontname=\"Helvetica\", margin=\"0.08,0.04\"];"
    )?;
    writeln!(
        out,
        "  edge [color=\"#00000066\", fontname=\"Helvetica\", fontsize=7, fontcolor=\"#555555\", arrowsize=0.5];"
    )?;
    for node in graph.nodes() {
        let Some(&degree) = kept.get(node.id()) else {
            continue;
        };
        writeln!(
            out,
            "  {} [label={}, fillcolor=\"{}\", fontsize={:.1}, tooltip={}];",
            quoted(node.id()),
            label(&node.entity.name),
            hex(label_colour(node.entity.label)),
            node_size(degree),
            quoted(node.entity.label.as_str()),
        )?;
    }
    for edge in graph.edges() {
        if !(kept.contains_key(&*edge.from) && kept.contains_key(&*edge.to)) {
            continue;
        }
        let width = 1.0 + (edge.mentions.max(1) as f64).log2();
        let direction = if edge.relation.is_symmetric() {
            ", dir=none"
        } else {
            ""
        };
        writeln!(
            out,
            "  {} -> {} [label={}, penwidth={width:.1}{direction}];",
            quoted(&edge.from),
            quoted(&edge.to),
            quoted(edge.relation.as_str()),
        )?;
    }
    writeln!(out, "}}")?;
    out.flush()?;
    Ok(())
}

/// `, label=<table>`: an HTML-like table with one cell per label, filled
/// with its colour; nothing without labels.
fn legend(labels: &BTreeSet<Label>) -> String {
    if labels.is_empty() {
        return String::new();
    }
    let mut cells = String::new();
    for label in labels {
        cells.push_str(&format!(
            "<td bgcolor=\"{}\"><font point-size=\"20\">{label}</font></td>",
            hex(label_colour(*label))
        ));
    }
    format!(
        ", label=<<table border=\"0\" cellspacing=\"4\" cellpadding=\"4\"><tr>{cells}</tr></table>>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_and_escaped() {
        assert_eq!(quoted("a \"b\" \\ c\n\u{1}"), "\"a \\\"b\\\" \\\\ c  \"");
        assert_eq!(label("A & <B>"), "\"A &amp; <B>\"");
        assert_eq!(hex([78, 121, 167]), "#4e79a7");
    }
}
