#!/usr/bin/env python3
"""Validate the gold annotations of a test corpus (tests/corpus, tests/heldout,
tests/fresh: any folder with articles and gold/*.json) against ../shared/ontology.md.

Checks, per gold/*.json:
  errors   - JSON parses; keys article/date/entities/edges; article file exists;
             date is null or YYYY-MM-DD (and equals a leading ` date` line if the
             article has one); labels and relationship types are those of the
             ontology; no duplicate entity names; every edge endpoint is an entity
             of the file; the (from-label, to-label) pair fits the ontology's
             From -> To table; no duplicate edges.
  warnings - an alias that does not occur in the article text (after unifying
             curly quotes and dashes); an entity with no edge.
Usage: python3 tests/validate_gold.py FOLDER [--ontology PATH]   (exit code 1 on errors)
"""
import json, os, re, sys, glob, unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ONT = os.path.join(REPO, "..", "shared", "ontology.md")
FOLDERS = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] != "--ontology"]
if len(FOLDERS) != 1:
    sys.exit("usage: python3 tests/validate_gold.py FOLDER [--ontology PATH]")
HERE = os.path.abspath(FOLDERS[0])
if "--ontology" in sys.argv:
    ONT = sys.argv[sys.argv.index("--ontology") + 1]


def parse_ontology(path):
    text = open(path, encoding="utf-8").read()
    labels, rels = [], {}
    sec = None
    for line in text.splitlines():
        if line.startswith("## "):
            sec = line[3:].strip().lower()
            continue
        if not line.startswith("|") or set(line.replace("|", "").strip()) <= set("-: "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        name = cells[0].strip("`")
        if sec == "node labels" and cells[0].startswith("`"):
            labels.append(name)
        elif sec == "relationship types" and cells[0].startswith("`"):
            rels[name] = cells[1]
    node_labels = [l for l in labels if l != "Article"]
    allowed = {}
    for typ, spec in rels.items():
        pairs = set()
        for part in spec.split(";"):
            lhs, rhs = [s.strip() for s in part.split("→")]
            def side(s):
                if "any node" in s:
                    return node_labels
                return [x.strip() for x in s.split(",") if x.strip()]
            for a in side(lhs):
                for b in side(rhs):
                    pairs.add((a, b))
        allowed[typ] = pairs
    return set(labels), allowed


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    labels, allowed = parse_ontology(ONT)
    n_err = n_warn = 0
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        errs, warns = [], []
        stem = os.path.basename(path)[:-5]
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            print(f"ERROR {stem}: JSON does not parse: {ex}")
            n_err += 1
            continue
        for k in ("article", "date", "entities", "edges"):
            if k not in d:
                errs.append(f"missing key {k}")
        art = os.path.join(HERE, d.get("article", ""))
        text = open(art, encoding="utf-8").read() if os.path.isfile(art) else None
        if text is None:
            errs.append(f"article file {d.get('article')} not found")
        elif d.get("article")[:-4] != stem:
            errs.append("article name does not match gold file name")
        date = d.get("date")
        if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            errs.append(f"bad date {date!r}")
        if text is not None:
            m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
            if m and m.group(1) != date:
                errs.append(f"date {date} differs from leading date line {m.group(1)}")
        ents = {}
        for e in d.get("entities", []):
            if set(e) != {"label", "name", "aliases"}:
                errs.append(f"entity keys {sorted(e)}")
            if e["label"] not in labels or e["label"] == "Article":
                errs.append(f"bad label {e['label']} for {e['name']}")
            if e["name"] in ents:
                errs.append(f"duplicate entity name {e['name']}")
            ents[e["name"]] = e["label"]
            if text is not None:
                nt = norm(text)
                for a in e["aliases"]:
                    if norm(a) not in nt:
                        warns.append(f"alias not in text: {a!r} ({e['name']})")
        seen, used = set(), set()
        for x in d.get("edges", []):
            f, t, typ = x.get("from"), x.get("to"), x.get("type")
            key = (f, typ, t)
            if key in seen:
                errs.append(f"duplicate edge {key}")
            seen.add(key)
            if typ not in allowed:
                errs.append(f"bad type {typ}")
                continue
            for end in (f, t):
                if end not in ents:
                    errs.append(f"endpoint {end!r} is not an entity ({typ})")
            if f in ents and t in ents:
                used.update((f, t))
                if (ents[f], ents[t]) not in allowed[typ]:
                    errs.append(f"{typ}: {ents[f]} -> {ents[t]} not allowed ({f} -> {t})")
        for n in ents:
            if n not in used:
                warns.append(f"entity without edges: {n} ({ents[n]})")
        for m in errs:
            print(f"ERROR {stem}: {m}")
        for m in warns:
            print(f"warn  {stem}: {m}")
        n_err += len(errs)
        n_warn += len(warns)
        rows.append((d.get("article"), date, len(ents), len(d.get("edges", []))))
    print()
    print(f"{'article':45} {'date':10} {'entities':>8} {'edges':>6}")
    for a, dt, ne, nd in rows:
        print(f"{a:45} {str(dt):10} {ne:8d} {nd:6d}")
    print(f"{'total':45} {'':10} {sum(r[2] for r in rows):8d} {sum(r[3] for r in rows):6d}")
    print(f"\n{n_err} error(s), {n_warn} warning(s)")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
