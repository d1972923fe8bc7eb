//! Integration tests of cpec-graph, in one binary.

// The hand-made two-article graph the exporter tests share.
mod fixture;
// One insta snapshot per exporter output, of the fixture graph.
mod exports;
// GraphML against the official GraphML XSD, with xmllint.
mod graphml_schema;
// Properties: merge-order independence and the JSON round trip.
mod properties;
// GraphML, GEXF and Neo4j CSV read back to the graph's flat view, hostile names included.
mod roundtrip;
